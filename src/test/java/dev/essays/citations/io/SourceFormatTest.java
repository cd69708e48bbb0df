package dev.essays.citations.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SourceFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String resource(String name) throws IOException {
        try (InputStream in = SourceFormatTest.class.getResourceAsStream("/citations/io/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertSameJson(String expected, List<Map<String, Object>> actual) throws IOException {
        assertEquals(JSON.readTree(expected), JSON.valueToTree(actual));
    }

    // ------------------------------------------------------------------------------------------- imports

    @Test
    void bibLatexFile_readsIntoCslJson_withAccentsNamesCrossrefAndEdtfDates() throws Exception {
        List<Map<String, Object>> items = SourceFormat.BIBLATEX.read(resource("essay-sources.bib"));
        assertSameJson(resource("essay-sources.bib.expected.json"), items);
    }

    @Test
    void classicBibtexFile_readsStringsMonthsVonJrAndLatexCommands() throws Exception {
        List<Map<String, Object>> items = SourceFormat.BIBTEX.read(resource("classic.bib"));
        assertSameJson(resource("classic.bib.expected.json"), items);
    }

    @Test
    void risFile_readsTagsContinuationLinesAndGeneratesMissingKeys() throws Exception {
        List<Map<String, Object>> items = SourceFormat.RIS.read(resource("essay-sources.ris"));
        assertSameJson(resource("essay-sources.ris.expected.json"), items);
    }

    @Test
    void cslJsonFile_readsValuesAsJacksonDoes() throws Exception {
        List<Map<String, Object>> items = SourceFormat.CSL_JSON.read(resource("essay-sources.json"));
        assertEquals(4, items.size());
        assertEquals(2, items.get(0).get("edition"));
        assertEquals(LinkedHashMap.class, items.get(0).getClass());
        assertEquals("<script>alert(1)</script> \u202Etxt.exe", items.get(2).get("note"));
    }

    @Test
    void bibtexEdgeCases_parenthesesUnicodeKeysCommentsConcatenationAndTrailingAnd() throws Exception {
        List<Map<String, Object>> items = SourceFormat.BIBLATEX.read("""
                @comment{ @book{hidden, title = {not an entry}} }
                @string{me = "Jane"}
                @ARTICLE(paren1, TITLE = "A {\\"u} quoted", year = "2001", pages = 5)
                @book{müller2020, title = {Ünïcödé}, author = me # " Doe and", date = {2020-05-01/2020-06-03}}
                @misc{pct, title = {50\\% off}, howpublished = {\\url{https://x.org/a_b%20c}}, note = {me@home{x}}}
                """);
        assertEquals(List.of("paren1", "müller2020", "pct"), items.stream().map(i -> i.get("id")).toList());
        assertEquals("A ü quoted", items.get(0).get("title"));
        assertEquals("5", items.get(0).get("page"));
        assertEquals(List.of(Map.of("family", "Doe", "given", "Jane")), items.get(1).get("author"));
        assertEquals(Map.of("date-parts", List.of(List.of(2020, 5, 1), List.of(2020, 6, 3))),
                items.get(1).get("issued"));
        assertEquals("https://x.org/a_b%20c", items.get(2).get("URL"));
        assertEquals("50% off", items.get(2).get("title"));
    }

    // ------------------------------------------------------------------------------------------- round trips

    @ParameterizedTest
    @CsvSource({
        "essay-sources.bib, BIBLATEX, BIBLATEX",
        "classic.bib, BIBTEX, BIBTEX",
        "classic.bib, BIBTEX, BIBLATEX",
        "essay-sources.ris, RIS, RIS",
        "essay-sources.json, CSL_JSON, CSL_JSON",
        "essay-sources.bib, BIBLATEX, CSL_JSON",
        "essay-sources.ris, RIS, CSL_JSON",
    })
    void importExportImport_givesTheSameItems(String fixture, SourceFormat in, SourceFormat out) throws Exception {
        List<Map<String, Object>> first = in.read(resource(fixture));
        String exported = out.write(first);
        List<Map<String, Object>> second = out.read(exported);
        assertEquals(JSON.valueToTree(first), JSON.valueToTree(second), exported);
    }

    /** Variables every format carries; BibTeX keeps only year and month of a date. */
    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void commonVariables_surviveEveryFormat(SourceFormat format) throws Exception {
        List<Map<String, Object>> items = SourceFormat.BIBLATEX.read(resource("essay-sources.bib"));
        List<Map<String, Object>> back = format.read(format.write(items));
        assertEquals(items.size(), back.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> a = items.get(i);
            Map<String, Object> b = back.get(i);
            assertEquals(a.get("id"), b.get("id"));
            for (String v : List.of("title", "container-title", "page", "volume", "URL", "DOI", "publisher")) {
                assertEquals(a.get(v), b.get(v), a.get("id") + " " + v + " via " + format);
            }
            assertEquals(families(a.get("author")), families(b.get("author")), a.get("id") + " authors");
            assertEquals(CslDates.firstParts(a.get("issued")).subList(0, Math.min(1,
                    CslDates.firstParts(a.get("issued")).size())), CslDates.firstParts(b.get("issued")).subList(0,
                    Math.min(1, CslDates.firstParts(b.get("issued")).size())), a.get("id") + " year");
        }
    }

    private static List<String> families(Object names) {
        if (!(names instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(n -> {
            Map<?, ?> m = (Map<?, ?>) n;
            // RIS has no particle field: "van der Berg" is its family name
            String particle = m.get("non-dropping-particle") == null ? "" : m.get("non-dropping-particle") + " ";
            return m.get("family") != null ? particle + m.get("family") : String.valueOf(m.get("literal"));
        }).toList();
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void hostileText_isCarriedAsData(SourceFormat format) throws Exception {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "x2020");
        item.put("type", "book");
        item.put("title", "<script>alert('x')</script> & \u202Eevil\u202C \"quoted\" {braced} 100% $5 #1 a_b ~ ^ \\");
        item.put("author", List.of(Map.of("family", "<b>Bold</b>", "given", "\u2066Iso\u2069")));
        item.put("issued", Map.of("date-parts", List.of(List.of(2020))));
        List<Map<String, Object>> back = format.read(format.write(List.of(item)));
        assertEquals(item.get("title"), back.get(0).get("title"));
        assertEquals(List.of("<b>Bold</b>"), families(back.get(0).get("author")));
    }

    @Test
    void bibtexExport_escapesLatexAndWritesMonthMacros() throws Exception {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "odd key,{1}");
        item.put("type", "thesis");
        item.put("genre", "Master's thesis");
        item.put("title", "Ça va — 50% “done”");
        item.put("author", List.of(Map.of("family", "de la Fuente", "given", "Ana")));
        item.put("publisher", "Universität Wien");
        item.put("issued", Map.of("date-parts", List.of(List.of(2019, 3, 2))));
        String bib = SourceFormat.BIBTEX.write(List.of(item));
        assertEquals("""
                @mastersthesis{odd_key__1_,
                  author = {{de la Fuente}, Ana},
                  title = {{\\c{C}}a va --- 50\\% “done”},
                  school = {Universit{\\"a}t Wien},
                  year = {2019},
                  month = mar,
                  day = {2}
                }
                """, bib);
        Map<String, Object> back = SourceFormat.BIBTEX.read(bib).get(0);
        assertEquals("Ça va — 50% “done”", back.get("title"));
        assertEquals(List.of(Map.of("family", "de la Fuente", "given", "Ana")), back.get("author"));
        assertEquals(Map.of("date-parts", List.of(List.of(2019, 3, 2))), back.get("issued"));
    }

    // ------------------------------------------------------------------------------------------- bad files

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unclosed.bib         | BIBTEX   | broken2  | 8 | not valid BibTeX",
        "unbalanced-braces.bib | BIBLATEX | b       | 5 | not valid BibTeX",
        "undefined-string.bib | BIBTEX   | macro2   | 6 | undefinedmacro",
        "duplicate-key.bib    | BIBTEX   | Same     | 5 | also used by the entry on line 1",
        "no-er.ris            | RIS      | record 2 | 5 | not ended",
        "tag-outside.ris      | RIS      | record 2 | 4 | outside a record",
        "ty-inside.ris        | RIS      | record 1 | 4 | before the record from line 1 ends",
        "syntax.json          | CSL_JSON | record 2 | 3 | not valid JSON",
        "no-type.json         | CSL_JSON | b        | 3 | no type",
        "no-id.json           | CSL_JSON | record 2 | 3 | no id",
        "name-string.json     | CSL_JSON | a        | 2 | must be a list of names",
        "bad-date.json        | CSL_JSON | b        | 3 | is not a number in date-parts",
        "duplicate-id.json    | CSL_JSON | a        | 3 | also used by record 1",
        "unknown-type.json    | CSL_JSON | a        | 2 | not a CSL item type",
    })
    void malformedFile_failsWholeWithRecordAndLine(String file, SourceFormat format, String record, int line,
                                                   String detail) throws Exception {
        String text = resource("bad/" + file);
        SourceImportException e = assertThrows(SourceImportException.class, () -> format.read(text));
        assertEquals(record, e.record(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", " + record + ": "), e.getMessage());
    }

    @Test
    void emptyOrNonArrayJson_isRejected() {
        assertThrows(SourceImportException.class, () -> SourceFormat.CSL_JSON.read(""));
        assertThrows(SourceImportException.class, () -> SourceFormat.CSL_JSON.read("\"text\""));
        assertThrows(SourceImportException.class, () -> SourceFormat.CSL_JSON.read("[1]"));
        assertThrows(SourceImportException.class, () -> SourceFormat.CSL_JSON.read("[] []"));
    }

    @Test
    void emptyBibtexAndRisFiles_giveNoItems() throws Exception {
        assertEquals(List.of(), SourceFormat.BIBTEX.read("% nothing here\n"));
        assertEquals(List.of(), SourceFormat.RIS.read("\n\n"));
    }

    @Test
    void detect_byFileNameThenContent() {
        assertEquals(SourceFormat.BIBLATEX, SourceFormat.detect("refs.bib", ""));
        assertEquals(SourceFormat.RIS, SourceFormat.detect("export.RIS", ""));
        assertEquals(SourceFormat.CSL_JSON, SourceFormat.detect("items.json", ""));
        assertEquals(SourceFormat.CSL_JSON, SourceFormat.detect(null, "\uFEFF  [ {"));
        assertEquals(SourceFormat.RIS, SourceFormat.detect("upload", "TY  - BOOK"));
        assertEquals(SourceFormat.BIBLATEX, SourceFormat.detect("upload", "\n@book{a,"));
        assertNull(SourceFormat.detect("notes.txt", "hello"));
        assertEquals(Set.of("bib", "ris", "json"),
                Set.of(SourceFormat.BIBTEX.extension(), SourceFormat.RIS.extension(), SourceFormat.CSL_JSON.extension()));
    }
}
