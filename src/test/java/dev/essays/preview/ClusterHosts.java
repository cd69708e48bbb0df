package dev.essays.preview;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.rest.CommentClient;
import dev.essays.jcr.Workspaces;
import dev.essays.testing.Poll;
import dev.essays.testing.TestPostgres;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Preview hosts that share one test PostgreSQL database as cluster members, and what tests ask of them. */
final class ClusterHosts {

    static final String ADMIN_PASSWORD = "cluster-test";
    /** Short, so tests wait little; they still wait by polling with a bound, never by sleeping blindly. */
    static final Duration SYNC_DELAY = Duration.ofMillis(200);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TestPostgres postgres;
    private final String url;

    ClusterHosts(TestPostgres postgres, String url) {
        this.postgres = postgres;
        this.url = url;
    }

    CommentsCluster member(String clusterId) {
        return new CommentsCluster(url, TestPostgres.ADMIN, postgres.adminPassword(), clusterId, SYNC_DELAY);
    }

    /** A host with its own data folder (essays and pages local, comments shared), the sample essays, real HTTP. */
    PreviewHost start(String clusterId, Path data, CommentsConfig config) throws Exception {
        return PreviewHost.start(new PreviewHost.Options(0, data, ADMIN_PASSWORD, true, null, null, config)
                .withCluster(member(clusterId)));
    }

    static CommentClient client(PreviewHost host) {
        return new CommentClient(host.baseUri(), ADMIN_PASSWORD);
    }

    /** Text -> how many comment nodes hold it, as this host's repository sees the essay's thread. */
    static Map<String, Integer> storedTexts(PreviewHost host, String essay) throws Exception {
        return host.repository().withSession(Workspaces.COMMENTS, session -> {
            Map<String, Integer> counts = new HashMap<>();
            // Every node of that name: two members creating the thread at once must not leave two of them.
            for (NodeIterator threads = session.getRootNode().getNodes(essay); threads.hasNext(); ) {
                for (NodeIterator it = threads.nextNode().getNodes(); it.hasNext(); ) {
                    Node comment = it.nextNode();
                    counts.merge(comment.getProperty("text").getString(), 1, Integer::sum);
                }
            }
            return counts;
        });
    }

    static int threadNodes(PreviewHost host, String essay) throws Exception {
        return host.repository().withSession(Workspaces.COMMENTS,
                session -> (int) session.getRootNode().getNodes(essay).getSize());
    }

    static String status(PreviewHost host, String essay, String id) throws Exception {
        return host.repository().withSession(Workspaces.COMMENTS,
                session -> session.getNode("/" + essay + "/" + id).getProperty("status").getString());
    }

    /** Polls until {@code condition} holds; fails naming {@code what} after {@link #PATIENCE}. */
    static void await(String what, Callable<Boolean> condition) throws InterruptedException {
        Poll.await(what, PATIENCE, condition);
    }

    /** Tokens are good 3 s after they are issued: waits that out for tokens all issued before {@code after}. */
    static void tokensMature(long afterNanos) throws InterruptedException {
        long left = afterNanos + Duration.ofMillis(3_100).toNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000 + 1);
        }
    }
}
