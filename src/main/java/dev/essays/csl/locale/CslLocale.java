package dev.essays.csl.locale;

import dev.essays.csl.style.CslNode;
import java.util.List;

/**
 * The effective locale of a session: layers in the spec's fallback order (style overrides first, en-US last).
 * Immutable; shared.
 */
public final class CslLocale {
    private final String tag;
    private final List<LocaleData> layers;
    private final LocaleData ordinalLayer;

    public CslLocale(String tag, List<LocaleData> layers) {
        this.tag = tag;
        this.layers = List.copyOf(layers);
        LocaleData ord = null;
        for (LocaleData l : layers) {
            if (l.definesOrdinals()) {
                ord = l;
                break;
            }
        }
        this.ordinalLayer = ord;
    }

    public String tag() {
        return tag;
    }

    public String language() {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** Term lookup: locale fallback first, then form fallback (verb-short→verb→long, symbol→short→long). */
    public Term termEntry(String name, String form) {
        String f = form == null ? "long" : form;
        while (f != null) {
            for (LocaleData layer : layers) {
                List<Term> ts = layer.terms(name, f);
                if (ts != null) {
                    for (Term t : ts) {
                        if (t.genderForm() == null) {
                            return t;
                        }
                    }
                    return ts.get(0);
                }
            }
            f = switch (f) {
                case "verb-short" -> "verb";
                case "symbol" -> "short";
                case "verb", "short" -> "long";
                default -> null;
            };
        }
        return null;
    }

    /** Term text, or null if undefined everywhere. */
    public String term(String name, String form, boolean plural) {
        Term t = termEntry(name, form);
        return t == null ? null : t.value(plural);
    }

    public String gender(String termName) {
        Term t = termEntry(termName, "long");
        return t == null ? null : t.gender();
    }

    public CslNode date(String form) {
        for (LocaleData layer : layers) {
            CslNode d = layer.date(form);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    public boolean option(String name) {
        for (LocaleData layer : layers) {
            String v = layer.option(name);
            if (v != null) {
                return "true".equals(v);
            }
        }
        return false;
    }

    /** The ordinal suffix for n, agreeing with the gender of the term being numbered (null: neuter). */
    public String ordinalSuffix(long n, String gender) {
        if (ordinalLayer == null) {
            return "";
        }
        long abs = Math.abs(n);
        String two = String.format("ordinal-%02d", abs % 100);
        Term t = null;
        if (abs % 100 >= 10) {
            t = ordinalTerm(two, gender, abs, true);
        }
        if (t == null) {
            t = ordinalTerm(String.format("ordinal-%02d", abs % 10), gender, abs, false);
        }
        if (t == null) {
            t = pick(ordinalLayer.terms("ordinal", "long"), gender);
        }
        return t == null ? "" : t.value(false);
    }

    private Term ordinalTerm(String name, String gender, long n, boolean twoDigit) {
        Term t = pick(ordinalLayer.terms(name, "long"), gender);
        if (t == null) {
            return null;
        }
        int termNumber = Integer.parseInt(name.substring(8));
        String match = t.match() == null ? (twoDigit ? "last-two-digits" : "last-digit") : t.match();
        boolean ok = switch (match) {
            case "whole-number" -> n == termNumber;
            case "last-two-digits" -> n % 100 == termNumber;
            default -> n % 10 == termNumber;
        };
        return ok ? t : null;
    }

    private static Term pick(List<Term> variants, String gender) {
        if (variants == null) {
            return null;
        }
        Term neuter = null;
        for (Term t : variants) {
            if (gender != null && gender.equals(t.genderForm())) {
                return t;
            }
            if (t.genderForm() == null) {
                neuter = t;
            }
        }
        return neuter;
    }

    /** long-ordinal-01..10 for 1..10, else the short ordinal. */
    public String longOrdinal(long n, String gender) {
        if (n >= 1 && n <= 10) {
            for (LocaleData layer : layers) {
                Term t = pick(layer.terms(String.format("long-ordinal-%02d", n), "long"), gender);
                if (t != null) {
                    return t.value(false);
                }
            }
        }
        return n + ordinalSuffix(n, gender);
    }
}
