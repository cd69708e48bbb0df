package dev.essays.comments.jcr;

import dev.essays.comments.CommentStoreException;
import dev.essays.comments.EssayDirectory;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.ModerationMode;
import dev.essays.comments.ModerationOverride;
import dev.essays.essay.CommentSettings;
import dev.essays.essay.jcr.EssayNodes;
import dev.essays.essay.EssayProperties;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.time.Instant;
import java.util.Optional;

/**
 * Essays as comments see them, read from the {@code essays} workspace. A missing {@code commentsOpen} means
 * open (the content type's default); a missing title reads as the slug.
 */
public final class JcrEssayDirectory implements EssayDirectory {

    private final SessionProvider sessions;

    public JcrEssayDirectory(SessionProvider sessions) {
        this.sessions = sessions;
    }

    /** The essay's own settings as the comment rules take them; null when the site's apply throughout. */
    static ModerationOverride override(CommentSettings settings) {
        if (settings.isSite()) {
            return null;
        }
        return new ModerationOverride(ModerationMode.parse(settings.moderation()).orElse(null), settings.threadDepth(),
                settings.closeAfterDays());
    }

    @Override
    public Optional<EssayInfo> find(String slug) {
        if (!CommentNodes.isSlug(slug)) {
            return Optional.empty();
        }
        try {
            return sessions.withSession(Workspaces.ESSAYS, s -> {
                if (!s.nodeExists("/" + slug)) {
                    return Optional.empty();
                }
                Node n = s.getNode("/" + slug);
                if (!n.isNodeType(NodeTypes.ESSAY)) {
                    return Optional.empty();
                }
                String title = n.hasProperty(EssayProperties.TITLE) ? n.getProperty(EssayProperties.TITLE).getString() : slug;
                Instant published = n.hasProperty(EssayProperties.PUBLISHED_ON)
                        ? n.getProperty(EssayProperties.PUBLISHED_ON).getDate().toInstant() : null;
                boolean open = !n.hasProperty(EssayProperties.COMMENTS_OPEN)
                        || n.getProperty(EssayProperties.COMMENTS_OPEN).getBoolean();
                return Optional.of(new EssayInfo(slug, title, published, open, override(EssayNodes.commentSettings(n))));
            });
        } catch (RepositoryException e) {
            throw new CommentStoreException("reading essay " + slug + " failed: " + e.getMessage(), e);
        }
    }
}
