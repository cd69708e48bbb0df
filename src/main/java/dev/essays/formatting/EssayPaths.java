package dev.essays.formatting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Site-relative essay addresses: the index at {@code /essays}, each essay at {@code /essays/<slug>}. */
public final class EssayPaths {

    public static final String INDEX = "/essays";

    private EssayPaths() {
    }

    public static String permalink(String slug) {
        return permalink(INDEX, slug);
    }

    /** The essay's address under another index path. */
    public static String permalink(String index, String slug) {
        return index + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
