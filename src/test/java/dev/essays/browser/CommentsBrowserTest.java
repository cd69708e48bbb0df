package dev.essays.browser;

import dev.essays.jcr.Workspaces;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor's comment in a real browser with JavaScript: posted, held for moderation, approved through the
 * moderation endpoint, shown on the open page without a reload; a reply under it; the form by keyboard; axe-core
 * on the page with the form showing errors.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommentsBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport();

    static final String ESSAY = "the-press-and-the-commons";

    /** The id of the newest comment by this author, read from the repository as a moderator's list would show it. */
    static String commentBy(String author) throws Exception {
        return site.host().repository().withSession(Workspaces.COMMENTS, session -> {
            String found = null;
            if (!session.getRootNode().hasNode(ESSAY)) {
                return null;
            }
            for (NodeIterator it = session.getRootNode().getNode(ESSAY).getNodes(); it.hasNext(); ) {
                Node comment = it.nextNode();
                if (comment.hasProperty("author") && author.equals(comment.getProperty("author").getString())) {
                    found = comment.getName();
                }
            }
            return found;
        });
    }

    static void fillAndSend(String author, String email, String text) throws InterruptedException {
        site.waitUntil(d -> !d.findElement(By.id("comment_token")).getDomProperty("value").isEmpty());
        Thread.sleep(3_200); // a signed token is refused when used sooner than 3 s: people take longer than that
        site.type("comment", text);
        site.type("author", author);
        site.type("email", email);
        site.find("#commentform button[type=submit]").click();
    }

    @Test
    @Order(1)
    void postedComment_isHeldThenApprovedAndAppearsWithoutAReload() throws Exception {
        site.open("/essays/" + ESSAY);
        assertEquals("No Responses to The Press and the Commons", site.text("#comments-title"));
        fillAndSend("Ada Reader", "ada@example.org", "Eisenstein's point about fixity still holds for the web.");
        site.waitUntil(d -> d.findElement(By.cssSelector(".comment-form-status")).getText().contains("moderation"));
        assertEquals("", site.field("comment").getDomProperty("value"), "the form is ready for the next comment");
        String id = commentBy("Ada Reader");
        assertEquals(200, site.admin("POST", "/.rest/essays/v1/comments/" + id + "/approve", null).statusCode());
        WebElement comment = new org.openqa.selenium.support.ui.WebDriverWait(site.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("comment-" + id)).stream().findFirst().orElse(null));
        assertTrue(comment.getText().contains("fixity still holds"), comment.getText());
    }

    @Test
    @Order(2)
    void replyOpensUnderItsComment_andIsThreadedThere() throws Exception {
        site.open("/essays/" + ESSAY);
        String parent = commentBy("Ada Reader");
        site.find("#comment-" + parent + " .comment-reply-link").click();
        assertEquals(parent, site.field("comment_parent").getDomProperty("value"));
        assertTrue(site.find("#comment-" + parent).findElements(By.id("commentform")).size() == 1, "the form moved under the comment");
        assertEquals(site.field("comment"), site.focused(), "the comment field has the focus");
        fillAndSend("Ben Replier", "ben@example.org", "And for archives, as the Library of Congress shows.");
        site.waitUntil(d -> d.findElement(By.cssSelector(".comment-form-status")).getText().contains("moderation"));
        String reply = commentBy("Ben Replier");
        site.admin("POST", "/.rest/essays/v1/comments/" + reply + "/approve", null);
        site.open("/essays/" + ESSAY);
        assertEquals(1, site.findAll("#comment-" + parent + " > ol.children > #comment-" + reply).size(), "the reply is threaded");
        assertEquals("2 Responses to The Press and the Commons", site.text("#comments-title"));
    }

    @Test
    @Order(3)
    void theFormWorksByKeyboardAlone_andTheHoneypotIsNeverReached() {
        site.open("/essays/" + ESSAY);
        site.field("comment").click();
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            WebElement focused = site.focused();
            order.add(focused.getDomAttribute("id"));
            site.press(Keys.TAB);
        }
        assertEquals(List.of("comment", "author", "email", "url", "remember", "notify_replies", "submit"), order);
        site.field("comment").sendKeys("Typed without a mouse.");
        assertFalse(order.contains("essays_hp"));
    }

    @Test
    @Order(4)
    void formShowingErrors_keepsTheText_andHasNoSeriousAxeViolations() throws Exception {
        site.open("/essays/" + ESSAY);
        site.waitUntil(d -> !d.findElement(By.id("comment_token")).getDomProperty("value").isEmpty());
        Thread.sleep(3_200);
        site.type("comment", "Missing name and a broken address.");
        site.type("email", "not-an-address");
        site.script("document.getElementById('commentform').noValidate = true;"); // reach the server's own checks
        site.find("#commentform button[type=submit]").click();
        site.waitUntil(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertEquals("true", site.field("email").getDomAttribute("aria-invalid"));
        assertEquals("Missing name and a broken address.", site.field("comment").getDomProperty("value"));
        Axe.Results results = site.axe();
        assertEquals(List.of(), results.blocking(), results.report());
    }

    @Test
    @Order(5)
    void ownCommentCanBeEditedInThisBrowser_withinItsWindow() throws Exception {
        site.open("/essays/" + ESSAY);
        fillAndSend("Cleo Editor", "cleo@example.org", "A first draft with a tpyo.");
        site.waitUntil(d -> d.findElement(By.cssSelector(".comment-form-status")).getText().contains("moderation"));
        String id = commentBy("Cleo Editor");
        site.admin("POST", "/.rest/essays/v1/comments/" + id + "/approve", null);
        new org.openqa.selenium.support.ui.WebDriverWait(site.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> links = d.findElements(By.cssSelector("#comment-" + id + " .comment-edit-link"));
                    if (links.isEmpty()) {
                        return null;
                    }
                    links.get(0).click();
                    return true;
                });
        WebElement text = site.find("#edit-" + id);
        text.clear();
        text.sendKeys("A first draft without the typo.");
        site.find("#comment-" + id + " .comment-edit-form button[type=submit]").click();
        // The list is replaced when it refreshes: ask the page itself rather than hold an element.
        site.waitUntil(d -> Boolean.TRUE.equals(site.script(
                "var e = document.getElementById(arguments[0]); return !!e && e.textContent.indexOf('without the typo') >= 0;",
                "comment-" + id)) ? Boolean.TRUE : null);
        site.open("/essays/" + ESSAY);
        assertTrue(site.text("#comment-" + id).contains("A first draft without the typo."));
    }

    @Test
    @Order(6)
    void personalDataRequest_answersTheSameForAnyAddress() {
        site.open("/essays/" + ESSAY);
        site.find(".comment-personal-data summary").click();
        site.find("#personal-data-email").sendKeys("cleo@example.org");
        site.find("#personal-data-form button[type=submit]").click();
        site.waitUntil(d -> d.findElement(By.cssSelector("#personal-data-form .comment-form-status")).getText().contains("If comments were written"));
    }
}
