package dev.essays.essay.jcr;

import dev.essays.essay.CommentSettings;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayListing;
import dev.essays.essay.WorksCitedSources;
import dev.essays.jcr.NodeTypes;
import org.apache.jackrabbit.util.Text;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static dev.essays.essay.EssayProperties.AUTHORS;
import static dev.essays.essay.EssayProperties.BODY;
import static dev.essays.essay.EssayProperties.CATEGORIES;
import static dev.essays.essay.EssayProperties.CITATION_STYLE;
import static dev.essays.essay.EssayProperties.COMMENTS_CLOSE_AFTER_DAYS;
import static dev.essays.essay.EssayProperties.COMMENTS_OPEN;
import static dev.essays.essay.EssayProperties.COMMENT_MODERATION;
import static dev.essays.essay.EssayProperties.COMMENT_THREAD_DEPTH;
import static dev.essays.essay.EssayProperties.EXCERPT;
import static dev.essays.essay.EssayProperties.PUBLISHED_ON;
import static dev.essays.essay.EssayProperties.SOURCES;
import static dev.essays.essay.EssayProperties.SUBTITLE;
import static dev.essays.essay.EssayProperties.TAGS;
import static dev.essays.essay.EssayProperties.TITLE;
import static dev.essays.essay.EssayProperties.UPDATED_ON;
import static dev.essays.essay.EssayProperties.WORKS_CITED_SOURCES;

/** An essay node ⇄ {@link Essay}. Reading tolerates any missing or mistyped property: it is left out. */
public final class EssayNodes {

    private EssayNodes() {
    }

    public static Essay read(Node node) throws RepositoryException {
        return new Essay(node.getName(), string(node, TITLE), string(node, SUBTITLE), strings(node, AUTHORS),
                date(node, PUBLISHED_ON), date(node, UPDATED_ON), string(node, EXCERPT), string(node, BODY),
                strings(node, CATEGORIES), strings(node, TAGS), string(node, CITATION_STYLE),
                bool(node, COMMENTS_OPEN), sources(node), commentSettings(node), worksCitedSources(node));
    }

    /** The listing of an essay node: its own properties only, never its body or its sources. */
    static EssayListing listing(Node node) throws RepositoryException {
        return new EssayListing(node.getName(), revision(node), date(node, PUBLISHED_ON), strings(node, CATEGORIES),
                strings(node, TAGS));
    }

    /** Identifier and {@code mgnl:lastModified}, or null when the node has no modification date. */
    static String revision(Node node) throws RepositoryException {
        if (!node.hasProperty(NodeTypes.MGNL_LAST_MODIFIED)) {
            return null;
        }
        return node.getIdentifier() + "@" + node.getProperty(NodeTypes.MGNL_LAST_MODIFIED).getString();
    }

    static void write(Node node, Essay essay, String user, boolean created) throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (!property.getName().contains(":")) {
                property.remove(); // replaced below: a PUT replaces the whole essay
            }
        }
        set(node, TITLE, essay.title());
        set(node, SUBTITLE, essay.subtitle());
        setList(node, AUTHORS, essay.authors());
        setDate(node, PUBLISHED_ON, essay.publishedOn());
        setDate(node, UPDATED_ON, essay.updatedOn());
        set(node, EXCERPT, essay.excerpt());
        set(node, BODY, essay.body());
        setList(node, CATEGORIES, essay.categories());
        setList(node, TAGS, essay.tags());
        set(node, CITATION_STYLE, essay.citationStyle());
        if (essay.worksCitedSources() != null) {
            node.setProperty(WORKS_CITED_SOURCES, essay.worksCitedSources().value());
        }
        if (essay.commentsOpen() != null) {
            node.setProperty(COMMENTS_OPEN, essay.commentsOpen().booleanValue());
        }
        CommentSettings comments = essay.commentSettings();
        set(node, COMMENT_MODERATION, comments.moderation());
        if (comments.threadDepth() != null) {
            node.setProperty(COMMENT_THREAD_DEPTH, comments.threadDepth().longValue());
        }
        if (comments.closeAfterDays() != null) {
            node.setProperty(COMMENTS_CLOSE_AFTER_DAYS, comments.closeAfterDays().longValue());
        }
        // Most saves change the text, not the sources: an unchanged list is left as it is (rewriting it is
        // the bulk of a save's JCR work for an essay with many sources), unless it is in an older shape.
        if (!node.hasNode(SOURCES) || !sources(node).equals(essay.sources()) || !canonical(node.getNode(SOURCES))) {
            if (node.hasNode(SOURCES)) {
                node.getNode(SOURCES).remove();
            }
            Node sources = node.addNode(SOURCES, NodeTypes.MGNL_CONTENT_NODE);
            for (Map<String, Object> source : essay.sources()) {
                SourceNodes.write(sources.addNode(Text.escapeIllegalJcrChars((String) source.get("id")), NodeTypes.SOURCE), source);
            }
        }
        Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        if (created) {
            node.setProperty(NodeTypes.MGNL_CREATED, now);
            node.setProperty("mgnl:createdBy", user);
        }
        node.setProperty(NodeTypes.MGNL_LAST_MODIFIED, now);
        node.setProperty("mgnl:lastModifiedBy", user);
    }

    /** The essay's own comment settings; a value of the wrong kind counts as not set. */
    public static CommentSettings commentSettings(Node node) throws RepositoryException {
        String moderation = string(node, COMMENT_MODERATION);
        return new CommentSettings(moderation == null || moderation.isBlank() ? null : moderation,
                whole(node, COMMENT_THREAD_DEPTH), whole(node, COMMENTS_CLOSE_AFTER_DAYS));
    }

    /** The essay's own choice of listed sources; a value of another kind counts as not set. */
    private static WorksCitedSources worksCitedSources(Node node) throws RepositoryException {
        try {
            return WorksCitedSources.of(string(node, WORKS_CITED_SOURCES));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer whole(Node node, String name) throws RepositoryException {
        String value = string(node, name);
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Map<String, Object>> sources(Node node) throws RepositoryException {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!node.hasNode(SOURCES)) {
            return out;
        }
        for (NodeIterator it = node.getNode(SOURCES).getNodes(); it.hasNext(); ) {
            Node source = it.nextNode();
            Map<String, Object> item = SourceNodes.read(source);
            item.putIfAbsent("id", Text.unescapeIllegalJcrChars(source.getName()));
            out.add(item);
        }
        return out;
    }

    private static boolean canonical(Node sources) throws RepositoryException {
        for (NodeIterator it = sources.getNodes(); it.hasNext(); ) {
            if (!SourceNodes.isCanonical(it.nextNode())) {
                return false;
            }
        }
        return true;
    }

    static String string(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return null;
        }
        Property property = node.getProperty(name);
        return property.isMultiple() ? null : property.getString();
    }

    static List<String> strings(Node node, String name) throws RepositoryException {
        List<String> out = new ArrayList<>();
        if (!node.hasProperty(name)) {
            return out;
        }
        Property property = node.getProperty(name);
        if (!property.isMultiple()) {
            out.add(property.getString()); // a single value where a list was expected: still shown
            return out;
        }
        for (Value value : property.getValues()) {
            out.add(value.getString());
        }
        return out;
    }

    static OffsetDateTime date(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name) || node.getProperty(name).isMultiple()) {
            return null;
        }
        try {
            Calendar calendar = node.getProperty(name).getDate();
            return OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId());
        } catch (javax.jcr.ValueFormatException e) {
            return null; // a date property that holds something else renders as no date
        }
    }

    static Boolean bool(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name) || node.getProperty(name).isMultiple()) {
            return null;
        }
        String value = node.getProperty(name).getString();
        return "true".equalsIgnoreCase(value) ? Boolean.TRUE : "false".equalsIgnoreCase(value) ? Boolean.FALSE : null;
    }

    private static void set(Node node, String name, String value) throws RepositoryException {
        if (value != null) {
            node.setProperty(name, value);
        }
    }

    private static void setList(Node node, String name, List<String> values) throws RepositoryException {
        if (!values.isEmpty()) {
            node.setProperty(name, values.toArray(String[]::new));
        }
    }

    private static void setDate(Node node, String name, OffsetDateTime value) throws RepositoryException {
        if (value == null) {
            return;
        }
        GregorianCalendar calendar = GregorianCalendar.from(value.toZonedDateTime());
        if (value.getOffset().equals(ZoneOffset.UTC)) {
            calendar.setTimeZone(TimeZone.getTimeZone("UTC"));
        }
        node.setProperty(name, calendar);
    }
}
