package dev.essays.packaging;

import dev.essays.comments.rest.CommentClient;
import dev.essays.testing.Poll;
import dev.essays.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.essays.packaging.PreviewJarIT.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's commands for two preview hosts sharing comments through PostgreSQL, run as separate processes: the
 * database made with the shipped script, the password from the environment, one cluster id per host.
 */
class PreviewJarClusterIT {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();
    static final String ESSAY = "the-press-and-the-commons";

    @TempDir
    Path temp;

    @Test
    void twoHostProcesses_shareComments_andABadStartSaysWhy() throws Exception {
        postgres.psql(Path.of("docs/cluster/create-database.sql"),
                Map.of("role", "essays_comments", "password", "it-secret", "database", "essays_comments"));
        String url = postgres.url("essays_comments");
        Map<String, String> env = Map.of("ESSAYS_COMMENTS_DB_USER", "essays_comments", "ESSAYS_COMMENTS_DB_PASSWORD", "it-secret");
        try (PreviewJarIT.Running a = start(temp.resolve("a"), env, "--comments-db", url, "--cluster-id", "public-a");
             PreviewJarIT.Running b = start(temp.resolve("b"), env, "--comments-db", url, "--cluster-id", "public-b")) {
            assertTrue(a.output().contains("Comments: shared through " + url + " as cluster member public-a"), a.output());
            CommentClient onA = new CommentClient(URI.create("http://127.0.0.1:" + a.port()), "it");
            CommentClient onB = new CommentClient(URI.create("http://127.0.0.1:" + b.port()), "it");

            String token = onA.token(ESSAY);
            Thread.sleep(3_100); // a token is good 3 s after it is issued
            HttpResponse<String> posted = onB.post(CommentClient.form(ESSAY, "Dee", "dee@example.org", "Seen everywhere.", token));
            assertEquals(201, posted.statusCode(), posted.body());
            String id = CommentClient.json(posted).get("id").asText();
            Poll.await("A approves what B stored", Duration.ofSeconds(30), () -> onA.moderate(id, "approve").statusCode() == 200);
            Poll.await("B lists it", Duration.ofSeconds(30), () -> onB.approvedIds(ESSAY).contains(id));

            assertStopsWith(List.of("--comments-db", url, "--cluster-id", "public-a"), env, temp.resolve("c"),
                    "Cluster id \"public-a\" is in use by another running host");
            assertStopsWith(List.of("--comments-db", url, "--cluster-id", "public-c"),
                    Map.of("ESSAYS_COMMENTS_DB_USER", "essays_comments", "ESSAYS_COMMENTS_DB_PASSWORD", "wrong"),
                    temp.resolve("c"), "refused the password of user \"essays_comments\"");
            assertStopsWith(List.of("--comments-db", url), env, temp.resolve("c"), "needs its own --cluster-id");
        }
    }

    private static void assertStopsWith(List<String> options, Map<String, String> env, Path data, String message)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", "target/essays-preview.jar", "--port",
                String.valueOf(PreviewJarIT.freePort()), "--data", data.toString(), "--admin-password", "it"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains(message), output);
    }
}
