package dev.essays.csl.process;

/**
 * Characters of scripts that are set in italics: Latin, Greek, Cyrillic, Hebrew, Arabic, Thai, and ASCII digits and
 * hyphen. Text without any of them (Chinese, Japanese, Korean, Devanagari, ...) stays upright where a style asks for
 * italics, as citeproc-js renders it (ranges found by rendering every BMP character through it).
 */
final class Romanesque {
    private static final int[][] RANGES = {
        {0x2D, 0x2D}, {0x30, 0x39}, {0x41, 0x5A}, {0x61, 0x7A}, {0xC0, 0x17F}, {0x218, 0x21B}, {0x370, 0x52F},
        {0x590, 0x5D4}, {0x5D6, 0x6FF}, {0xE01, 0xE5B}, {0x1F00, 0x1FFF}, {0x200C, 0x200E}, {0x202A, 0x202E},
    };

    private Romanesque() {}

    static boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean is(char c) {
        for (int[] r : RANGES) {
            if (c < r[0]) {
                return false;
            }
            if (c <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
