package dev.essays.formatting;

import dev.essays.essay.Essay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The essay itself as a CSL-JSON item, for "Cite this essay" and its BibTeX and RIS downloads: a blog post by its
 * authors, in the site, on its publication date, at its permalink.
 */
public final class EssayAsSource {

    private EssayAsSource() {
    }

    public static Map<String, Object> item(Essay essay, String url, String siteName) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", essay.slug());
        item.put("type", "post-weblog");
        if (essay.title() != null) {
            item.put("title", essay.title());
        }
        List<Object> authors = new ArrayList<>();
        essay.authors().forEach(a -> authors.add(name(a)));
        if (!authors.isEmpty()) {
            item.put("author", authors);
        }
        item.put("container-title", siteName);
        if (essay.publishedOn() != null) {
            var d = essay.publishedOn();
            item.put("issued", Map.of("date-parts", List.of(List.of((long) d.getYear(), (long) d.getMonthValue(), (long) d.getDayOfMonth()))));
        }
        if (url != null && !url.isEmpty()) {
            item.put("URL", url);
        }
        return item;
    }

    /** "Given Family" as editors type it; one word, or a name with a comma already, stays whole. */
    static Map<String, Object> name(String display) {
        String name = display.strip();
        int comma = name.indexOf(',');
        if (comma > 0) {
            return Map.of("family", name.substring(0, comma).strip(), "given", name.substring(comma + 1).strip());
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return Map.of("literal", name);
        }
        return Map.of("family", name.substring(space + 1), "given", name.substring(0, space));
    }
}
