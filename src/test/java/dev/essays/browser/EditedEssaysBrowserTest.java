package dev.essays.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Essays added through the REST API, as an editor's tool would, then read in the browser: paging and escaping. */
class EditedEssaysBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport();

    static final String MARKUP_TITLE = "<img src=x onerror=\"window.pwned=1\"> Tags & \"Quotes\"";

    @BeforeAll
    static void addEssays() throws Exception {
        for (int i = 1; i <= 9; i++) {
            put("paged-" + i, "{\"title\": \"Paged essay " + i + "\", \"publishedOn\": \"2023-01-0" + i + "\","
                    + " \"authors\": [\"Test Author\"], \"body\": \"<p>Essay " + i + ".</p>\"}");
        }
        put("markup-in-fields", "{\"title\": " + json(MARKUP_TITLE) + ", \"publishedOn\": \"2022-06-01\","
                + " \"authors\": [" + json("<b>Bold</b> Author") + "], \"categories\": [" + json("<i>Cat</i>") + "],"
                + " \"body\": \"<p>Plain.</p>\"}");
    }

    static void put(String slug, String json) throws Exception {
        HttpResponse<String> response = site.admin("PUT", "/.rest/essays/v1/essays/" + slug, json);
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, slug + ": " + response.body());
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void index_pagesByTen_andTheOlderAndNewerLinksWork() {
        site.open("/essays");
        assertEquals(10, site.findAll(".essay-teaser").size());
        assertEquals("Page 1 of 2", site.text(".pagination-position"));
        site.find(".pagination a[rel=next]").click();
        assertEquals("/essays?page=2", site.currentPath());
        assertEquals("Page 2 of 2", site.text(".pagination-position"));
        assertEquals(4, site.findAll(".essay-teaser").size());
        site.find(".pagination a[rel=prev]").click();
        assertEquals("Page 1 of 2", site.text(".pagination-position"));
    }

    @Test
    void pagedIndex_hasNoSeriousOrCriticalAxeViolations() {
        for (String path : List.of("/essays", "/essays?page=2")) {
            site.open(path);
            Axe.Results results = site.axe();
            assertEquals(List.of(), results.blocking(), results.report());
        }
    }

    @Test
    void markupInTitleAuthorAndCategory_showsAsText_andRunsNothing() {
        site.open("/essays/markup-in-fields");
        assertEquals(MARKUP_TITLE, site.text("h1"));
        assertEquals("By <b>Bold</b> Author · 1 June 2022", site.text(".essay-header .essay-byline"));
        assertEquals("Posted in <i>Cat</i>", site.text(".essay-categories"));
        // The essay's own fields print as text; only the "Cite this essay" entry carries the style's italics.
        assertEquals(0, site.findAll(".essay-header img, .essay-header b, .essay-header i, .essay-footer b, .essay-footer i").size());
        assertEquals(Boolean.TRUE, site.script("return window.pwned === undefined;"));
        site.open("/essays?page=2");
        assertTrue(site.texts(".essay-teaser-title").contains(MARKUP_TITLE), site.texts(".essay-teaser-title").toString());
        assertEquals(Boolean.TRUE, site.script("return window.pwned === undefined;"));
    }
}
