package dev.essays.csl.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A personal or literal name from CSL-JSON, with particles split off family and given when not explicit. */
public record Name(String family, String given, String droppingParticle, String nonDroppingParticle,
                   String suffix, String literal, boolean commaSuffix, boolean staticOrdering) {

    public boolean isLiteral() {
        return literal != null || family == null;
    }

    /** The literal text, or the family name of a name with only a family part (institutions). */
    public String literalText() {
        return literal != null ? literal : family == null ? (given == null ? "" : given) : family;
    }

    public static List<Name> listFrom(Object value) {
        List<Name> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    Name n = from(m);
                    if (!(n.isLiteral() && n.literalText().isBlank())) {
                        names.add(n); // an empty name object is no name
                    }
                }
            }
        }
        return names;
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        while (s.startsWith("\u00a0") || s.endsWith("\u00a0")) {
            s = (s.startsWith("\u00a0") ? s.substring(1) : s.substring(0, s.length() - 1)).strip();
        }
        return s.isEmpty() ? null : s;
    }

    static Name from(Map<?, ?> m) {
        String literal = str(m, "literal");
        String family = str(m, "family");
        String given = str(m, "given");
        String dropping = str(m, "dropping-particle");
        String nonDropping = str(m, "non-dropping-particle");
        String suffix = str(m, "suffix");
        boolean commaSuffix = Boolean.TRUE.equals(m.get("comma-suffix"));
        boolean staticOrdering = Boolean.TRUE.equals(m.get("static-ordering"));
        if (literal == null && family == null && given == null) {
            literal = "";
        }
        if (literal == null && family != null) {
            if (family.length() > 1 && family.startsWith("\"") && family.endsWith("\"")) {
                family = family.substring(1, family.length() - 1);
            } else if (nonDropping == null && !Boolean.FALSE.equals(m.get("parse-names"))) {
                String[] split = splitLeadingParticles(family);
                if (split != null) {
                    nonDropping = split[0];
                    family = split[1];
                }
            }
        }
        if (literal == null && given != null && dropping == null && !Boolean.FALSE.equals(m.get("parse-names"))) {
            String[] split = splitTrailingParticles(given);
            if (split != null) {
                given = split[0];
                dropping = split[1];
            }
            if (suffix == null && given != null) {
                int comma = given.indexOf(',');
                if (comma > 0 && !given.substring(comma + 1).isBlank()) {
                    String rest = given.substring(comma + 1).strip();
                    if (rest.startsWith("!")) {
                        rest = rest.substring(1).strip();
                        commaSuffix = true;
                    }
                    suffix = rest;
                    given = given.substring(0, comma);
                }
            }
        }
        return new Name(family, given, dropping, nonDropping, suffix, literal, commaSuffix, staticOrdering);
    }

    /** "van der Berg" → ["van der", "Berg"]; "d'Alembert" → ["d'", "Alembert"]. Null if no particle. */
    private static String[] splitLeadingParticles(String family) {
        String[] words = family.split(" ");
        int n = 0;
        while (n < words.length - 1 && isParticle(words[n])) {
            n++;
        }
        if (n > 0) {
            String particle = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (particle.endsWith("'") || particle.endsWith("’")) {
                particle += " "; // "de’ Frinkle": written apart, so it stays apart
            }
            return new String[] {particle, String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length))};
        }
        int hyphen = family.indexOf('-');
        if (hyphen > 0 && hyphen < family.length() - 1 && family.indexOf(' ') < 0
                && isParticle(family.substring(0, hyphen))) {
            return new String[] {family.substring(0, hyphen + 1), family.substring(hyphen + 1)};
        }
        int apos = indexOfApostrophe(family);
        if (apos > 0 && apos < family.length() - 1 && isParticle(family.substring(0, apos))
                && family.indexOf(' ') < 0) {
            return new String[] {family.substring(0, apos + 1), family.substring(apos + 1)};
        }
        return null;
    }

    private static int indexOfApostrophe(String s) {
        int a = s.indexOf('\'');
        return a >= 0 ? a : s.indexOf('’');
    }

    /** "Vincent van" → ["Vincent", "van"]. */
    private static String[] splitTrailingParticles(String given) {
        String[] words = given.split(" ");
        int n = words.length;
        while (n > 1 && isParticle(words[n - 1])) {
            n--;
        }
        if (n == words.length) {
            return null;
        }
        return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)),
            String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length))};
    }

    /** Particles are lowercase words ("van", "v.d.", "’t"); a leading apostrophe does not count. */
    private static boolean isParticle(String w) {
        int i = 0;
        while (i < w.length() && (w.charAt(i) == '\'' || w.charAt(i) == '’')) {
            i++;
        }
        return i < w.length() && Character.isLowerCase(w.charAt(i));
    }
}
