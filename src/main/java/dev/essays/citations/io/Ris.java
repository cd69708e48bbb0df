package dev.essays.citations.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RIS files to and from CSL-JSON items. No maintained RIS parser exists on Maven Central, so this is a small one:
 * records from {@code TY  -} to {@code ER  -}, tags as in the RIS specification and the way Zotero and EndNote use
 * them ({@code AU}/{@code A1} authors, {@code A2}/{@code ED} editors, {@code A3} series editors, {@code A4}
 * translators, {@code TI}/{@code T1} title, {@code T2}/{@code JO}/{@code JF} container, {@code T3} series,
 * {@code PY}/{@code Y1}/{@code DA} date, {@code Y2} access date, {@code SP}/{@code EP} pages, ...). Lines that are not
 * tagged continue the previous value. Records without {@code ID} get no {@code id}; the caller assigns keys.
 */
public final class Ris {

    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9])  ?- ?(.*)$");
    private static final Pattern YEAR = Pattern.compile("(-?[0-9]{1,4})");

    private static final Map<String, String> TYPE_TO_CSL = Map.ofEntries(
            Map.entry("JOUR", "article-journal"), Map.entry("EJOUR", "article-journal"),
            Map.entry("JFULL", "periodical"), Map.entry("MGZN", "article-magazine"),
            Map.entry("NEWS", "article-newspaper"), Map.entry("BOOK", "book"), Map.entry("EBOOK", "book"),
            Map.entry("EDBOOK", "book"), Map.entry("CHAP", "chapter"), Map.entry("ECHAP", "chapter"),
            Map.entry("CONF", "paper-conference"), Map.entry("CPAPER", "paper-conference"),
            Map.entry("THES", "thesis"), Map.entry("RPRT", "report"), Map.entry("ELEC", "webpage"),
            Map.entry("WEB", "webpage"), Map.entry("BLOG", "post-weblog"), Map.entry("INTV", "interview"),
            Map.entry("PCOMM", "personal_communication"), Map.entry("MPCT", "motion_picture"),
            Map.entry("VIDEO", "motion_picture"), Map.entry("SOUND", "song"), Map.entry("MUSIC", "musical_score"),
            Map.entry("ART", "graphic"), Map.entry("MAP", "map"), Map.entry("PAT", "patent"),
            Map.entry("STAT", "legislation"), Map.entry("BILL", "bill"), Map.entry("CASE", "legal_case"),
            Map.entry("HEAR", "hearing"), Map.entry("DATA", "dataset"), Map.entry("COMP", "software"),
            Map.entry("UNPB", "manuscript"), Map.entry("MANSCPT", "manuscript"), Map.entry("PAMP", "pamphlet"),
            Map.entry("ENCYC", "entry-encyclopedia"), Map.entry("DICT", "entry-dictionary"),
            Map.entry("SER", "book"), Map.entry("GEN", "document"), Map.entry("BROAD", "broadcast"),
            Map.entry("SLIDE", "speech"), Map.entry("STAND", "standard"), Map.entry("GOVDOC", "report"),
            Map.entry("CTLG", "document"), Map.entry("ABST", "article-journal"), Map.entry("INPR", "article-journal"),
            Map.entry("ADVS", "document"), Map.entry("AGGR", "dataset"), Map.entry("ANCIENT", "classic"),
            Map.entry("CLSWK", "classic"), Map.entry("LEGAL", "regulation"));

    private static final Map<String, String> CSL_TO_TYPE = Map.ofEntries(
            Map.entry("article-journal", "JOUR"), Map.entry("article", "JOUR"), Map.entry("periodical", "JFULL"),
            Map.entry("article-magazine", "MGZN"), Map.entry("article-newspaper", "NEWS"),
            Map.entry("book", "BOOK"), Map.entry("chapter", "CHAP"), Map.entry("paper-conference", "CPAPER"),
            Map.entry("thesis", "THES"), Map.entry("report", "RPRT"), Map.entry("webpage", "ELEC"),
            Map.entry("post-weblog", "BLOG"), Map.entry("post", "BLOG"), Map.entry("interview", "INTV"),
            Map.entry("personal_communication", "PCOMM"), Map.entry("motion_picture", "MPCT"),
            Map.entry("song", "SOUND"), Map.entry("musical_score", "MUSIC"), Map.entry("graphic", "ART"),
            Map.entry("map", "MAP"), Map.entry("patent", "PAT"), Map.entry("legislation", "STAT"),
            Map.entry("bill", "BILL"), Map.entry("legal_case", "CASE"), Map.entry("hearing", "HEAR"),
            Map.entry("dataset", "DATA"), Map.entry("software", "COMP"), Map.entry("manuscript", "MANSCPT"),
            Map.entry("pamphlet", "PAMP"), Map.entry("entry-encyclopedia", "ENCYC"),
            Map.entry("entry-dictionary", "DICT"), Map.entry("broadcast", "BROAD"), Map.entry("speech", "SLIDE"),
            Map.entry("standard", "STAND"), Map.entry("classic", "CLSWK"), Map.entry("regulation", "LEGAL"));

    private static final Set<String> BOOK_TYPES = Set.of("BOOK", "EBOOK", "EDBOOK", "SER");
    private static final Set<String> ISBN_TYPES = Set.of("book", "chapter", "paper-conference", "report", "thesis",
            "entry-encyclopedia", "entry-dictionary", "pamphlet", "classic");

    private Ris() {
    }

    private record Field(String tag, StringBuilder value, int line) {
    }

    /** Reads a RIS file; all or nothing. */
    public static List<Map<String, Object>> read(String text) throws SourceImportException {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Field> record = null;
        int recordLine = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int lineNo = i + 1;
            Matcher m = TAG_LINE.matcher(line);
            String ordinal = "record " + (items.size() + 1);
            if (!m.matches()) {
                if (line.isBlank()) {
                    continue;
                }
                if (record == null || record.isEmpty()) {
                    throw new SourceImportException(record == null ? null : ordinal, lineNo,
                            "a line that is not a RIS tag (\u201CXX  - value\u201D) outside a record");
                }
                Field last = record.get(record.size() - 1);
                last.value().append(' ').append(line.strip());
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    throw new SourceImportException(ordinal, lineNo,
                            "a new record starts (TY) before the record from line " + recordLine + " ends (ER)");
                }
                if (value.isEmpty()) {
                    throw new SourceImportException(ordinal, lineNo, "TY has no reference type");
                }
                record = new ArrayList<>();
                recordLine = lineNo;
                record.add(new Field(tag, new StringBuilder(value), lineNo));
            } else if (tag.equals("ER")) {
                if (record == null) {
                    throw new SourceImportException(ordinal, lineNo, "ER without a record (no TY before it)");
                }
                Map<String, Object> item = toCsl(record);
                String name = item.containsKey("id") ? String.valueOf(item.get("id")) : ordinal;
                if (item.containsKey("id")) {
                    Integer before = seen.putIfAbsent(name, items.size() + 1);
                    if (before != null) {
                        throw new SourceImportException(name, recordLine, "the ID is also used by record " + before);
                    }
                }
                items.add(item);
                record = null;
            } else {
                if (record == null) {
                    throw new SourceImportException(ordinal, lineNo, "tag " + tag + " outside a record (no TY before it)");
                }
                record.add(new Field(tag, new StringBuilder(value), lineNo));
            }
        }
        if (record != null) {
            throw new SourceImportException("record " + (items.size() + 1), recordLine,
                    "the record is not ended (no ER line)");
        }
        return items;
    }

    private static Map<String, Object> toCsl(List<Field> record) throws SourceImportException {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Field f : record) {
            String v = f.value().toString().strip();
            if (!v.isEmpty()) {
                tags.computeIfAbsent(f.tag(), k -> new ArrayList<>()).add(v);
            }
        }
        String ty = record.get(0).value().toString().strip();
        String type = TYPE_TO_CSL.getOrDefault(ty, "document");
        Map<String, Object> item = new LinkedHashMap<>();
        put(item, "id", one(tags, "ID"));
        item.put("type", type);
        names(item, "author", tags, "AU", "A1");
        names(item, "editor", tags, "A2", "ED");
        names(item, "collection-editor", tags, "A3");
        names(item, "translator", tags, "A4");
        put(item, "title", one(tags, "TI", "T1", "CT"));
        put(item, "title-short", one(tags, "ST"));
        // For a whole book T2 is its series (RIS specification, Zotero, EndNote); otherwise the container.
        boolean wholeBook = BOOK_TYPES.contains(ty);
        String container = wholeBook ? one(tags, "JO", "JF", "BT") : one(tags, "T2", "JO", "JF", "BT");
        String abbrev = one(tags, "J2", "JA");
        if (container == null && abbrev != null) {
            container = abbrev;
            abbrev = null;
        }
        put(item, "container-title", container);
        put(item, "container-title-short", abbrev);
        put(item, "collection-title", wholeBook ? one(tags, "T2", "T3") : one(tags, "T3"));
        Map<String, Object> issued = date(one(tags, "DA"), one(tags, "PY", "Y1"));
        if (issued != null) {
            item.put("issued", issued);
        }
        Map<String, Object> accessed = date(one(tags, "Y2"), null);
        if (accessed != null) {
            item.put("accessed", accessed);
        }
        put(item, "volume", one(tags, "VL"));
        put(item, "issue", one(tags, "IS"));
        String sp = one(tags, "SP");
        String ep = one(tags, "EP");
        if (sp != null) {
            put(item, "page", ep != null && !ep.equals(sp) && !sp.contains("-") ? sp + "-" + ep : sp);
        }
        put(item, "edition", one(tags, "ET"));
        put(item, "number-of-volumes", one(tags, "NV"));
        put(item, "publisher", one(tags, "PB"));
        put(item, "publisher-place", one(tags, "CY", "PP"));
        put(item, "URL", one(tags, "UR", "L2"));
        put(item, "DOI", one(tags, "DO"));
        String sn = one(tags, "SN");
        if (sn != null) {
            item.put(ISBN_TYPES.contains(type) ? "ISBN" : "ISSN", sn);
        }
        put(item, "abstract", one(tags, "AB", "N2"));
        put(item, "note", one(tags, "N1"));
        if (tags.containsKey("KW")) {
            item.put("keyword", String.join(", ", tags.get("KW")));
        }
        put(item, "language", one(tags, "LA"));
        put(item, "genre", one(tags, "M3"));
        put(item, "medium", one(tags, "M2"));
        put(item, "number", one(tags, "M1"));
        put(item, "call-number", one(tags, "CN"));
        put(item, "archive", one(tags, "DP"));
        put(item, "archive_location", one(tags, "AN"));
        put(item, "original-title", one(tags, "OP"));
        return item;
    }

    private static String one(Map<String, List<String>> tags, String... names) {
        for (String n : names) {
            List<String> v = tags.get(n);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    private static void put(Map<String, Object> item, String var, String value) {
        if (value != null && !value.isBlank()) {
            item.put(var, value.strip());
        }
    }

    private static void names(Map<String, Object> item, String var, Map<String, List<String>> tags,
                              String... names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String n : names) {
            for (String v : tags.getOrDefault(n, List.of())) {
                out.add(name(v));
            }
        }
        if (!out.isEmpty()) {
            item.put(var, out);
        }
    }

    /** "Family, Given[, Suffix]"; a name without a comma is a literal (an institution). */
    private static Map<String, Object> name(String v) {
        Map<String, Object> n = new LinkedHashMap<>();
        String[] parts = v.split(",", -1);
        if (parts.length == 1) {
            n.put("literal", v.strip());
            return n;
        }
        n.put("family", parts[0].strip());
        if (!parts[1].isBlank()) {
            n.put("given", parts[1].strip());
        }
        if (parts.length > 2 && !parts[2].isBlank()) {
            n.put("suffix", parts[2].strip());
        }
        return n;
    }

    /**
     * CSL date from a RIS date ({@code 2013/05/02/other}, {@code 2013///}, {@code 2013}); the full date
     * {@code da} wins over the year {@code py} when it has a year.
     */
    private static Map<String, Object> date(String da, String py) {
        for (String s : new String[] {da, py}) {
            if (s == null) {
                continue;
            }
            String[] p = s.split("/", -1);
            Matcher y = YEAR.matcher(p[0].strip());
            if (!y.matches()) {
                if (s == da && da.matches("[0-9]{4}-[0-9]{2}(-[0-9]{2})?")) {
                    return CslDates.fromEdtf(da);
                }
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            parts.add(Integer.parseInt(y.group(1)));
            if (p.length > 1 && p[1].strip().matches("[0-9]{1,2}")) {
                parts.add(Integer.parseInt(p[1].strip()));
                if (p.length > 2 && p[2].strip().matches("[0-9]{1,2}")) {
                    parts.add(Integer.parseInt(p[2].strip()));
                }
            }
            Map<String, Object> date = new LinkedHashMap<>();
            date.put("date-parts", List.of(parts));
            return date;
        }
        String literal = da != null ? da : py;
        if (literal != null) {
            Map<String, Object> date = new LinkedHashMap<>();
            date.put("literal", literal);
            return date;
        }
        return null;
    }

    /** The items as a RIS file. */
    public static String write(List<Map<String, Object>> items) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> item : items) {
            String type = str(item.get("type"));
            tag(b, "TY", CSL_TO_TYPE.getOrDefault(type, "GEN"));
            tag(b, "ID", str(item.get("id")));
            names(b, "AU", item.get("author"));
            names(b, "A2", item.get("editor"));
            names(b, "A3", item.get("collection-editor"));
            names(b, "A4", item.get("translator"));
            tag(b, "TI", str(item.get("title")));
            tag(b, "ST", str(item.get("title-short")));
            if (type.equals("book")) {
                tag(b, "T2", str(item.get("collection-title")));
                tag(b, "BT", str(item.get("container-title")));
            } else {
                tag(b, "T2", str(item.get("container-title")));
                tag(b, "T3", str(item.get("collection-title")));
            }
            tag(b, "J2", str(item.get("container-title-short")));
            List<Integer> parts = CslDates.firstParts(item.get("issued"));
            if (!parts.isEmpty()) {
                tag(b, "PY", String.valueOf(parts.get(0)));
                if (parts.size() > 1) {
                    tag(b, "DA", risDate(parts));
                }
            } else if (CslDates.text(item.get("issued")) != null) {
                tag(b, "DA", CslDates.text(item.get("issued")));
            }
            List<Integer> acc = CslDates.firstParts(item.get("accessed"));
            if (!acc.isEmpty()) {
                tag(b, "Y2", risDate(acc));
            }
            tag(b, "VL", str(item.get("volume")));
            tag(b, "IS", str(item.get("issue")));
            String page = str(item.get("page"));
            if (!page.isEmpty()) {
                Matcher m = Pattern.compile("^\\s*([^-\u2013\u2014,\\s]+)\\s*[-\u2013\u2014]+\\s*([^-\u2013\u2014,\\s]+)\\s*$")
                        .matcher(page);
                if (m.matches()) {
                    tag(b, "SP", m.group(1));
                    tag(b, "EP", m.group(2));
                } else {
                    tag(b, "SP", page);
                }
            }
            tag(b, "ET", str(item.get("edition")));
            tag(b, "NV", str(item.get("number-of-volumes")));
            tag(b, "PB", str(item.get("publisher")));
            tag(b, "CY", str(item.get("publisher-place")));
            tag(b, "UR", str(item.get("URL")));
            tag(b, "DO", str(item.get("DOI")));
            tag(b, "SN", str(item.get("ISBN")).isEmpty() ? str(item.get("ISSN")) : str(item.get("ISBN")));
            tag(b, "AB", str(item.get("abstract")));
            tag(b, "N1", str(item.get("note")));
            String kw = str(item.get("keyword"));
            if (!kw.isEmpty()) {
                for (String k : kw.split("\\s*,\\s*")) {
                    tag(b, "KW", k);
                }
            }
            tag(b, "LA", str(item.get("language")));
            tag(b, "M3", str(item.get("genre")));
            tag(b, "M2", str(item.get("medium")));
            tag(b, "M1", str(item.get("number")));
            tag(b, "CN", str(item.get("call-number")));
            tag(b, "DP", str(item.get("archive")));
            tag(b, "AN", str(item.get("archive_location")));
            tag(b, "OP", str(item.get("original-title")));
            b.append("ER  - \n\n");
        }
        return b.toString();
    }

    private static String risDate(List<Integer> parts) {
        StringBuilder d = new StringBuilder(String.format("%04d", parts.get(0)));
        for (int i = 1; i < 3; i++) {
            d.append('/');
            if (i < parts.size()) {
                d.append(String.format("%02d", parts.get(i)));
            }
        }
        return d.append('/').toString();
    }

    private static void names(StringBuilder b, String tag, Object names) {
        if (!(names instanceof List<?> list)) {
            return;
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> n) {
                String family = (str(n.get("non-dropping-particle")) + " " + str(n.get("family"))).strip();
                if (family.isEmpty()) {
                    tag(b, tag, str(n.get("literal")));
                    continue;
                }
                String given = (str(n.get("given")) + " " + str(n.get("dropping-particle"))).strip();
                String suffix = str(n.get("suffix"));
                tag(b, tag, family + ", " + given + (suffix.isEmpty() ? "" : ", " + suffix));
            }
        }
    }

    /** One tag line; line breaks inside a value become spaces, as a RIS value is one line. */
    private static void tag(StringBuilder b, String tag, String value) {
        if (value != null && !value.isBlank()) {
            b.append(tag).append("  - ").append(value.strip().replaceAll("[\\r\\n]+", " ")).append('\n');
        }
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}
