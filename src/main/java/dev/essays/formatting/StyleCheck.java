package dev.essays.formatting;

import dev.essays.csl.CslEngine;
import dev.essays.csl.CslException;

/** Whether a CSL style id can be used, before an essay is saved with it. */
public final class StyleCheck {

    private StyleCheck() {
    }

    /** Null when the style loads; else why not, with the closest known ids. */
    public static String problem(String styleId) {
        if (styleId == null || styleId.isBlank()) {
            return null;
        }
        try {
            CslEngine.shared().style(styleId.trim());
            return null;
        } catch (CslException e) {
            return e.getMessage();
        }
    }
}
