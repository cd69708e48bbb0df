package dev.essays.templating;

import dev.essays.formatting.EssayPaths;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The site's essay URLs: the index at {@code <base>}, essays at {@code <base>/<slug>} (the module's virtual URI
 * mapping forwards those to the essay page), filters as query parameters.
 */
public record EssayUrls(String base) {

    public static final EssayUrls DEFAULT = new EssayUrls(EssayPaths.INDEX);

    public String index() {
        return base;
    }

    public String essay(String slug) {
        return EssayPaths.permalink(base, slug);
    }

    public String category(String category) {
        return base + "?category=" + encode(category);
    }

    public String tag(String tag) {
        return base + "?tag=" + encode(tag);
    }

    public String page(String query, int page) {
        String prefix = query == null || query.isEmpty() ? base + "?" : base + "?" + query + "&";
        return page <= 1 && (query == null || query.isEmpty()) ? base : prefix + "page=" + page;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
