package dev.essays.essay;

import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Sources in JCR as the Essays app's Sources tab writes them: common variables on the source node, the fields of
 * its type in a child node named after the type; and the shapes older sources or a type change leave behind.
 */
class SourceShapesTest {

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

    @Test
    void typeFieldsAreStoredBelowTheSource_underTheTypeName() throws Exception {
        store.save(EssayJson.parse("""
                {"title": "T", "sources": [{"id": "ostrow2013", "type": "book", "title": "Politics in Russia",
                  "editor": [{"family": "Ostrow"}], "publisher": "CQ Press", "translator": [{"family": "Tr"}],
                  "issued": {"date-parts": [[2013]]}, "abstract": "kept where it was"}]}""", "shaped"), "admin");
        repository.withSession(Workspaces.ESSAYS, session -> {
            Node source = session.getNode("/shaped/sources/ostrow2013");
            assertEquals("book", source.getProperty("type").getString());
            assertEquals("2013", source.getProperty("issued").getString());
            assertEquals("Ostrow", source.getNode("editor").getNodes().nextNode().getProperty("family").getString());
            assertEquals("kept where it was", source.getProperty("abstract").getString());
            assertFalse(source.hasProperty("publisher"));
            assertEquals("CQ Press", source.getProperty("book/publisher").getString());
            assertEquals("Tr", source.getNode("book/translator").getNodes().nextNode().getProperty("family").getString());
            return null;
        });
    }

    @Test
    void sourceAsTheAppWritesIt_readsAsOneCslItem() throws Exception {
        // Entry names and node types are the multi field's, not the module's: any will do.
        storedSource("from-the-app", "0", NodeTypes.MGNL_CONTENT_NODE, "white2011", "chapter", entry -> {
            entry.setProperty("title", "Russia's Elections");
            entry.setProperty("issued", "2011-05");
            entry.addNode("author", NodeTypes.MGNL_CONTENT_NODE).addNode("0", NodeTypes.MGNL_CONTENT_NODE)
                    .setProperty("family", "White");
            Node chapter = entry.addNode("chapter", NodeTypes.MGNL_CONTENT_NODE);
            chapter.setProperty("container-title", "Developments in Russian Politics");
            chapter.setProperty("page", "41-60");
            Node translators = chapter.addNode("translator", NodeTypes.MGNL_CONTENT_NODE);
            translators.addNode("00", NodeTypes.MGNL_CONTENT_NODE).setProperty("family", "Second");
            translators.addNode("zz", NodeTypes.MGNL_CONTENT_NODE).setProperty("literal", "Third Office");
        });
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "white2011");
        expected.put("type", "chapter");
        expected.put("title", "Russia's Elections");
        expected.put("issued", Map.of("date-parts", List.of(List.of(2011, 5))));
        expected.put("author", List.of(Map.of("family", "White")));
        expected.put("container-title", "Developments in Russian Politics");
        expected.put("page", "41-60");
        expected.put("translator", List.of(Map.of("family", "Second"), Map.of("literal", "Third Office")));
        assertEquals(normalized(expected), normalized(store.find("from-the-app").orElseThrow().sources().get(0)));
    }

    @Test
    void flatTypeFieldsOfOlderSources_stillRead_andTheNextSaveMovesThem() throws Exception {
        storedSource("older", "carr2010", NodeTypes.SOURCE, "carr2010", "article-journal", source -> {
            source.setProperty("container-title", "The Atlantic");
            source.setProperty("volume", "302");
        });
        Essay older = store.find("older").orElseThrow();
        assertEquals("The Atlantic", older.sources().get(0).get("container-title"));

        assertFalse(store.save(older, "admin"), "replaced, not created");
        repository.withSession(Workspaces.ESSAYS, session -> {
            Node source = session.getNode("/older/sources/carr2010");
            assertFalse(source.hasProperty("container-title"));
            assertEquals("The Atlantic", source.getProperty("article-journal/container-title").getString());
            assertEquals("302", source.getProperty("article-journal/volume").getString());
            return null;
        });
        assertEquals(older.sources(), store.find("older").orElseThrow().sources());
    }

    @Test
    void fieldsLeftByAnEarlierType_areNotData_andTheTypesOwnFieldsWinOverFlatOnes() throws Exception {
        storedSource("retyped", "0", NodeTypes.MGNL_CONTENT_NODE, "x2020", "book", source -> {
            source.setProperty("publisher", "Typed before the tab had type fields");
            source.addNode("book", NodeTypes.MGNL_CONTENT_NODE).setProperty("publisher", "Verso");
            source.addNode("article-journal", NodeTypes.MGNL_CONTENT_NODE).setProperty("volume", "7");
        });
        Map<String, Object> read = store.find("retyped").orElseThrow().sources().get(0);
        assertEquals("Verso", read.get("publisher"));
        assertFalse(read.containsKey("volume"));
        assertFalse(read.containsKey("article-journal"));

        store.save(store.find("retyped").orElseThrow(), "admin");
        boolean stale = repository.withSession(Workspaces.ESSAYS,
                session -> session.nodeExists("/retyped/sources/x2020/article-journal"));
        assertFalse(stale);
    }

    @Test
    void anEmptyFieldTheAppWroteOverAnOlderFlatValue_keepsTheValue() throws Exception {
        storedSource("saved-in-app", "0", NodeTypes.MGNL_CONTENT_NODE, "carr2010", "book", source -> {
            source.setProperty("publisher", "Norton");
            source.addNode("translator", NodeTypes.MGNL_CONTENT_NODE).addNode("0", NodeTypes.MGNL_CONTENT_NODE)
                    .setProperty("family", "Warner");
            Node fields = source.addNode("book", NodeTypes.MGNL_CONTENT_NODE);
            fields.setProperty("publisher", "");
            fields.addNode("translator", NodeTypes.MGNL_CONTENT_NODE); // a multi field with no entries
            fields.setProperty("edition", "2");
        });
        Map<String, Object> read = store.find("saved-in-app").orElseThrow().sources().get(0);
        assertEquals("Norton", read.get("publisher"));
        assertEquals(List.of(Map.of("family", "Warner")), read.get("translator"));
        assertEquals("2", read.get("edition"));
    }

    @Test
    void aSourceKeyNamedLikeASourceType_isRefused() {
        InvalidEssayException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidEssayException.class,
                () -> EssayJson.parse("{\"title\": \"T\", \"sources\": [{\"id\": \"a\", \"type\": \"book\","
                        + " \"chapter\": {\"x\": 1}}]}", "x"));
        assertEquals(List.of("sources[0].chapter"), e.errors().stream().map(FieldError::field).toList());
    }

    private interface Fill {
        void into(Node source) throws RepositoryException;
    }

    /** An essay with one source stored as something other than the module wrote it. */
    private void storedSource(String slug, String nodeName, String nodeType, String id, String type, Fill fill)
            throws RepositoryException {
        repository.withSession(Workspaces.ESSAYS, session -> {
            Node essay = session.getRootNode().addNode(slug, NodeTypes.ESSAY);
            essay.setProperty("title", slug);
            Node source = essay.addNode("sources", NodeTypes.MGNL_CONTENT_NODE).addNode(nodeName, nodeType);
            source.setProperty("id", id);
            source.setProperty("type", type);
            fill.into(source);
            session.save();
            return null;
        });
    }

    /** Numbers as JSON gives them back, so a map built here compares with one read from JCR. */
    private static Object normalized(Object value) throws Exception {
        return EssayJson.MAPPER.readValue(EssayJson.MAPPER.writeValueAsString(value), Object.class);
    }
}
