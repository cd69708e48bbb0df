package dev.essays.preview;

import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;
import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Jackrabbit repository with the workspaces and node types the module needs, as Magnolia would provide
 * them: file-backed under a data folder (the preview host) or in memory (tests). With a {@link CommentsCluster},
 * the {@code comments} workspace comes from the clustered repository on PostgreSQL instead, as Magnolia's
 * repositories.xml maps it (docs/clustering.md); essays and pages stay local.
 */
public final class EmbeddedRepository implements SessionProvider, AutoCloseable {

    private static final List<String> WORKSPACES = List.of(Workspaces.ESSAYS, Workspaces.COMMENTS, Workspaces.WEBSITE);
    /** The comments repository's local files, beside the data folder's own repository. */
    static final String CLUSTER_HOME = "comments-cluster";
    private static final List<String> NODE_TYPE_FILES = List.of(
            "/essays-preview/mgnl-core-nodetypes.xml", "/mgnl-nodetypes/essays-nodetypes.xml");

    private final RepositoryImpl repository;
    private final ClusteredComments clustered;
    private final ThreadLocal<Map<String, Session>> threadSessions = ThreadLocal.withInitial(HashMap::new);
    private final Set<Session> openSessions = ConcurrentHashMap.newKeySet();
    private final DataFolder dataFolder;

    private EmbeddedRepository(RepositoryImpl repository, ClusteredComments clustered, DataFolder dataFolder) {
        this.repository = repository;
        this.clustered = clustered;
        this.dataFolder = dataFolder;
    }

    /** Opens (or creates) the repository in {@code folder}; refuses a folder in use, unwritable or corrupt. */
    public static EmbeddedRepository open(Path folder) {
        return open(DataFolder.claim(folder), null);
    }

    /**
     * Opens the repository in a folder this process has already claimed; releases the claim if it fails.
     * {@code cluster} null: comments stay in the folder too.
     */
    static EmbeddedRepository open(DataFolder dataFolder, CommentsCluster cluster) {
        Path folder = dataFolder.path();
        Path clusterId = folder.resolve(CLUSTER_HOME).resolve(ClusteredComments.ID_FILE);
        if (cluster == null && Files.exists(clusterId)) {
            dataFolder.release();
            throw new DataFolderException("The comments of the data folder " + folder.toAbsolutePath() + " are in a"
                    + " shared PostgreSQL database; start it with --comments-db and --cluster-id " + memberId(clusterId)
                    + " (or use another --data folder for comments of its own).");
        }
        RepositoryImpl local;
        try {
            Path home = dataFolder.repositoryHome();
            RepositoryConfig config = RepositoryConfig.create(stream(RepositoryConfigXml.fileBacked()), home.toString());
            local = RepositoryImpl.create(config);
        } catch (RepositoryException | RuntimeException e) {
            dataFolder.release();
            throw unusable(dataFolder, e);
        }
        return prepare(local, cluster, folder.resolve(CLUSTER_HOME), dataFolder);
    }

    /** A fresh repository held in memory, for tests; {@code scratch} only holds Jackrabbit's lock file. */
    public static EmbeddedRepository inMemory(Path scratch) {
        return inMemory(scratch, null);
    }

    /** In memory, except comments when {@code cluster} is given (their local files then go to {@code scratch}). */
    public static EmbeddedRepository inMemory(Path scratch, CommentsCluster cluster) {
        RepositoryImpl local;
        try {
            RepositoryConfig config = RepositoryConfig.create(stream(RepositoryConfigXml.inMemory()), scratch.toString());
            local = RepositoryImpl.create(config);
        } catch (RepositoryException e) {
            throw new IllegalStateException("in-memory repository failed to start", e);
        }
        return prepare(local, cluster, scratch.resolve(CLUSTER_HOME), null);
    }

    /** Joins the cluster (if any), then creates what is missing; on failure everything opened is closed again. */
    private static EmbeddedRepository prepare(RepositoryImpl local, CommentsCluster cluster, Path clusterHome,
                                              DataFolder dataFolder) {
        ClusteredComments clustered = null;
        try {
            clustered = cluster == null ? null : ClusteredComments.open(cluster, clusterHome, NODE_TYPE_FILES);
            return prepare(local, clustered, dataFolder);
        } catch (RepositoryException | RuntimeException e) {
            if (clustered != null) {
                clustered.close();
            }
            local.shutdown();
            if (dataFolder != null) {
                dataFolder.release();
            }
            if (e instanceof ClusterException shared) {
                throw shared;
            }
            if (dataFolder != null) {
                throw unusable(dataFolder, e);
            }
            throw new IllegalStateException("the repository could not be prepared: " + rootMessage(e), e);
        }
    }

    private static DataFolderException unusable(DataFolder dataFolder, Exception e) {
        return new DataFolderException("The data folder " + dataFolder.path().toAbsolutePath()
                + " could not be opened as an essays repository (" + rootMessage(e) + "). Nothing in it was"
                + " changed; restore it from a backup or start with another --data folder.", e);
    }

    private static EmbeddedRepository prepare(RepositoryImpl repository, ClusteredComments clustered,
                                              DataFolder dataFolder) throws RepositoryException {
        EmbeddedRepository embedded = new EmbeddedRepository(repository, clustered, dataFolder);
        Session session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()), "default");
        try {
            for (String file : NODE_TYPE_FILES) {
                NodeTypeFiles.register(session, file);
            }
            Set<String> existing = Set.of(session.getWorkspace().getAccessibleWorkspaceNames());
            for (String workspace : WORKSPACES) {
                boolean elsewhere = clustered != null && workspace.equals(Workspaces.COMMENTS);
                if (!existing.contains(workspace) && !elsewhere) {
                    ((JackrabbitWorkspace) session.getWorkspace()).createWorkspace(workspace);
                }
            }
        } finally {
            session.logout();
        }
        return embedded;
    }

    /** Whether comments live in the shared, clustered repository. */
    public boolean clustered() {
        return clustered != null;
    }

    public Session login(String workspace) throws RepositoryException {
        if (clustered != null && workspace.equals(Workspaces.COMMENTS)) {
            return clustered.login();
        }
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
    }

    /**
     * Each thread keeps one session per workspace between calls (a login costs about as much as rendering part
     * of a page), so page views do not log in four times. Jackrabbit shows every session the latest saved state of
     * items it has not changed itself; whatever a call leaves unsaved is discarded, exactly as a logout would.
     * A nested call on the same workspace gets a session of its own, so it cannot save its caller's changes.
     */
    @Override
    public <T> T withSession(String workspace, Work<T> work) throws RepositoryException {
        Map<String, Session> mine = threadSessions.get();
        Session session = mine.remove(workspace); // taken while in use: a nested call finds none and logs in
        if (session == null || !session.isLive()) {
            session = login(workspace);
            openSessions.add(session);
        }
        boolean keep = false;
        try {
            T result = work.run(session);
            keep = true;
            return result;
        } finally {
            if (session.isLive() && session.hasPendingChanges()) {
                session.refresh(false);
            }
            if (keep && session.isLive() && !mine.containsKey(workspace)) {
                mine.put(workspace, session);
            } else {
                openSessions.remove(session);
                session.logout();
            }
        }
    }

    @Override
    public void close() {
        for (Session session : openSessions) {
            if (session.isLive()) {
                session.logout();
            }
        }
        openSessions.clear();
        try {
            if (clustered != null) {
                clustered.close();
            }
        } finally {
            repository.shutdown();
        }
        if (dataFolder != null) {
            dataFolder.release();
        }
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String memberId(Path idFile) {
        try {
            return Files.readString(idFile).trim();
        } catch (IOException e) {
            return "(see " + idFile + ")";
        }
    }

    static boolean isEmptyFolder(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
