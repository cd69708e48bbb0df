package dev.essays.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** axe-core (the npm package under {@code tools/axe}) injected into the page the browser shows, run with its defaults. */
public final class Axe {

    /** The impacts a page must have none of. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> SEVERITY = List.of("critical", "serious", "moderate", "minor");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(result => done({violations: result.violations.map(v => ({
                  id: v.id, impact: v.impact || 'unknown', help: v.help,
                  nodes: v.nodes.map(n => ({
                      target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(', '),
                      html: n.html}))}))}))
              .catch(e => done({error: String(e && e.stack || e)}));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static Axe load(Path script) {
        try {
            return new Axe(Files.readString(script, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading axe-core from " + script, e);
        }
    }

    /** One rule broken on one element: rule id, impact, the element's selector and markup. */
    public record Violation(String rule, String impact, String help, String target, String html) {
        @Override
        public String toString() {
            return impact + " " + rule + " at " + target + " (" + help + "): " + html;
        }
    }

    public record Results(String url, List<Violation> violations) {

        public List<Violation> withImpact(Set<String> impacts) {
            return violations.stream().filter(v -> impacts.contains(v.impact())).toList();
        }

        public List<Violation> blocking() {
            return withImpact(BLOCKING);
        }

        private static int severity(Violation v) {
            int rank = SEVERITY.indexOf(v.impact());
            return rank < 0 ? SEVERITY.size() : rank;
        }

        /** Every violation, one a line, grouped by impact: for failure messages and the test report. */
        public String report() {
            if (violations.isEmpty()) {
                return url + ": no axe-core violations";
            }
            return url + ":\n" + violations.stream()
                    .sorted(Comparator.comparingInt(Results::severity))
                    .map(v -> "  " + v).collect(Collectors.joining("\n"));
        }
    }

    @SuppressWarnings("unchecked")
    Results run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source);
        }
        Map<String, Object> answer = (Map<String, Object>) js.executeAsyncScript(RUN);
        if (answer.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + answer.get("error"));
        }
        List<Violation> violations = ((List<Map<String, Object>>) answer.get("violations")).stream()
                .flatMap(v -> ((List<Map<String, Object>>) v.get("nodes")).stream()
                        .map(n -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                                (String) n.get("target"), (String) n.get("html"))))
                .toList();
        return new Results(driver.getCurrentUrl(), violations);
    }
}
