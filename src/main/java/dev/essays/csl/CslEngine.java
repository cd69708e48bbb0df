package dev.essays.csl;

import dev.essays.csl.locale.LocaleRepository;
import dev.essays.csl.process.Processor;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.style.StyleCatalog;
import dev.essays.csl.style.StyleDefinition;
import dev.essays.csl.style.XmlTreeParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Entry point: loads and caches styles and locales; creates per-document sessions. Thread-safe. */
public final class CslEngine {
    private static final CslEngine SHARED = new CslEngine();

    private final StyleCatalog catalog = new StyleCatalog();
    private final LocaleRepository locales = new LocaleRepository();
    private final Map<String, CslStyle> styles = new ConcurrentHashMap<>();

    public static CslEngine shared() {
        return SHARED;
    }

    /** A style of the citationstyles jar by id (or its URL); dependent styles render with their parent. */
    public CslStyle style(String id) throws CslException {
        String key = StyleCatalog.normalizeId(id);
        CslStyle cached = styles.get(key);
        if (cached != null) {
            return cached;
        }
        CslStyle loaded = load(key, 0);
        styles.put(key, loaded);
        return loaded;
    }

    private CslStyle load(String id, int depth) throws CslException {
        String xml;
        try {
            xml = catalog.read(id);
        } catch (IOException e) {
            throw new CslException("Cannot read style \"" + id + "\": " + e.getMessage(), e);
        }
        if (xml == null) {
            throw new CslException("Unknown CSL style \"" + id + "\"; closest ids: "
                    + String.join(", ", catalog.closest(id, 5)));
        }
        CslNode root = XmlTreeParser.parse(xml, "style " + id);
        String parent = StyleDefinition.independentParent(root);
        if (parent != null && root.child("citation") == null) {
            if (depth > 3) {
                throw new CslException("Style \"" + id + "\": too many dependent-style links");
            }
            CslStyle parentStyle = style(StyleCatalog.normalizeId(parent));
            String title = StyleDefinition.infoText(root, "title");
            String locale = root.attr("default-locale", parentStyle.defaultLocale());
            return new CslStyle(id, title, parentStyle.definition(), locale);
        }
        StyleDefinition def = new StyleDefinition(root);
        return new CslStyle(id, def.title(), def, def.defaultLocale());
    }

    /** Parses a style from XML text (not cached). */
    public CslStyle parseStyle(String xml) throws CslException {
        CslNode root = XmlTreeParser.parse(xml, "CSL style");
        StyleDefinition def = new StyleDefinition(root);
        return new CslStyle(def.id(), def.title(), def, def.defaultLocale());
    }

    /** A per-document session; locale null means the style's default-locale, then en-US. */
    public CslSession session(CslStyle style, String localeOrNull, List<CslItem> items) {
        String tag = localeOrNull != null ? localeOrNull
                : style.defaultLocale() != null ? style.defaultLocale() : "en-US";
        return new CslSession(new Processor(style.definition(),
                locales.resolve(tag, style.definition().locales()), items));
    }
}
