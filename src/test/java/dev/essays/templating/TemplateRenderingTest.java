package dev.essays.templating;

import com.fasterxml.jackson.databind.JsonNode;
import dev.essays.essay.EssayJson;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import dev.essays.preview.PreviewHostSupport;
import dev.essays.preview.render.PreviewRenderer;
import dev.essays.preview.render.RenderRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every template rendered against small fixtures (one folder per case under src/test/resources/templates),
 * compared strictly with the case's expected.html. Run with -Dessays.updateExpected=true to rewrite the
 * expected files after an intended change, then review the diff.
 */
class TemplateRenderingTest {

    static final Path CASES = Path.of("src/test/resources/templates");
    static final boolean UPDATE = Boolean.getBoolean("essays.updateExpected");

    @TempDir
    Path temp;

    static Stream<String> cases() throws Exception {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(String name) throws Exception {
        Path folder = CASES.resolve(name);
        JsonNode fixture = EssayJson.MAPPER.readTree(Files.readString(folder.resolve("case.json")));
        String html;
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(temp)) {
            TemplateFixtures.load(repository, fixture);
            PreviewRenderer renderer = PreviewHostSupport.renderer(repository);
            Map<String, String> params = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = fixture.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                params.put(entry.getKey(), entry.getValue().asText());
            }
            RenderRequest request = new RenderRequest(params, fixture.path("contextPath").asText(""),
                    fixture.path("editor").asBoolean(false));
            html = repository.withSession(Workspaces.WEBSITE, session -> {
                try {
                    return renderer.renderPage(session.getNode("/page"), request);
                } catch (PreviewRenderer.RenderException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Path expected = folder.resolve("expected.html");
        if (UPDATE) {
            Files.writeString(expected, html, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), html, "case " + name);
    }

}
