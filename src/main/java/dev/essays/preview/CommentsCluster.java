package dev.essays.preview;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where the preview host keeps the {@code comments} workspace when it shares it with other hosts: the clustered
 * repository of {@code docs/cluster/essays-comments-repository.xml} on PostgreSQL, joined as {@code clusterId}.
 *
 * @param syncDelay how often the host replays the others' changes; null keeps the shipped value (2 s)
 */
public record CommentsCluster(String url, String user, String password, String clusterId, Duration syncDelay) {

    /** Cluster ids are stored in the journal's revision table and named in messages: keep them plain. */
    private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public CommentsCluster {
        if (url == null || !url.startsWith("jdbc:postgresql://") || url.length() <= "jdbc:postgresql://".length()) {
            throw new ClusterException("The comments database must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://localhost:5432/essays_comments, not \"" + url + "\".");
        }
        if (user == null || user.isBlank()) {
            throw new ClusterException("The comments database needs a user (--comments-db-user or"
                    + " ESSAYS_COMMENTS_DB_USER).");
        }
        if (clusterId == null || !CLUSTER_ID.matcher(clusterId).matches()) {
            throw new ClusterException("A host sharing the comments database needs its own --cluster-id: 1 to 64"
                    + " letters, digits, dots, hyphens or underscores (got \"" + clusterId + "\").");
        }
        if (syncDelay != null && (syncDelay.isNegative() || syncDelay.isZero())) {
            throw new ClusterException("The cluster sync delay must be positive.");
        }
        password = password == null ? "" : password;
    }

    /** Host and port from the URL, for messages. */
    String server() {
        String rest = url.substring("jdbc:postgresql://".length());
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    @Override
    public String toString() { // never the password
        return "CommentsCluster[" + url + " as " + user + ", cluster id " + clusterId + "]";
    }
}
