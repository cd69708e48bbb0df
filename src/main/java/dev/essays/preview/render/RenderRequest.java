package dev.essays.preview.render;

import java.util.Map;

/**
 * What a page render knows of its HTTP request: Magnolia's {@code ctx} in templates. Only the members the
 * module's templates use exist here (the template API contract test holds them to that).
 */
public final class RenderRequest {
    private final Map<String, String> parameters;
    private final String contextPath;
    private final boolean admin;

    public RenderRequest(Map<String, String> parameters, String contextPath, boolean admin) {
        this.parameters = Map.copyOf(parameters);
        this.contextPath = contextPath;
        this.admin = admin;
    }

    /** {@code ctx.getParameter("slug")}, as on Magnolia's WebContext. */
    public String getParameter(String name) {
        return parameters.get(name);
    }

    /** {@code ctx.contextPath}: the webapp's context path, empty at the root. */
    public String getContextPath() {
        return contextPath;
    }

    boolean isAdmin() {
        return admin;
    }
}
