package dev.essays.csl.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.essays.csl.CslCite;
import dev.essays.csl.CslCluster;
import dev.essays.csl.CslException;
import dev.essays.csl.CslItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the corpus (items, citation clusters) and citeproc-js's expected output from the test classpath. */
public final class CorpusFiles {

    static final String DIR = "/csl-corpus/";
    static final String FLOOR_HEADER = """
            # Minimum number of CslCorpusTest cases equal to citeproc-js; the test fails below it. Only ever raise it.
            """;
    static final String KNOWN_FAILURES_HEADER = """
            # Corpus cases (CslCorpusTest) where our engine still differs from citeproc-js; they are reported as
            # skipped. Rewritten by: mvn -o test -Dtest=CslCorpusTest -Dcsl.corpus.update=true
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFiles() {}

    /** One cite of a cluster, as in citations.json (CSL citation-item names). */
    public record Cite(String id, String locator, String label, String prefix, String suffix,
                       boolean suppressAuthor, boolean authorOnly) {
        CslCite toCslCite() {
            return new CslCite(id, prefix, suffix, locator, locator == null ? null : label, suppressAuthor, authorOnly);
        }
    }

    public record Citation(String citationID, int noteIndex, List<Cite> cites) {}

    public record Corpus(String itemsJson, List<CslItem> items, List<Citation> citations) {

        /**
         * The clusters citeproc-js rendered for this style (all but its skipped ones), in document order, with the
         * note numbers it was given (0 for in-text styles).
         */
        public List<CslCluster> clusters(Expected expected) {
            List<Citation> rendered = citations.stream().filter(c -> !expected.skipped().contains(c.citationID()))
                    .toList();
            if (rendered.size() != expected.clusters().size()) {
                throw new IllegalStateException("expected output out of date: " + expected.clusters().size()
                        + " clusters for " + rendered.size() + "; regenerate it (see the corpus README)");
            }
            List<CslCluster> out = new ArrayList<>();
            for (int i = 0; i < rendered.size(); i++) {
                Citation c = rendered.get(i);
                ExpectedCluster e = expected.clusters().get(i);
                if (!e.citationID().equals(c.citationID())) {
                    throw new IllegalStateException("expected output out of date: " + e.citationID() + " for "
                            + c.citationID() + "; regenerate it (see the corpus README)");
                }
                out.add(new CslCluster(c.cites().stream().map(Cite::toCslCite).toList(), e.noteIndex()));
            }
            return out;
        }

        /** The clusters as render.js passes them: corpus note numbers for note styles, 0 for in-text styles. */
        public List<CslCluster> clusters(boolean noteStyle) {
            return citations.stream().map(c -> new CslCluster(c.cites().stream().map(Cite::toCslCite).toList(),
                    noteStyle ? c.noteIndex() : 0)).toList();
        }
    }

    public record ExpectedCluster(String citationID, int noteIndex, String output) {}

    public record ExpectedEntry(String id, String output) {}

    public record Options(boolean hangingIndent, String secondFieldAlign, int lineSpacing, int entrySpacing) {}

    /** citeproc-js's output; {@code skipped}: clusters of citations.json it was not given for this style. */
    public record Expected(String generator, boolean noteStyle, Set<String> skipped, List<ExpectedCluster> clusters,
                           Options options, List<ExpectedEntry> entries) {}

    public static Corpus load() {
        String itemsJson = read("items.json");
        List<CslItem> items;
        try {
            items = CslItem.parseJsonArray(itemsJson);
        } catch (CslException e) {
            throw new IllegalStateException("items.json: " + e.getMessage(), e);
        }
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : tree("citations.json")) {
            List<Cite> cites = new ArrayList<>();
            for (JsonNode ci : c.get("citationItems")) {
                cites.add(new Cite(ci.get("id").asText(), text(ci, "locator"), text(ci, "label"), text(ci, "prefix"),
                        text(ci, "suffix"), ci.path("suppress-author").asBoolean(false),
                        ci.path("author-only").asBoolean(false)));
            }
            citations.add(new Citation(c.get("citationID").asText(), c.path("noteIndex").asInt(0), cites));
        }
        return new Corpus(itemsJson, items, citations);
    }

    /** citeproc-js's output for one style in one format ("html" or "text"). */
    public static Expected expected(String style, String format) {
        JsonNode cits = tree("expected/" + style + ".citations." + format + ".json");
        JsonNode bib = tree("expected/" + style + ".bibliography." + format + ".json");
        List<ExpectedCluster> clusters = new ArrayList<>();
        for (JsonNode c : cits.get("clusters")) {
            clusters.add(new ExpectedCluster(c.get("citationID").asText(), c.get("noteIndex").asInt(),
                    c.get("output").asText()));
        }
        List<ExpectedEntry> entries = new ArrayList<>();
        for (JsonNode e : bib.get("entries")) {
            entries.add(new ExpectedEntry(e.get("id").asText(), e.get("output").asText()));
        }
        JsonNode o = bib.get("options");
        Options options = new Options(o.get("hangingIndent").asBoolean(), text(o, "secondFieldAlign"),
                o.get("lineSpacing").asInt(), o.get("entrySpacing").asInt());
        Set<String> skipped = new LinkedHashSet<>();
        cits.path("skipped").forEach(id -> skipped.add(id.asText()));
        return new Expected(cits.path("generator").asText(), cits.get("noteStyle").asBoolean(), skipped, clusters,
                options, entries);
    }

    static Set<String> knownFailures() {
        Set<String> names = new LinkedHashSet<>();
        String text = readOptional("known-failures.txt");
        if (text != null) {
            text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        }
        return names;
    }

    static int floor() {
        String text = readOptional("floor.txt");
        return text == null ? 0 : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .mapToInt(Integer::parseInt).findFirst().orElse(0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode tree(String name) {
        try {
            return JSON.readTree(read(name));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    public static String read(String name) {
        String text = readOptional(name);
        if (text == null) {
            throw new IllegalStateException("missing corpus file " + DIR + name);
        }
        return text;
    }

    private static String readOptional(String name) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream(DIR + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
