package dev.essays.preview;

import dev.essays.comments.CommentsConfig;
import dev.essays.testing.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A host that cannot join the comments cluster says why, in words, and leaves its data folder usable. */
class CommentsClusterStartTest {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();
    static String url;

    @TempDir
    Path temp;

    @BeforeAll
    static void database() throws Exception {
        url = postgres.createDatabase("starts");
    }

    private PreviewHost start(String clusterId, Path data, String databaseUrl, String password) throws Exception {
        return PreviewHost.start(new PreviewHost.Options(0, data, "pw", true, null, null, CommentsConfig.DEFAULT)
                .withCluster(new CommentsCluster(databaseUrl, TestPostgres.ADMIN, password, clusterId, ClusterHosts.SYNC_DELAY)));
    }

    private ClusterException refused(String clusterId, Path data, String databaseUrl, String password) {
        return assertThrows(ClusterException.class, () -> start(clusterId, data, databaseUrl, password).close());
    }

    @Test
    void wrongPassword_isNamed_andTheDataFolderStaysUsable() throws Exception {
        Path data = temp.resolve("a");
        ClusterException e = refused("a", data, url, "not-the-password");
        assertTrue(e.getMessage().contains("refused the password of user \"" + TestPostgres.ADMIN + "\""), e.getMessage());
        try (PreviewHost host = start("a", data, url, postgres.adminPassword())) {
            assertTrue(host.repository().clustered());
        }
    }

    @Test
    void unreachableServer_isNamedWithItsAddress() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ClusterException e = refused("a", temp.resolve("a"), "jdbc:postgresql://127.0.0.1:" + closed + "/starts",
                postgres.adminPassword());
        assertTrue(e.getMessage().startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + closed), e.getMessage());
    }

    @Test
    void missingDatabase_pointsToTheSetupScript() {
        ClusterException e = refused("a", temp.resolve("a"), postgres.url("no_such_db"), postgres.adminPassword());
        assertTrue(e.getMessage().contains("has no such database") && e.getMessage().contains("create-database.sql"),
                e.getMessage());
    }

    @Test
    void notAPostgresUrl_orNoClusterId_isRefusedBeforeAnythingStarts() {
        ClusterException notPostgres = assertThrows(ClusterException.class,
                () -> new CommentsCluster("jdbc:mysql://db/x", "u", "p", "a", null));
        assertTrue(notPostgres.getMessage().contains("must be a PostgreSQL JDBC URL"), notPostgres.getMessage());
        ClusterException badId = assertThrows(ClusterException.class,
                () -> new CommentsCluster(url, "u", "p", "public 1", null));
        assertTrue(badId.getMessage().contains("--cluster-id"), badId.getMessage());
        assertEquals("CommentsCluster[" + url + " as u, cluster id a]", new CommentsCluster(url, "u", "secret", "a", null).toString(),
                "the password never shows");
    }

    @Test
    void secondHostWithTheSameClusterId_isRefused_whileTheFirstRuns() throws Exception {
        try (PreviewHost first = start("twin", temp.resolve("first"), url, postgres.adminPassword())) {
            ClusterException e = refused("twin", temp.resolve("second"), url, postgres.adminPassword());
            assertTrue(e.getMessage().startsWith("Cluster id \"twin\" is in use by another running host (\"essays-preview twin\""),
                    e.getMessage());
            assertEquals(200, ClusterHosts.client(first).get("/health").statusCode(), "the first runs on");
        }
        try (PreviewHost again = start("twin", temp.resolve("first"), url, postgres.adminPassword())) {
            assertTrue(again.repository().clustered(), "free again once the first stopped");
        }
    }

    @Test
    void dataFolder_keepsTheClusterIdItJoinedWith_andItsCommentsInTheCluster() throws Exception {
        Path data = temp.resolve("a");
        start("member-1", data, url, postgres.adminPassword()).close();
        ClusterException e = refused("member-2", data, url, postgres.adminPassword());
        assertTrue(e.getMessage().contains("belongs to cluster member \"member-1\"")
                && e.getMessage().contains("--cluster-id member-1"), e.getMessage());
        DataFolderException local = assertThrows(DataFolderException.class,
                () -> PreviewHost.start(new PreviewHost.Options(0, data, "pw", true, null)).close());
        assertTrue(local.getMessage().contains("start it with --comments-db and --cluster-id member-1"), local.getMessage());
    }
}
