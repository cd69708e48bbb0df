package dev.essays.browser;

import dev.essays.testing.RealParts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the browser tests find Debian's chromium and chromedriver and the axe-core script, and what happens when one
 * is missing: outside CI the tests are skipped with the reason; with {@code CI=true} they fail, since a CI run that
 * silently skipped its browser tests would be green for nothing. Paths can be moved with system properties.
 */
final class BrowserTools {

    static final String CHROMIUM_PROPERTY = "essays.browser.chromium";
    static final String CHROMEDRIVER_PROPERTY = "webdriver.chrome.driver";
    static final String AXE_PROPERTY = "essays.browser.axe";

    record Found(Path chromium, Path chromedriver) {
    }

    private BrowserTools() {
    }

    static Found require() {
        return require(Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium")),
                Path.of(System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver")), inCi());
    }

    static Found require(Path chromium, Path chromedriver, boolean ci) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add(chromium + " (apt-get install chromium; or -D" + CHROMIUM_PROPERTY + "=...)");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add(chromedriver + " (apt-get install chromium-driver; or -D" + CHROMEDRIVER_PROPERTY + "=...)");
        }
        if (!missing.isEmpty()) {
            unavailable("browser tests need " + String.join(" and ", missing), ci);
        }
        return new Found(chromium, chromedriver);
    }

    static Path requireAxe() {
        return requireAxe(Path.of(System.getProperty(AXE_PROPERTY, Path.of(System.getProperty("basedir", "."),
                "tools", "axe", "node_modules", "axe-core", "axe.min.js").toString())), inCi());
    }

    static Path requireAxe(Path axe, boolean ci) {
        if (!Files.isReadable(axe)) {
            unavailable("accessibility tests need axe-core at " + axe.toAbsolutePath().normalize()
                    + " (npm ci --prefix tools/axe; or -D" + AXE_PROPERTY + "=...)", ci);
        }
        return axe;
    }

    static boolean inCi() {
        return RealParts.inCi();
    }

    private static void unavailable(String reason, boolean ci) {
        throw RealParts.unavailable(reason, ci);
    }
}
