package dev.essays.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.essays.csl.CslEngine;
import dev.essays.essay.EssayJson;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An essay beside others on a page: every anchor of its citations carries the prefix, and every link still lands. */
class AnchorPrefixTest {
    private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("(?:href=\"#|aria-describedby=\")([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"modern-language-association", "chicago-note-bibliography"})
    void everyAnchorIsPrefixed_andEveryLinkFindsItsTarget(String style) throws Exception {
        FormattedEssay plain = new CitationFormatter(CslEngine.shared()).format(EssayJson.parse(
                "{\"title\": \"T\", \"citationStyle\": \"" + style + "\", \"body\": \"<p>One [@ostrow2013, 4]; two"
                        + " [see @carr2010, 12; @ostrow2013]; a title with id=&quot;x&quot; [@carr2010].</p>\","
                        + " \"sources\": [{\"id\": \"ostrow2013\", \"type\": \"book\", \"title\": \"Politics\","
                        + " \"author\": [{\"family\": \"Ostrow\"}]}, {\"id\": \"carr2010\", \"type\": \"book\","
                        + " \"title\": \"The Shallows id=\\\"ref-carr2010\\\"\", \"author\": [{\"family\": \"Carr\"}]}]}",
                "t"), new FormattingOptions("modern-language-association", "en-US"), new SiteSettings());
        FormattedEssay beside = plain.withAnchorPrefix("second--");

        StringBuilder page = new StringBuilder(beside.bodyHtml());
        Set<String> ids = new HashSet<>();
        for (FormattedEssay.Entry e : beside.entries()) {
            ids.add(e.anchorId());
            page.append(e.html());
            e.citedAt().forEach(place -> page.append("<a href=\"#").append(place).append("\">"));
        }
        for (FormattedEssay.Footnote n : beside.footnotes()) {
            ids.add(n.anchorId());
            page.append(n.html()).append("<a href=\"#").append(n.referenceId()).append("\">");
        }
        Matcher id = ID.matcher(page);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertFalse(ids.isEmpty());
        ids.forEach(i -> assertTrue(i.startsWith("second--"), "unprefixed id " + i + " in " + page));
        Matcher link = LINK.matcher(page);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(ids.contains(link.group(1)), "link to " + link.group(1) + " has no target in " + page);
        }
        assertTrue(links >= 3, page.toString());
        assertEquals(plain.entries().size(), beside.entries().size());
        assertTrue(beside.bodyHtml().contains("id=&#34;x&#34;") || beside.bodyHtml().contains("id=&quot;x&quot;"),
                "the essay's own text is not touched: " + beside.bodyHtml());
    }
}
