package dev.essays.jcr;

/** Node type and namespace names; the definitions are in {@code /mgnl-nodetypes/essays-nodetypes.xml}. */
public final class NodeTypes {
    public static final String NAMESPACE_PREFIX = "essays";
    public static final String NAMESPACE_URI = "https://magnolia-essays.dev/jcr/essays/1.0";

    public static final String ESSAY = "essays:essay";
    public static final String SOURCE = "essays:source";
    public static final String COMMENT_THREAD = "essays:commentThread";
    public static final String COMMENT = "essays:comment";

    /** Magnolia's generic content and content-node types. */
    public static final String MGNL_CONTENT = "mgnl:content";
    public static final String MGNL_CONTENT_NODE = "mgnl:contentNode";
    public static final String MGNL_FOLDER = "mgnl:folder";
    public static final String MGNL_PAGE = "mgnl:page";
    public static final String MGNL_AREA = "mgnl:area";
    public static final String MGNL_COMPONENT = "mgnl:component";

    public static final String MGNL_CREATED = "mgnl:created";
    public static final String MGNL_LAST_MODIFIED = "mgnl:lastModified";
    public static final String MGNL_TEMPLATE = "mgnl:template";

    private NodeTypes() {
    }
}
