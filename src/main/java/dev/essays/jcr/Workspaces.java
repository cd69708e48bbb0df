package dev.essays.jcr;

/** The workspaces the module declares in its descriptor. */
public final class Workspaces {
    public static final String ESSAYS = "essays";
    public static final String COMMENTS = "comments";
    /** Magnolia's own page workspace; the module's page templates live on pages there. */
    public static final String WEBSITE = "website";

    private Workspaces() {
    }
}
