package dev.essays.citations;

/**
 * One cited source inside a {@link CitationCluster}, in Pandoc's terms.
 *
 * <p>Texts are plain text (character references decoded, tags inside the marker dropped), never HTML: whoever
 * outputs them escapes them. {@code prefix} is trimmed; {@code suffix} keeps one leading space or its leading
 * comma as written ({@code ", with suffix"}, {@code " and passim"}) so it can be appended verbatim.
 *
 * @param key            citation key, without {@code @} and without the braces of {@code @{...}}
 * @param prefix         text before the key ({@code "see"}, {@code "Dallin qtd. in"}), or {@code ""}
 * @param suffix         text after the locator, or {@code ""}
 * @param locator        the locator value ({@code "33-35"}, {@code "3"}), or {@code null} when there is none
 * @param label          CSL locator label ({@code page}, {@code chapter}, {@code sub-verbo}, ...), or {@code null}
 *                       when there is no locator
 * @param suppressAuthor {@code [-@key]}
 * @param authorInText   narrative citation {@code @key} or {@code @key [118]}
 * @param keyStart       source offset of the {@code @} (or of {@code -@}) in the HTML
 * @param keyEnd         source offset just after the key
 */
public record Cite(String key, String prefix, String suffix, String locator, String label,
                   boolean suppressAuthor, boolean authorInText, int keyStart, int keyEnd) {

    /**
     * The same cite as a CSL citation item ({@code id}, {@code locator}, {@code label}, {@code prefix},
     * {@code suffix}, {@code suppress-author}). Author-in-text has no CSL-JSON item field; the processor reads
     * {@link #authorInText()}.
     */
    public java.util.Map<String, Object> toCitationItem() {
        java.util.Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("id", key);
        if (locator != null) {
            item.put("locator", locator);
            item.put("label", label);
        }
        if (!prefix.isEmpty()) {
            item.put("prefix", prefix);
        }
        if (!suffix.isEmpty()) {
            item.put("suffix", suffix);
        }
        if (suppressAuthor) {
            item.put("suppress-author", true);
        }
        return item;
    }
}
