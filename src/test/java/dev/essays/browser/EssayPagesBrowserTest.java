package dev.essays.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees and follows on the essay index, an essay page and the 404 page, in a real Chromium. */
class EssayPagesBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport();

    static final String PRESS = "/essays/the-press-and-the-commons";

    @Test
    void index_listsTheSampleEssaysNewestFirst() {
        site.open("/essays");
        assertEquals("Essays – Essays", site.driver().getTitle());
        assertEquals("Essays", site.text("main h1"));
        assertEquals(List.of("Reading Russia Through Its Readers", "Attention as a Commons", "The Press and the Commons",
                "Citing the Web Without Losing It"), site.texts(".essay-teaser-title"));
    }

    @Test
    void indexTeaser_showsBylineWithMachineReadableDate() {
        site.open("/essays");
        WebElement teaser = site.findAll(".essay-teaser").get(2);
        assertEquals("By Maya Lindqvist · 14 February 2025", teaser.findElement(
                By.cssSelector(".essay-byline")).getText());
        WebElement time = teaser.findElement(By.cssSelector("time.dt-published"));
        assertEquals("2025-02-14T09:00Z", time.getDomAttribute("datetime"));
    }

    @Test
    void teaserTitle_opensTheEssay() {
        site.open("/essays");
        site.find(".essay-teaser-title a[href$='/the-press-and-the-commons']").click();
        assertEquals(PRESS, site.currentPath());
        assertEquals("The Press and the Commons – Essays", site.driver().getTitle());
        assertEquals("The Press and the Commons", site.text("article.essay h1.essay-title"));
    }

    @Test
    void essayPage_showsTitleSubtitleBylineAndTime() {
        site.open(PRESS);
        assertEquals("The Press and the Commons", site.text("h1"));
        assertEquals("What the history of printing tells us about shared knowledge", site.text(".essay-header .essay-subtitle"));
        assertEquals("By Maya Lindqvist · 14 February 2025", site.text(".essay-header .essay-byline"));
        WebElement time = site.find(".essay-header time.dt-published");
        assertEquals("14 February 2025", time.getText());
        assertEquals("2025-02-14T09:00Z", time.getDomAttribute("datetime"));
        assertTrue(site.text(".essay-body").startsWith("It is tempting to tell the story of printing"), site.text(".essay-body"));
    }

    @Test
    void essayPage_withTwoAuthors_namesBoth() {
        site.open("/essays/reading-russia-through-its-readers");
        String byline = site.text(".essay-header .essay-byline");
        assertTrue(byline.contains("Daniel Sørensen") && byline.contains("Irina Volkova"), byline);
    }

    @Test
    void categoryLink_showsTheIndexOfThatCategory() {
        site.open(PRESS);
        site.find(".essay-categories a[rel=tag]").click();
        assertEquals("/essays?category=History+of+the+Book", site.currentPath());
        assertEquals(List.of("The Press and the Commons"), site.texts(".essay-teaser-title"));
        site.find(".index-filter a").click();
        assertEquals(4, site.findAll(".essay-teaser").size());
    }

    @Test
    void siteTitleAndFooter_leadBackToTheIndex() {
        site.open(PRESS);
        site.find(".site-title a").click();
        assertEquals("/essays", site.currentPath());
        site.open(PRESS);
        site.find(".site-footer a").click();
        assertEquals("/essays", site.currentPath());
    }

    @Test
    void permalink_pointsToTheEssayItself() {
        site.open(PRESS);
        site.find("a.u-url[rel=bookmark]").click();
        assertEquals(PRESS, site.currentPath());
    }

    @Test
    void essayPage_printsTheEssayWithoutTheSiteAroundIt() {
        site.open(PRESS);
        try {
            site.emulateMedia("print");
            for (String css : List.of(".skip-link", ".site-header", ".site-footer", ".essay-permalink")) {
                assertEquals("none", site.script("return getComputedStyle(document.querySelector(arguments[0])).display;", css), css);
            }
            assertTrue(site.find("h1").isDisplayed());
            assertEquals("By Maya Lindqvist · 14 February 2025", site.text(".essay-header .essay-byline"));
            assertTrue(site.find(".essay-categories").isDisplayed());
        } finally {
            site.emulateMedia("");
        }
        assertTrue(site.find(".site-header").isDisplayed(), "back on screen");
    }

    @Test
    void unknownEssay_showsTheNotFoundPageInSiteStyle() {
        for (String path : List.of("/essays/no-such-essay", "/nothing/here")) {
            site.open(path);
            assertEquals("Page not found", site.text("main h1"), path);
            assertEquals("absolute", site.script(
                    "return getComputedStyle(document.querySelector('.skip-link')).position;"), path + ": stylesheet applied");
            site.find("main a").click();
            assertEquals("/essays", site.currentPath(), path);
        }
    }
}
