package dev.essays.csl.style;

import dev.essays.csl.CslException;
import dev.essays.csl.locale.LocaleData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A parsed, validated independent style: its macros, citation, bibliography and locale overrides. Immutable. */
public final class StyleDefinition {
    private final CslNode root;
    private final String id;
    private final String title;
    private final Map<String, CslNode> macros;
    private final CslNode citation;
    private final CslNode bibliography;
    private final List<LocaleData> locales;

    public StyleDefinition(CslNode root) throws CslException {
        if (!"style".equals(root.name())) {
            throw new CslException("Invalid CSL: root element <" + root.name() + "> at line " + root.line()
                    + " is not <style>");
        }
        this.root = root;
        CslNode info = root.child("info");
        this.id = info == null || info.child("id") == null ? "" : info.child("id").text().strip();
        this.title = info == null || info.child("title") == null ? "" : info.child("title").text().strip();
        Map<String, CslNode> m = new HashMap<>();
        List<LocaleData> l = new ArrayList<>();
        for (CslNode c : root.children()) {
            if (c.name().equals("macro")) {
                m.put(c.attr("name"), c);
            } else if (c.name().equals("locale")) {
                l.add(new LocaleData(c));
            }
        }
        this.macros = Map.copyOf(m);
        this.locales = List.copyOf(l);
        this.citation = root.child("citation");
        this.bibliography = root.child("bibliography");
        StyleValidator.validate(this);
    }

    public CslNode root() {
        return root;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean isNoteStyle() {
        return "note".equals(root.attr("class"));
    }

    public String defaultLocale() {
        return root.attr("default-locale");
    }

    public CslNode macro(String name) {
        return macros.get(name);
    }

    public Map<String, CslNode> macros() {
        return macros;
    }

    public CslNode citation() {
        return citation;
    }

    public CslNode bibliography() {
        return bibliography;
    }

    public List<LocaleData> locales() {
        return locales;
    }

    /** Text of an info child such as title or id; empty when absent. */
    public static String infoText(CslNode root, String field) {
        CslNode info = root.child("info");
        CslNode f = info == null ? null : info.child(field);
        return f == null ? "" : f.text().strip();
    }

    /** The link to a parent style if this is a dependent style, else null. */
    public static String independentParent(CslNode root) {
        CslNode info = root.child("info");
        if (info == null) {
            return null;
        }
        for (CslNode link : info.childrenNamed("link")) {
            if ("independent-parent".equals(link.attr("rel"))) {
                return link.attr("href");
            }
        }
        return null;
    }
}
