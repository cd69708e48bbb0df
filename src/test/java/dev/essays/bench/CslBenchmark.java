package dev.essays.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import dev.essays.csl.CslBibliography;
import dev.essays.csl.CslCluster;
import dev.essays.csl.CslEngine;
import dev.essays.csl.CslFormat;
import dev.essays.csl.CslItem;
import dev.essays.csl.CslStyle;
import dev.essays.csl.corpus.CorpusFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the CSL processors on the corpus (src/test/resources/csl-corpus), in one run: ours
 * ({@code dev.essays.csl}) against citeproc-java 3.5.2 (the JVM peer) and citeproc-js under Node (the reference,
 * run as a child process: {@code tools/citeproc-js/render.js --time}). Per style: loading the style cold (first loads
 * in a fresh JVM or Node per processor) and warm, a bibliography of the corpus's first 40 items, its first 80 citation clusters in
 * document order. Medians after warm-up. Also checks how many of the corpus's clusters and entries equal
 * citeproc-js's expected output (plain text), so a fast wrong answer shows as such. A main(), not a test: see
 * BENCHMARKS.md for the command.
 *
 * <p>Options: {@code --warmup N} (20), {@code --warmup-ms MS} (2000: warm-up lasts at least this long),
 * {@code --runs N} (30), {@code --cold-runs N} (5: fresh JVMs per processor), {@code --style ID} (repeatable;
 * default the six corpus styles), {@code --node PATH} (node), {@code --no-js}.
 */
public final class CslBenchmark {

    private static final List<String> STYLES = List.of("modern-language-association", "apa", "chicago-author-date",
            "chicago-note-bibliography", "ieee", "vancouver");
    private static final String[] MEASURES = {"load cold", "load warm", "load warm, cached", "bibliography 40",
        "citations 80"};
    private static final int BIB_ITEMS = 40;
    private static final int CITE_CLUSTERS = 80;

    private int warmup = 20;
    private long warmupMs = 2000;
    private int runs = 30;
    private int coldRuns = 5;
    private List<String> styles = new ArrayList<>();
    private String node = "node";
    private boolean js = true;

    /** Results: style → measure → milliseconds (NaN: not measured), plus notes. */
    private final Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String nodeVersion = "–";
    private String citeprocJsVersion = "–";

    public static void main(String[] args) throws Exception {
        CslBenchmark b = new CslBenchmark();
        b.parse(args);
        b.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--warmup-ms" -> warmupMs = Long.parseLong(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--cold-runs" -> coldRuns = Integer.parseInt(args[++i]);
                case "--style" -> styles.add(args[++i]);
                case "--node" -> node = args[++i];
                case "--no-js" -> js = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (styles.isEmpty()) {
            styles = STYLES;
        }
    }

    // Column indexes of a result row.
    private static final int OURS = 0;
    private static final int JAVA = 1;
    private static final int JS = 2;

    private double[] row(String style, String measure) {
        return results.computeIfAbsent(style, s -> new LinkedHashMap<>()).computeIfAbsent(measure, m -> {
            double[] r = new double[3];
            Arrays.fill(r, Double.NaN);
            return r;
        });
    }

    private void run() throws Exception {
        loadBefore = loadAverage();
        CorpusFiles.Corpus corpus = CorpusFiles.load();
        List<CslItem> bibItems = corpus.items().subList(0, BIB_ITEMS);
        List<String> bibIds = bibItems.stream().map(CslItem::id).toList();

        // Cold loads: each JVM processor in a fresh JVM of its own (citeproc-js gets a fresh Node below).
        coldLoads();
        CslEngine engine = CslEngine.shared();
        List<CSLItemData> peerItems = peerItems(corpus.itemsJson());
        ListItemDataProvider provider = new ListItemDataProvider(peerItems);

        for (String style : styles) {
            String xml = styleXml(style);
            CslStyle cslStyle = engine.style(style);
            List<CslCluster> clusters = corpus.clusters(cslStyle.isNoteStyle()).subList(0, CITE_CLUSTERS);
            // citeproc-java: one CSL object per style, reset between runs (it has no separate session).
            CSL peer = orNull(() -> new CSL(provider, style), "citeproc-java", style, "setup");
            if (peer != null) {
                peer.setOutputFormat("html");
            }
            List<CSLCitation> peerClusters = peerCitations(corpus, cslStyle.isNoteStyle()).subList(0, CITE_CLUSTERS);

            // Ours parses the style XML again (what a cache miss costs); the cached lookup by id alone.
            sideBySide(style, "load warm",
                    new Candidate<>("ours", OURS, () -> null, x -> engine.parseStyle(xml)),
                    new Candidate<>("citeproc-java", JAVA, () -> null, x -> new CSL(provider, style)));
            sideBySide(style, "load warm, cached", new Candidate<>("ours", OURS, () -> null, x -> engine.style(style)));
            Candidate<Object> ourBibliography = new Candidate<>("ours", OURS, () -> null, x -> {
                CslBibliography b = engine.session(cslStyle, null, bibItems).bibliography(CslFormat.HTML);
                if (b.entries().size() != BIB_ITEMS) {
                    throw new IllegalStateException(b.entries().size() + " entries for " + BIB_ITEMS + " items");
                }
            });
            Candidate<Object> ourCitations = new Candidate<>("ours", OURS, () -> null,
                    x -> engine.session(cslStyle, null, corpus.items()).cite(clusters, CslFormat.HTML));
            if (peer == null) {
                sideBySide(style, "bibliography 40", ourBibliography);
                sideBySide(style, "citations 80", ourCitations);
                continue;
            }
            sideBySide(style, "bibliography 40", ourBibliography,
                    new Candidate<>("citeproc-java", JAVA, () -> {
                        peer.reset();
                        return null;
                    }, x -> {
                        peer.registerCitationItems(bibIds);
                        peer.makeBibliography();
                    }));
            sideBySide(style, "citations 80", ourCitations,
                    new Candidate<>("citeproc-java", JAVA, () -> {
                        peer.reset();
                        return null;
                    }, x -> {
                        for (CSLCitation c : peerClusters) {
                            peer.makeCitation(c);
                        }
                    }));
        }

        if (js) {
            runCiteprocJs();
        }
        Map<String, String> correctness = correctness(corpus, provider);
        print(correctness);
    }

    private String loadBefore = "–";

    /** The 1/5/15-minute load averages (Linux), to show how busy the shared machine was. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "–";
        }
    }

    // ---- citeproc-js under Node ----

    private void runCiteprocJs() throws IOException, InterruptedException {
        Path tools = Path.of("tools", "citeproc-js");
        Path cslDir = Path.of("target", "csl-xml");
        if (!Files.isDirectory(tools.resolve("node_modules"))) {
            notes.add("citeproc-js not run: no tools/citeproc-js/node_modules (run npm ci there)");
            return;
        }
        String extracted = exec(List.of("sh", tools.resolve("extract-csl.sh").toString(), cslDir.toString()));
        if (extracted == null) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(node, tools.resolve("render.js").toString(), "--time",
                "--csl-dir", cslDir.toString(), "--warmup", String.valueOf(warmup), "--warmup-ms",
                String.valueOf(warmupMs), "--runs", String.valueOf(runs),
                "--bib-items", String.valueOf(BIB_ITEMS), "--cite-clusters", String.valueOf(CITE_CLUSTERS)));
        for (String s : styles) {
            cmd.add("--style");
            cmd.add(s);
        }
        String out = exec(cmd);
        if (out == null) {
            return;
        }
        JsonNode json = new ObjectMapper().readTree(out);
        nodeVersion = json.path("node").asText();
        citeprocJsVersion = json.path("processor").asText();
        for (String style : styles) {
            JsonNode s = json.path("styles").path(style);
            row(style, "load cold")[JS] = s.path("loadColdMs").asDouble(Double.NaN);
            row(style, "load warm")[JS] = s.path("loadWarmMs").asDouble(Double.NaN);
            row(style, "bibliography 40")[JS] = s.path("bibliographyMs").asDouble(Double.NaN);
            row(style, "citations 80")[JS] = s.path("citationsMs").asDouble(Double.NaN);
        }
    }

    private String exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            notes.add("citeproc-js not run: " + String.join(" ", cmd) + " failed");
            return null;
        }
        return out;
    }

    // ---- correctness against citeproc-js's expected output (all clusters and entries) ----
    // Plain text, because citeproc-java's HTML has other conventions (<span style="font-style: italic">, &ldquo;).

    private static final Pattern ENTRY = Pattern.compile("^\\s*<div class=\"csl-entry\">(.*)</div>\\s*$",
            Pattern.DOTALL);

    private Map<String, String> correctness(CorpusFiles.Corpus corpus, ListItemDataProvider provider) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String style : styles) {
            CorpusFiles.Expected expected;
            try {
                expected = CorpusFiles.expected(style, "text");
            } catch (RuntimeException e) {
                continue; // a style outside the corpus: no expected output
            }
            String ours;
            try {
                CslStyle s = CslEngine.shared().style(style);
                var session = CslEngine.shared().session(s, null, corpus.items());
                List<String> got = session.cite(corpus.clusters(expected), CslFormat.TEXT);
                int c = 0;
                for (int i = 0; i < expected.clusters().size(); i++) {
                    c += expected.clusters().get(i).output().equals(got.get(i)) ? 1 : 0;
                }
                Map<String, String> entries = new LinkedHashMap<>();
                for (CslBibliography.Entry e : session.bibliography(CslFormat.TEXT).entries()) {
                    entries.put(e.itemId(), layout(e.formatted()));
                }
                int equal = equalEntries(expected, entries);
                ours = c + "/" + expected.clusters().size() + " clusters, " + equal + "/" + expected.entries().size()
                        + " entries";
                int differ = expected.clusters().size() - c + expected.entries().size() - equal;
                if (differ > 0) {
                    notes.add("ours " + style + ": " + differ + " of " + (expected.clusters().size()
                            + expected.entries().size()) + " clusters and entries still differ from citeproc-js "
                            + "(see CslCorpusTest); times are of that rendering");
                }
            } catch (Exception | LinkageError e) {
                ours = "failed: " + e;
            }
            String peer;
            try {
                CSL csl = new CSL(provider, style);
                csl.setOutputFormat("text");
                List<CSLCitation> cits = peerCitations(corpus, expected.noteStyle()).stream()
                        .filter(c -> !expected.skipped().contains(c.getCitationID())).toList();
                // citeproc-java returns one Citation per call (its getIndex() is not the cluster's position).
                String[] rendered = new String[cits.size()];
                for (int i = 0; i < cits.size(); i++) {
                    var got = csl.makeCitation(cits.get(i));
                    rendered[i] = got.isEmpty() ? "" : got.get(got.size() - 1).getText();
                }
                int c = 0;
                for (int i = 0; i < cits.size(); i++) {
                    c += expected.clusters().get(i).output().equals(rendered[i]) ? 1 : 0;
                }
                // citeproc-java gives no entry ids: count the expected entries found among its entries.
                List<String> entries = new ArrayList<>();
                for (String e : csl.makeBibliography().getEntries()) {
                    Matcher m = ENTRY.matcher(e);
                    entries.add(layout(m.matches() ? m.group(1) : e));
                }
                int equal = 0;
                for (CorpusFiles.ExpectedEntry e : expected.entries()) {
                    equal += entries.remove(layout(e.output())) ? 1 : 0;
                }
                peer = c + "/" + cits.size() + " clusters, " + equal + "/" + expected.entries().size() + " entries";
            } catch (Exception | LinkageError e) {
                peer = "failed: " + e;
            }
            out.put(style, String.format("ours %s; citeproc-java %s", ours, peer));
        }
        return out;
    }

    private static int equalEntries(CorpusFiles.Expected expected, Map<String, String> entries) {
        int n = 0;
        for (CorpusFiles.ExpectedEntry e : expected.entries()) {
            n += layout(e.output()).equals(entries.get(e.id())) ? 1 : 0;
        }
        return n;
    }

    private static String layout(String s) {
        return s == null ? null : s.strip().replaceAll("\\s*\n\\s*", "");
    }

    // ---- citeproc-java input ----

    static List<CSLItemData> peerItems(String itemsJson) throws IOException {
        List<CSLItemData> items = new ArrayList<>();
        for (Object o : new JsonParser(new JsonLexer(new StringReader(itemsJson))).parseArray()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            items.add(CSLItemData.fromJson(m));
        }
        return items;
    }

    private static int droppedPeerLabels;
    private static int peerCitationLists;

    private static List<CSLCitation> peerCitations(CorpusFiles.Corpus corpus, boolean noteStyle) throws IOException {
        List<CSLCitation> out = new ArrayList<>();
        peerCitationLists++;
        String json = CorpusFiles.read("citations.json");
        for (Object o : new JsonParser(new JsonLexer(new StringReader(json))).parseArray()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) o);
            m.put("properties", Map.of("noteIndex", noteStyle ? ((Number) m.get("noteIndex")).intValue() : 0));
            List<Object> items = new ArrayList<>();
            for (Object ci : (List<?>) m.get("citationItems")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) ci);
                if (item.get("label") != null && !PEER_LABELS.contains(item.get("label").toString())) {
                    droppedPeerLabels++;
                    item.remove("label"); // citeproc-java 3.5.2 rejects the CSL 1.0.2 labels it does not know
                }
                items.add(item);
            }
            m.put("citationItems", items);
            out.add(CSLCitation.fromJson(m));
        }
        return out;
    }

    /** The locator labels citeproc-java 3.5.2 accepts (its CSLLabel enum); it lacks scene, table, timestamp... */
    private static final java.util.Set<String> PEER_LABELS = java.util.Set.of("book", "chapter", "column", "figure",
            "folio", "issue", "line", "note", "opus", "page", "paragraph", "part", "section", "sub-verbo", "verse",
            "volume");

    private static String styleXml(String style) throws IOException {
        try (InputStream in = CslBenchmark.class.getResourceAsStream("/" + style + ".csl")) {
            if (in == null) {
                throw new IOException("style " + style + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- timing ----

    @FunctionalInterface
    private interface Body<T> {
        void run(T context) throws Exception;
    }

    @FunctionalInterface
    private interface Setup<T> {
        T get() throws Exception;
    }

    /** One processor's way to do a measured task: setup (untimed) and body (timed) per run. */
    private record Candidate<T>(String who, int column, Setup<T> setup, Body<T> body) {
        double timeOnce() throws Exception {
            T ctx = setup.get();
            long t0 = System.nanoTime();
            body.run(ctx);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /**
     * Medians of the JVM processors measured side by side: warm-up and runs alternate between them (order swapped
     * every run), so a busy moment on the shared machine slows both rather than one.
     */
    private void sideBySide(String style, String measure, Candidate<?>... candidates) {
        double[][] times = new double[candidates.length][runs];
        boolean[] failed = new boolean[candidates.length];
        // Warm-up: at least `warmup` runs and `warmupMs` per processor, so the JIT has compiled the hot code.
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - warmStart < warmupMs * 1_000_000L * candidates.length;
             i++) {
            for (int c = 0; c < candidates.length; c++) {
                failed[c] |= !attempt(candidates[c], style, measure, null, failed[c], 0);
            }
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < candidates.length; k++) {
                int c = i % 2 == 0 ? k : candidates.length - 1 - k;
                failed[c] |= !attempt(candidates[c], style, measure, times[c], failed[c], i);
            }
        }
        for (int c = 0; c < candidates.length; c++) {
            Arrays.sort(times[c]);
            row(style, measure)[candidates[c].column()] = failed[c] ? Double.NaN : median(times[c]);
        }
    }

    /** Runs a candidate once, recording its time at {@code times[i]} if given; false (and a note) if it failed. */
    private boolean attempt(Candidate<?> c, String style, String measure, double[] times, boolean failedBefore,
                            int i) {
        if (failedBefore) {
            return false;
        }
        try {
            double ms = c.timeOnce();
            if (times != null) {
                times[i] = ms;
            }
            return true;
        } catch (Exception | LinkageError | StackOverflowError e) {
            notes.add(c.who() + " " + style + " " + measure + ": failed: " + e);
            return false;
        }
    }

    /**
     * Cold loads of each JVM processor, in fresh JVMs: {@code coldRuns} child JVMs per processor, alternating between
     * them so a busy moment slows both; the median per style.
     */
    private void coldLoads() throws IOException, InterruptedException {
        Map<String, List<Double>> ours = new LinkedHashMap<>();
        Map<String, List<Double>> peer = new LinkedHashMap<>();
        for (int i = 0; i < coldRuns; i++) {
            coldLoadsInChild("ours", ours);
            coldLoadsInChild("citeproc-java", peer);
        }
        for (String style : styles) {
            row(style, "load cold")[OURS] = medianOf(ours.get(style));
            row(style, "load cold")[JAVA] = medianOf(peer.get(style));
        }
    }

    private void coldLoadsInChild(String who, Map<String, List<Double>> into) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ColdStyleLoads.class.getName(), who));
        command.addAll(styles);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            notes.add(who + " load cold: child JVM exited with " + p.exitValue());
        }
        for (String line : out.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                into.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[1]));
            }
        }
    }

    private static double medianOf(List<Double> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v.isNaN())) {
            return Double.NaN;
        }
        return median(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    /** The median of sorted values (the mean of the middle two for an even count). */
    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private <T> T orNull(Setup<T> s, String who, String style, String measure) {
        try {
            return s.get();
        } catch (Exception e) {
            notes.add(who + " " + style + " " + measure + ": failed: " + e);
            return null;
        }
    }

    // ---- report ----

    private void print(Map<String, String> correctness) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nCSL processors on the corpus: milliseconds, median of %d runs after "
                + "at least %d warm-up runs and %d ms, the processors side by side (cold: first loads in a fresh JVM per "
                + "processor, median of %d JVMs each; citeproc-js: one fresh Node)%n", runs, warmup, warmupMs, coldRuns));
        sb.append(String.format(Locale.ROOT, "machine: %d cores (availableProcessors), Java %s (%s), %s; node %s, %s; "
                + "citeproc-java 3.5.2%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                nodeVersion, citeprocJsVersion));
        sb.append("load average (1/5/15 min) at start: ").append(loadBefore).append(", at end: ")
                .append(loadAverage()).append('\n');
        String header = String.format(Locale.ROOT, "%-28s %-18s %10s %14s %12s %11s %9s%n", "style", "measure", "ours",
                "citeproc-java", "citeproc-js", "ours/java", "ours/js");
        sb.append(header).append("-".repeat(header.length() - 1)).append('\n');
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (String style : styles) {
            for (String measure : MEASURES) {
                double[] r = row(style, measure);
                double[] t = totals.computeIfAbsent(measure, m -> new double[3]);
                for (int i = 0; i < 3; i++) {
                    t[i] += r[i];
                }
                sb.append(line(style, measure, r));
            }
        }
        for (String measure : MEASURES) {
            sb.append(line("all styles (sum)", measure, totals.get(measure)));
        }
        sb.append("\n\"load warm\": ours parses the style XML again (parseStyle); \"load warm, cached\": "
                + "CslEngine.style(id) after the first load.\n");
        sb.append("bibliography 40: session + bibliography of the first 40 items; citations 80: session + the first "
                + "80 clusters in order, final after disambiguation (citeproc-js: processCitationCluster each; "
                + "citeproc-java: makeCitation each). HTML output.\n");
        sb.append("citeproc-java 3.5.2 rejects the locator labels scene, table, timestamp and appendix: those "
                + droppedPeerLabels / Math.max(1, peerCitationLists) + " cites reach it without a label.\n");
        sb.append("\nEqual to citeproc-js (plain text, every cluster and entry of the corpus):\n");
        correctness.forEach((s, c) -> sb.append(String.format("  %-28s %s%n", s, c)));
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n");
            notes.forEach(n -> sb.append("  ").append(n).append('\n'));
        }
        System.out.print(sb);
    }

    private static String line(String style, String measure, double[] r) {
        return String.format(Locale.ROOT, "%-28s %-18s %10s %14s %12s %11s %9s%n", style, measure, ms(r[OURS]),
                ms(r[JAVA]), ms(r[JS]), ratio(r[OURS], r[JAVA]), ratio(r[OURS], r[JS]));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v < 10 ? String.format(Locale.ROOT, "%.3f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.3f×", a / b);
    }
}
