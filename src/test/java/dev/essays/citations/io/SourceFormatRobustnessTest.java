package dev.essays.citations.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Damaged files give a {@link SourceImportException} or valid items, never another exception. */
class SourceFormatRobustnessTest {

    private static final String NOISE = "{}[]\",@=#%\\\n:~-/ a1TYER";

    @ParameterizedTest
    @CsvSource({"essay-sources.bib, BIBLATEX", "classic.bib, BIBTEX", "essay-sources.ris, RIS",
        "essay-sources.json, CSL_JSON"})
    void damagedFile_failsCleanlyOrReadsValidItems(String fixture, SourceFormat format) throws Exception {
        String original = SourceFormatTest.resource(fixture);
        Random random = new Random(fixture.hashCode());
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder(original);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(b.length());
                if (random.nextBoolean()) {
                    b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(12)));
                } else {
                    b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                }
                if (b.length() == 0) {
                    b.append('x');
                }
            }
            String text = b.toString();
            try {
                List<Map<String, Object>> items = format.read(text);
                for (Map<String, Object> item : items) {
                    assertTrue(item.get("id") != null && item.get("type") instanceof String, text);
                }
            } catch (SourceImportException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            } catch (RuntimeException | StackOverflowError e) {
                fail("unexpected " + e + " for:\n" + text, e);
            }
        }
    }

    @Test
    void deeplyNestedInput_isReadOrRejected_withoutExhaustingTheStack() throws Exception {
        int d = 50_000;
        String braces = "@book{a, title={" + "{".repeat(d) + "x" + "}".repeat(d) + "}}";
        assertEquals("x", SourceFormat.BIBLATEX.read(braces).get(0).get("title"));
        String accents = "@book{a, title={" + "\\'{".repeat(d) + "x" + "}".repeat(d) + "}}";
        assertEquals(1, SourceFormat.BIBLATEX.read(accents).size());
        String chained = "@book{a, title={" + "\\'".repeat(d) + "x}}";
        assertEquals(1, SourceFormat.BIBLATEX.read(chained).size());
        String json = "[{\"id\": \"a\", \"type\": \"book\", \"x\": " + "[".repeat(d) + "]".repeat(d) + "}]";
        assertThrows(SourceImportException.class, () -> SourceFormat.CSL_JSON.read(json));
    }
}
