package dev.essays.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading styles by id and from XML, and the errors a caller sees. */
class CslEngineTest {
    private static final CslEngine ENGINE = CslEngine.shared();

    @Test
    void loadsIndependentStyleById_andCachesIt() throws CslException {
        CslStyle mla = ENGINE.style("modern-language-association");
        assertTrue(mla.title().startsWith("Modern Language Association"), mla.title());
        assertSame(mla, ENGINE.style("http://www.zotero.org/styles/modern-language-association"));
    }

    @Test
    void resolvesDependentStyleToItsParent() throws CslException {
        CslStyle dependent = ENGINE.style("journal-of-molecular-and-cellular-cardiology");
        assertEquals("journal-of-molecular-and-cellular-cardiology", dependent.id());
        assertTrue(dependent.definition().citation() != null, "renders with the parent's citation layout");
    }

    @Test
    void unknownStyleId_listsClosestIds() {
        CslException e = assertThrows(CslException.class, () -> ENGINE.style("modern-language-asociation"));
        assertTrue(e.getMessage().contains("modern-language-association"), e.getMessage());
    }

    @Test
    void invalidCsl_namesElementAndLine() {
        String xml = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\">\n"
                + "  <citation>\n"
                + "    <layout>\n"
                + "      <text macro=\"missing\"/>\n"
                + "    </layout>\n"
                + "  </citation>\n"
                + "</style>";
        CslException e = assertThrows(CslException.class, () -> ENGINE.parseStyle(xml));
        assertTrue(e.getMessage().contains("<text>") && e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void malformedXml_namesLine() {
        CslException e = assertThrows(CslException.class,
                () -> ENGINE.parseStyle("<style>\n<citation>\n</style>"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void secondaryDialectFallsBackToPrimaryThenEnglish() throws CslException {
        CslStyle style = ENGINE.parseStyle(termStyle(""));
        List<CslItem> items = CslItem.parseJsonArray("[{\"id\":\"a\",\"type\":\"book\"}]");
        assertEquals("und", cite(style, "de-AT", items));
        assertEquals("and", cite(style, "en-GB", items));
        assertEquals("and", cite(style, "xx-YY", items));
    }

    @Test
    void styleLocaleOverridesLocaleFiles() throws CslException {
        String override = "<locale xml:lang=\"de\"><terms><term name=\"and\">sowie</term></terms></locale>";
        CslStyle style = ENGINE.parseStyle(termStyle(override));
        List<CslItem> items = CslItem.parseJsonArray("[{\"id\":\"a\",\"type\":\"book\"}]");
        assertEquals("sowie", cite(style, "de-AT", items));
        assertEquals("and", cite(style, "en-US", items));
    }

    private static String cite(CslStyle style, String locale, List<CslItem> items) {
        return ENGINE.session(style, locale, items).cite(List.of(new CslCluster(List.of(CslCite.of("a")), 0)),
                CslFormat.TEXT).get(0);
    }

    private static String termStyle(String locale) {
        return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">" + locale
                + "<citation><layout><text term=\"and\"/></layout></citation></style>";
    }
}
