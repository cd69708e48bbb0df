package dev.essays.essay;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EssayJsonTest {

    private static List<String> fields(String json, String slug) {
        InvalidEssayException e = assertThrows(InvalidEssayException.class, () -> EssayJson.parse(json, slug));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void malformedJson_namesTheBodyAndWhere() {
        InvalidEssayException e = assertThrows(InvalidEssayException.class, () -> EssayJson.parse("{\"title\": ", "x"));
        assertEquals("body", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void wrongTypes_areEachNamed() {
        assertEquals(List.of("title", "authors", "publishedOn", "commentsOpen", "sources"),
                fields("{\"title\": 3, \"authors\": \"x\", \"commentsOpen\": \"yes\", \"publishedOn\": \"soon\", \"sources\": {}}", "x"));
    }

    @Test
    void unknownField_isRefusedRatherThanDropped() {
        assertEquals(List.of("colour"), fields("{\"title\": \"T\", \"colour\": \"red\"}", "x"));
    }

    @Test
    void emptyTooLongOrIllegalSlug_isRefused() {
        assertEquals(List.of("slug"), fields("{\"title\": \"T\"}", ""));
        assertEquals(List.of("slug"), fields("{\"title\": \"T\"}", "a".repeat(101)));
        assertEquals(List.of("slug"), fields("{\"title\": \"T\"}", "Bad Slug"));
        assertEquals(List.of("slug"), fields("{\"title\": \"T\"}", "a:b"));
    }

    @Test
    void worksCitedSourcesOtherThanAllOrCited_isRefusedByName() {
        assertEquals(List.of("worksCitedSources"), fields("{\"title\": \"T\", \"worksCitedSources\": \"some\"}", "x"));
        assertEquals(List.of("worksCitedSources"), fields("{\"title\": \"T\", \"worksCitedSources\": \"Cited\"}", "x"));
        assertEquals(List.of("worksCitedSources"), fields("{\"title\": \"T\", \"worksCitedSources\": true}", "x"));
    }

    @Test
    void worksCitedSourcesLeftOut_meansTheSiteSetting() throws Exception {
        assertEquals(null, EssayJson.parse("{\"title\": \"T\"}", "x").worksCitedSources());
        assertEquals(WorksCitedSources.CITED,
                EssayJson.parse("{\"title\": \"T\", \"worksCitedSources\": \"cited\"}", "x").worksCitedSources());
    }

    @Test
    void titleMissingOrHoldingControlCharacters_isRefused() {
        assertEquals(List.of("title"), fields("{}", "x"));
        assertEquals(List.of("title"), fields("{\"title\": \"bell\\u0007\"}", "x"));
        assertEquals(List.of("title"), fields("{\"title\": \"" + "t".repeat(301) + "\"}", "x"));
    }

    @Test
    void sourcesNeedUniqueWellFormedKeysAndTypes() {
        assertEquals(List.of("sources[0].type", "sources[1].id", "sources[2].id"),
                fields("{\"title\": \"T\", \"sources\": [{\"id\": \"a\"}, {\"id\": \"a\", \"type\": \"book\"},"
                        + " {\"id\": \"bad key\", \"type\": \"book\"}]}", "x"));
    }

    @Test
    void sourcesWithoutKeys_getGeneratedOnes() throws Exception {
        Essay essay = EssayJson.parse("{\"title\": \"T\", \"sources\": ["
                + "{\"type\": \"book\", \"title\": \"A\", \"author\": [{\"family\": \"Ostrow\"}], \"issued\": {\"date-parts\": [[2013]]}},"
                + "{\"type\": \"book\", \"title\": \"B\", \"author\": [{\"family\": \"Ostrow\"}], \"issued\": {\"date-parts\": [[2013]]}},"
                + "{\"id\": \"kept\", \"type\": \"book\"}]}", "x");
        assertEquals(List.of("ostrow2013", "ostrow2013a", "kept"), essay.sources().stream().map(s -> s.get("id")).toList());
    }

    @Test
    void plainDates_meanMidnightUtc() throws Exception {
        Essay essay = EssayJson.parse("{\"title\": \"T\", \"publishedOn\": \"2024-03-01\"}", "x");
        assertEquals("2024-03-01T00:00Z", essay.publishedOn().toString());
    }
}
