package dev.essays.preview;

import dev.essays.jcr.Workspaces;
import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.core.RepositoryImpl;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The {@code comments} workspace in the clustered repository on PostgreSQL, as this host's cluster member. The
 * local part (workspace configuration, search index) lives in {@code home}, which remembers the cluster id it was
 * made with: a home replayed as one member must not come back as another.
 */
final class ClusteredComments implements AutoCloseable {

    static final String ID_FILE = "cluster-id.txt";
    private static final Duration SETUP_WAIT = Duration.ofSeconds(60);

    private final ClusterDatabase database;
    private final RepositoryImpl repository;

    private ClusteredComments(ClusterDatabase database, RepositoryImpl repository) {
        this.database = database;
        this.repository = repository;
    }

    static ClusteredComments open(CommentsCluster cluster, Path home, List<String> nodeTypeFiles) {
        ClusterDatabase database = ClusterDatabase.connect(cluster);
        RepositoryImpl repository = null;
        try {
            database.claimClusterId();
            rememberId(home, cluster.clusterId(), false);
            database.beginSetup(SETUP_WAIT);
            try {
                repository = start(cluster, home);
                setUp(repository, nodeTypeFiles);
            } finally {
                database.endSetup();
            }
            // Only a member that joined is one: a failed first start leaves the folder free to run on its own.
            rememberId(home, cluster.clusterId(), true);
            return new ClusteredComments(database, repository);
        } catch (RuntimeException | RepositoryException e) {
            if (repository != null) {
                repository.shutdown();
            }
            database.close();
            throw e instanceof ClusterException ce ? ce : new ClusterException("The clustered comments repository"
                    + " could not be set up: " + e.getMessage(), e);
        }
    }

    private static RepositoryImpl start(CommentsCluster cluster, Path home) {
        try {
            return RepositoryImpl.create(ClusterConfigXml.load(cluster, home));
        } catch (RepositoryException e) {
            throw new ClusterException("The clustered comments repository on " + cluster.url() + " did not start: "
                    + EmbeddedRepository.rootMessage(e), e);
        }
    }

    /** Node types and the workspace, made once per cluster (the first host) and seen by the others. */
    private static void setUp(RepositoryImpl repository, List<String> nodeTypeFiles) throws RepositoryException {
        Session session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
        try {
            for (String file : nodeTypeFiles) {
                NodeTypeFiles.register(session, file);
            }
            if (!Set.of(session.getWorkspace().getAccessibleWorkspaceNames()).contains(Workspaces.COMMENTS)) {
                ((JackrabbitWorkspace) session.getWorkspace()).createWorkspace(Workspaces.COMMENTS);
            }
        } finally {
            session.logout();
        }
    }

    /** Refuses a folder of another member; with {@code record}, marks a new folder as this member's. */
    private static void rememberId(Path home, String id, boolean record) {
        Path file = home.resolve(ID_FILE);
        try {
            Files.createDirectories(home);
            if (Files.exists(file)) {
                String earlier = Files.readString(file).trim();
                if (!earlier.equals(id)) {
                    throw new ClusterException("The folder " + home.toAbsolutePath() + " belongs to cluster member \""
                            + earlier + "\", not \"" + id + "\". Start this host with --cluster-id " + earlier
                            + ", or with another --data folder for a new member.");
                }
            } else if (record) {
                Files.writeString(file, id + "\n");
            }
        } catch (IOException e) {
            throw new ClusterException("The folder " + home.toAbsolutePath() + " cannot hold the comments"
                    + " repository's local files: " + e.getMessage(), e);
        }
    }

    Session login() throws RepositoryException {
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), Workspaces.COMMENTS);
    }

    @Override
    public void close() {
        try {
            repository.shutdown();
        } finally {
            database.close();
        }
    }
}
