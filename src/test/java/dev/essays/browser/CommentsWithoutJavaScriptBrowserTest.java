package dev.essays.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comment form with JavaScript off: a plain form post, the moderation notice, replies by link, refusals. */
class CommentsWithoutJavaScriptBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport().withoutJavaScript();


    @Test
    void plainFormPost_landsOnTheEssayWithTheVisitorsOwnNoticeOnly() throws Exception {
        site.open("/essays/the-press-and-the-commons");
        site.type("comment", "Posted from a browser without scripts.");
        site.type("author", "Noa Script");
        site.type("email", "noa@example.org");
        site.find("#commentform button[type=submit]").click();
        assertTrue(site.currentPath().startsWith("/essays/the-press-and-the-commons?unapproved="), site.currentPath());
        assertTrue(site.text(".comment-pending").contains("Your comment is awaiting moderation."), site.text("#comments"));
        assertTrue(site.text(".comment-pending").contains("Posted from a browser without scripts."));
        site.open("/essays/the-press-and-the-commons");
        assertTrue(site.findAll(".comment-pending").isEmpty(), "other readers (and this one without the link) see no held comment");
    }

    @Test
    void replyLink_worksAsAPlainLink() throws Exception {
        site.open("/essays/the-press-and-the-commons?replytocom=abc123#respond");
        assertEquals("abc123", site.field("comment_parent").getDomProperty("value"));
    }

    @Test
    void refusedPost_namesTheFields_andKeepsTheText() {
        site.open("/essays/the-press-and-the-commons");
        site.script("document.getElementById('commentform').noValidate = true;");
        site.type("comment", "Text worth keeping.");
        site.find("#commentform button[type=submit]").click();
        site.waitUntil(d -> d.getPageSource().contains("could not be posted"));
        String page = site.driver().getPageSource();
        assertTrue(page.contains("author") && page.contains("email"), "the refusal names the missing fields");
        assertTrue(page.contains("Text worth keeping."), "the visitor's text is kept");
    }
}
