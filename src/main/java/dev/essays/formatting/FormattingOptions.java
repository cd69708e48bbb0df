package dev.essays.formatting;

/**
 * Site-wide citation settings. {@code defaultStyle} applies when an essay names none; by default the works-cited
 * list holds every source of the essay, cited or not, as editors expect when they enter a source.
 */
public record FormattingOptions(String defaultStyle, String locale, boolean listUncitedSources) {

    public static final FormattingOptions DEFAULTS = new FormattingOptions("modern-language-association", "en-US", true);

    public String styleFor(String essayStyle) {
        return essayStyle == null || essayStyle.isBlank() ? defaultStyle : essayStyle.trim();
    }
}
