package dev.essays.formatting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.essays.csl.CslEngine;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A source a style can print nothing for: readers see its key, never the processor's error text; editors a report. */
class UnprintableSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"modern-language-association", "chicago-note-bibliography"})
    void sourceWithNothingToPrint_showsItsKey_andIsReported(String style) throws Exception {
        Essay essay = EssayJson.parse("{\"title\": \"T\", \"citationStyle\": \"" + style + "\","
                + " \"body\": \"<p>One [@bare] and two [@ostrow2013, 4].</p>\", \"sources\": ["
                + "{\"id\": \"bare\", \"type\": \"book\"},"
                + "{\"id\": \"ostrow2013\", \"type\": \"book\", \"title\": \"Politics in Russia\","
                + " \"author\": [{\"family\": \"Ostrow\", \"given\": \"Joel\"}], \"issued\": {\"date-parts\": [[2013]]}}]}",
                "unprintable");
        FormattedEssay formatted = new CitationFormatter(CslEngine.shared())
                .format(essay, new FormattingOptions("modern-language-association", "en-US"), new SiteSettings());
        String everything = formatted.bodyHtml() + formatted.entries() + formatted.footnotes();
        assertFalse(everything.contains("CSL STYLE ERROR"), everything);
        assertTrue(everything.contains("Ostrow") && everything.contains("[bare]"), everything);
        assertTrue(formatted.problems().stream().anyMatch(p -> p.kind().equals("prints-nothing")
                && p.message().contains("bare")), formatted.problems().toString());
    }
}
