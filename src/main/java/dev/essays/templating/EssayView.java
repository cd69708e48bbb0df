package dev.essays.templating;

import dev.essays.essay.Essay;
import dev.essays.essay.WorksCitedSources;
import dev.essays.formatting.FormattedEssay;
import dev.essays.formatting.SiteSettings;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the essay templates print, prepared on the Java side: templates only output these values and test
 * simple conditions (style.md habit 4). All text is plain (templates escape it) except {@link #getBodyHtml()}.
 * JavaBean getters, because every FreeMarker object wrapper Magnolia may configure reads those as {@code essay.title}.
 */
public final class EssayView {

    static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Essay essay;
    private final String permalink;
    private final List<Link> categories;
    private final List<Link> tags;
    private final FormattedEssay citations;
    private final SiteSettings site;
    private final String anchorPrefix;
    // Page metadata, made on first use: a view lives as long as its essay's revision, so pages reuse it.
    private volatile List<ScholarlyMetadata.Meta> metaTags;
    private volatile String jsonLd;

    private EssayView(Essay essay, String permalink, List<Link> categories, List<Link> tags, FormattedEssay citations,
                      SiteSettings site, String anchorPrefix) {
        this.essay = essay;
        this.permalink = permalink;
        this.categories = categories;
        this.tags = tags;
        this.citations = citations;
        this.site = site;
        this.anchorPrefix = anchorPrefix;
    }

    /** {@code citations} null for views that show no body (teasers): nothing is formatted for them. */
    static EssayView of(Essay essay, EssayUrls urls, FormattedEssay citations, SiteSettings site) {
        return new EssayView(essay, urls.essay(essay.slug()),
                essay.categories().stream().map(c -> new Link(c, urls.category(c))).toList(),
                essay.tags().stream().map(t -> new Link(t, urls.tag(t))).toList(),
                citations, site, "");
    }

    /**
     * This view for an essay shown beside others on one page (an essay component): its citations' anchors and its
     * headings' ids start with the slug, so they neither collide with another essay's nor link into it.
     */
    EssayView beside() {
        String prefix = essay.slug() + "--";
        return new EssayView(essay, permalink, categories, tags,
                citations == null ? null : citations.withAnchorPrefix(prefix), site, prefix);
    }

    /** What this essay's ids on the page start with: empty on its own page. */
    public String getAnchorPrefix() {
        return anchorPrefix;
    }

    public String getSlug() {
        return essay.slug();
    }

    /** Not public yet: no publication date, or one in the future (shown to editors only). */
    public boolean isDraft() {
        return !essay.isPublishedAt(OffsetDateTime.now());
    }

    public String getPermalink() {
        return permalink;
    }

    public String getTitle() {
        return orEmpty(essay.title());
    }

    public String getSubtitle() {
        return orEmpty(essay.subtitle());
    }

    public List<String> getAuthors() {
        return essay.authors();
    }

    public String getAuthorsText() {
        return joinNames(essay.authors());
    }

    public String getPublishedIso() {
        return iso(essay.publishedOn());
    }

    public String getPublishedDisplay() {
        return display(essay.publishedOn());
    }

    public String getUpdatedIso() {
        return iso(essay.updatedOn());
    }

    public String getUpdatedDisplay() {
        return display(essay.updatedOn());
    }

    public String getExcerpt() {
        return orEmpty(essay.excerpt());
    }

    /** The essay's rich text as its editor stored it (the editor's HTML is trusted, visitors' never is). */
    public String getBodyHtml() {
        return citations != null ? citations.bodyHtml() : orEmpty(essay.body());
    }

    /** The works-cited list in the essay's style, each entry with links back to its citations. */
    public List<FormattedEssay.Entry> getWorksCited() {
        return citations == null ? List.of() : citations.entries();
    }

    /** "Works Cited", "References" or "Bibliography". */
    public String getWorksCitedHeading() {
        return citations == null ? "" : citations.heading();
    }

    public List<FormattedEssay.Footnote> getFootnotes() {
        return citations == null ? List.of() : citations.footnotes();
    }

    /** Google Scholar's citation_* tags for the page head (plain text; the template escapes them). */
    public List<ScholarlyMetadata.Meta> getMetaTags() {
        List<ScholarlyMetadata.Meta> tags = metaTags;
        if (tags == null) {
            tags = List.copyOf(ScholarlyMetadata.metaTags(essay, listedSources(), site.absolute(permalink), site));
            metaTags = tags;
        }
        return tags;
    }

    /** schema.org ScholarlyArticle with its citations, as JSON safe to print inside a script element. */
    public String getJsonLd() {
        String json = jsonLd;
        if (json == null) {
            json = ScholarlyMetadata.jsonLd(essay, listedSources(), site.absolute(permalink), site);
            jsonLd = json;
        }
        return json;
    }

    /** The sources the works-cited list shows (all, or only the cited ones), so metadata names the same works. */
    private List<Map<String, Object>> listedSources() {
        if (citations == null || site.worksCitedSourcesFor(essay.worksCitedSources()) == WorksCitedSources.ALL) {
            return essay.sources();
        }
        Set<String> listed = citations.entries().stream().map(FormattedEssay.Entry::sourceKey).collect(Collectors.toSet());
        return essay.sources().stream().filter(source -> listed.contains(String.valueOf(source.get("id")))).toList();
    }

    /** The essay as an entry in its own style, for "Cite this essay". */
    public String getCiteThisHtml() {
        return citations == null ? "" : citations.citeThisHtml();
    }

    /** The essay itself as a BibTeX or RIS file. */
    public String citeDownload(String format) {
        return "/.rest/essays/v1/essays/" + java.net.URLEncoder.encode(essay.slug(), java.nio.charset.StandardCharsets.UTF_8)
                + "/cite?format=" + format;
    }

    public boolean isHangingIndent() {
        return citations != null && citations.hangingIndent();
    }

    public List<Link> getCategories() {
        return categories;
    }

    public List<Link> getTags() {
        return tags;
    }

    public String getCitationStyle() {
        return orEmpty(essay.citationStyle());
    }

    public boolean isCommentsOpen() {
        return essay.commentsAllowed();
    }

    public int getWordCount() {
        return HtmlText.wordCount(essay.body());
    }

    public boolean isHasTaxonomy() {
        return !categories.isEmpty() || !tags.isEmpty();
    }

    /** "A", "A and B", "A, B, and C": the serial comma MLA readers expect. */
    static String joinNames(List<String> names) {
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            case 2 -> names.get(0) + " and " + names.get(1);
            default -> String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
        };
    }

    private static String iso(OffsetDateTime date) {
        return date == null ? "" : date.toString();
    }

    private static String display(OffsetDateTime date) {
        return date == null ? "" : DISPLAY_DATE.format(date);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A labelled link, e.g. a category filter on the essay index. */
    public static final class Link {
        private final String label;
        private final String href;

        Link(String label, String href) {
            this.label = label;
            this.href = href;
        }

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }
    }
}
