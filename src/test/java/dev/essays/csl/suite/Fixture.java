package dev.essays.csl.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One CSL test-suite fixture: its sections by name (MODE, RESULT, CSL, INPUT, CITATION-ITEMS, CITATIONS, ...). */
record Fixture(String name, Map<String, String> sections) {
    private static final Pattern OPEN = Pattern.compile("^>>=+ *([A-Z-]+) *=+>>\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^<<=+ *([A-Z-]+) *=+<<\\s*$");

    static Fixture read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".txt".length());
        Map<String, String> sections = new HashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            Matcher open = OPEN.matcher(line);
            Matcher close = CLOSE.matcher(line);
            if (current == null && open.matches()) {
                current = open.group(1);
                body.setLength(0);
            } else if (current != null && close.matches() && close.group(1).equals(current)) {
                String text = body.toString();
                if (text.endsWith("\n")) {
                    text = text.substring(0, text.length() - 1);
                }
                sections.put(current, text);
                current = null;
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        return new Fixture(name, sections);
    }

    String mode() {
        return sections.getOrDefault("MODE", "").strip();
    }

    String section(String key) {
        return sections.get(key);
    }

    /** The part of the name before the first underscore, e.g. "locator". */
    String category() {
        int u = name.indexOf('_');
        return u < 0 ? name : name.substring(0, u);
    }
}
