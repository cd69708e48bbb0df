package dev.essays.csl.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.essays.csl.CslItem;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus files agree with each other: the expected output was regenerated after the last edit of the input. */
class CorpusFixturesTest {

    private final CorpusFiles.Corpus corpus = CorpusFiles.load();

    @Test
    void corpusIsAsLargeAsTheIssueAsks() {
        assertTrue(corpus.items().size() >= 40, "at least 40 sources");
        assertTrue(corpus.citations().size() >= 80, "at least 80 clusters");
    }

    @Test
    void everyItemIsCitedAndEveryCiteNamesAnItem() {
        Set<String> items = corpus.items().stream().map(CslItem::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> cited = corpus.citations().stream().flatMap(c -> c.cites().stream()).map(CorpusFiles.Cite::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(items, cited);
    }

    @Test
    void noteNumbersNeverDecrease() {
        int last = 0;
        for (CorpusFiles.Citation c : corpus.citations()) {
            assertTrue(c.noteIndex() >= last, c.citationID() + " has note " + c.noteIndex() + " after " + last);
            last = c.noteIndex();
        }
    }

    @Test
    void expectedOutputMatchesTheCurrentInput() {
        List<String> ids = corpus.citations().stream().map(CorpusFiles.Citation::citationID).toList();
        Set<String> items = corpus.items().stream().map(CslItem::id).collect(Collectors.toCollection(TreeSet::new));
        for (String style : CslCorpusTest.STYLES) {
            for (String format : List.of("html", "text")) {
                CorpusFiles.Expected e = CorpusFiles.expected(style, format);
                String where = style + "/" + format + " (regenerate: see src/test/resources/csl-corpus/README.md)";
                List<CorpusFiles.Citation> rendered = corpus.citations().stream()
                        .filter(c -> !e.skipped().contains(c.citationID())).toList();
                assertTrue(ids.containsAll(e.skipped()), where);
                assertEquals(rendered.stream().map(CorpusFiles.Citation::citationID).toList(),
                        e.clusters().stream().map(CorpusFiles.ExpectedCluster::citationID).toList(), where);
                assertEquals(items, e.entries().stream().map(CorpusFiles.ExpectedEntry::id)
                        .collect(Collectors.toCollection(TreeSet::new)), where);
                for (int i = 0; i < rendered.size(); i++) {
                    int note = e.noteStyle() ? rendered.get(i).noteIndex() : 0;
                    assertEquals(note, e.clusters().get(i).noteIndex(), where + " " + rendered.get(i).citationID());
                }
            }
        }
    }
}
