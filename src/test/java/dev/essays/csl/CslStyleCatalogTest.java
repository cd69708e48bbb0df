package dev.essays.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.essays.csl.style.StyleCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The styles jar: every id is reachable, and every style (dependent ones through their parent) loads and renders. */
class CslStyleCatalogTest {

    @Test
    void catalogListsTheStylesJar() {
        List<String> ids = new StyleCatalog().allIds();
        assertTrue(ids.size() > 10_000, "styles found: " + ids.size());
        assertTrue(ids.contains("modern-language-association") && ids.contains("apa"));
    }

    @Test
    void everyStyle_loadsAndRendersACitation() throws CslException {
        List<String> ids = new StyleCatalog().allIds();
        List<CslItem> items = CslItem.parseJsonArray("[{\"id\":\"a\",\"type\":\"article-journal\","
                + "\"title\":\"A title\",\"container-title\":\"Journal\",\"volume\":3,\"page\":\"12-19\","
                + "\"author\":[{\"family\":\"Doe\",\"given\":\"Jane\"},{\"family\":\"Roe\",\"given\":\"Rick\"}],"
                + "\"issued\":{\"date-parts\":[[2001,3]]}}]");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                CslSession session = CslEngine.shared().session(CslEngine.shared().style(ids.get(i)), null, items);
                String cite = session.cite(List.of(new CslCluster(List.of(CslCite.of("a")), 1)), CslFormat.HTML)
                        .get(0);
                if (cite.isBlank()) {
                    failures.add(ids.get(i) + ": empty citation");
                }
                session.bibliography(CslFormat.TEXT);
            } catch (CslException | RuntimeException e) {
                failures.add(ids.get(i) + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
    }
}
