package dev.essays.citations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation keys in the usual author-year form: {@code ostrow2013}, then {@code ostrow2013a}, {@code ostrow2013b}.
 *
 * <p>The name part is the family name (or literal name) of the first author, else of the first editor, lower-cased
 * and folded to ASCII letters and digits ({@code Müller} → {@code muller}, {@code Ødegård} → {@code odegard});
 * without one, the first significant word of the title ({@code The Sound of Waves} → {@code sound}); without
 * either, {@code anon}. The year is the first year of {@code issued}, or {@code nd}.
 */
public final class CitationKeys {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
            "and", "or", "with", "from", "by", "le", "la", "les", "l", "un", "une", "des", "du", "de", "der", "die",
            "das", "ein", "eine", "el", "los", "las", "il", "lo", "gli", "i", "o", "os", "as", "het", "een");

    private CitationKeys() {
    }

    /** The key without a disambiguating letter: {@code ostrow2013}. */
    public static String base(Map<String, Object> item) {
        String name = nameWord(item, "author");
        if (name.isEmpty()) {
            name = nameWord(item, "editor");
        }
        if (name.isEmpty()) {
            name = titleWord(item.get("title"));
        }
        if (name.isEmpty()) {
            name = "anon";
        }
        return name + year(item.get("issued"));
    }

    /**
     * A key for {@code item} not in {@code taken} (compared case-insensitively, as keys differing only in case
     * confuse readers and file systems): the base key, else base + {@code a}..{@code z}, {@code aa}, ...
     */
    public static String generate(Map<String, Object> item, Set<String> taken) {
        Set<String> lower = new HashSet<>();
        for (String t : taken) {
            lower.add(t.toLowerCase(Locale.ROOT));
        }
        String base = base(item);
        if (!lower.contains(base)) {
            return base;
        }
        for (int i = 0; ; i++) {
            String candidate = base + letters(i);
            if (!lower.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Copies of {@code items} in the same order, each with an {@code id}: items that have a non-blank id keep it
     * (those ids are taken first), the others get a generated key unique among all of them.
     */
    public static List<Map<String, Object>> assignMissing(List<Map<String, Object>> items) {
        Set<String> taken = new HashSet<>();
        for (Map<String, Object> item : items) {
            if (item.get("id") instanceof String id && !id.isBlank()) {
                taken.add(id);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new LinkedHashMap<>();
            if (item.get("id") instanceof String id && !id.isBlank()) {
                copy.putAll(item);
            } else {
                String key = generate(item, taken);
                taken.add(key);
                copy.put("id", key);
                item.forEach((k, v) -> {
                    if (!k.equals("id")) {
                        copy.put(k, v);
                    }
                });
            }
            out.add(copy);
        }
        return out;
    }

    /** Lower-case ASCII letters and digits only, accents removed and common ligatures spelled out. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ø' -> b.append('o');
                case 'ł' -> b.append('l');
                case 'đ', 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                case 'ı' -> b.append('i');
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                        b.append(c);
                    } else if (!Character.isLetterOrDigit(c)) {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    private static String nameWord(Map<String, Object> item, String role) {
        if (!(item.get(role) instanceof List<?> names) || names.isEmpty()) {
            return "";
        }
        if (!(names.get(0) instanceof Map<?, ?> name)) {
            return "";
        }
        if (name.get("family") instanceof String family && !family.isBlank()) {
            return fold(family).replace(" ", "");
        }
        if (name.get("literal") instanceof String literal && !literal.isBlank()) {
            return firstSignificant(fold(literal));
        }
        return "";
    }

    private static String titleWord(Object title) {
        return title instanceof String s ? firstSignificant(fold(s)) : "";
    }

    private static String firstSignificant(String folded) {
        String first = "";
        for (String w : folded.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (first.isEmpty()) {
                first = w;
            }
            if (!STOP_WORDS.contains(w)) {
                return w;
            }
        }
        return first;
    }

    private static String year(Object issued) {
        if (issued instanceof Map<?, ?> date) {
            if (date.get("date-parts") instanceof List<?> parts && !parts.isEmpty()
                    && parts.get(0) instanceof List<?> first && !first.isEmpty()) {
                String y = String.valueOf(first.get(0)).trim();
                if (y.matches("-?[0-9]{1,4}")) {
                    return y.replace("-", "bce");
                }
            }
            for (String k : List.of("raw", "literal")) {
                if (date.get(k) instanceof String s) {
                    String y = yearIn(s);
                    if (y != null) {
                        return y;
                    }
                }
            }
        } else if (issued instanceof String s) {
            String y = yearIn(s);
            if (y != null) {
                return y;
            }
        }
        return "nd";
    }

    private static String yearIn(String s) {
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{4})(?![0-9])").matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** 0 → a, 25 → z, 26 → aa, ... */
    static String letters(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        do {
            b.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return b.toString();
    }
}
