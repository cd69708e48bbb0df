/**
 * Browser tests: what a visitor does, in Debian's {@code chromium} driven through {@code /usr/bin/chromedriver}
 * by Selenium, against the embedded preview host with the sample essays.
 *
 * <ul>
 *   <li>{@link dev.essays.browser.BrowserTestSupport}: the JUnit 5 extension each test class registers; one preview
 *       host and one headless Chromium per class; helpers to open pages, read text, press keys, run axe-core, and
 *       call the REST API as the host's admin.</li>
 *   <li>{@link dev.essays.browser.Axe}: axe-core from {@code tools/axe/node_modules/axe-core/axe.min.js}
 *       ({@code npm ci --prefix tools/axe}), injected into the page; a page passes with no serious or critical
 *       violation.</li>
 *   <li>Run them alone: {@code mvn -q -o test -Dtest='dev.essays.browser.**'}. Without chromium, chromedriver or
 *       axe-core they are skipped with the reason; with {@code CI=true} that is a failure ({@code .ci/run}
 *       installs all three). A failing test leaves a screenshot and the page source in
 *       {@code target/browser-tests/}, next to chromedriver's log and each page's axe-core findings.</li>
 * </ul>
 */
package dev.essays.browser;
