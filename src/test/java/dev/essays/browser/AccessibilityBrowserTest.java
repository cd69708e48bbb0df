package dev.essays.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core on every kind of page there is, injected into the page as Chromium rendered it: no serious or critical
 * violation. Each page's full findings (minor and moderate too) go to {@code target/browser-tests/axe-*.txt}.
 */
class AccessibilityBrowserTest {

    @RegisterExtension
    static final BrowserTestSupport site = new BrowserTestSupport();

    static final Dimension DESKTOP = new Dimension(1280, 900);

    @AfterEach
    void desktopSize() {
        site.driver().manage().window().setSize(DESKTOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/essays", "/essays?category=Method", "/essays/the-press-and-the-commons",
            "/essays/reading-russia-through-its-readers", "/essays/no-such-essay"})
    void page_hasNoSeriousOrCriticalAxeViolations(String path) throws IOException {
        site.open(path);
        Axe.Results results = site.axe();
        record(path, results);
        assertEquals(List.of(), results.blocking(), results.report());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/essays", "/essays/the-press-and-the-commons", "/essays/no-such-essay"})
    void page_atPhoneWidth_hasNoSeriousOrCriticalAxeViolations_andNoSidewaysScrolling(String path) throws IOException {
        // WCAG 1.4.10 Reflow: 320 CSS pixels wide without scrolling in two directions.
        site.driver().manage().window().setSize(new Dimension(320, 900));
        site.open(path);
        Number innerWidth = (Number) site.script("return window.innerWidth;");
        assertTrue(innerWidth.intValue() <= 320, "viewport narrowed to 320 px, is " + innerWidth);
        Number scrollWidth = (Number) site.script("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= innerWidth.intValue(),
                path + ": page is " + scrollWidth + " px wide in a " + innerWidth + " px viewport");
        Axe.Results results = site.axe();
        record(path + " (320 px)", results);
        assertEquals(List.of(), results.blocking(), results.report());
    }

    @Test
    void editorsView_withTheCitationReport_hasNoSeriousOrCriticalAxeViolations() throws IOException {
        // As the admin, the way an editor sees the page on the author instance: the report of what to fix.
        String credentials = java.util.Base64.getEncoder().encodeToString(
                ("admin:" + BrowserTestSupport.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.extraHeaders(java.util.Map.of("Authorization", "Basic " + credentials));
        try {
            site.open("/essays/attention-as-a-commons");
            assertTrue(site.text(".editor-report").contains("haidt2024"), "the report names the unknown key");
            Axe.Results results = site.axe();
            record("/essays/attention-as-a-commons (editor)", results);
            assertEquals(List.of(), results.blocking(), results.report());
        } finally {
            site.extraHeaders(java.util.Map.of());
        }
    }

    @Test
    void axe_findsAViolationPutIntoThePage_soAGreenRunMeansSomething() {
        site.open("/essays");
        site.script("""
                const img = document.createElement('img');
                img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                document.querySelector('main').append(img);
                """);
        List<Axe.Violation> blocking = site.axe().blocking();
        assertEquals(List.of("critical image-alt at img"),
                blocking.stream().map(v -> v.impact() + " " + v.rule() + " at " + v.target()).toList());
    }

    private static void record(String page, Axe.Results results) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "browser-tests");
        Files.createDirectories(dir);
        String name = "axe-" + page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".txt";
        Files.writeString(dir.resolve(name), results.report() + "\n", StandardCharsets.UTF_8);
    }
}
