package dev.essays.templating;

import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsView;
import dev.essays.comments.wiring.CommentsComponent;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayListing;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.formatting.FormattedEssay;
import dev.essays.formatting.FormattedEssays;
import dev.essays.jcr.SessionProvider;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.essays.essay.jcr.SourceNodes;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code essayfn} in templates: finds essays and prepares what the templates print. Registered in Magnolia as a
 * FreeMarker context attribute; the preview host puts the same object in its template context. Public pages
 * must never show a stack trace, so repository trouble is logged and reads as "nothing found".
 */
public class EssayTemplatingFunctions {

    private static final Logger LOG = LoggerFactory.getLogger(EssayTemplatingFunctions.class);
    static final int PAGE_SIZE = 10;
    /** Essays whose views are kept in memory (each way: full pages, teasers on the index). */
    private static final int CACHED_ESSAYS = 5_000;

    private final EssayStore store;
    private final FormattedEssays citations;
    private final CommentService comments;
    private final EssayUrls urls;
    private final RevisionCache<CachedView> views = new RevisionCache<>(CACHED_ESSAYS);
    private final RevisionCache<EssayView> teasers = new RevisionCache<>(CACHED_ESSAYS);

    @Inject
    public EssayTemplatingFunctions(SessionProvider sessions, FormattedEssays citations, CommentsComponent comments) {
        this(sessions, citations, comments.service(), EssayUrls.DEFAULT);
    }

    public EssayTemplatingFunctions(SessionProvider sessions, FormattedEssays citations, CommentService comments) {
        this(sessions, citations, comments, EssayUrls.DEFAULT);
    }

    public EssayTemplatingFunctions(SessionProvider sessions, FormattedEssays citations, CommentService comments,
                                    EssayUrls urls) {
        this.store = new EssayStore(sessions);
        this.citations = citations;
        this.comments = comments;
        this.urls = urls;
    }

    /**
     * The comment area of an essay: heading, threaded approved comments, the form's state. With the two values a
     * held comment's redirect carries, that visitor also sees their own comment awaiting moderation. Null when the
     * essay has no comment area (unknown) or the comments cannot be read.
     */
    public CommentsView comments(String slug, String unapprovedId, String moderationHash) {
        if (slug == null || slug.isEmpty()) {
            return null;
        }
        try {
            boolean pending = unapprovedId != null && !unapprovedId.isEmpty() && moderationHash != null && !moderationHash.isEmpty();
            return (pending ? comments.view(slug, unapprovedId, moderationHash) : comments.view(slug)).orElse(null);
        } catch (RuntimeException e) {
            LOG.error("comments of {} could not be read", slug, e);
            return null;
        }
    }

    /** The published essay with this slug, or null (drafts and unknown slugs alike). */
    public EssayView essay(String slug) {
        return essay(slug, false);
    }

    /**
     * The essay with this slug, drafts too when {@code drafts} (templates pass {@code cmsfn.isAuthorInstance()}, so
     * editors can check a draft's citations before it goes public); null when there is none to show.
     */
    public EssayView essay(String slug, boolean drafts) {
        if (slug == null || slug.isEmpty()) {
            return null;
        }
        try {
            // A page view reads one property when nothing changed; the view is rebuilt only after a change to the
            // essay or to the site settings that shape it.
            String revision = viewRevision(store.revision(slug));
            CachedView cached = views.get(slug, revision);
            if (cached != null) {
                return drafts || cached.essay().isPublishedAt(OffsetDateTime.now()) ? cached.view() : null;
            }
            Optional<Essay> essay = store.find(slug);
            if (essay.isEmpty()) {
                views.remove(slug);
                return null;
            }
            EssayView view = fullView(essay.get());
            views.put(slug, revision, new CachedView(essay.get(), view));
            return drafts || essay.get().isPublishedAt(OffsetDateTime.now()) ? view : null;
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("essay {} could not be read", slug, e);
            return null;
        }
    }

    /** What a view of an essay depends on: the essay's revision and the site settings; null when unknown. */
    private String viewRevision(String essayRevision) {
        return essayRevision == null ? null : essayRevision + "\n" + citations.site().revision();
    }

    private record CachedView(Essay essay, EssayView view) {
    }

    /** The published essay a component's link field names (an identifier), or a slug; null when none. */
    public EssayView essayByReference(String reference) {
        return essayByReference(reference, false);
    }

    /** As {@link #essayByReference(String)}, drafts too when {@code drafts} (on the author instance). */
    public EssayView essayByReference(String reference, boolean drafts) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        try {
            Optional<Essay> byId = store.findByIdentifier(reference);
            Optional<Essay> essay = byId.isPresent() ? byId : store.find(reference);
            return essay.filter(e -> drafts || e.isPublishedAt(OffsetDateTime.now())).map(this::fullView).orElse(null);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("essay {} could not be read", reference, e);
            return null;
        }
    }

    /**
     * As {@link #essayByReference(String, boolean)} for an essay component, which may share its page with other
     * essays: the essay's anchors and heading ids start with its slug.
     */
    public EssayView essayBeside(String reference, boolean drafts) {
        EssayView view = essayByReference(reference, drafts);
        return view == null ? null : view.beside();
    }

    /**
     * The works-cited list of a works-cited component on a page: its citation components (area {@code sources}),
     * formatted in the component's style (property {@code citationStyle}; blank: the site default). Never null.
     */
    public WorksCitedView worksCited(Node component) {
        try {
            String style = component.hasProperty("citationStyle") ? component.getProperty("citationStyle").getString() : null;
            List<Map<String, Object>> sources = new ArrayList<>();
            if (component.hasNode("sources")) {
                for (NodeIterator it = component.getNode("sources").getNodes(); it.hasNext(); ) {
                    sources.add(SourceNodes.read(it.nextNode()));
                }
            }
            return new WorksCitedView(citations.list(sources, style));
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("works cited of a component could not be formatted", e);
            return WorksCitedView.EMPTY;
        }
    }

    /** One citation component's own entry, in the style of the list it belongs to (shown while editing). */
    public String citation(Node component) {
        try {
            String style = null;
            Node list = component.getParent().getParent();
            if (list.hasProperty("citationStyle")) {
                style = list.getProperty("citationStyle").getString();
            }
            var entries = citations.list(List.of(SourceNodes.read(component)), style).entries();
            return entries.isEmpty() ? "" : entries.get(0).html();
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("a citation component could not be formatted", e);
            return "";
        }
    }

    /** Whether the comment form must ask for consent to the privacy policy (a site setting). */
    public boolean commentPrivacyConsentRequired() {
        return comments.config().privacyConsentRequired();
    }

    /** What an editor should fix in the essay's citations (shown on the author instance only). */
    public List<FormattedEssay.Problem> problems(String slug) {
        try {
            return store.find(slug).map(e -> citations.of(e).problems()).orElse(List.of());
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("citation report of {} could not be made", slug, e);
            return List.of();
        }
    }

    /** One page of published essays, newest first, optionally filtered by category or tag. */
    public EssayIndexView index(String category, String tag, String page) {
        String cat = category == null ? "" : category.trim();
        String tg = tag == null ? "" : tag.trim();
        OffsetDateTime now = OffsetDateTime.now();
        List<EssayListing> matching = listings().stream()
                .filter(e -> e.isPublishedAt(now))
                .filter(e -> cat.isEmpty() || e.categories().contains(cat))
                .filter(e -> tg.isEmpty() || e.tags().contains(tg))
                .toList();
        int pageCount = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, parsePage(page)), pageCount);
        List<EssayView> shown = matching.stream().skip((long) (current - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(this::teaser).filter(Objects::nonNull).toList();
        String query = cat.isEmpty() ? tg.isEmpty() ? "" : "tag=" + encode(tg) : "category=" + encode(cat);
        return new EssayIndexView(shown, cat, tg, current, pageCount, matching.size(),
                current > 1 ? urls.page(query, current - 1) : "",
                current < pageCount ? urls.page(query, current + 1) : "");
    }

    public String indexUrl() {
        return urls.index();
    }

    /** A view with the body's citations formatted; if formatting fails, the body shows as written. */
    private EssayView fullView(Essay essay) {
        try {
            return EssayView.of(essay, urls, citations.of(essay), citations.site());
        } catch (RuntimeException e) {
            LOG.error("citations of {} could not be formatted", essay.slug(), e);
            return EssayView.of(essay, urls, null, citations.site());
        }
    }


    private List<EssayListing> listings() {
        try {
            return store.listings();
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("essays could not be listed", e);
            return List.of();
        }
    }

    /** An essay's view on the index (no citations formatted), kept while the essay is unchanged. */
    private EssayView teaser(EssayListing listing) {
        String revision = viewRevision(listing.revision());
        EssayView cached = teasers.get(listing.slug(), revision);
        if (cached != null) {
            return cached;
        }
        try {
            Optional<Essay> essay = store.find(listing.slug());
            if (essay.isEmpty()) {
                return null; // deleted since it was listed
            }
            EssayView view = EssayView.of(essay.get(), urls, null, citations.site());
            teasers.put(listing.slug(), revision, view);
            return view;
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("essay {} could not be read", listing.slug(), e);
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
