package dev.essays.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pages with JavaScript switched off: nothing a reader needs may depend on it. */
class NoJavaScriptBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport().withoutJavaScript();

    @Test
    void javaScript_isReallyOff() {
        site.open("/essays");
        site.driver().get("data:text/html,<title>before</title><script>document.title='after'</script>");
        assertEquals("before", site.driver().getTitle());
    }

    @Test
    void indexAndEssay_readAndFollowWithoutJavaScript() {
        site.open("/essays");
        assertEquals(4, site.findAll(".essay-teaser").size());
        site.find(".essay-teaser-title a[href$='/citing-the-web']").click();
        assertEquals("/essays/citing-the-web", site.currentPath());
        assertEquals("Citing the Web Without Losing It", site.text("h1"));
        site.find(".essay-categories a[rel=tag]").click();
        assertEquals(List.of("Citing the Web Without Losing It"), site.texts(".essay-teaser-title"));
    }

    @Test
    void admin_reachesTheRestApiAsTheHostsAdmin() throws Exception {
        HttpResponse<String> response = site.admin("GET", "/.rest/essays/v1/essays/citing-the-web", null);
        assertEquals(200, response.statusCode(), response.body());
    }
}
