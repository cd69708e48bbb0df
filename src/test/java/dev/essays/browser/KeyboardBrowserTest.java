package dev.essays.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages used with the keyboard alone: skip link, focus order, visible focus. */
class KeyboardBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport();

    /** What can take focus by Tab, unless rendered hidden (off-screen, like the unfocused skip link, still counts). */
    static final String FOCUSABLE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, summary,"
            + " iframe, [contenteditable], [tabindex]:not([tabindex='-1'])";

    @ParameterizedTest
    @ValueSource(strings = {"/essays", "/essays/the-press-and-the-commons", "/essays/no-such-essay"})
    void skipLink_isTheFirstFocusableElement_andOnScreenWhenFocused(String path) {
        site.open(path);
        WebElement first = site.press(Keys.TAB);
        assertEquals("a.skip-link \"Skip to content\"", site.describe(first), path);
        assertEquals("#main", first.getDomAttribute("href"), path);
        assertTrue(onScreen(first), path + ": the focused skip link is on screen, was at " + box(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/essays", "/essays/the-press-and-the-commons", "/essays/no-such-essay"})
    void skipLink_movesFocusToMain_soTheNextTabIsInsideIt(String path) {
        site.open(path);
        site.press(Keys.TAB);
        site.press(Keys.ENTER);
        assertTrue(site.driver().getCurrentUrl().endsWith("#main"), site.driver().getCurrentUrl());
        WebElement next = site.press(Keys.TAB);
        assertEquals(Boolean.TRUE, site.script("return document.getElementById('main').contains(arguments[0]);", next),
                path + ": after the skip link, Tab goes into main, not to " + site.describe(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/essays", "/essays/the-press-and-the-commons", "/essays/no-such-essay"})
    void tab_reachesEveryFocusableElementInDocumentOrder_eachVisiblyFocused(String path) {
        site.open(path);
        @SuppressWarnings("unchecked")
        List<WebElement> expected = (List<WebElement>) site.script("""
                return [...document.querySelectorAll(arguments[0])].filter(e => !e.disabled && e.getAttribute('tabindex') !== '-1'
                    && !(e.closest('details:not([open])') && e.tagName !== 'SUMMARY')
                    && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
                """, FOCUSABLE);
        List<WebElement> reached = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i <= expected.size(); i++) {
            WebElement focused = site.press(Keys.TAB);
            if ("body".equals(focused.getTagName())) {
                break;
            }
            reached.add(focused);
            if (!onScreen(focused) || !hasFocusIndicator(focused)) {
                unmarked.add(site.describe(focused) + " " + box(focused));
            }
        }
        assertEquals(site.describe(expected), site.describe(reached), path);
        assertEquals(List.of(), unmarked, path + ": focused but off screen or without a focus indicator");
    }

    private static boolean hasFocusIndicator(WebElement element) {
        return (Boolean) site.script("""
                const s = getComputedStyle(arguments[0]);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                """, element);
    }

    private static boolean onScreen(WebElement element) {
        return (Boolean) site.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0
                    && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
                """, element);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> box(WebElement element) {
        return (Map<String, Object>) site.script("""
                const r = arguments[0].getBoundingClientRect();
                return {left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height)};
                """, element);
    }
}
