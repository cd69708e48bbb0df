package dev.essays.essay;

import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EssayStoreTest {

    @TempDir
    Path temp;
    private EmbeddedRepository repository;
    private EssayStore store;

    @BeforeEach
    void start() {
        repository = EmbeddedRepository.inMemory(temp);
        store = new EssayStore(repository);
    }

    @AfterEach
    void stop() {
        repository.close();
    }

    static String fixture(String name) throws Exception {
        try (var in = EssayStoreTest.class.getResourceAsStream("/essay/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void essayWithEveryKindOfSourceValue_roundTripsThroughJcrWithoutLoss() throws Exception {
        Essay essay = EssayJson.parse(fixture("round-trip.json"), "on-citing-well");
        assertTrue(store.save(essay, "admin"));
        Essay read = store.find("on-citing-well").orElseThrow();
        assertEquals(EssayJson.toJson(essay), EssayJson.toJson(read));
        assertEquals(essay.sources(), read.sources());
    }

    @Test
    void datesAreStoredAsEdtfStringsAnEditorCanRead() throws Exception {
        store.save(EssayJson.parse(fixture("round-trip.json"), "dated"), "admin");
        String issued = repository.withSession(Workspaces.ESSAYS,
                s -> s.getNode("/dated/sources/ostrow2013").getProperty("issued").getString());
        String season = repository.withSession(Workspaces.ESSAYS,
                s -> s.getNode("/dated/sources/ostrow2013").getProperty("event-date").getString());
        assertEquals("2013-05-01", issued);
        assertEquals("2001-22", season);
    }

    @Test
    void replacingAnEssay_dropsWhatTheNewVersionLeavesOut() throws Exception {
        store.save(EssayJson.parse(fixture("round-trip.json"), "replaced"), "admin");
        assertFalse(store.save(EssayJson.parse("{\"title\": \"Short now\"}", "replaced"), "admin"));
        Essay read = store.find("replaced").orElseThrow();
        assertEquals("Short now", read.title());
        assertEquals(null, read.body());
        assertTrue(read.sources().isEmpty());
        assertTrue(read.tags().isEmpty());
    }

    @Test
    void listings_newestFirstWithDraftsLast_andRevisionFollowsEachSave() throws Exception {
        store.save(EssayJson.parse("{\"title\": \"Old\", \"publishedOn\": \"2020-01-01\", \"tags\": [\"a\"]}", "old"),
                "admin");
        store.save(EssayJson.parse("{\"title\": \"New\", \"publishedOn\": \"2024-05-01\", "
                + "\"categories\": [\"Politics\"]}", "new"), "admin");
        store.save(EssayJson.parse("{\"title\": \"Draft\"}", "draft"), "admin");
        var listings = store.listings();
        assertEquals(java.util.List.of("new", "old", "draft"),
                listings.stream().map(EssayListing::slug).toList());
        assertEquals(java.util.List.of("Politics"), listings.get(0).categories());
        assertEquals(java.util.List.of("a"), listings.get(1).tags());
        assertEquals(store.revision("old"), listings.get(1).revision());
        String before = listings.get(1).revision();
        Thread.sleep(2); // mgnl:lastModified has millisecond precision
        store.save(EssayJson.parse("{\"title\": \"Old, revised\", \"publishedOn\": \"2020-01-01\"}", "old"), "admin");
        assertFalse(before.equals(store.listings().get(1).revision()));
    }

    @Test
    void slugsThatLookLikeIdentifiers_areNoIdentifiers() throws Exception {
        store.save(EssayJson.parse("{\"title\": \"Numbered\"}", "1-2-3-4-5"), "admin");
        assertTrue(store.findByIdentifier("1-2-3-4-5").isEmpty());
        assertTrue(store.findByIdentifier("2023-10-01-a-b").isEmpty());
        assertEquals("Numbered", store.find("1-2-3-4-5").orElseThrow().title());
    }

    @Test
    void unknownOrHostileSlugs_findNothing() throws Exception {
        assertTrue(store.find("missing").isEmpty());
        assertTrue(store.find("../jcr:system").isEmpty());
        assertTrue(store.find("a/b").isEmpty());
        assertTrue(store.find("").isEmpty());
    }

    @Test
    void essayMissingEveryOptionalProperty_readsWithDefaults() throws Exception {
        repository.withSession(Workspaces.ESSAYS, s -> {
            s.getRootNode().addNode("bare", "essays:essay").setProperty("publishedOn", "not a date");
            s.save();
            return null;
        });
        Essay bare = store.find("bare").orElseThrow();
        assertEquals(null, bare.title());
        assertEquals(null, bare.publishedOn());
        assertTrue(bare.commentsAllowed());
    }
}
