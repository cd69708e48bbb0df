package dev.essays.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A machine without the browser skips the browser tests; CI without it fails them, saying what to install. */
class BrowserToolsTest {

    @TempDir
    Path empty;

    @Test
    void missingBrowser_outsideCi_skipsWithTheReason() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> BrowserTools.require(empty.resolve("chromium"), empty.resolve("chromedriver"), false));
        assertTrue(skipped.getMessage().contains("apt-get install chromium")
                && skipped.getMessage().contains("apt-get install chromium-driver"), skipped.getMessage());
    }

    @Test
    void missingBrowser_inCi_fails() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> BrowserTools.require(empty.resolve("chromium"), Path.of("/usr/bin/chromedriver"), true));
        assertTrue(failed.getMessage().startsWith("CI=true: browser tests need " + empty.resolve("chromium")),
                failed.getMessage());
    }

    @Test
    void missingAxe_outsideCi_skips_inCi_fails() {
        Path axe = empty.resolve("axe.min.js");
        assertThrows(TestAbortedException.class, () -> BrowserTools.requireAxe(axe, false));
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> BrowserTools.requireAxe(axe, true));
        assertTrue(failed.getMessage().contains("npm ci --prefix tools/axe"), failed.getMessage());
    }
}
