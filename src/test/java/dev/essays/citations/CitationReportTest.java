package dev.essays.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationReportTest {

    private static final String BODY = "<p>Grief is slow [Dallin qtd. in @ostrow2013, 118], as @rowe2019 [pp. 3-] "
            + "shows [see @missing, 4; also @ostrow2013a, pg. 7]. Again [@missing].</p>";

    @Test
    void listsUnknownNeverCitedDuplicateAndMalformed() {
        ParsedCitations parsed = CitationMarkers.parse(BODY);
        CitationReport report = CitationReport.of(parsed,
                List.of("ostrow2013", "ostrow2013a", "rowe2019", "hall2001", "rowe2019"));
        assertEquals(Set.of("missing"), report.unknownKeySet());
        assertEquals(2, report.unknownKeys().size());
        assertEquals("@missing", BODY.substring(report.unknownKeys().get(0).start(), report.unknownKeys().get(0).end()));
        assertEquals(List.of("hall2001"), report.neverCited());
        assertEquals(List.of("rowe2019"), report.duplicateKeys());
        assertEquals(List.of(CitationProblem.Kind.MALFORMED_LOCATOR, CitationProblem.Kind.UNKNOWN_LABEL),
                report.markerProblems().stream().map(CitationProblem::kind).toList());
        assertFalse(report.clean());
        assertEquals(List.of("MALFORMED_LOCATOR rowe2019", "UNKNOWN_KEY missing", "UNKNOWN_LABEL ostrow2013a",
                        "UNKNOWN_KEY missing", "DUPLICATE_KEY rowe2019", "NEVER_CITED hall2001"),
                report.all().stream().map(p -> p.kind() + " " + p.key()).toList());
    }

    @Test
    void cleanWhenEverythingMatches() {
        CitationReport report = CitationReport.of(CitationMarkers.parse("<p>[@a; @b, 3]</p>"), List.of("a", "b"));
        assertTrue(report.clean());
    }

    @Test
    void keysAreCaseSensitiveLikePandoc() {
        CitationReport report = CitationReport.of(CitationMarkers.parse("<p>[@Doe]</p>"), List.of("doe"));
        assertEquals(Set.of("Doe"), report.unknownKeySet());
        assertEquals(List.of("doe"), report.neverCited());
    }
}
