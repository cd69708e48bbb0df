package dev.essays.formatting;

import dev.essays.essay.EssayJson;
import dev.essays.preview.PreviewHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editors saving one essay while readers load its page: every save answers 2xx, every page 200 with one whole
 * version of the citations (never a mix), and afterwards the page shows the last save's citations.
 */
class ConcurrentSaveAndRenderTest {

    @TempDir
    Path temp;

    @Test
    void savesAndPageViewsOfOneEssay_interleaveSafely() throws Exception {
        try (PreviewHost host = PreviewHost.start(new PreviewHost.Options(0, null, "pw", false, temp))) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            put(http, host, auth, 0);
            for (int w = 0; w < 3; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = 1; i <= 15; i++) {
                        int status = put(http, host, auth, writer * 100 + i);
                        if (status / 100 != 2) {
                            problems.add("save answered " + status);
                        }
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 5; r++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        HttpResponse<String> page = http.send(HttpRequest.newBuilder(host.baseUri().resolve("/essays/contested")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        String body = page.body();
                        if (page.statusCode() != 200) {
                            problems.add("page answered " + page.statusCode());
                        } else if (!body.matches("(?s).*>Able \\d+</a>\\).*") || body.contains("[@able")) {
                            problems.add("a page without its formatted citation");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(List.of(), List.copyOf(problems));
            put(http, host, auth, 999);
            String last = http.send(HttpRequest.newBuilder(host.baseUri().resolve("/essays/contested")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(last.contains(">Able 999</a>)"), "the page shows the last save");
        }
    }

    private static int put(HttpClient http, PreviewHost host, String auth, int page) throws Exception {
        String json = EssayJson.MAPPER.createObjectNode()
                .put("title", "Contested").put("publishedOn", "2024-01-01")
                .put("body", "<p>Claim [@able, p. " + page + "].</p>")
                .set("sources", EssayJson.MAPPER.readTree("[{\"id\": \"able\", \"type\": \"book\", \"title\": \"A Book\","
                        + " \"author\": [{\"family\": \"Able\", \"given\": \"Ann\"}]}]")).toString();
        return http.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/essays/contested"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
