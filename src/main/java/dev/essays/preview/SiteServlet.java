package dev.essays.preview;

import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;
import dev.essays.templating.EssayTemplatingFunctions;
import dev.essays.preview.render.PreviewRenderer;
import dev.essays.preview.render.RenderRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The public site: {@code /} leads to the essay index at {@code /essays}; {@code /essays/<slug>} renders the
 * essay page with {@code slug} as a request parameter, as the module's virtual URI mapping does in Magnolia;
 * {@code /.resources/essays/webresources/…} serves the module's web resources; anything else is the 404 page.
 */
final class SiteServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SiteServlet.class);
    static final String INDEX_PAGE = "/essays";
    static final String ESSAY_PAGE = "/essays/essay";
    private static final String RESOURCES = "/.resources/essays/webresources/";

    private final SessionProvider repository;
    private final EssayTemplatingFunctions essayfn;
    private final PreviewRenderer renderer;
    private final EssayStore essays;

    private final BasicAuthFilter login;

    SiteServlet(EssayTemplatingFunctions essayfn, PreviewRenderer renderer, BasicAuthFilter login, SessionProvider repository) {
        this.essayfn = essayfn;
        this.repository = repository;
        this.login = login;
        this.renderer = renderer;
        this.essays = new EssayStore(repository);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        securityHeaders(response);
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + INDEX_PAGE);
        } else if (path.equals("/health")) {
            health(response);
        } else if (path.startsWith(RESOURCES)) {
            resource(path.substring(RESOURCES.length()), response);
        } else if (path.equals(INDEX_PAGE) || path.equals(INDEX_PAGE + "/")) {
            page(INDEX_PAGE, parameters(request, null), request, response);
        } else if (path.startsWith(INDEX_PAGE + "/") && path.indexOf('/', INDEX_PAGE.length() + 1) < 0) {
            String slug = URLDecoder.decode(path.substring(INDEX_PAGE.length() + 1), StandardCharsets.UTF_8);
            if (shown(slug, login.isAdmin(request))) {
                page(ESSAY_PAGE, parameters(request, slug), request, response);
            } else {
                notFound(request, response);
            }
        } else {
            notFound(request, response);
        }
    }

    private void page(String pagePath, Map<String, String> parameters, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        boolean admin = login.isAdmin(request);
        RenderRequest renderRequest = new RenderRequest(parameters, request.getContextPath(), admin);
        if (admin) {
            response.setHeader("Cache-Control", "private, no-store"); // editors' notes must not reach a shared cache
        }
        try {
            String html = repository.withSession(Workspaces.WEBSITE, session -> {
                Node page = session.getNode(pagePath);
                try {
                    return renderer.renderPage(page, renderRequest);
                } catch (PreviewRenderer.RenderException e) {
                    throw new RepositoryException(e.getMessage(), e);
                }
            });
            html(response, HttpServletResponse.SC_OK, html);
        } catch (RepositoryException e) {
            failed(request, response, e.getCause() != null ? e.getCause() : e);
        }
    }

    /** The same cached view the page will print (drafts for editors): after the first request this reads one property. */
    private boolean shown(String slug, boolean editor) {
        return essayfn.essay(slug, editor) != null;
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String html = renderer.renderScript("essays:pages/notFound", new RenderRequest(Map.of(), request.getContextPath(), false));
            html(response, HttpServletResponse.SC_NOT_FOUND, html);
        } catch (PreviewRenderer.RenderException e) {
            LOG.error("the 404 page failed to render", e);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
        LOG.error("{} failed to render", request.getRequestURI(), e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Something went wrong</title>"
                + "<p>This page could not be shown just now. Please try again in a moment.</p></html>");
    }

    /** Both stores answer: the essays (counted) and the comments, which may live in a shared database. */
    private void health(HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        int count;
        try {
            count = essays.listings().size();
        } catch (RepositoryException | RuntimeException e) {
            unavailable(response, "essays repository unavailable", e);
            return;
        }
        try {
            repository.withSession(Workspaces.COMMENTS, session -> session.getRootNode().hasNodes());
        } catch (RepositoryException | RuntimeException e) {
            unavailable(response, "comments repository unavailable", e);
            return;
        }
        response.getWriter().write("{\"status\":\"ok\",\"essays\":" + count + "}");
    }

    private static void unavailable(HttpServletResponse response, String status, Exception e) throws IOException {
        LOG.warn("health: {}", status, e);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.getWriter().write("{\"status\":\"" + status + "\"}");
    }

    private static void resource(String relative, HttpServletResponse response) throws IOException {
        if (relative.contains("..") || relative.contains("//") || relative.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = SiteServlet.class.getResourceAsStream("/essays/webresources/" + relative)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(contentType(relative));
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private static Map<String, String> parameters(HttpServletRequest request, String slug) {
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        if (slug != null) {
            parameters.put("slug", slug);
        }
        return parameters;
    }

    private static void html(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'");
    }
}
