package dev.essays.csl.locale;

import dev.essays.csl.style.CslNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The content of one cs:locale element (a locale file or a style's override): one fallback layer. */
public final class LocaleData {
    private final String lang;
    /** Terms by form, then name: lookups need no composed key. */
    private final Map<String, Map<String, List<Term>>> terms = new HashMap<>();
    private final Map<String, CslNode> dates = new HashMap<>();
    private final Map<String, String> options = new HashMap<>();

    public LocaleData(CslNode locale) {
        String l = locale.attr("xml:lang");
        this.lang = l == null ? null : l;
        for (CslNode section : locale.children()) {
            switch (section.name()) {
                case "terms" -> section.children().forEach(this::addTerm);
                case "date" -> dates.put(section.attr("form"), section);
                case "style-options" -> options.putAll(section.attributes());
                default -> { }
            }
        }
    }

    private void addTerm(CslNode t) {
        String form = t.attr("form", "long");
        String single;
        String multiple;
        CslNode s = t.child("single");
        CslNode m = t.child("multiple");
        if (s != null || m != null) {
            single = s == null ? null : text(s);
            multiple = m == null ? null : text(m);
        } else {
            single = text(t);
            multiple = null;
        }
        Term term = new Term(t.attr("name"), form, single, multiple, t.attr("gender"), t.attr("gender-form"),
                t.attr("match"));
        terms.computeIfAbsent(form, k -> new HashMap<>()).computeIfAbsent(term.name(), k -> new ArrayList<>())
                .add(term);
    }

    /** Whitespace-only text spanning lines is XML indentation: the term is empty, not a space. */
    private static String text(CslNode n) {
        String t = n.text();
        return t.indexOf('\n') >= 0 && t.isBlank() ? "" : t;
    }

    public String lang() {
        return lang;
    }

    /** All variants (gender forms) of a term in one form, or null when this layer does not define it. */
    public List<Term> terms(String name, String form) {
        Map<String, List<Term>> byName = terms.get(form);
        return byName == null ? null : byName.get(name);
    }

    public boolean definesOrdinals() {
        for (Map<String, List<Term>> byName : terms.values()) {
            for (String k : byName.keySet()) {
                if (k.startsWith("ordinal")) {
                    return true;
                }
            }
        }
        return false;
    }

    public CslNode date(String form) {
        return dates.get(form);
    }

    public String option(String name) {
        return options.get(name);
    }
}
