package dev.essays.comments.wiring;

import dev.essays.comments.CommentSecrets;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;

import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.util.HexFormat;

/**
 * The comment secrets kept in the {@code comments} workspace (node {@code /essays-secrets}), so every instance
 * that shares that workspace (the public instances of a cluster) signs and checks tokens and links with the same
 * keys. Made on first use; when two instances make them at once, the first save wins and both use it. (Two
 * cluster members can both save: the root allows same-name siblings, so the later one becomes
 * {@code essays-secrets[2]}. Everyone reads the first; the one that finds a second removes it.)
 */
public final class StoredSecrets {

    static final String NODE = "essays-secrets";
    private static final HexFormat HEX = HexFormat.of();

    private StoredSecrets() {
    }

    public static CommentSecrets load(SessionProvider sessions) throws RepositoryException {
        for (int attempt = 0; ; attempt++) {
            try {
                return sessions.withSession(Workspaces.COMMENTS, session -> {
                    Node root = session.getRootNode();
                    if (!root.hasNode(NODE)) {
                        CommentSecrets fresh = CommentSecrets.random();
                        Node node = root.addNode(NODE, NodeTypes.MGNL_CONTENT_NODE);
                        node.setProperty("tokenKey", HEX.formatHex(fresh.tokenKey()));
                        node.setProperty("ipSalt", HEX.formatHex(fresh.ipSalt()));
                        node.setProperty("linkKey", HEX.formatHex(fresh.linkKey()));
                        session.save();
                    }
                    dropLaterCopies(root);
                    Node node = root.getNode(NODE);
                    return new CommentSecrets(HEX.parseHex(node.getProperty("tokenKey").getString()),
                            HEX.parseHex(node.getProperty("ipSalt").getString()),
                            HEX.parseHex(node.getProperty("linkKey").getString()));
                });
            } catch (ItemExistsException | InvalidItemStateException raced) {
                if (attempt >= 2) {
                    throw raced; // another instance made them at the same moment: read theirs
                }
            }
        }
    }

    /** Keeps the first copy (see above), which every instance reads. */
    private static void dropLaterCopies(Node root) throws RepositoryException {
        NodeIterator copies = root.getNodes(NODE);
        if (copies.getSize() < 2) {
            return;
        }
        copies.nextNode();
        while (copies.hasNext()) {
            copies.nextNode().remove();
        }
        root.getSession().save();
    }
}
