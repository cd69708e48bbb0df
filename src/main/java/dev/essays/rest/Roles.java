package dev.essays.rest;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Roles the endpoints check, beside Magnolia's URI security (which already keeps anonymous writers out).
 * The module bootstraps {@code essays-editor} and {@code essays-moderator}; {@code superuser} can do all.
 */
public final class Roles {
    public static final String EDITOR = "essays-editor";
    public static final String MODERATOR = "essays-moderator";
    public static final String SUPERUSER = "superuser";

    private Roles() {
    }

    public static boolean isEditor(SecurityContext security) {
        return security != null && (security.isUserInRole(EDITOR) || security.isUserInRole(SUPERUSER));
    }

    public static boolean isModerator(SecurityContext security) {
        return security != null && (security.isUserInRole(MODERATOR) || security.isUserInRole(SUPERUSER));
    }

    public static String userName(SecurityContext security) {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : "anonymous";
    }
}
