package dev.essays.formatting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatted citations with every anchor the formatter made ({@code cite-N}, {@code card-cite-N}, {@code ref-key},
 * {@code fnref-N}, {@code fn-N}) given a prefix, for an essay shown beside others on one page, so each essay's
 * citations link to its own list. Only the formatter's own attributes match: source text reaches the HTML escaped,
 * so it cannot contain {@code id="} or {@code href="#}.
 */
final class AnchorPrefix {
    private static final Pattern ANCHOR_ATTRIBUTE =
            Pattern.compile("(id=\"|href=\"#|aria-describedby=\")(cite-|card-cite-|ref-|fnref-|fn-)");

    private AnchorPrefix() {
    }

    static FormattedEssay apply(FormattedEssay f, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return f;
        }
        List<FormattedEssay.Entry> entries = f.entries().stream().map(e -> new FormattedEssay.Entry(e.sourceKey(),
                prefix + e.anchorId(), html(e.html(), prefix), e.text(),
                e.citedAt().stream().map(id -> prefix + id).toList())).toList();
        List<FormattedEssay.Footnote> footnotes = f.footnotes().stream().map(n -> new FormattedEssay.Footnote(n.number(),
                prefix + n.anchorId(), html(n.html(), prefix), prefix + n.referenceId())).toList();
        return new FormattedEssay(f.key(), f.styleId(), f.styleTitle(), f.locale(), f.noteStyle(),
                html(f.bodyHtml(), prefix), f.heading(), f.hangingIndent(), entries, footnotes, f.problems(),
                f.citeThisHtml());
    }

    private static String html(String html, String prefix) {
        return html == null ? null
                : ANCHOR_ATTRIBUTE.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(prefix) + "$2");
    }
}
