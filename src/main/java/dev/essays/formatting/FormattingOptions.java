package dev.essays.formatting;

/**
 * How the CSL processor runs for the site: {@code defaultStyle} applies when an essay names none, in
 * {@code locale}. (Which sources a list holds is a {@link SiteSettings} setting an essay may override.)
 */
public record FormattingOptions(String defaultStyle, String locale) {

    public static final FormattingOptions DEFAULTS = new FormattingOptions("modern-language-association", "en-US");

    public String styleFor(String essayStyle) {
        return essayStyle == null || essayStyle.isBlank() ? defaultStyle : essayStyle.trim();
    }
}
