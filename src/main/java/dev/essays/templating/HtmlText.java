package dev.essays.templating;

import java.util.regex.Pattern;

/** Small text facts about stored rich text. */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private HtmlText() {
    }

    static int wordCount(String html) {
        if (html == null || html.isEmpty()) {
            return 0;
        }
        var m = WORD.matcher(TAG.matcher(html).replaceAll(" "));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
