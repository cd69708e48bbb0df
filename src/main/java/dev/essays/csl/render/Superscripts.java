package dev.essays.csl.render;

import java.util.HashMap;
import java.util.Map;

/** Unicode superscript characters, written in HTML as {@code <sup>} around their base character. */
final class Superscripts {
    private static final String CHARS = "\u00aa\u00b2\u00b3\u00b9\u00ba\u02b0\u02b1\u02b2\u02b3\u02b4\u02b5\u02b6\u02b7\u02b8\u02e0\u02e1\u02e2\u02e3\u02e4\u1d2c\u1d2d\u1d2e\u1d30\u1d31\u1d32\u1d33\u1d34\u1d35\u1d36\u1d37\u1d38\u1d39\u1d3a\u1d3c\u1d3d\u1d3e\u1d3f\u1d40\u1d41\u1d42\u1d43\u1d44\u1d45\u1d46\u1d47\u1d48\u1d49\u1d4a\u1d4b\u1d4c\u1d4d\u1d4f\u1d50\u1d51\u1d52\u1d53\u1d54\u1d55\u1d56\u1d57\u1d58\u1d59\u1d5a\u1d5b\u1d5c\u1d5d\u1d5e\u1d5f\u1d60\u1d61\u2070\u2071\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b\u207c\u207d\u207e\u207f\u2120\u2122\u3192\u3193\u3194\u3195\u3196\u3197\u3198\u3199\u319a\u319b\u319c\u319d\u319e\u319f\u02c0\u02c1\u06e5\u06e6";
    private static final String[] BASES = "a|2|3|1|o|h|ɦ|j|r|ɹ|ɻ|ʁ|w|y|ɣ|l|s|x|ʕ|A|Æ|B|D|E|Ǝ|G|H|I|J|K|L|M|N|O|Ȣ|P|R|T|U|W|a|ɐ|ɑ|ᴂ|b|d|e|ə|ɛ|ɜ|g|k|m|ŋ|o|ɔ|ᴖ|ᴗ|p|t|u|ᴝ|ɯ|v|ᴥ|β|γ|δ|φ|χ|0|i|4|5|6|7|8|9|+|−|=|(|)|n|SM|TM|一|二|三|四|上|中|下|甲|乙|丙|丁|天|地|人|ʔ|ʕ|و|ي".split("\\|");
    private static final Map<Character, String> MAP = new HashMap<>();

    static {
        for (int i = 0; i < CHARS.length(); i++) {
            MAP.put(CHARS.charAt(i), BASES[i]);
        }
    }

    private Superscripts() {}

    /** The base text of a superscript character, or null. */
    static String base(char c) {
        return MAP.get(c);
    }
}
