package dev.essays.comments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per folder under {@code /comments/list-html} (see its README): input comments, exact HTML out. */
class CommentListHtmlFixturesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(CommentListHtmlFixturesTest.class.getResource("/comments/list-html").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactlyTheExpectedHtml(String name) throws Exception {
        Path dir = Path.of(getClass().getResource("/comments/list-html/" + name).toURI());
        JsonNode input = new ObjectMapper().readTree(dir.resolve("comments.json").toFile());
        List<Comment> comments = new ArrayList<>();
        for (JsonNode c : input.get("comments")) {
            comments.add(new Comment(c.get("id").asText(), "an-essay", c.get("parentId").asText(),
                    c.get("author").asText(), "hidden@example.org", c.get("url").asText(), c.get("text").asText(),
                    CommentStatus.APPROVED, Instant.parse(c.get("created").asText()), "", "", "", "", false));
        }
        int depth = input.get("maxDepth").asInt();
        String actual = CommentListHtml.render(CommentTree.build(comments, depth), depth);
        Path expected = dir.resolve("expected.html");
        if (Boolean.getBoolean("fixtures.record")) {
            // -Dfixtures.record=true writes the actual output as the new expectation (review it in the diff).
            Files.writeString(Path.of("src/test/resources/comments/list-html", name, "expected.html"), actual);
            return;
        }
        assertTrue(Files.exists(expected), "no expected.html for " + name + "; actual output:\n" + actual);
        assertEquals(Files.readString(expected), actual);
    }
}
