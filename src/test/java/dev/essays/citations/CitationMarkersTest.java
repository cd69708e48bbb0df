package dev.essays.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationMarkersTest {

    @Test
    void spansPointIntoTheHtml_forReplacement() {
        String html = "<p>Grief is slow [Dallin qtd. in @ostrow2013, 118]; @hall2001 [chap. 2] agrees.</p>";
        ParsedCitations parsed = CitationMarkers.parse(html);
        String out = CitationMarkers.replace(html, parsed.clusters(),
                c -> "<cite>" + c.cites().size() + (c.narrative() ? "n" : "") + "</cite>");
        assertEquals("<p>Grief is slow <cite>1</cite>; <cite>1n</cite> agrees.</p>", out);
        Cite cite = parsed.clusters().get(0).cites().get(0);
        assertEquals("@ostrow2013", html.substring(cite.keyStart(), cite.keyEnd()));
        assertEquals(Set.of("ostrow2013", "hall2001"), parsed.citedKeys());
        assertEquals(2, parsed.cites().size());
    }

    @Test
    void replace_rejectsClustersOfAnotherText() {
        ParsedCitations parsed = CitationMarkers.parse("<p>[@a] and [@b]</p>");
        List<CitationCluster> reversed = List.of(parsed.clusters().get(1), parsed.clusters().get(0));
        assertThrows(IllegalArgumentException.class, () -> CitationMarkers.replace("<p>[@a] and [@b]</p>", reversed,
                c -> ""));
    }

    @Test
    void citeAsCslCitationItem() {
        Cite see = CitationMarkers.parse("[see -@doe99, pp. 33-35, and passim]").cites().get(0);
        assertEquals(Map.of("id", "doe99", "locator", "33-35", "label", "page", "prefix", "see",
                "suffix", ", and passim", "suppress-author", true), see.toCitationItem());
        Cite bare = CitationMarkers.parse("[@doe99]").cites().get(0);
        assertEquals(Map.of("id", "doe99"), bare.toCitationItem());
    }

    @Test
    void nullBody_hasNoCitations() {
        assertEquals(List.of(), CitationMarkers.parse(null).clusters());
    }

    @Test
    void labelTerms_mapToCslLocatorTypes() {
        assertEquals("page", Locators.labelFor("PP."));
        assertEquals("sub-verbo", Locators.labelFor("s.v."));
        assertEquals("section", Locators.labelFor("§§"));
        assertEquals(null, Locators.labelFor("pg."));
    }

    /** Random soup of markup, entities and marker pieces: never an exception, every span valid and balanced. */
    @Test
    void randomHtml_neverThrows_andSpansAreSane() {
        String[] pieces = {"[", "]", "@", "-@", "@{", "}", "{", ";", ",", " ", "&nbsp;", "&amp;", "&#64;", "&#x5D;",
            "&bogus;", "<em>", "</em>", "<p>", "</p>", "<br>", "<code>", "</code>", "<a href=\"[@x]\">", "</a>",
            "<!--", "-->", "<script>", "</script>", "p.", "pp.", "chap.", "§", "12", "33-35", "xi", "see", "doe99",
            "key", "\u202E", "\u00A0", "name@example.com", "<", ">", "\"", "'", "pg.", "s.v."};
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = b.toString();
            ParsedCitations parsed = CitationMarkers.parse(html);
            int last = 0;
            for (CitationCluster c : parsed.clusters()) {
                assertTrue(c.start() >= last && c.start() < c.end() && c.end() <= html.length(), html);
                assertTrue(HtmlText.of(html).balancedMarkup(c.start(), c.end()), html);
                assertTrue(!c.cites().isEmpty(), html);
                for (Cite cite : c.cites()) {
                    assertTrue(!cite.key().isEmpty(), html);
                    assertTrue(cite.keyStart() >= c.start() && cite.keyEnd() <= c.end(), html);
                }
                last = c.end();
            }
            for (CitationProblem p : parsed.problems()) {
                assertTrue(p.start() >= 0 && p.start() <= p.end() && p.end() <= html.length(), html);
            }
        }
    }

    @Test
    void pathologicalBody_isScannedInBoundedTime() {
        String body = "<p>" + "[".repeat(100_000) + "@{".repeat(50_000) + "[@a".repeat(30_000) + "</p>";
        ParsedCitations parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CitationMarkers.parse(body));
        assertTrue(parsed.clusters().size() <= 30_000);
    }

    @Test
    void overlongCluster_isNotACluster() {
        String body = "<p>[see " + "x ".repeat(CitationMarkers.MAX_MARKER) + "@a]</p>";
        ParsedCitations parsed = CitationMarkers.parse(body);
        assertEquals(1, parsed.clusters().size());
        assertTrue(parsed.clusters().get(0).narrative());
    }
}
