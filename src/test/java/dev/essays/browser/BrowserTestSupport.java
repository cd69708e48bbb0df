package dev.essays.browser;

import dev.essays.preview.PreviewHost;
import dev.essays.testing.RealParts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One preview host (in-memory repository with the sample essays) and one headless Debian Chromium per test class:
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserTestSupport site = new BrowserTestSupport();
 * </pre>
 * Cookies are cleared before each test (the browser's cache and storage are not); a failing test leaves a screenshot and the page source in
 * {@code target/browser-tests/}. Without chromium, chromedriver (or axe-core, for {@link #axe()}) the tests are
 * skipped, except under {@code CI=true}, where that is a failure: CI must run them.
 */
public final class BrowserTestSupport implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback {

    /** The preview host's admin password, for moderation calls in tests. */
    public static final String ADMIN_PASSWORD = "browser-test-admin";

    /** Selenium looks for a CDP binding matching Chromium's version at start; these tests use plain WebDriver. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Path OUTPUT = Path.of(System.getProperty("basedir", "."), "target", "browser-tests");

    private boolean javaScript = true;
    private TestAbortedException skipped;
    private Path scratch;
    private PreviewHost host;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Axe axe;

    /** A browser with JavaScript switched off, as some readers and all crawlers have it. */
    public BrowserTestSupport withoutJavaScript() {
        javaScript = false;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        BrowserTools.Found tools;
        try {
            tools = BrowserTools.require();
        } catch (TestAbortedException e) {
            skipped = e; // reported on each test, so the report counts them as skipped, with the reason
            return;
        }
        scratch = Files.createTempDirectory("essays-browser-");
        try {
            host = PreviewHost.start(new PreviewHost.Options(0, null, ADMIN_PASSWORD, true, scratch.resolve("host")));
            Files.createDirectories(OUTPUT);
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(tools.chromedriver().toFile())
                    .usingAnyFreePort()
                    .withLogLevel(ChromiumDriverLogLevel.WARNING)
                    .withLogFile(OUTPUT.resolve(context.getRequiredTestClass().getSimpleName() + "-chromedriver.log").toFile())
                    .build();
            driver = new ChromeDriver(service, options(tools.chromium(), scratch.resolve("profile"), javaScript));
            driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
        } catch (Exception | Error e) {
            afterAll(context);
            throw e;
        }
    }

    static ChromeOptions options(Path chromium, Path profile, boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-quic", "--lang=en-GB", "--window-size=1280,900", "--user-data-dir=" + profile);
        if (!javaScript) {
            // Pages' scripts stop; WebDriver's synchronous executeScript still works, axe-core's asynchronous run does not.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        return options;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (skipped != null) {
            throw skipped;
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of()); // every site's, not only the page's
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        String name = (context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + "-" + context.getDisplayName()).replaceAll("[^A-Za-z0-9_-]+", "_");
        try {
            Files.write(OUTPUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(OUTPUT.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            context.publishReportEntry("failure screenshot", "not saved: " + e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        skipped = null;
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            if (host != null) {
                host.close();
                host = null;
            }
            if (scratch != null) {
                RealParts.deleteTree(scratch);
                scratch = null;
            }
        }
    }

    public PreviewHost host() {
        return host;
    }

    public WebDriver driver() {
        return driver;
    }

    public URI url(String path) {
        return host.baseUri().resolve(path);
    }

    /** Loads a page of the preview host and waits for it to finish loading. */
    public WebDriver open(String path) {
        driver.get(url(path).toString());
        return driver;
    }

    /** The path (and query) of the page the browser shows now. */
    public String currentPath() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The rendered (visible) text of the first element matching {@code css}. */
    public String text(String css) {
        return find(css).getText();
    }

    public List<String> texts(String css) {
        return findAll(css).stream().map(WebElement::getText).toList();
    }

    /** Sends every later request of the browser with these headers (empty: none); e.g. an editor's login. */
    public void extraHeaders(Map<String, String> headers) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
    }

    /** Renders the page for {@code "print"} (or {@code "screen"}); {@code ""} goes back to the browser's own. */
    public void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** The form control named {@code name} (as posted: {@code author}, {@code comment}, ...). */
    public WebElement field(String name) {
        return find("[name='" + name + "']");
    }

    /** Replaces what a form control holds by typing, as a visitor would. */
    public WebElement type(String name, CharSequence text) {
        WebElement field = field(name);
        field.clear();
        field.sendKeys(text);
        return field;
    }

    /** Sends a request to the preview host outside the browser as its admin (e.g. to moderate what a test posted). */
    public HttpResponse<String> admin(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    public List<String> describe(List<WebElement> elements) {
        return elements.stream().map(this::describe).toList();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The element that has keyboard focus ({@code body} when none has). */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses a key as a keyboard user would (to the focused element) and returns the element focused after it. */
    public WebElement press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return focused();
    }

    /**
     * Presses Tab until focus leaves the page (or comes back round), at most {@code max} times, and returns the
     * elements focused, in order.
     */
    public List<WebElement> tabOrder(int max) {
        List<WebElement> order = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            WebElement next = press(Keys.TAB);
            if ("body".equals(next.getTagName()) || (!order.isEmpty() && next.equals(order.get(0)))) {
                break;
            }
            order.add(next);
        }
        return order;
    }

    /** A short, stable description of an element (its source text, not as CSS shows it): {@code a.skip-link "Skip to content"}. */
    public String describe(WebElement element) {
        if (element == null) {
            return "nothing";
        }
        return (String) script("""
                const e = arguments[0];
                const classes = e.classList.length ? '.' + [...e.classList].join('.') : '';
                const id = e.id ? '#' + e.id : '';
                const text = (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
                return e.tagName.toLowerCase() + id + classes + (text ? ' "' + text + '"' : '');
                """, element);
    }

    /** Runs axe-core on the page shown now (its default rules: WCAG 2.x A/AA and best practices). */
    public Axe.Results axe() {
        if (!javaScript) {
            throw new IllegalStateException("axe-core needs JavaScript (its timers do not run in this browser);"
                    + " check the page in a BrowserTestSupport with JavaScript on");
        }
        if (axe == null) {
            axe = Axe.load(BrowserTools.requireAxe());
        }
        return axe.run(driver);
    }

    /** Saves a PNG of the viewport under {@code target/browser-tests/}, for a look by eye. */
    public Path screenshot(String name) {
        try {
            Path file = OUTPUT.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
