package dev.essays.formatting;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.essays.csl.CslEngine;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formatted citations, kept so that page views never run the CSL processor: in memory by slug, and with the
 * essay in JCR (child node {@code formatted}, one JSON property), each under its content key. A save through the
 * module formats at once ({@link #refresh}); an essay changed elsewhere (Magnolia's app, publication) is formatted
 * at its first view after the change, once, and served from memory after that.
 */
public final class FormattedEssays {

    private static final Logger LOG = LoggerFactory.getLogger(FormattedEssays.class);
    static final String NODE = "formatted";
    static final String KEY = "key";
    static final String JSON = "json";

    private final SessionProvider sessions;
    private final CitationFormatter formatter;
    private final FormattingOptions options;
    private final SiteSettings site;
    private final Map<String, FormattedEssay> memory = new ConcurrentHashMap<>();
    /** Page-based lists by content key; bounded, since any page can hold one. */
    private final Map<String, FormattedEssay> lists = new ConcurrentHashMap<>();
    private static final int MAX_LISTS = 2_000;

    /** As Magnolia's component provider builds it: the shared CSL processor and the site defaults. */
    @Inject
    public FormattedEssays(SessionProvider sessions, SiteSettings site) {
        this(sessions, new CitationFormatter(CslEngine.shared()), FormattingOptions.DEFAULTS, site);
    }

    public FormattedEssays(SessionProvider sessions, CitationFormatter formatter, FormattingOptions options, SiteSettings site) {
        this.sessions = sessions;
        this.formatter = formatter;
        this.options = options;
        this.site = site;
    }

    public SiteSettings site() {
        return site;
    }

    public FormattingOptions options() {
        return options;
    }

    /** The essay's formatted citations, formatting only when nothing is kept for its current content. */
    public FormattedEssay of(Essay essay) {
        String key = key(essay);
        FormattedEssay cached = memory.get(essay.slug());
        if (cached != null && cached.key().equals(key)) {
            return cached;
        }
        FormattedEssay stored = stored(essay.slug(), key);
        FormattedEssay result = stored != null ? stored : formatter.format(essay, options, site);
        memory.put(essay.slug(), result);
        return result;
    }

    /** Formats the essay as it is now stored and keeps the result with it; called after a save. */
    public FormattedEssay refresh(Essay storedEssay) throws RepositoryException {
        FormattedEssay result = formatter.format(storedEssay, options, site);
        String json = write(result);
        sessions.withSession(Workspaces.ESSAYS, session -> {
            if (!session.getRootNode().hasNode(storedEssay.slug())) {
                return null; // deleted meanwhile
            }
            Node essay = session.getRootNode().getNode(storedEssay.slug());
            Node node = essay.hasNode(NODE) ? essay.getNode(NODE) : essay.addNode(NODE, NodeTypes.MGNL_CONTENT_NODE);
            node.setProperty(KEY, result.key());
            node.setProperty(JSON, json);
            session.save();
            return null;
        });
        memory.put(storedEssay.slug(), result);
        return result;
    }

    /** A works-cited list of page-based sources in a style (blank: the site default), formatted once per content. */
    public FormattedEssay list(List<Map<String, Object>> sources, String styleId) {
        String style = options.styleFor(styleId);
        String key = FormattingKey.ofList(sources, style, options.locale());
        FormattedEssay cached = lists.get(key);
        if (cached != null) {
            return cached;
        }
        FormattedEssay formatted = formatter.formatList(sources, style, options, key);
        if (lists.size() >= MAX_LISTS) {
            lists.clear(); // rare: more distinct lists than any site shows; start over rather than grow
        }
        lists.put(key, formatted);
        return formatted;
    }

    public void forget(String slug) {
        memory.remove(slug);
    }

    String key(Essay essay) {
        String style = options.styleFor(essay.citationStyle());
        return FormattingKey.of(essay, style, options.locale(), site);
    }

    private FormattedEssay stored(String slug, String key) {
        try {
            return sessions.withSession(Workspaces.ESSAYS, session -> {
                String path = "/" + slug + "/" + NODE;
                if (!session.nodeExists(path)) {
                    return null;
                }
                Node node = session.getNode(path);
                if (!node.hasProperty(KEY) || !key.equals(node.getProperty(KEY).getString()) || !node.hasProperty(JSON)) {
                    return null;
                }
                return read(node.getProperty(JSON).getString());
            });
        } catch (RepositoryException | RuntimeException e) {
            LOG.warn("stored citations of {} could not be read; formatting again", slug, e);
            return null;
        }
    }

    private static String write(FormattedEssay formatted) {
        try {
            return EssayJson.MAPPER.writeValueAsString(formatted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FormattedEssay read(String json) {
        try {
            return EssayJson.MAPPER.readValue(json, FormattedEssay.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations are not readable", e);
        }
    }
}
