package dev.essays.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** End-to-end behaviour on real styles: MLA in-text citations, hostile fields, missing data, threads. */
class CslRenderingTest {
    private static final String ITEMS = "[{\"id\":\"ostrow2013\",\"type\":\"book\","
            + "\"title\":\"Politics in Russia: A Reader\",\"author\":[{\"family\":\"Ostrow\",\"given\":\"Joel M.\"}],"
            + "\"issued\":{\"date-parts\":[[2013]]},\"publisher\":\"CQ Press\",\"edition\":\"7\"},"
            + "{\"id\":\"hostile\",\"type\":\"article-journal\",\"title\":\"Evil <script>alert(1)</script> \\u202Eabc\","
            + "\"author\":[{\"family\":\"Doe\",\"given\":\"Jane\"}]},"
            + "{\"id\":\"bare\",\"type\":\"webpage\",\"unknown-variable\":\"x\"}]";

    @Test
    void mlaInTextCitation_showsAuthorAndPage() throws CslException {
        CslSession session = session("modern-language-association");
        List<String> out = session.cite(List.of(
                new CslCluster(List.of(new CslCite("ostrow2013", null, null, "45", "page", false, false)), 0),
                new CslCluster(List.of(new CslCite("ostrow2013", "Dallin qtd. in ", null, "118", null, false, false)),
                        0),
                new CslCluster(List.of(new CslCite("ostrow2013", null, null, "12", null, true, false)), 0)),
                CslFormat.TEXT);
        assertEquals(List.of("(Ostrow 45)", "(Dallin qtd. in Ostrow 118)", "(12)"), out);
    }

    @Test
    void mlaWorksCited_ordinalEditionAndItemIds() throws CslException {
        CslBibliography bib = session("modern-language-association").bibliography(CslFormat.HTML);
        CslBibliography.Entry ostrow = bib.entries().stream().filter(e -> e.itemId().equals("ostrow2013"))
                .findFirst().orElseThrow();
        assertEquals("Ostrow, Joel M. <i>Politics in Russia: A Reader</i>. 7th ed., CQ Press, 2013.",
                ostrow.formatted());
        assertTrue(bib.hangingIndent());
    }

    @Test
    void hostileFieldText_isEscapedInHtml() throws CslException {
        CslBibliography bib = session("apa").bibliography(CslFormat.HTML, java.util.Set.of("hostile"));
        String html = bib.entries().get(0).formatted();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&#60;script&#62;"), html);
        assertFalse(html.contains("\u202E"), "bidi override dropped: " + html);
    }

    @Test
    void unknownItemId_showsVisiblyLikePandoc() throws CslException {
        CslSession session = session("modern-language-association");
        String cite = session.cite(List.of(new CslCluster(List.of(CslCite.of("nosuchkey")), 0)), CslFormat.TEXT)
                .get(0);
        assertEquals("(nosuchkey?)", cite);
    }

    @Test
    void itemWithoutUsualFields_rendersWhatExists() throws CslException {
        CslSession session = session("chicago-author-date");
        String cite = session.cite(List.of(new CslCluster(List.of(CslCite.of("bare")), 0)), CslFormat.TEXT).get(0);
        assertFalse(cite.isBlank());
    }

    @Test
    void malformedFieldValues_renderWithoutThrowing() throws CslException {
        String[] values = {"\"x\"", "123", "[]", "{}", "null", "[1,2]", "{\"date-parts\":[[\"abc\"]]}",
            "{\"date-parts\":[]}", "[{\"family\":null}]", "[{\"given\":\"\"}]", "\"<i><b>unclosed\"", "-5"};
        String[] fields = {"author", "editor", "issued", "title", "page", "volume", "edition", "container-title",
            "accessed", "note"};
        java.util.Random random = new java.util.Random(7);
        for (String styleId : List.of("modern-language-association", "apa", "chicago-note-bibliography", "ieee")) {
            CslStyle style = CslEngine.shared().style(styleId);
            for (int i = 0; i < 40; i++) {
                StringBuilder json = new StringBuilder("[{\"id\":\"a\",\"type\":\"book\"");
                for (int k = 0; k < 4; k++) {
                    json.append(",\"").append(fields[random.nextInt(fields.length)]).append("\":")
                            .append(values[random.nextInt(values.length)]);
                }
                CslSession session = CslEngine.shared().session(style, null,
                        CslItem.parseJsonArray(json.append("}]").toString()));
                session.cite(List.of(new CslCluster(List.of(CslCite.of("a"), CslCite.of("unknown")), 1)),
                        CslFormat.HTML);
                session.bibliography(CslFormat.TEXT);
            }
        }
    }

    @Test
    void titleInScriptWithoutItalics_staysUpright_latinTitleItalic() throws CslException {
        String style = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
                + "<info><id>t</id><title>t</title><updated>2024-01-01T00:00:00Z</updated></info>"
                + "<citation><layout><text variable=\"title\" font-style=\"italic\"/></layout></citation>"
                + "<bibliography><layout><group delimiter=\" / \"><text variable=\"title\" font-style=\"italic\"/>"
                + "<group font-style=\"italic\"><text variable=\"title\"/></group></group></layout></bibliography>"
                + "</style>";
        List<CslItem> items = CslItem.parseJsonArray("[{\"id\":\"ja\",\"type\":\"book\",\"title\":\"ノルウェイの森\"},"
                + "{\"id\":\"ru\",\"type\":\"book\",\"title\":\"Война и мир\"},"
                + "{\"id\":\"mixed\",\"type\":\"book\",\"title\":\"ノルウェイの森 (1987)\"}]");
        CslSession session = CslEngine.shared().session(CslEngine.shared().parseStyle(style), null, items);
        List<String> entries = session.bibliography(CslFormat.HTML).entries().stream()
                .map(CslBibliography.Entry::formatted).toList();
        assertTrue(entries.contains("ノルウェイの森 / <i>ノルウェイの森</i>"), entries.toString());
        assertTrue(entries.contains("<i>Война и мир</i> / <i>Война и мир</i>"), entries.toString());
        assertTrue(entries.contains("<i>ノルウェイの森 (1987)</i> / <i>ノルウェイの森 (1987)</i>"), entries.toString());
    }

    @Test
    void yearBeforeCommonEra_attachedInLocaleDates_spacedInStyleDates() throws CslException {
        String style = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
                + "<info><id>t</id><title>t</title><updated>2024-01-01T00:00:00Z</updated></info>"
                + "<citation><layout><group delimiter=\" | \">"
                + "<date variable=\"issued\" form=\"text\" date-parts=\"year\"/>"
                + "<date variable=\"issued\"><date-part name=\"year\"/></date></group></layout></citation></style>";
        List<CslItem> items = CslItem.parseJsonArray(
                "[{\"id\":\"t\",\"type\":\"book\",\"issued\":{\"date-parts\":[[-430]]}}]");
        CslSession session = CslEngine.shared().session(CslEngine.shared().parseStyle(style), null, items);
        assertEquals("430BC | 430 BC",
                session.cite(List.of(new CslCluster(List.of(CslCite.of("t")), 0)), CslFormat.TEXT).get(0));
    }

    @Test
    void sharedStyle_isSafeAcrossThreads() throws Exception {
        CslStyle apa = CslEngine.shared().style("apa");
        List<CslItem> items = CslItem.parseJsonArray(ITEMS);
        String expected = render(apa, items);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> render(apa, items)));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String render(CslStyle style, List<CslItem> items) {
        CslSession s = CslEngine.shared().session(style, null, items);
        List<String> cites = s.cite(List.of(new CslCluster(List.of(CslCite.of("ostrow2013"), CslCite.of("hostile")), 0)),
                CslFormat.HTML);
        StringBuilder sb = new StringBuilder(String.join("|", cites));
        s.bibliography(CslFormat.HTML).entries().forEach(e -> sb.append('|').append(e.formatted()));
        return sb.toString();
    }

    private static CslSession session(String styleId) throws CslException {
        return CslEngine.shared().session(CslEngine.shared().style(styleId), null, CslItem.parseJsonArray(ITEMS));
    }
}
