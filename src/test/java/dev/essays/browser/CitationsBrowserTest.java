package dev.essays.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citations as a reader uses them: the entry on hover and focus, links to the list and back, notes styles. */
class CitationsBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport();

    static final String PAPER = "/essays/attention-as-a-commons";

    @Test
    void focusingACitation_showsItsFullEntry_withoutJavaScriptHelp() {
        site.open(PAPER);
        WebElement card = site.find("#card-cite-1");
        assertFalse(card.isDisplayed(), "the entry is hidden until asked for");
        WebElement link = site.find("#cite-1 a.citation-link");
        site.script("arguments[0].focus();", link);
        assertTrue(card.isDisplayed(), "focus shows the entry");
        assertTrue(card.getText().startsWith("Wu, Tim. The Attention Merchants"), card.getText());
        assertEquals("card-cite-1", link.getDomAttribute("aria-describedby"));
    }

    @Test
    void citationLinksToItsEntry_andTheEntryLinksBack() {
        site.open(PAPER);
        site.find("#cite-2 a.citation-link").click();
        assertEquals(PAPER + "#ref-wu2016", site.currentPath() + "#" + site.driver().getCurrentUrl().split("#")[1]);
        WebElement entry = site.find("#ref-wu2016");
        List<WebElement> backlinks = entry.findElements(org.openqa.selenium.By.cssSelector("a[role=doc-backlink]"));
        assertEquals(2, backlinks.size(), "Wu is cited twice");
        backlinks.get(1).click();
        assertTrue(site.driver().getCurrentUrl().endsWith("#cite-2"));
    }

    @Test
    void keyboardReachesCitationLinks_andEnterFollowsThem() {
        site.open(PAPER);
        WebElement link = site.find("#cite-3 a.citation-link");
        site.script("arguments[0].focus();", link);
        site.press(Keys.ENTER);
        assertTrue(site.driver().getCurrentUrl().endsWith("#ref-twenge2018"), site.driver().getCurrentUrl());
    }

    @Test
    void unknownKeyStaysVisible() {
        site.open(PAPER);
        assertEquals("[@haidt2024?]", site.text(".citation-unknown"));
    }

    @Test
    void notesStyle_rendersNumberedFootnotesWithBacklinks() throws Exception {
        String json = "{\"title\": \"In Notes\", \"publishedOn\": \"2024-02-02\", \"citationStyle\": \"chicago-note-bibliography\","
                + " \"body\": \"<p>First [@a, 12]. Second [@a, 14].</p>\", \"sources\": [{\"id\": \"a\", \"type\": \"book\","
                + " \"title\": \"A Book\", \"author\": [{\"family\": \"Able\", \"given\": \"Ann\"}], \"publisher\": \"Press\","
                + " \"issued\": {\"date-parts\": [[2001]]}}]}";
        assertEquals(201, site.admin("PUT", "/.rest/essays/v1/essays/in-notes", json).statusCode());
        site.open("/essays/in-notes");
        assertEquals(List.of("1", "2"), site.texts("sup.footnote-ref a"));
        site.find("#fnref-2").click();
        assertTrue(site.driver().getCurrentUrl().endsWith("#fn-2"));
        assertTrue(site.text("#fn-1").contains("Able"), site.text("#fn-1"));
        site.find("#fn-2 a[role=doc-backlink]").click();
        assertTrue(site.driver().getCurrentUrl().endsWith("#fnref-2"));
        assertEquals("Bibliography", site.text("#works-cited-heading"));
    }
}
