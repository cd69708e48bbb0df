package dev.essays.essay.jcr;

import dev.essays.essay.Essay;
import dev.essays.essay.EssayListing;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;
import org.apache.jackrabbit.util.Text;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Essays in the {@code essays} workspace: one {@code essays:essay} node per essay under the root, named by slug. */
public final class EssayStore {

    private static final int SAVE_ATTEMPTS = 3;
    /** Newest first; undated drafts after everything dated, then by slug for a stable order. */
    private static final Comparator<EssayListing> NEWEST_FIRST = Comparator
            .comparing(EssayListing::publishedOn,
                    Comparator.nullsFirst(Comparator.<java.time.OffsetDateTime>naturalOrder()))
            .reversed()
            .thenComparing(EssayListing::slug);

    private final SessionProvider sessions;

    public EssayStore(SessionProvider sessions) {
        this.sessions = sessions;
    }

    public Optional<Essay> find(String slug) throws RepositoryException {
        return sessions.withSession(Workspaces.ESSAYS, session -> {
            Node root = session.getRootNode();
            if (!isSafeName(slug) || !root.hasNode(slug)) {
                return Optional.empty();
            }
            Node node = root.getNode(slug);
            return node.isNodeType(NodeTypes.ESSAY) ? Optional.of(EssayNodes.read(node)) : Optional.empty();
        });
    }

    /** The essay a link field points at: Magnolia's link fields store the node's identifier. */
    public Optional<Essay> findByIdentifier(String identifier) throws RepositoryException {
        try {
            // Only the canonical form: Jackrabbit refuses anything else with a RepositoryException, and UUID parsing
            // alone accepts slugs such as "1-2-3-4-5".
            if (identifier == null || identifier.length() != 36
                    || !java.util.UUID.fromString(identifier).toString().equalsIgnoreCase(identifier)) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return sessions.withSession(Workspaces.ESSAYS, session -> {
            try {
                Node node = session.getNodeByIdentifier(identifier);
                return node.isNodeType(NodeTypes.ESSAY) ? Optional.of(EssayNodes.read(node)) : Optional.empty();
            } catch (javax.jcr.ItemNotFoundException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * A cheap token that changes whenever the essay does (its identifier and {@code mgnl:lastModified}, which every
     * save through the module, Magnolia's apps and publication set), or null when there is no such essay or the
     * node carries no modification date (then callers must read the essay).
     */
    public String revision(String slug) throws RepositoryException {
        return sessions.withSession(Workspaces.ESSAYS, session -> {
            Node root = session.getRootNode();
            if (!isSafeName(slug) || !root.hasNode(slug)) {
                return null;
            }
            return EssayNodes.revision(root.getNode(slug));
        });
    }

    public boolean exists(String slug) throws RepositoryException {
        return sessions.withSession(Workspaces.ESSAYS, session -> isSafeName(slug) && session.getRootNode().hasNode(slug));
    }

    /**
     * Every essay's listing, drafts included, newest first: one node read per essay, no body or sources, so lists
     * stay cheap with thousands of essays.
     */
    public List<EssayListing> listings() throws RepositoryException {
        return sessions.withSession(Workspaces.ESSAYS, session -> {
            List<EssayListing> listings = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.isNodeType(NodeTypes.ESSAY)) {
                    listings.add(EssayNodes.listing(node));
                }
            }
            listings.sort(NEWEST_FIRST);
            return listings;
        });
    }

    /** Creates or replaces the essay named by its slug; true when it was new. One save: all or nothing. */
    public boolean save(Essay essay, String user) throws RepositoryException {
        return withRetries(session -> {
            Node root = session.getRootNode();
            boolean created = !root.hasNode(essay.slug());
            Node node = created ? root.addNode(essay.slug(), NodeTypes.ESSAY) : root.getNode(essay.slug());
            EssayNodes.write(node, essay, user, created);
            session.save();
            return created;
        });
    }

    public boolean delete(String slug) throws RepositoryException {
        return withRetries(session -> {
            Node root = session.getRootNode();
            if (!isSafeName(slug) || !root.hasNode(slug)) {
                return false;
            }
            root.getNode(slug).remove();
            session.save();
            return true;
        });
    }


    private <T> T withRetries(SessionProvider.Work<T> work) throws RepositoryException {
        return sessions.withSession(Workspaces.ESSAYS, session -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return work.run(session);
                } catch (InvalidItemStateException conflict) {
                    // another writer saved the same essay first: start again from its state
                    session.refresh(false);
                    if (attempt >= SAVE_ATTEMPTS) {
                        throw conflict;
                    }
                }
            }
        });
    }

    /** Slugs are validated before writes; reads may get anything from a URL, which must not become a path. */
    private static boolean isSafeName(String slug) {
        return slug != null && !slug.isEmpty() && slug.equals(Text.escapeIllegalJcrChars(slug)) && !slug.startsWith(".");
    }

}
