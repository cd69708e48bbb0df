package dev.essays.magnolia;

import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import info.magnolia.context.MgnlContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MagnoliaSessionProviderTest {

    @TempDir
    Path temp;
    private EmbeddedRepository repository;
    private final List<Session> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        repository = EmbeddedRepository.inMemory(temp);
        MgnlContext.useSessions(workspace -> {
            try {
                Session session = repository.login(workspace);
                opened.add(session);
                return session;
            } catch (RepositoryException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() {
        opened.forEach(Session::logout);
        MgnlContext.useSessions(null);
        repository.close();
    }

    @Test
    void workRunsInSystemContextWithTheWorkspaceSession() throws Exception {
        MagnoliaSessionProvider provider = new MagnoliaSessionProvider();
        String workspace = provider.withSession(Workspaces.COMMENTS, session -> {
            assertTrue(MgnlContext.isSystemContext());
            return session.getWorkspace().getName();
        });
        assertEquals(Workspaces.COMMENTS, workspace);
        assertFalse(MgnlContext.isSystemContext());
    }

    @Test
    void essayStoreWorksThroughTheAdapter_andSessionsStayOpenForMagnolia() throws Exception {
        EssayStore store = new EssayStore(new MagnoliaSessionProvider());
        store.save(EssayJson.parse("{\"title\": \"Through Magnolia\"}", "through-magnolia"), "editor");
        assertEquals("Through Magnolia", store.find("through-magnolia").orElseThrow().title());
        assertTrue(opened.stream().allMatch(Session::isLive), "the adapter must not log out Magnolia's sessions");
    }

    @Test
    void repositoryErrorsFromTheWork_arriveUnwrapped() {
        RepositoryException thrown = new RepositoryException("boom");
        RepositoryException caught = assertThrows(RepositoryException.class,
                () -> new MagnoliaSessionProvider().withSession(Workspaces.ESSAYS, session -> {
                    throw thrown;
                }));
        assertSame(thrown, caught);
    }

    @Test
    void unsavedChangesOfAFailedCall_doNotReachTheNextCallOnAKeptSession() throws Exception {
        // Magnolia's system context may give a thread the same session for every call.
        Session kept = repository.login(Workspaces.COMMENTS);
        opened.add(kept);
        MgnlContext.useSessions(workspace -> kept);
        MagnoliaSessionProvider provider = new MagnoliaSessionProvider();
        assertThrows(RepositoryException.class, () -> provider.withSession(Workspaces.COMMENTS, session -> {
            session.getRootNode().addNode("half-done", "mgnl:content");
            throw new javax.jcr.InvalidItemStateException("save conflict");
        }));
        boolean seen = provider.withSession(Workspaces.COMMENTS, session -> session.getRootNode().hasNode("half-done"));
        assertFalse(seen, "a retry must start from the saved state");
        assertFalse(kept.hasPendingChanges());
    }
}
