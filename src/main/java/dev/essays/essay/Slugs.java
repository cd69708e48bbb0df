package dev.essays.essay;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Slugs: the essay's node name and the last URL segment. Lower-case letters, digits and single hyphens.
 * Latin letters lose their accents; Cyrillic and Greek are transliterated; other scripts (CJK, Arabic, ...)
 * keep their letters, as WordPress does, and travel percent-encoded in URLs.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 100;
    /** The essay page's own node name under the index page; the permalink mapping forwards to it. */
    static final String RESERVED = "essay";
    private static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}\\p{Mn}\\p{Mc}]+(-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}\\p{Mn}\\p{Mc}]+)*");
    private static final Pattern COMBINING = Pattern.compile("\\p{Mn}+");
    private static final Map<Character, String> TRANSLITERATION = transliteration();

    private Slugs() {
    }

    /** Why {@code slug} is not acceptable, or null when it is. */
    public static String problem(String slug) {
        if (slug == null || slug.isEmpty()) {
            return "is empty";
        }
        if (slug.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (RESERVED.equals(slug)) {
            return "\"" + RESERVED + "\" is the name of the essay page itself and cannot be an essay's slug";
        }
        if (!VALID.matcher(slug).matches()) {
            return "may hold only lower-case letters, digits and single hyphens between them (e.g. \"my-first-essay\")";
        }
        return null;
    }

    /** A slug made from a title; empty when the title has no letters or digits at all. */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String composed = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            String mapped = cp < 0x10000 ? TRANSLITERATION.get((char) cp) : null;
            if (mapped == null) {
                // Latin letters with accents fold to their base letter; other scripts keep their letters.
                String base = COMBINING.matcher(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD))
                        .replaceAll("");
                String baseMapped = base.length() == 1 ? TRANSLITERATION.get(base.charAt(0)) : null;
                mapped = baseMapped != null ? baseMapped : base;
            }
            for (int j = 0; j < mapped.length(); ) {
                int c = mapped.codePointAt(j);
                j += Character.charCount(c);
                out.append(Character.isLetterOrDigit(c) ? new String(Character.toChars(c)) : "-");
            }
        }
        String slug = out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ... whichever is not taken yet. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base) && !RESERVED.equals(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String head = base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
            String candidate = head + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static Map<Character, String> transliteration() {
        String[] pairs = {
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z", "и", "i",
            "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
            "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "",
            "э", "e", "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g",
            "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i", "κ", "k",
            "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ", "t",
            "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o",
            "ß", "ss", "æ", "ae", "ø", "o", "œ", "oe", "ð", "d", "þ", "th", "ł", "l", "đ", "d", "ı", "i"
        };
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
