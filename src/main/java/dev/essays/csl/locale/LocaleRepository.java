package dev.essays.csl.locale;

import dev.essays.csl.CslException;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.style.XmlTreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads locale files from the org.citationstyles locales jar (classpath root), parsed once and cached. */
public final class LocaleRepository {
    private static final Map<String, String> PRIMARY_DIALECTS = Map.ofEntries(
            Map.entry("de", "de-DE"), Map.entry("en", "en-US"), Map.entry("es", "es-ES"), Map.entry("fr", "fr-FR"),
            Map.entry("pt", "pt-PT"), Map.entry("zh", "zh-CN"), Map.entry("ar", "ar"), Map.entry("ca", "ca-AD"),
            Map.entry("da", "da-DK"), Map.entry("el", "el-GR"), Map.entry("et", "et-EE"), Map.entry("fa", "fa-IR"),
            Map.entry("he", "he-IL"), Map.entry("ja", "ja-JP"), Map.entry("ko", "ko-KR"), Map.entry("nb", "nb-NO"),
            Map.entry("nn", "nn-NO"), Map.entry("sv", "sv-SE"), Map.entry("uk", "uk-UA"), Map.entry("vi", "vi-VN"),
            Map.entry("sr", "sr-RS"), Map.entry("sl", "sl-SI"), Map.entry("cs", "cs-CZ"), Map.entry("af", "af-ZA"),
            Map.entry("la", "la"), Map.entry("eu", "eu"), Map.entry("mn", "mn-MN"), Map.entry("km", "km-KH"),
            Map.entry("th", "th-TH"), Map.entry("hi", "hi-IN"), Map.entry("id", "id-ID"), Map.entry("it", "it-IT"),
            Map.entry("nl", "nl-NL"), Map.entry("pl", "pl-PL"), Map.entry("ru", "ru-RU"), Map.entry("tr", "tr-TR"),
            Map.entry("fi", "fi-FI"), Map.entry("hu", "hu-HU"), Map.entry("is", "is-IS"), Map.entry("lt", "lt-LT"),
            Map.entry("lv", "lv-LV"), Map.entry("ro", "ro-RO"), Map.entry("sk", "sk-SK"), Map.entry("bg", "bg-BG"),
            Map.entry("hr", "hr-HR"), Map.entry("gl", "gl-ES"), Map.entry("cy", "cy-GB"), Map.entry("ms", "ms-MY"));

    private final Map<String, LocaleData> files = new ConcurrentHashMap<>();
    private final Map<String, Boolean> missing = new ConcurrentHashMap<>();

    /** The locale file for an exact tag, or null when there is none. */
    public LocaleData file(String tag) {
        if (tag == null || missing.containsKey(tag)) {
            return null;
        }
        LocaleData cached = files.get(tag);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = LocaleRepository.class.getClassLoader()
                .getResourceAsStream("locales-" + tag + ".xml")) {
            if (in == null) {
                missing.put(tag, Boolean.TRUE);
                return null;
            }
            CslNode root = XmlTreeParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "locale " + tag);
            LocaleData data = new LocaleData(root);
            files.put(tag, data);
            return data;
        } catch (IOException | CslException e) {
            missing.put(tag, Boolean.TRUE);
            return null;
        }
    }

    /** Normalizes "de" to its primary dialect "de-DE"; keeps full tags. */
    public static String dialect(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en-US";
        }
        String t = tag.replace('_', '-');
        if (t.indexOf('-') < 0) {
            return PRIMARY_DIALECTS.getOrDefault(t.toLowerCase(), t.toLowerCase() + "-" + t.toUpperCase());
        }
        return t;
    }

    public static String language(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** Builds the effective locale: style overrides (exact, language, unset), then files (exact, primary, en-US). */
    public CslLocale resolve(String requested, List<LocaleData> styleLocales) {
        String tag = dialect(requested);
        String lang = language(tag);
        List<LocaleData> layers = new ArrayList<>();
        for (LocaleData s : styleLocales) {
            if (tag.equals(s.lang())) {
                layers.add(s);
            }
        }
        for (LocaleData s : styleLocales) {
            if (lang.equals(s.lang())) {
                layers.add(s);
            }
        }
        for (LocaleData s : styleLocales) {
            if (s.lang() == null) {
                layers.add(s);
            }
        }
        addIfPresent(layers, file(tag));
        addIfPresent(layers, file(PRIMARY_DIALECTS.get(lang)));
        addIfPresent(layers, file("en-US"));
        return new CslLocale(tag, layers);
    }

    private static void addIfPresent(List<LocaleData> layers, LocaleData d) {
        if (d != null && !layers.contains(d)) {
            layers.add(d);
        }
    }
}
