package dev.essays.comments.jcr;

import dev.essays.comments.EssayInfo;
import dev.essays.comments.ModerationMode;
import dev.essays.essay.EssayJson;
import dev.essays.essay.InvalidEssayException;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An essay's own comment settings: sent with the essay, stored on it, and read by the comment rules. */
class EssayCommentSettingsTest {

    @TempDir
    Path temp;

    @Test
    void essaysOwnSettings_overrideTheSite() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(temp)) {
            EssayStore store = new EssayStore(repository);
            store.save(EssayJson.parse("{\"title\": \"Own rules\", \"commentSettings\": {\"moderation\": \"none\","
                    + " \"threadDepth\": 2, \"closeAfterDays\": 30}}", "own-rules"), "test");
            store.save(EssayJson.parse("{\"title\": \"Site rules\"}", "site-rules"), "test");
            EssayInfo own = new JcrEssayDirectory(repository).find("own-rules").orElseThrow();
            assertEquals(ModerationMode.NONE, own.override().mode());
            assertEquals(2, own.override().threadDepth());
            assertEquals(30, own.override().closeAfterDays());
            assertNull(new JcrEssayDirectory(repository).find("site-rules").orElseThrow().override());
            assertEquals("{\"moderation\":\"none\",\"threadDepth\":2,\"closeAfterDays\":30}",
                    EssayJson.toJson(store.find("own-rules").orElseThrow()).get("commentSettings").toString());
        }
    }

    @Test
    void wrongSettings_areRefusedByName() {
        InvalidEssayException e = assertThrows(InvalidEssayException.class, () -> EssayJson.parse(
                "{\"title\": \"T\", \"commentSettings\": {\"moderation\": \"sometimes\", \"threadDepth\": 99, \"colour\": 1}}", "x"));
        assertEquals(java.util.List.of("commentSettings.colour", "commentSettings.moderation", "commentSettings.threadDepth"),
                e.errors().stream().map(f -> f.field()).sorted().toList());
    }
}
