package dev.essays.bench;

import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import dev.essays.preview.PreviewHostSupport;
import dev.essays.preview.render.PreviewRenderer;
import dev.essays.preview.render.RenderRequest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Preview host benchmark (not a test): cold start of {@code java -jar target/essays-preview.jar} on a fresh data
 * folder to the first served essay page, and the warm in-process render of a 2,000-word essay page.
 * Targets: cold start ≤ 3 s, warm render ≤ 1 ms median. Command in BENCHMARKS.md.
 */
public final class PreviewBenchmark {

    private static final int COLD_RUNS = 5;
    private static final int WARMUP = 3_000;
    private static final int RUNS = 10_000;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/essays-preview.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the preview jar first: mvn -q package -DskipTests");
        }
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        double[] cold = coldStarts(jar);
        System.out.printf("cold start to first essay page: median %.0f ms, min %.0f ms, max %.0f ms over %d runs"
                + " (target 3000 ms, ratio %.2f)%n", median(cold), cold[0], cold[cold.length - 1], cold.length,
                median(cold) / 3000);
        double[] warm = warmRenders();
        System.out.printf("warm render of a %d-word essay page: median %.3f ms, p99 %.3f ms over %d renders"
                + " (target 1 ms median, ratio %.2f)%n", WORDS, median(warm), warm[(int) (warm.length * 0.99)],
                warm.length, median(warm));
        CitedEssayBenchmark.run();
        IndexBenchmark.run();
    }

    static double[] coldStarts(Path jar) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        double[] times = new double[COLD_RUNS];
        for (int run = 0; run < COLD_RUNS; run++) {
            Path data = Files.createTempDirectory("essays-bench-");
            int port = freePort();
            long start = System.nanoTime();
            Process process = new ProcessBuilder("java", "-jar", jar.toString(), "--port", String.valueOf(port),
                    "--data", data.resolve("d").toString(), "--admin-password", "bench")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                URI page = URI.create("http://127.0.0.1:" + port + "/essays/the-press-and-the-commons");
                while (true) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("preview host exited with " + process.exitValue());
                    }
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(page).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            break;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(5);
                    if (System.nanoTime() - start > 60_000_000_000L) {
                        throw new IllegalStateException("no essay page within 60 s");
                    }
                }
                times[run] = (System.nanoTime() - start) / 1e6;
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        Arrays.sort(times);
        return times;
    }

    static final int WORDS = 2_000;

    static double[] warmRenders() throws Exception {
        Path scratch = Files.createTempDirectory("essays-bench-render-");
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(scratch)) {
            new EssayStore(repository).save(EssayJson.parse(longEssay(), "long-essay"), "bench");
            repository.withSession(Workspaces.WEBSITE, session -> {
                var page = session.getRootNode().addNode("page", "mgnl:page");
                page.setProperty("mgnl:template", "essays:pages/essay");
                session.save();
                return null;
            });
            PreviewRenderer renderer = PreviewHostSupport.renderer(repository);
            RenderRequest request = new RenderRequest(Map.of("slug", "long-essay"), "", false);
            return repository.withSession(Workspaces.WEBSITE, session -> {
                var page = session.getNode("/page");
                try {
                    int length = 0;
                    for (int i = 0; i < WARMUP; i++) {
                        length += renderer.renderPage(page, request).length();
                    }
                    double[] times = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        long t = System.nanoTime();
                        length += renderer.renderPage(page, request).length();
                        times[i] = (System.nanoTime() - t) / 1e6;
                    }
                    if (length == 0) {
                        throw new IllegalStateException("nothing rendered");
                    }
                    Arrays.sort(times);
                    return times;
                } catch (PreviewRenderer.RenderException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** A 2,000-word essay in 20 paragraphs, with citation markers and 10 sources. */
    static String longEssay() throws Exception {
        StringBuilder body = new StringBuilder();
        String[] words = "the history of reading shows how readers compare correct and build on shared texts across time".split(" ");
        int count = 0;
        for (int p = 0; p < 20; p++) {
            body.append("<p>");
            for (int w = 0; w < WORDS / 20; w++) {
                body.append(words[(p * 7 + w) % words.length]).append(w % 17 == 16 ? ". " : " ");
                count++;
            }
            body.append("[@source").append(p % 10).append(", ").append(p + 10).append("].</p>");
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sources.add(Map.of("id", "source" + i, "type", "book", "title", "Source Number " + i,
                    "author", List.of(Map.of("family", "Author" + i, "given", "Ann")),
                    "issued", Map.of("date-parts", List.of(List.of(2000 + i)))));
        }
        var json = EssayJson.MAPPER.createObjectNode();
        json.put("title", "A Long Essay for Measuring");
        json.put("publishedOn", "2024-01-01");
        json.putArray("authors").add("Bench Mark");
        json.put("body", body.toString());
        json.putArray("categories").add("Method");
        json.set("sources", EssayJson.MAPPER.valueToTree(sources));
        if (count != WORDS) {
            throw new IllegalStateException("essay has " + count + " words");
        }
        return json.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
