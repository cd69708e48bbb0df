package dev.essays.preview;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * One connection to the comments database, held while the host runs. It checks the database before Jackrabbit
 * sees it (so a bad URL, an unreachable server or a wrong password get a plain message instead of a stack
 * trace), and holds PostgreSQL advisory locks: one per cluster id, so a second host with the same id is refused
 * (Jackrabbit would silently skip the other's changes as its own), and one while a host sets up the repository,
 * so two hosts starting on an empty database do not create the same tables and nodes at once.
 */
final class ClusterDatabase implements AutoCloseable {

    private static final String SETUP_LOCK = "essays-comments-cluster:setup";

    private final CommentsCluster cluster;
    private final Connection connection;

    private ClusterDatabase(CommentsCluster cluster, Connection connection) {
        this.cluster = cluster;
        this.connection = connection;
    }

    static ClusterDatabase connect(CommentsCluster cluster) {
        Properties props = new Properties();
        props.setProperty("user", cluster.user());
        props.setProperty("password", cluster.password());
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "essays-preview " + cluster.clusterId());
        try {
            return new ClusterDatabase(cluster, DriverManager.getConnection(cluster.url(), props));
        } catch (SQLException e) {
            throw new ClusterException(explain(cluster, e), e);
        }
    }

    static String explain(CommentsCluster cluster, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = "PostgreSQL at " + cluster.server();
        if (rootCause(e) instanceof ConnectException || rootCause(e) instanceof UnknownHostException
                || state.startsWith("08")) {
            return "Cannot reach " + where + " (" + e.getMessage() + "). Is it running and accepting TCP connections"
                    + " from this machine? Check --comments-db.";
        }
        return switch (state) {
            case "28P01" -> where + " refused the password of user \"" + cluster.user() + "\". Check"
                    + " ESSAYS_COMMENTS_DB_PASSWORD (or --comments-db-password).";
            case "28000" -> where + " does not let user \"" + cluster.user() + "\" log in (" + e.getMessage()
                    + "). Check the role and pg_hba.conf.";
            case "3D000" -> where + " has no such database (" + e.getMessage() + "). Create it first:"
                    + " docs/cluster/create-database.sql.";
            default -> "The comments database " + cluster.url() + " cannot be used: " + e.getMessage()
                    + (state.isEmpty() ? "" : " (SQL state " + state + ")");
        };
    }

    /** Refuses to start when another running host holds this cluster id. */
    void claimClusterId() {
        String name = "essays-comments-cluster:id:" + cluster.clusterId();
        try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            st.setLong(1, key(name));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new ClusterException("Cluster id \"" + cluster.clusterId() + "\" is in use by another"
                            + " running host (" + holder(name) + "). Each host sharing the comments database needs"
                            + " its own --cluster-id.");
                }
            }
        } catch (SQLException e) {
            throw new ClusterException(explain(cluster, e), e);
        }
    }

    /** Waits up to {@code timeout} for other hosts to finish setting up; released by {@link #endSetup()}. */
    void beginSetup(Duration timeout) {
        try (Statement st = connection.createStatement()) {
            st.execute("set lock_timeout = " + timeout.toMillis());
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, key(SETUP_LOCK));
                lock.execute();
            } finally {
                st.execute("set lock_timeout = 0");
            }
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                throw new ClusterException("Another host (" + holder(SETUP_LOCK) + ") has been setting up the"
                        + " comments repository for more than " + timeout.toSeconds() + " s. Start this host again"
                        + " once that one is up.", e);
            }
            throw new ClusterException(explain(cluster, e), e);
        }
    }

    void endSetup() {
        try (PreparedStatement st = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            st.setLong(1, key(SETUP_LOCK));
            st.execute();
        } catch (SQLException e) {
            throw new ClusterException(explain(cluster, e), e);
        }
    }

    /** Who holds an advisory lock: PostgreSQL splits the 64-bit key into classid (high) and objid (low). */
    private String holder(String name) {
        long key = key(name);
        String sql = "select a.application_name, a.client_addr, a.backend_start from pg_locks l"
                + " join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted"
                + " and l.classid::bigint = ? and l.objid::bigint = ? and l.objsubid = 1";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setLong(1, key >>> 32);
            st.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return "\"" + rs.getString(1) + "\" from " + (rs.getString(2) == null ? "a local socket"
                            : rs.getString(2)) + ", connected since " + rs.getTimestamp(3).toInstant();
                }
            }
        } catch (SQLException ignored) {
            // only for the message
        }
        return "a connection to the same database";
    }

    /** A 64-bit key from the lock's name (a hash code would let two different ids collide). */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (digest[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Releases both locks (PostgreSQL drops them with the connection, also when the process dies). */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server drops the session and its locks anyway
        }
    }
}
