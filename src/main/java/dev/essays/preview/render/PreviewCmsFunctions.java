package dev.essays.preview.render;

import java.util.Locale;

/**
 * The part of Magnolia's {@code cmsfn} the module's templates use, with Magnolia's meaning on a public
 * instance. Anything a template calls beyond these fails the template API contract test.
 */
public final class PreviewCmsFunctions {

    public String language() {
        return Locale.ENGLISH.getLanguage();
    }
}
