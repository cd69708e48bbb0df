package dev.essays.csl.dates;

import dev.essays.csl.locale.CslLocale;
import dev.essays.csl.render.Formatting;
import dev.essays.csl.render.MarkupParser;
import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.text.TextCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders a date per cs:date (localized or not), including ranges, seasons, BC/AD and ordinal days. */
public final class DateFormatter {
    private static final String[] ORDER = {"year", "month", "day"};

    private DateFormatter() {}

    /** A date-part's effective attributes; localized when it comes from the locale's date format. */
    private record Part(String name, Map<String, String> attrs, boolean localized) {
        String attr(String k, String d) {
            String v = attrs.get(k);
            return v == null ? d : v;
        }
    }

    /** Renders the date; the caller applies the cs:date's own affixes/formatting. Null when nothing renders. */
    public static Out format(DateValue date, CslNode dateNode, CslLocale locale) {
        if (date == null) {
            return null;
        }
        if (date.start() == null || (!date.hasYear() && date.literal() != null)) {
            return date.literal() == null ? null : MarkupParser.parse(date.literal());
        }
        List<Part> parts = parts(dateNode, locale);
        String delimiter = delimiter(dateNode, locale);
        if (date.isRange() && !sameDate(date.start(), date.end(), parts, date)) {
            Out r = range(date, parts, delimiter, locale);
            if (r != null) {
                eraSpacing(r, " ");
            }
            return r;
        }
        if (date.isOpenRange()) {
            Out g = Out.group();
            g.add(render(date.start(), date.season(), parts, delimiter, locale, -1, -1, false));
            g.add(Out.fixedText(rangeDelimiter(parts, 0)));
            return g;
        }
        return render(date.start(), date.season(), parts, delimiter, locale, -1, -1, false);
    }

    private static String rangeDelimiter(List<Part> parts, int index) {
        for (Part p : parts) {
            if (index(p.name) == index) {
                return p.attr("range-delimiter", "–");
            }
        }
        return "–";
    }

    private static boolean sameDate(int[] a, int[] b, List<Part> parts, DateValue d) {
        if (d.endSeason() != null && !d.endSeason().equals(d.season())) {
            return false;
        }
        for (Part p : parts) {
            int i = index(p.name);
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int index(String name) {
        return switch (name) {
            case "year" -> 0;
            case "month" -> 1;
            default -> 2;
        };
    }

    private static String delimiter(CslNode dateNode, CslLocale locale) {
        if (dateNode.has("form")) {
            CslNode loc = locale.date(dateNode.attr("form"));
            return loc == null ? "" : loc.attr("delimiter", "");
        }
        return dateNode.attr("delimiter", "");
    }

    private static List<Part> parts(CslNode dateNode, CslLocale locale) {
        List<Part> parts = new ArrayList<>();
        String form = dateNode.attr("form");
        if (form == null) {
            for (CslNode dp : dateNode.childrenNamed("date-part")) {
                parts.add(new Part(dp.attr("name"), dp.attributes(), false));
            }
            return parts;
        }
        CslNode loc = locale.date(form);
        if (loc == null) {
            return parts;
        }
        String which = dateNode.attr("date-parts", "year-month-day");
        for (CslNode dp : loc.childrenNamed("date-part")) {
            String name = dp.attr("name");
            if (which.equals("year") && !name.equals("year") || which.equals("year-month") && name.equals("day")) {
                continue;
            }
            Map<String, String> attrs = new HashMap<>(dp.attributes());
            for (CslNode override : dateNode.childrenNamed("date-part")) {
                if (name.equals(override.attr("name"))) {
                    override.attributes().forEach((k, v) -> {
                        if (!k.equals("prefix") && !k.equals("suffix")) {
                            attrs.put(k, v);
                        }
                    });
                }
            }
            parts.add(new Part(name, attrs, true));
        }
        return parts;
    }

    private static Out range(DateValue d, List<Part> parts, String delimiter, CslLocale locale) {
        int[] s = d.start();
        int[] e = d.end().clone();
        int largest = 3;
        for (int i = 0; i < 3; i++) {
            if (s[i] != e[i]) {
                largest = i;
                break;
            }
        }
        String endSeason = d.endSeason() != null ? d.endSeason() : d.season();
        if (largest == 3 || largest == 2 && s[1] == 0) {
            largest = 1;
        }
        String rangeDelimiter = "–";
        for (Part p : parts) {
            if (index(p.name) == largest) {
                rangeDelimiter = p.attr("range-delimiter", "–");
            }
        }
        if (largest == 0) {
            Out g = Out.group();
            g.add(render(s, d.season(), parts, delimiter, locale, -1, -1, true));
            g.add(Out.fixedText(rangeDelimiter));
            g.add(render(e, endSeason, parts, delimiter, locale, -1, -1, false));
            return g;
        }
        // Parts at or below the largest differing one render twice; the rest once.
        int first = -1;
        int last = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (index(parts.get(i).name) >= largest) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return render(s, d.season(), parts, delimiter, locale, -1, -1, false);
        }
        Out g = Out.group();
        List<Out> items = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            items.add(renderPart(parts.get(i), s, d.season(), locale, false, false));
        }
        Out startBlock = render(s, d.season(), parts.subList(first, last + 1), delimiter, locale, -1, -1, true);
        Out endBlock = render(e, endSeason, parts.subList(first, last + 1), delimiter, locale, -1, -1, false);
        Out block = Out.group();
        block.add(startBlock);
        block.add(Out.fixedText(rangeDelimiter));
        block.add(endBlock);
        items.add(block);
        for (int i = last + 1; i < parts.size(); i++) {
            items.add(renderPart(parts.get(i), s, d.season(), locale, false, false));
        }
        Out joined = Out.join(items, delimiter);
        g.add(joined);
        return g;
    }

    private static Out render(int[] ymd, String season, List<Part> parts, String delimiter, CslLocale locale,
                              int from, int to, boolean dropLastSuffix) {
        List<Out> items = new ArrayList<>();
        int lastRendered = -1;
        for (int i = 0; i < parts.size(); i++) {
            Out o = renderPart(parts.get(i), ymd, season, locale, false, false);
            items.add(o);
            if (o != null) {
                lastRendered = i;
            }
        }
        if (dropLastSuffix && lastRendered >= 0) {
            items.set(lastRendered, renderPart(parts.get(lastRendered), ymd, season, locale, true, false));
        }
        // AD/BC: in a style's own date-parts, spaced when the year ends the date and attached when more parts
        // follow (as the CSL test suite expects); in a locale's date format always attached, as citeproc-js
        // writes "430BC" with the en-US term "BC" (a term with its own space, APA's " B.C.E.", keeps it).
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                boolean spaced = i == lastRendered && !parts.get(i).localized();
                eraSpacing(items.get(i), spaced ? " " : "");
            }
        }
        return Out.join(items, delimiter);
    }

    private static void eraSpacing(Out o, String space) {
        if (o.isLeaf()) {
            // a term that brings its own space (APA's " B.C.E.") gets no second one
            o.text = o.text.replace("\u0001 ", " ").replace("\u0001", space);
            return;
        }
        for (Out c : o.children) {
            eraSpacing(c, space);
        }
    }

    private static Out renderPart(Part p, int[] ymd, String season, CslLocale locale, boolean noSuffix,
                                  boolean noPrefix) {
        String text = switch (p.name) {
            case "year" -> year(ymd[0], p, locale);
            case "month" -> month(ymd[1], season, p, locale);
            case "day" -> day(ymd, p, locale);
            default -> null;
        };
        if (text == null || text.isEmpty()) {
            return null;
        }
        if ("true".equals(p.attrs.get("strip-periods"))) {
            text = text.replace(".", "");
        }
        Out content = Out.text(text);
        Out g = Out.group();
        g.add(content);
        TextCase.apply(g, p.attrs.get("text-case"));
        g.formatting = formatting(p.attrs);
        return Out.affixed(g, noPrefix ? null : p.attrs.get("prefix"), noSuffix ? null : p.attrs.get("suffix"));
    }

    private static Formatting formatting(Map<String, String> a) {
        String fs = a.get("font-style");
        String fv = a.get("font-variant");
        String fw = a.get("font-weight");
        String td = a.get("text-decoration");
        String va = a.get("vertical-align");
        if (fs == null && fv == null && fw == null && td == null && va == null) {
            return Formatting.NONE;
        }
        return new Formatting(fs, fv, fw, td, va);
    }

    private static String year(int y, Part p, CslLocale locale) {
        if (y == 0) {
            return null;
        }
        if (y < 0) {
            String bc = locale.term("bc", "long", false);
            return (-y) + "\u0001" + (bc == null ? "BC" : bc);
        }
        if (p.attr("form", "long").equals("short")) {
            return String.format("%02d", y % 100);
        }
        if (y < 1000) {
            String ad = locale.term("ad", "long", false);
            return y + "\u0001" + (ad == null ? "AD" : ad);
        }
        return Integer.toString(y);
    }

    private static String month(int m, String season, Part p, CslLocale locale) {
        String form = p.attr("form", "long");
        if (m < 1 || m > 12) {
            if (season == null) {
                return null;
            }
            int s;
            try {
                s = Integer.parseInt(season.strip());
            } catch (NumberFormatException e) {
                return season;
            }
            if (s < 1 || s > 4) {
                return null;
            }
            return locale.term(String.format("season-%02d", s), "long", false);
        }
        return switch (form) {
            case "numeric" -> Integer.toString(m);
            case "numeric-leading-zeros" -> String.format("%02d", m);
            case "short" -> locale.term(String.format("month-%02d", m), "short", false);
            default -> locale.term(String.format("month-%02d", m), "long", false);
        };
    }

    private static String day(int[] ymd, Part p, CslLocale locale) {
        int d = ymd[2];
        if (d < 1 || ymd[1] < 1) {
            return null;
        }
        String form = p.attr("form", "numeric");
        return switch (form) {
            case "numeric-leading-zeros" -> String.format("%02d", d);
            case "ordinal" -> {
                if (d != 1 && locale.option("limit-day-ordinals-to-day-1")) {
                    yield Integer.toString(d);
                }
                String gender = locale.gender(String.format("month-%02d", ymd[1]));
                yield d + locale.ordinalSuffix(d, gender);
            }
            default -> Integer.toString(d);
        };
    }
}
