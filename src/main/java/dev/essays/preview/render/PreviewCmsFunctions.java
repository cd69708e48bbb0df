package dev.essays.preview.render;

import javax.jcr.Node;
import java.util.Locale;

/**
 * The part of Magnolia's {@code cmsfn} the module's templates use, with Magnolia's meaning on a public
 * instance. Anything a template calls beyond these fails the template API contract test.
 */
public final class PreviewCmsFunctions {

    public String language() {
        return Locale.ENGLISH.getLanguage();
    }

    /**
     * True for requests made with the admin's credentials: the preview host then shows what Magnolia's author
     * instance shows editors (the citation report); everyone else sees the public instance.
     */
    public boolean isAuthorInstance() {
        RenderRequest request = PreviewRenderer.current();
        return request != null && request.isAdmin();
    }

    /** The preview host is a public instance: never in edit mode. */
    public boolean isEditMode() {
        return false;
    }

    /** The JCR node behind a {@code content} map, as Magnolia's {@code cmsfn.asJCRNode(content)}. */
    public Node asJCRNode(Object content) {
        if (content instanceof ContentMaps.ContentMap map) {
            return map.node();
        }
        throw new IllegalArgumentException("cmsfn.asJCRNode needs a content map, not " + content);
    }
}
