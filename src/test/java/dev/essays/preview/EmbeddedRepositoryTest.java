package dev.essays.preview;

import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void inMemory_registersWorkspacesAndNodeTypes() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(temp)) {
            String type = repository.withSession(Workspaces.ESSAYS, session -> {
                Node essay = session.getRootNode().addNode("a-slug", NodeTypes.ESSAY);
                essay.setProperty("title", "A title");
                session.save();
                return session.getNode("/a-slug").getPrimaryNodeType().getName();
            });
            assertEquals(NodeTypes.ESSAY, type);
            assertTrue((boolean) repository.<Boolean>withSession(Workspaces.COMMENTS, s -> s.getWorkspace().getNodeTypeManager().hasNodeType(NodeTypes.COMMENT)));
        }
    }

    @Test
    void fileBacked_keepsContentAcrossRestarts() throws Exception {
        Path data = temp.resolve("data");
        try (EmbeddedRepository repository = EmbeddedRepository.open(data)) {
            repository.withSession(Workspaces.ESSAYS, session -> {
                session.getRootNode().addNode("kept", NodeTypes.ESSAY).setProperty("title", "Kept");
                session.save();
                return null;
            });
        }
        try (EmbeddedRepository repository = EmbeddedRepository.open(data)) {
            assertEquals("Kept", repository.withSession(Workspaces.ESSAYS,
                    s -> s.getNode("/kept").getProperty("title").getString()));
        }
    }

    @Test
    void secondInstanceOnSameFolder_isRefusedWithClearMessage() {
        Path data = temp.resolve("shared");
        try (EmbeddedRepository first = EmbeddedRepository.open(data)) {
            DataFolderException e = assertThrows(DataFolderException.class, () -> EmbeddedRepository.open(data));
            assertTrue(e.getMessage().contains("in use by another running preview host"), e.getMessage());
        }
    }

    @Test
    void foreignFolder_isRefusedAndLeftUntouched() throws Exception {
        Path foreign = Files.createDirectories(temp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        DataFolderException e = assertThrows(DataFolderException.class, () -> EmbeddedRepository.open(foreign));
        assertTrue(e.getMessage().contains("not an essays data folder"), e.getMessage());
        try (var files = Files.list(foreign)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void corruptRepository_stopsWithClearMessage() throws Exception {
        Path data = temp.resolve("corrupt");
        try (EmbeddedRepository repository = EmbeddedRepository.open(data)) {
            repository.withSession(Workspaces.ESSAYS, s -> null);
        }
        Path workspaceXml = data.resolve("repository/workspaces/essays/workspace.xml");
        Files.writeString(workspaceXml, "<Workspace><broken");
        DataFolderException e = assertThrows(DataFolderException.class, () -> EmbeddedRepository.open(data));
        assertTrue(e.getMessage().contains("could not be opened"), e.getMessage());
        assertEquals("<Workspace><broken", Files.readString(workspaceXml));
    }
}
