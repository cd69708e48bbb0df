package dev.essays.formatting;

import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The content key formatted citations are kept under: the same for an essay as sent and as stored, new on change. */
class FormattingKeyTest {

    @TempDir
    Path temp;

    @Test
    void essayAsSentAndAsReadBackFromJcr_haveTheSameKey() throws Exception {
        String json;
        try (var in = getClass().getResourceAsStream("/essay/round-trip.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Essay sent = EssayJson.parse(json, "keyed");
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(temp)) {
            EssayStore store = new EssayStore(repository);
            store.save(sent, "test");
            Essay stored = store.find("keyed").orElseThrow();
            SiteSettings site = new SiteSettings();
            assertEquals(FormattingKey.of(sent, "apa", "en-US", site), FormattingKey.of(stored, "apa", "en-US", site));
            Essay changed = EssayJson.parse(json.replace("Why every comma counts.", "Why every comma counts!")
                    .replace("As Ostrow notes", "As Ostrow argues"), "keyed");
            assertNotEquals(FormattingKey.of(sent, "apa", "en-US", site), FormattingKey.of(changed, "apa", "en-US", site));
            Essay renamed = EssayJson.parse(json, "keyed-anew"); // "Cite this essay" carries the permalink
            assertNotEquals(FormattingKey.of(sent, "apa", "en-US", site), FormattingKey.of(renamed, "apa", "en-US", site));
        }
    }
}
