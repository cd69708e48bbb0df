package dev.essays.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationKeysTest {

    private static Map<String, Object> item(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> issued(Object... parts) {
        return item("date-parts", List.of(List.of(parts)));
    }

    @Test
    void familyNameOfFirstAuthorAndYear() {
        var book = item("type", "book", "title", "Time and Tide",
                "author", List.of(item("family", "Ostrow", "given", "Rona"), item("family", "Doe", "given", "J.")),
                "issued", issued(2013, 5));
        assertEquals("ostrow2013", CitationKeys.base(book));
    }

    @Test
    void accentsAndLigaturesFoldToAscii() {
        assertEquals("muller1999", CitationKeys.base(item("author", List.of(item("family", "Müller")),
                "issued", issued("1999"))));
        assertEquals("odegardstrasse2001", CitationKeys.base(item("author", List.of(item("family", "Ødegård-Straße")),
                "issued", issued(2001))));
        assertEquals("garciamarquez1967", CitationKeys.base(item("author",
                List.of(item("family", "García Márquez", "given", "Gabriel")), "issued", issued(1967))));
    }

    @Test
    void editorWhenNoAuthor() {
        assertEquals("smith2004", CitationKeys.base(item("editor", List.of(item("family", "Smith")),
                "issued", issued(2004))));
    }

    @Test
    void literalNameUsesItsFirstSignificantWord() {
        assertEquals("world2020", CitationKeys.base(item("author",
                List.of(item("literal", "World Health Organization")), "issued", issued(2020))));
    }

    @Test
    void anonymousUsesFirstSignificantTitleWord() {
        assertEquals("frogs2019", CitationKeys.base(item("title", "“The Frogs of Spring”: A Report",
                "issued", issued(2019))));
        assertEquals("anon2019", CitationKeys.base(item("issued", issued(2019))));
    }

    @Test
    void noDateGivesNd() {
        assertEquals("doend", CitationKeys.base(item("author", List.of(item("family", "Doe")))));
        assertEquals("doe1850", CitationKeys.base(item("author", List.of(item("family", "Doe")),
                "issued", item("literal", "ca. 1850"))));
    }

    @Test
    void takenKeysGetLetters() {
        var a = item("author", List.of(item("family", "Ostrow")), "issued", issued(2013));
        assertEquals("ostrow2013", CitationKeys.generate(a, Set.of()));
        assertEquals("ostrow2013a", CitationKeys.generate(a, Set.of("ostrow2013")));
        assertEquals("ostrow2013b", CitationKeys.generate(a, Set.of("Ostrow2013", "ostrow2013a")));
        assertEquals("aa", CitationKeys.letters(26));
        assertEquals("az", CitationKeys.letters(51));
        assertEquals("ba", CitationKeys.letters(52));
    }

    @Test
    void assignMissingKeepsExistingIdsAndMakesTheRestUnique() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("type", "webpage", "author", List.of(item("family", "Ostrow")), "issued", issued(2013)));
        items.add(item("id", "ostrow2013", "type", "book"));
        items.add(item("id", " ", "type", "webpage", "author", List.of(item("family", "Ostrow")),
                "issued", issued(2013)));
        var out = CitationKeys.assignMissing(items);
        assertEquals(List.of("ostrow2013a", "ostrow2013", "ostrow2013b"),
                out.stream().map(m -> m.get("id")).toList());
        assertEquals(List.of("id", "type", "author", "issued"), List.copyOf(out.get(0).keySet()));
    }
}
