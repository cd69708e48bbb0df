package dev.essays.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's run command for real: `java -jar target/essays-preview.jar` as separate processes. */
class PreviewJarIT {

    @TempDir
    Path temp;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** A host process; its output goes to {@code log} (a pipe nobody reads could fill and stall it). */
    record Running(Process process, int port, Path log) implements AutoCloseable {
        String output() throws IOException {
            return Files.readString(log);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static Running start(Path data) throws Exception {
        return start(data, Map.of());
    }

    /** README's run command with {@code more} options after it and {@code env} added to the environment. */
    static Running start(Path data, Map<String, String> env, String... more) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-jar", "target/essays-preview.jar", "--port",
                String.valueOf(port), "--data", data.toString(), "--admin-password", "it"));
        command.addAll(List.of(more));
        Path log = Files.createTempFile("essays-preview-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        Running running = new Running(process, port, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("host exited: " + running.output());
            }
            try {
                if (get(port, "/health").statusCode() == 200) {
                    return running;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        running.close();
        throw new AssertionError("host did not answer within 60 s");
    }

    static HttpResponse<String> put(int port, String slug, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.rest/essays/v1/essays/" + slug))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:it".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoHostsRunSideBySide_andDataSurvivesARestart() throws Exception {
        Path first = temp.resolve("first");
        try (Running a = start(first); Running b = start(temp.resolve("second"))) {
            assertEquals(200, get(a.port(), "/essays/the-press-and-the-commons").statusCode());
            assertEquals(200, get(b.port(), "/essays/citing-the-web").statusCode());
            HttpResponse<String> put = put(a.port(), "kept-essay", "{\"title\": \"Kept\", \"publishedOn\": \"2024-01-01\"}");
            assertEquals(201, put.statusCode(), put.body());
            assertEquals(404, get(b.port(), "/essays/kept-essay").statusCode(), "hosts share nothing");
        }
        try (Running again = start(first)) {
            assertEquals(200, get(again.port(), "/essays/kept-essay").statusCode());
        }
    }

    @Test
    void aSecondHostOnTheSameDataFolder_stopsWithAClearMessage() throws Exception {
        Path data = temp.resolve("shared");
        try (Running a = start(data)) {
            Process second = new ProcessBuilder("java", "-jar", "target/essays-preview.jar", "--port", String.valueOf(freePort()),
                    "--data", data.toString(), "--admin-password", "it").redirectErrorStream(true).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, second.exitValue(), output);
            assertTrue(output.contains("in use by another running preview host"), output);
            assertEquals(200, get(a.port(), "/essays/citing-the-web").statusCode(), "the first host is unharmed");
        }
    }

    @Test
    void commentModerationOption_nonePublishesAtOnce_andAWrongValueStopsWithTheChoices() throws Exception {
        Process wrong = new ProcessBuilder("java", "-jar", "target/essays-preview.jar", "--comment-moderation", "later")
                .redirectErrorStream(true).start();
        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        String output = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, wrong.exitValue(), output);
        assertTrue(output.contains("--comment-moderation must be none"), output);

        try (Running host = start(temp.resolve("open"), Map.of(), "--comment-moderation", "none")) {
            var client = new dev.essays.comments.rest.CommentClient(URI.create("http://127.0.0.1:" + host.port()), "it");
            String essay = "the-press-and-the-commons";
            String token = client.token(essay);
            Thread.sleep(3_100); // a token is good 3 s after it is issued
            HttpResponse<String> posted = client.post(dev.essays.comments.rest.CommentClient.form(essay, "Dee",
                    "first-time@example.org", "Published without waiting.", token));
            assertEquals(201, posted.statusCode(), posted.body());
            String id = dev.essays.comments.rest.CommentClient.json(posted).get("id").asText();
            // no moderator acts: the list shows it once its short cache turns over
            dev.essays.testing.Poll.await("the first-time commenter's comment listed", Duration.ofSeconds(10),
                    () -> client.approvedIds(essay).contains(id));
        }
    }

    @Test
    void worksCitedOption_listsOnlyCitedSources_andAWrongValueStopsWithTheAllowedOnes() throws Exception {
        Process wrong = new ProcessBuilder("java", "-jar", "target/essays-preview.jar", "--works-cited", "some")
                .redirectErrorStream(true).start();
        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        String output = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, wrong.exitValue(), output);
        assertTrue(output.contains("--works-cited must be all") && output.contains("cited"), output);

        try (Running host = start(temp.resolve("cited"), Map.of(), "--works-cited", "cited")) {
            HttpResponse<String> put = put(host.port(), "cited-only", "{\"title\": \"C\", \"publishedOn\": \"2024-01-01\","
                    + " \"body\": \"<p>[@a]</p>\", \"sources\": [{\"id\": \"a\", \"type\": \"book\", \"title\": \"A\"},"
                    + " {\"id\": \"b\", \"type\": \"book\", \"title\": \"B\"}]}");
            assertEquals(201, put.statusCode(), put.body());
            String page = get(host.port(), "/essays/cited-only").body();
            assertTrue(page.contains("id=\"ref-a\"") && !page.contains("id=\"ref-b\""), page);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
