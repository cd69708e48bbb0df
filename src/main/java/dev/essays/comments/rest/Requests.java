package dev.essays.comments.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;

/** Reading requests: form fields, what the client accepts, where it may be sent back, where it came from. */
final class Requests {

    private Requests() {
    }

    /** Same-site paths only ({@code /…}, never {@code //host} or a scheme): no open redirect. */
    static String safeRedirect(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.length() > 500 || target.chars().anyMatch(ch -> ch < 0x21 || ch == 0x7F)) {
            return "/";
        }
        try {
            URI u = URI.create(target);
            return u.getScheme() == null && u.getRawAuthority() == null ? target.split("#", 2)[0] : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    static boolean wantsJson(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return true;
            }
            if (m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    /**
     * On a servlet container the body of a form post may already have been parsed into the request's
     * parameters (it happens when the URL also has a query); then the entity map is empty and the values are
     * there instead.
     */
    static MultivaluedMap<String, String> withServletParameters(MultivaluedMap<String, String> form,
                                                                        HttpServletRequest request) {
        if (request == null || (form != null && !form.isEmpty())) {
            return form;
        }
        MultivaluedMap<String, String> all = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((k, v) -> all.put(k, List.of(v)));
        return all;
    }

    static MultivaluedMap<String, String> merged(MultivaluedMap<String, String> form, UriInfo uri) {
        MultivaluedMap<String, String> all = new MultivaluedHashMap<>(uri.getQueryParameters());
        if (form != null) {
            form.forEach((k, v) -> all.put(k, v));
        }
        return all;
    }

    static String field(MultivaluedMap<String, String> form, String name) {
        String v = form == null ? null : form.getFirst(name);
        return v == null ? "" : v;
    }

    static String firstNonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : b == null ? "" : b;
    }

    static boolean isChecked(String v) {
        return v.equals("1") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
    }

    /**
     * A browser request sent by another site's page (CSRF): {@code Sec-Fetch-Site: cross-site}, or an
     * {@code Origin} other than this host. Moderator rights from cookies are not honoured for it.
     */
    static boolean crossSite(HttpHeaders headers, UriInfo uri) {
        if ("cross-site".equalsIgnoreCase(headers.getHeaderString("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = headers.getHeaderString("Origin");
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            URI base = uri.getBaseUri();
            return o.getRawAuthority() == null || !o.getRawAuthority().equalsIgnoreCase(base.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
