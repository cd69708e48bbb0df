package dev.essays.preview;

import dev.essays.rest.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;

/**
 * The preview host's stand-in for Magnolia's login and URI security: HTTP Basic as {@code admin} with the
 * host's admin password grants the editor and moderator roles; wrong credentials are refused outright;
 * anonymous requests pass through with no roles (the endpoints decide what anonymous visitors may do).
 */
final class BasicAuthFilter extends HttpFilter {

    static final String ADMIN = "admin";
    private static final Set<String> ADMIN_ROLES = Set.of(Roles.EDITOR, Roles.MODERATOR, Roles.SUPERUSER);

    private final byte[] expected;

    BasicAuthFilter(String adminPassword) {
        this.expected = (ADMIN + ":" + adminPassword).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (needsLogin(request)) {
                challenge(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!matches(header.substring(6).trim())) {
            challenge(response);
            return;
        }
        chain.doFilter(new AdminRequest(request), response);
    }

    /** Writes to essays need a login; asking for it up front lets curl and browsers send credentials. */
    private static boolean needsLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        return write && path.startsWith("/.rest/essays/v1/essays");
    }

    /** Whether the request carries the admin's credentials (pages use it to show editors' notes). */
    boolean isAdmin(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && matches(header.substring(6).trim());
    }

    private boolean matches(String encoded) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, expected);
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Magnolia Essays preview\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=utf-8");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().write("{\"error\":\"log in as admin with the preview host's admin password\",\"errors\":[]}");
    }

    private static final class AdminRequest extends HttpServletRequestWrapper {
        private static final Principal PRINCIPAL = () -> ADMIN;

        AdminRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return PRINCIPAL;
        }

        @Override
        public String getRemoteUser() {
            return ADMIN;
        }

        @Override
        public boolean isUserInRole(String role) {
            return ADMIN_ROLES.contains(role);
        }

        @Override
        public String getAuthType() {
            return BASIC_AUTH;
        }
    }
}
