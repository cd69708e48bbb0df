package dev.essays.comments.wiring;

import dev.essays.comments.CommentSecrets;
import dev.essays.comments.settings.CommentMailSettings;
import dev.essays.comments.settings.CommentSettings;
import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import dev.essays.magnolia.MagnoliaSessionProvider;
import dev.essays.preview.EmbeddedRepository;
import info.magnolia.context.MgnlContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comments component as Magnolia builds it: through the Magnolia adapter, secrets shared in the workspace. */
class CommentsComponentTest {

    @TempDir
    Path temp;
    private EmbeddedRepository repository;

    @BeforeEach
    void start() {
        repository = EmbeddedRepository.inMemory(temp);
        MgnlContext.useSessions(workspace -> {
            try {
                return repository.login(workspace);
            } catch (RepositoryException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() {
        MgnlContext.useSessions(null);
        repository.close();
    }

    @Test
    void twoInstancesOnOneWorkspace_signWithTheSameSecrets() throws Exception {
        CommentSecrets first = StoredSecrets.load(new MagnoliaSessionProvider());
        CommentSecrets second = StoredSecrets.load(new MagnoliaSessionProvider());
        assertArrayEquals(first.tokenKey(), second.tokenKey());
        assertArrayEquals(first.linkKey(), second.linkKey());
        assertArrayEquals(first.ipSalt(), second.ipSalt());
    }

    /** Two cluster members making the secrets at once leave two copies: everyone reads the first, the second goes. */
    @Test
    void secondCopyOfTheSecrets_givesWayToTheFirst() throws Exception {
        CommentSecrets first = StoredSecrets.load(new MagnoliaSessionProvider());
        repository.withSession(Workspaces.COMMENTS, s -> {
            Node copy = s.getRootNode().addNode(StoredSecrets.NODE, NodeTypes.MGNL_CONTENT_NODE);
            for (String key : List.of("tokenKey", "ipSalt", "linkKey")) {
                copy.setProperty(key, "00");
            }
            s.save();
            return null;
        });
        CommentSecrets loaded = StoredSecrets.load(new MagnoliaSessionProvider());
        assertArrayEquals(first.tokenKey(), loaded.tokenKey());
        long copies = repository.withSession(Workspaces.COMMENTS, s -> s.getRootNode().getNodes(StoredSecrets.NODE).getSize());
        assertEquals(1, copies);
    }

    @Test
    void componentBuiltFromTheAdapter_servesComments() throws Exception {
        new EssayStore(repository).save(EssayJson.parse("{\"title\": \"Open\", \"publishedOn\": \"2024-01-01\"}", "open"), "test");
        try (CommentsComponent component = new CommentsComponent(new MagnoliaSessionProvider(),
                new CommentSettings(), new CommentMailSettings())) {
            assertTrue(component.service().issueToken("open").isPresent(), "a token for an open essay");
            assertTrue(component.service().view("open").isPresent());
        }
    }
}
