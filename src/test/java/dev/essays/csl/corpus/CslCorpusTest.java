package dev.essays.csl.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.essays.csl.CslBibliography;
import dev.essays.csl.CslEngine;
import dev.essays.csl.CslFormat;
import dev.essays.csl.CslSession;
import dev.essays.csl.CslStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Our CSL processor against citeproc-js on the corpus in {@code src/test/resources/csl-corpus} (see its README):
 * every citation cluster and every bibliography entry of six styles, in HTML and in text, is its own test case,
 * named {@code <style>/<format>/cluster/<citationID>}, {@code <style>/<format>/entry/<itemId>},
 * {@code <style>/<format>/bibliography-order} or {@code <style>/<format>/bibliography-options}.
 *
 * <p>Cases listed in {@code known-failures.txt} that still differ are reported as skipped, with their diff; any other
 * difference fails. The last case, {@code floor}, fails when fewer cases pass than {@code floor.txt} records.
 * {@code -Dcsl.corpus.update=true} rewrites the known failures and raises the floor (it never lowers it).
 */
class CslCorpusTest {

    static final List<String> STYLES = List.of("modern-language-association", "apa", "chicago-author-date",
            "chicago-note-bibliography", "ieee", "vancouver");
    private static final int RENDER_TIMEOUT_SECONDS = 120;
    private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "csl-corpus");

    private final Set<String> knownFailures = CorpusFiles.knownFailures();
    private final List<String> passed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> fixed = new ArrayList<>();

    @TestFactory
    Stream<DynamicNode> corpus() {
        CorpusFiles.Corpus corpus = CorpusFiles.load();
        List<DynamicNode> styles = new ArrayList<>();
        for (String style : STYLES) {
            List<DynamicNode> formats = new ArrayList<>();
            for (CslFormat format : CslFormat.values()) {
                formats.add(dynamicContainer(style + "/" + name(format), cases(corpus, style, format)));
            }
            styles.add(dynamicContainer(style, formats));
        }
        styles.add(dynamicTest("floor", this::checkFloor));
        return styles.stream();
    }

    private Stream<DynamicNode> cases(CorpusFiles.Corpus corpus, String style, CslFormat format) {
        CorpusFiles.Expected expected = CorpusFiles.expected(style, name(format));
        Supplier<Rendered> rendered = memoize(() -> Rendered.withTimeout(corpus, style, format, expected));
        String prefix = style + "/" + name(format) + "/";
        List<DynamicNode> cases = new ArrayList<>();
        for (int i = 0; i < expected.clusters().size(); i++) {
            int n = i;
            CorpusFiles.ExpectedCluster cluster = expected.clusters().get(i);
            cases.add(testCase(prefix + "cluster/" + cluster.citationID(), () -> {
                Rendered r = rendered.get();
                return compare(cluster.output(), r.clusters() == null ? null : r.clusters().get(n), r.clusterError());
            }));
        }
        cases.add(testCase(prefix + "bibliography-order", () -> {
            Rendered r = rendered.get();
            List<String> expectedIds = expected.entries().stream().map(CorpusFiles.ExpectedEntry::id).toList();
            List<String> actualIds = r.bibliography() == null ? null
                    : r.bibliography().entries().stream().map(CslBibliography.Entry::itemId).toList();
            return compare(String.join("\n", expectedIds), actualIds == null ? null : String.join("\n", actualIds),
                    r.bibliographyError());
        }));
        cases.add(testCase(prefix + "bibliography-options", () -> {
            Rendered r = rendered.get();
            CslBibliography b = r.bibliography();
            String actual = b == null ? null : options(b.hangingIndent(), b.secondFieldAlignMode(),
                    b.lineSpacing(), b.entrySpacing());
            CorpusFiles.Options o = expected.options();
            return compare(options(o.hangingIndent(), o.secondFieldAlign(), o.lineSpacing(), o.entrySpacing()),
                    actual, r.bibliographyError());
        }));
        for (CorpusFiles.ExpectedEntry entry : expected.entries()) {
            cases.add(testCase(prefix + "entry/" + entry.id(), () -> {
                Rendered r = rendered.get();
                String actual = null;
                if (r.bibliography() != null) {
                    actual = r.bibliography().entries().stream().filter(e -> e.itemId().equals(entry.id()))
                            .map(CslBibliography.Entry::formatted).findFirst().orElse("<no entry for this item>");
                }
                return compare(layout(entry.output()), actual == null ? null : layout(actual),
                        r.bibliographyError());
            }));
        }
        return cases.stream();
    }

    /** Whitespace with a newline between an entry's nested divs is layout, not content (as in the suite runner). */
    private static String layout(String entry) {
        return entry.strip().replaceAll("\\s*\n\\s*", "");
    }

    private static String options(boolean hangingIndent, String secondFieldAlign, int lineSpacing, int entrySpacing) {
        return "hanging-indent=" + hangingIndent + " second-field-align=" + secondFieldAlign
                + " line-spacing=" + lineSpacing + " entry-spacing=" + entrySpacing;
    }

    /** A difference, or null when equal. */
    private record Diff(String message, String expected, String actual) {}

    private static Diff compare(String expected, String actual, String error) {
        if (actual == null) {
            return new Diff("our engine failed: " + error, expected, null);
        }
        if (expected.equals(actual)) {
            return null;
        }
        return new Diff(Diffs.describe(expected, actual), expected, actual);
    }

    private DynamicNode testCase(String name, Supplier<Diff> check) {
        return dynamicTest(name, () -> {
            Diff diff = check.get();
            boolean known = knownFailures.contains(name);
            synchronized (this) {
                (diff == null ? passed : failed).add(name);
                if (diff == null && known) {
                    fixed.add(name);
                }
            }
            if (diff == null) {
                return;
            }
            String message = name + ": differs from citeproc-js\n" + diff.message();
            if (known) {
                Assumptions.abort("known failure " + message);
            }
            throw new AssertionFailedError(message, diff.expected(), diff.actual());
        });
    }

    private void checkFloor() throws IOException {
        int floor = CorpusFiles.floor();
        int total = passed.size() + failed.size();
        StringBuilder summary = new StringBuilder("CSL corpus vs citeproc-js: " + passed.size() + " of " + total
                + " cases equal (floor " + floor + ")\n");
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (String n : passed) {
            byGroup.computeIfAbsent(group(n), g -> new int[2])[0]++;
        }
        for (String n : failed) {
            byGroup.computeIfAbsent(group(n), g -> new int[2])[1]++;
        }
        byGroup.forEach((g, c) -> summary.append(String.format("  %-46s %4d / %4d%n", g, c[0], c[0] + c[1])));
        if (!fixed.isEmpty()) {
            summary.append(fixed.size()).append(" known failures now pass: run with -Dcsl.corpus.update=true\n");
        }
        System.out.print(summary);
        if (Boolean.getBoolean("csl.corpus.update")) {
            if (!Files.isDirectory(SOURCE_DIR)) {
                throw new IOException("run the update from the project directory (no " + SOURCE_DIR + ")");
            }
            Files.writeString(SOURCE_DIR.resolve("known-failures.txt"), CorpusFiles.KNOWN_FAILURES_HEADER
                    + String.join("\n", new TreeSet<>(failed)) + (failed.isEmpty() ? "" : "\n"));
            Files.writeString(SOURCE_DIR.resolve("floor.txt"),
                    CorpusFiles.FLOOR_HEADER + Math.max(floor, passed.size()) + "\n");
            System.out.println("updated " + SOURCE_DIR.resolve("known-failures.txt") + " and floor.txt");
        }
        assertTrue(passed.size() >= floor,
                "only " + passed.size() + " corpus cases equal citeproc-js, below the floor of " + floor + "\n" + summary);
    }

    private static String group(String caseName) {
        String[] p = caseName.split("/");
        return p[0] + "/" + p[1] + "/" + (p[2].startsWith("cluster") ? "citations" : "bibliography");
    }

    private static String name(CslFormat format) {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        AtomicReference<T> value = new AtomicReference<>();
        return () -> {
            T v = value.get();
            if (v == null) {
                v = Objects.requireNonNull(supplier.get());
                value.set(v);
            }
            return v;
        };
    }

    /** Our engine's output for one style and format; an error message instead where the engine threw. */
    private record Rendered(List<String> clusters, String clusterError, CslBibliography bibliography,
                            String bibliographyError) {

        /** Renders in a daemon thread so that an engine stuck in a loop fails its cases instead of hanging the build. */
        static Rendered withTimeout(CorpusFiles.Corpus corpus, String style, CslFormat format,
                                    CorpusFiles.Expected expected) {
            java.util.concurrent.FutureTask<Rendered> task =
                    new java.util.concurrent.FutureTask<>(() -> of(corpus, style, format, expected));
            Thread thread = new Thread(task, "csl-corpus-" + style + "-" + name(format));
            thread.setDaemon(true);
            thread.start();
            try {
                return task.get(RENDER_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                String error = "no result after " + RENDER_TIMEOUT_SECONDS + " s";
                return new Rendered(null, error, null, error);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                String error = describe(e.getCause());
                return new Rendered(null, error, null, error);
            }
        }

        static Rendered of(CorpusFiles.Corpus corpus, String style, CslFormat format, CorpusFiles.Expected expected) {
            CslSession session;
            try {
                CslStyle cslStyle = CslEngine.shared().style(style);
                session = CslEngine.shared().session(cslStyle, null, corpus.items());
            } catch (Exception | LinkageError | StackOverflowError e) {
                String error = describe(e);
                return new Rendered(null, error, null, error);
            }
            List<String> clusters = null;
            String clusterError = null;
            try {
                List<dev.essays.csl.CslCluster> input = corpus.clusters(expected);
                clusters = session.cite(input, format);
                if (clusters.size() != input.size()) {
                    clusterError = clusters.size() + " clusters rendered for " + input.size();
                    clusters = null;
                }
            } catch (Exception | LinkageError | StackOverflowError e) {
                clusterError = describe(e);
            }
            CslBibliography bibliography = null;
            String bibliographyError = null;
            try {
                bibliography = session.bibliography(format);
            } catch (Exception | LinkageError | StackOverflowError e) {
                bibliographyError = describe(e);
            }
            return new Rendered(clusters, clusterError, bibliography, bibliographyError);
        }

        private static String describe(Throwable e) {
            StackTraceElement[] trace = e.getStackTrace();
            return e + (trace.length > 0 ? " at " + trace[0] : "");
        }
    }
}
