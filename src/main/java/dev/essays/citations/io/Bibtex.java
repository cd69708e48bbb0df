package dev.essays.citations.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * BibTeX and BibLaTeX files to and from CSL-JSON items, parsed with jbibtex.
 *
 * <p>Reading accepts both dialects (BibLaTeX's {@code date}, {@code journaltitle}, {@code location},
 * {@code urldate} and BibTeX's {@code year}/{@code month}, {@code journal}, {@code address}); LaTeX becomes
 * Unicode; {@code crossref} parents pass on their fields (a parent's title becomes the child's container title).
 * Entry types and fields map as in the usual CSL ⇄ BibLaTeX mappings (citeproc-js, Pandoc, Better BibTeX); CSL
 * types without a BibLaTeX type are written as {@code @misc} with {@code entrysubtype} set to the CSL type, and
 * read back so. Variables BibLaTeX has no field for are not written.
 */
public final class Bibtex {

    /** Which fields {@link #write} uses. */
    public enum Dialect {
        /** Classic BibTeX: {@code year}/{@code month}, {@code journal}, {@code address}, accents as LaTeX commands. */
        BIBTEX,
        /** BibLaTeX (Biber): {@code date}, {@code journaltitle}, {@code location}, UTF-8 text. */
        BIBLATEX
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final Set<String> NOT_ENTRIES = Set.of("string", "preamble", "comment");
    private static final Set<String> ARTICLE_TYPES = Set.of("article-journal", "article-magazine",
            "article-newspaper", "article", "periodical", "review", "review-book");
    private static final Set<String> IN_TYPES = Set.of("inbook", "incollection", "inproceedings", "bookinbook",
            "inreference", "suppbook", "suppcollection", "conference");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private static final Map<String, String> TYPE_TO_CSL = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
            Map.entry("inbook", "chapter"), Map.entry("bookinbook", "chapter"), Map.entry("suppbook", "chapter"),
            Map.entry("incollection", "chapter"), Map.entry("suppcollection", "chapter"),
            Map.entry("collection", "book"), Map.entry("mvcollection", "book"),
            Map.entry("inproceedings", "paper-conference"), Map.entry("conference", "paper-conference"),
            Map.entry("proceedings", "book"), Map.entry("mvproceedings", "book"), Map.entry("booklet", "pamphlet"),
            Map.entry("manual", "report"), Map.entry("mastersthesis", "thesis"), Map.entry("phdthesis", "thesis"),
            Map.entry("thesis", "thesis"), Map.entry("techreport", "report"), Map.entry("report", "report"),
            Map.entry("misc", "document"), Map.entry("online", "webpage"), Map.entry("electronic", "webpage"),
            Map.entry("www", "webpage"), Map.entry("unpublished", "manuscript"), Map.entry("patent", "patent"),
            Map.entry("periodical", "periodical"), Map.entry("suppperiodical", "article-journal"),
            Map.entry("dataset", "dataset"), Map.entry("software", "software"), Map.entry("audio", "song"),
            Map.entry("music", "song"), Map.entry("video", "motion_picture"), Map.entry("movie", "motion_picture"),
            Map.entry("artwork", "graphic"), Map.entry("image", "graphic"), Map.entry("legislation", "legislation"),
            Map.entry("jurisdiction", "legal_case"), Map.entry("legal", "treaty"),
            Map.entry("letter", "personal_communication"), Map.entry("review", "review"),
            Map.entry("standard", "standard"), Map.entry("performance", "performance"),
            Map.entry("reference", "book"), Map.entry("mvreference", "book"), Map.entry("inreference", "entry"));

    private static final Map<String, String> CSL_TO_TYPE = Map.ofEntries(
            Map.entry("article-journal", "article"), Map.entry("article-magazine", "article"),
            Map.entry("article-newspaper", "article"), Map.entry("book", "book"), Map.entry("chapter", "incollection"),
            Map.entry("paper-conference", "inproceedings"), Map.entry("pamphlet", "booklet"),
            Map.entry("thesis", "thesis"), Map.entry("report", "report"), Map.entry("webpage", "online"),
            Map.entry("manuscript", "unpublished"), Map.entry("patent", "patent"),
            Map.entry("periodical", "periodical"), Map.entry("dataset", "dataset"), Map.entry("software", "software"),
            Map.entry("song", "audio"), Map.entry("motion_picture", "video"), Map.entry("graphic", "artwork"),
            Map.entry("legislation", "legislation"), Map.entry("legal_case", "jurisdiction"),
            Map.entry("personal_communication", "letter"), Map.entry("review", "review"),
            Map.entry("standard", "standard"), Map.entry("performance", "performance"),
            Map.entry("entry", "inreference"), Map.entry("entry-dictionary", "inreference"),
            Map.entry("entry-encyclopedia", "inreference"), Map.entry("document", "misc"));

    private Bibtex() {
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Reads a BibLaTeX (or BibTeX) file; all or nothing. */
    public static List<Map<String, Object>> read(String text) throws SourceImportException {
        return read(text, Dialect.BIBLATEX);
    }

    /**
     * Reads a file; all or nothing. The dialect only matters for fields that BibLaTeX treats as "and"-separated
     * lists (publisher, location, institution, organization) and BibTeX does not.
     */
    public static List<Map<String, Object>> read(String text, Dialect dialect) throws SourceImportException {
        List<EntryStart> starts = new ArrayList<>();
        String entriesOnly = blankOutsideEntries(text, starts);
        LineAwareParser parser;
        BibTeXDatabase db;
        try {
            parser = new LineAwareParser();
            db = parser.parse(new StringReader(entriesOnly));
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 0;
            throw new SourceImportException(recordAt(starts, line), line, "not valid BibTeX: "
                    + firstLine(e.getMessage()));
        } catch (TokenMgrException e) {
            Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            throw new SourceImportException(recordAt(starts, line), line, "not valid BibTeX: "
                    + firstLine(e.getMessage()));
        } catch (ObjectResolutionException e) {
            throw new SourceImportException(null, 0, "undefined string " + e.getMessage());
        } catch (UndefinedString e) {
            throw new SourceImportException(recordAt(starts, e.line), e.line,
                    "\u201C" + e.name + "\u201D is neither a number, a quoted or braced value, nor a defined @string");
        } catch (RuntimeException e) {
            throw new SourceImportException(null, 0, "not valid BibTeX: " + e);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int ordinal = 0;
        for (EntryStart s : starts) {
            ordinal++;
            if (s.key.isEmpty()) {
                throw new SourceImportException("record " + ordinal, s.line, "the entry has no key");
            }
            Integer before = seen.put(s.key.toLowerCase(Locale.ROOT), s.line);
            if (before != null) {
                throw new SourceImportException(s.key, s.line, "the key is also used by the entry on line " + before);
            }
            lineOf.put(s.key, s.line);
        }
        for (EntryStart s : starts) {
            if (db.resolveEntry(new Key(s.key)) == null) {
                throw new SourceImportException(s.key, s.line, "the entry could not be read");
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (BibTeXEntry entry : db.getEntries().values()) {
            String key = entry.getKey().getValue();
            int line = lineOf.getOrDefault(key, 0);
            Map<String, Object> item = toCsl(entry, db, dialect == Dialect.BIBLATEX);
            CslJson.validate(item, items.size() + 1, line, new HashMap<>());
            items.add(item);
        }
        return items;
    }

    /**
     * BibTeX ignores everything outside entries (jbibtex does not): that text, and {@code @comment} blocks, become
     * spaces, keeping line breaks so that line numbers stay right.
     */
    static String blankOutsideEntries(String text, List<EntryStart> starts) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        int line = 1;
        int linePos = 0;
        while (i < n) {
            int at = text.indexOf('@', i);
            int blankTo = at < 0 ? n : at;
            for (int k = i; k < blankTo; k++) {
                if (out.charAt(k) != '\n' && out.charAt(k) != '\r') {
                    out.setCharAt(k, ' ');
                }
            }
            if (at < 0) {
                break;
            }
            int k = at + 1;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            int typeStart = k;
            while (k < n && Character.isLetter(text.charAt(k))) {
                k++;
            }
            String type = text.substring(typeStart, k).toLowerCase(Locale.ROOT);
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (type.isEmpty() || k >= n || (text.charAt(k) != '{' && text.charAt(k) != '(')) {
                // not an entry: an at sign in free text
                for (int j = at; j < k; j++) {
                    if (out.charAt(j) != '\n' && out.charAt(j) != '\r') {
                        out.setCharAt(j, ' ');
                    }
                }
                i = Math.max(k, at + 1);
                continue;
            }
            char close = text.charAt(k) == '{' ? '}' : ')';
            int depth = 0;
            int end = -1;
            for (int j = k + 1; j < n; j++) {
                char c = text.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && depth > 0) {
                    depth--;
                } else if (c == close && depth == 0) {
                    end = j + 1;
                    break;
                }
            }
            boolean unbalanced = end < 0;
            if (unbalanced) {
                // left for the parser to report; the entry is still named in the error
                end = n;
            }
            if (close == ')' && !unbalanced) {
                // BibTeX allows @type( ... ); jbibtex only reads braces
                out.setCharAt(k, '{');
                out.setCharAt(end - 1, '}');
            }
            if (!NOT_ENTRIES.contains(type)) {
                int keyStart = k + 1;
                while (keyStart < end && Character.isWhitespace(text.charAt(keyStart))) {
                    keyStart++;
                }
                int keyEnd = keyStart;
                while (keyEnd < end - 1 && text.charAt(keyEnd) != ',' && !Character.isWhitespace(text.charAt(keyEnd))
                        && text.charAt(keyEnd) != '}') {
                    keyEnd++;
                }
                for (; linePos < at; linePos++) {
                    if (text.charAt(linePos) == '\n') {
                        line++;
                    }
                }
                starts.add(new EntryStart(type, text.substring(keyStart, keyEnd), line));
            }
            if (unbalanced) {
                return out.toString();
            }
            if (type.equals("comment")) {
                for (int j = at; j < end; j++) {
                    if (out.charAt(j) != '\n' && out.charAt(j) != '\r') {
                        out.setCharAt(j, ' ');
                    }
                }
            }
            i = end;
        }
        return out.toString();
    }

    private record EntryStart(String type, String key, int line) {
    }

    private static String recordAt(List<EntryStart> starts, int line) {
        String record = null;
        int ordinal = 0;
        for (EntryStart s : starts) {
            ordinal++;
            if (s.line <= line) {
                record = s.key.isEmpty() ? "record " + ordinal : s.key;
            }
        }
        return record;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    private static final class UndefinedString extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String name;
        final int line;

        UndefinedString(String name, int line) {
            super(name, null, false, false);
            this.name = name;
            this.line = line;
        }
    }

    /** jbibtex's parser, reporting the line of an undefined string and tolerating a missing crossref parent. */
    private static final class LineAwareParser extends BibTeXParser {
        LineAwareParser() throws ParseException {
            super();
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
                throw new UndefinedString(key.getValue(), token == null ? 0 : token.beginLine);
            }
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // BibTeX itself only warns: the child keeps its own fields.
        }
    }

    private static Map<String, Object> toCsl(BibTeXEntry entry, BibTeXDatabase db, boolean lists) {
        Map<String, String> f = fields(entry);
        String bibType = entry.getType().getValue().toLowerCase(Locale.ROOT);
        String crossref = f.remove("crossref");
        if (crossref != null) {
            BibTeXEntry parent = db.resolveEntry(new Key(crossref.trim()));
            if (parent != null) {
                Map<String, String> pf = fields(parent);
                boolean titleToBooktitle = IN_TYPES.contains(bibType);
                for (Map.Entry<String, String> e : pf.entrySet()) {
                    String k = e.getKey();
                    if (titleToBooktitle && (k.equals("title") || k.equals("subtitle"))) {
                        f.putIfAbsent("book" + k, e.getValue());
                    } else if (titleToBooktitle && k.equals("shorttitle")) {
                        continue;
                    } else if (!k.equals("crossref") && !k.equals("ids")) {
                        f.putIfAbsent(k, e.getValue());
                    }
                }
            }
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.getKey().getValue());
        String subtype = f.containsKey("entrysubtype") ? text(f.get("entrysubtype")).toLowerCase(Locale.ROOT) : "";
        String type = TYPE_TO_CSL.getOrDefault(bibType, "document");
        if (bibType.equals("article") && subtype.equals("magazine")) {
            type = "article-magazine";
        } else if (bibType.equals("article") && subtype.equals("newspaper")) {
            type = "article-newspaper";
        } else if (bibType.equals("misc") && CslJson.TYPES.contains(subtype)) {
            type = subtype;
        }
        item.put("type", type);

        names(item, "author", f.get("author"));
        names(item, "editor", f.get("editor"));
        names(item, "translator", f.get("translator"));
        names(item, "container-author", f.get("bookauthor"));
        names(item, "director", f.get("director"));

        putText(item, "title", joinTitle(f.get("title"), f.get("subtitle")));
        putText(item, "title-short", f.get("shorttitle"));
        String container = f.containsKey("booktitle") ? joinTitle(f.get("booktitle"), f.get("booksubtitle"))
                : f.containsKey("journaltitle") ? joinTitle(f.get("journaltitle"), f.get("journalsubtitle"))
                : f.get("journal");
        putText(item, "container-title", container);
        putText(item, "container-title-short", f.get("shortjournal"));
        putText(item, "collection-title", f.get("series"));
        putText(item, "event-title", f.get("eventtitle"));
        putText(item, "event-place", f.get("venue"));

        // dates
        if (f.containsKey("date")) {
            item.put("issued", CslDates.fromText(raw(f.get("date"))));
        } else if (f.containsKey("year")) {
            item.put("issued", yearMonth(text(f.get("year")), f.get("month"), f.get("day")));
        }
        if (f.containsKey("urldate")) {
            item.put("accessed", CslDates.fromText(raw(f.get("urldate"))));
        }
        if (f.containsKey("origdate")) {
            item.put("original-date", CslDates.fromText(raw(f.get("origdate"))));
        }
        if (f.containsKey("eventdate")) {
            item.put("event-date", CslDates.fromText(raw(f.get("eventdate"))));
        }

        putText(item, "edition", f.get("edition"));
        putText(item, "volume", f.get("volume"));
        putText(item, "number-of-volumes", f.get("volumes"));
        String number = f.get("number");
        if (number != null) {
            if (ARTICLE_TYPES.contains(type)) {
                putText(item, "issue", number);
            } else if (f.containsKey("series") && Set.of("book", "chapter", "paper-conference").contains(type)) {
                putText(item, "collection-number", number);
            } else {
                putText(item, "number", number);
            }
        }
        if (!item.containsKey("issue")) {
            putText(item, "issue", f.get("issue"));
        }
        if (f.containsKey("pages")) {
            item.put("page", text(f.get("pages")).replaceAll("\\s*(--|\u2013|\u2014)\\s*", "-"));
        }
        putText(item, "number-of-pages", f.get("pagetotal"));
        putText(item, "chapter-number", f.get("chapter"));

        String publisher = f.get("publisher");
        for (String alt : List.of("institution", "school", "organization")) {
            if (publisher == null) {
                publisher = f.get(alt);
            }
        }
        if (publisher == null && f.containsKey("howpublished") && !looksLikeUrl(f.get("howpublished"))) {
            publisher = f.get("howpublished");
        }
        putText(item, "publisher", lists ? literalList(publisher) : publisher);
        putText(item, "publisher-place", f.containsKey("location") && lists ? literalList(f.get("location"))
                : f.containsKey("location") ? f.get("location") : f.get("address"));

        String genre = f.get("type");
        if (genre == null && bibType.equals("phdthesis")) {
            genre = "PhD thesis";
        } else if (genre == null && bibType.equals("mastersthesis")) {
            genre = "Master's thesis";
        }
        putText(item, "genre", genre);
        putText(item, "version", f.get("version"));

        verbatim(item, "DOI", f.get("doi"));
        String url = f.get("url");
        if (url == null && f.containsKey("howpublished") && looksLikeUrl(f.get("howpublished"))) {
            url = f.get("howpublished").replaceAll("^\\s*\\\\url\\{(.*)}\\s*$", "$1");
        }
        verbatim(item, "URL", url);
        verbatim(item, "ISBN", f.get("isbn"));
        verbatim(item, "ISSN", f.get("issn"));

        putText(item, "abstract", f.get("abstract"));
        putText(item, "note", f.get("note"));
        putText(item, "annote", f.containsKey("annotation") ? f.get("annotation") : f.get("annote"));
        putText(item, "keyword", f.get("keywords"));
        String language = f.containsKey("langid") ? f.get("langid") : f.get("language");
        if (language != null) {
            String code = BABEL_TO_BCP47.get(text(language).toLowerCase(Locale.ROOT));
            putText(item, "language", code != null ? code : language);
        }
        return item;
    }

    /** BibLaTeX's literal lists (publisher, location, institution) are "and"-separated; CSL joins them with "; ". */
    private static String literalList(String latex) {
        if (latex == null) {
            return null;
        }
        return String.join("; ", BibNames.splitAnd(latex).stream().map(String::strip).toList());
    }

    /** babel/polyglossia language names (langid) as BCP 47 tags, the form CSL's language variable takes. */
    private static final Map<String, String> BABEL_TO_BCP47 = Map.ofEntries(
            Map.entry("english", "en-US"), Map.entry("american", "en-US"), Map.entry("usenglish", "en-US"),
            Map.entry("british", "en-GB"), Map.entry("ukenglish", "en-GB"), Map.entry("canadian", "en-CA"),
            Map.entry("australian", "en-AU"), Map.entry("newzealand", "en-NZ"), Map.entry("german", "de-DE"),
            Map.entry("ngerman", "de-DE"), Map.entry("austrian", "de-AT"), Map.entry("naustrian", "de-AT"),
            Map.entry("swissgerman", "de-CH"), Map.entry("french", "fr-FR"), Map.entry("spanish", "es-ES"),
            Map.entry("italian", "it-IT"), Map.entry("dutch", "nl-NL"), Map.entry("portuguese", "pt-PT"),
            Map.entry("brazilian", "pt-BR"), Map.entry("russian", "ru-RU"), Map.entry("swedish", "sv-SE"),
            Map.entry("norwegian", "nb-NO"), Map.entry("norsk", "nb-NO"), Map.entry("nynorsk", "nn-NO"),
            Map.entry("danish", "da-DK"), Map.entry("finnish", "fi-FI"), Map.entry("polish", "pl-PL"),
            Map.entry("czech", "cs-CZ"), Map.entry("greek", "el-GR"), Map.entry("turkish", "tr-TR"),
            Map.entry("hungarian", "hu-HU"), Map.entry("catalan", "ca-AD"), Map.entry("latin", "la"),
            Map.entry("japanese", "ja-JP"), Map.entry("chinese", "zh-CN"), Map.entry("korean", "ko-KR"),
            Map.entry("hebrew", "he-IL"), Map.entry("arabic", "ar"), Map.entry("ukrainian", "uk-UA"));

    private static Map<String, String> fields(BibTeXEntry entry) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> e : entry.getFields().entrySet()) {
            f.put(e.getKey().getValue().toLowerCase(Locale.ROOT), e.getValue().toUserString());
        }
        return f;
    }

    private static String joinTitle(String title, String subtitle) {
        if (title == null) {
            return null;
        }
        if (subtitle == null || subtitle.isBlank()) {
            return title;
        }
        String t = title.strip();
        return t + (t.endsWith("?") || t.endsWith("!") || t.endsWith(":") ? " " : ": ") + subtitle.strip();
    }

    private static Map<String, Object> yearMonth(String year, String month, String day) {
        if (!year.matches("-?[0-9]{1,4}")) {
            Map<String, Object> literal = new LinkedHashMap<>();
            literal.put("literal", year);
            return literal;
        }
        List<Integer> parts = new ArrayList<>();
        parts.add(Integer.parseInt(year));
        Integer m = month == null ? null : month(text(month));
        if (m != null) {
            parts.add(m);
            if (day != null && text(day).matches("[0-9]{1,2}")) {
                parts.add(Integer.parseInt(text(day)));
            }
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", List.of(parts));
        return date;
    }

    private static Integer month(String m) {
        String s = m.trim().toLowerCase(Locale.ROOT);
        if (s.matches("[0-9]{1,2}")) {
            int v = Integer.parseInt(s);
            return v >= 1 && v <= 12 ? v : null;
        }
        if (s.length() >= 3) {
            int i = MONTHS.indexOf(s.substring(0, 3));
            return i < 0 ? null : i + 1;
        }
        return null;
    }

    private static boolean looksLikeUrl(String s) {
        return s != null && s.strip().matches("(?s)(\\\\url\\{)?https?://.*");
    }

    private static void names(Map<String, Object> item, String var, String latex) {
        if (latex != null && !latex.isBlank()) {
            List<Map<String, Object>> names = BibNames.parse(latex);
            if (!names.isEmpty()) {
                item.put(var, names);
            }
        }
    }

    /** A date field as written: EDTF is not LaTeX (its ~ means circa), so only braces are dropped. */
    private static String raw(String latex) {
        String s = latex.replace("{", "").replace("}", "").strip();
        return CslDates.fromEdtf(s) != null ? s : text(latex);
    }

    /** EDTF for a date with parts; a literal date as escaped text. */
    private static String date(Object cslDate) {
        String edtf = CslDates.toEdtf(cslDate);
        if (edtf != null) {
            return edtf;
        }
        return tex(CslDates.text(cslDate), false);
    }

    private static String text(String latex) {
        return Latex.toUnicode(latex);
    }

    private static void putText(Map<String, Object> item, String var, String latex) {
        if (latex != null) {
            String t = text(latex);
            if (!t.isEmpty()) {
                item.put(var, t);
            }
        }
    }

    private static void verbatim(Map<String, Object> item, String var, String value) {
        if (value != null && !value.isBlank()) {
            item.put(var, value.strip().replaceAll("^\\\\url\\{(.*)}$", "$1").replace("\\%", "%")
                    .replace("\\_", "_").replace("\\&", "&").replace("\\#", "#"));
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The items as a BibTeX or BibLaTeX file (UTF-8 text). Items need an {@code id} and a {@code type}. */
    public static String write(List<Map<String, Object>> items, Dialect dialect) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> item : items) {
            if (b.length() > 0) {
                b.append('\n');
            }
            writeEntry(item, dialect, b);
        }
        return b.toString();
    }

    private static void writeEntry(Map<String, Object> item, Dialect dialect, StringBuilder b) {
        boolean latexOnly = dialect == Dialect.BIBTEX;
        boolean biblatex = dialect == Dialect.BIBLATEX;
        String type = str(item.get("type"));
        String genre = str(item.get("genre"));
        String bibType = CSL_TO_TYPE.get(type);
        String subtype = null;
        if (type.equals("article-magazine")) {
            subtype = "magazine";
        } else if (type.equals("article-newspaper")) {
            subtype = "newspaper";
        } else if (bibType == null) {
            bibType = "misc";
            subtype = type.isEmpty() ? null : type;
        }
        if (!biblatex) {
            bibType = switch (bibType) {
                case "thesis" -> genre.toLowerCase(Locale.ROOT).matches(".*(master|m\\.a\\.|m\\.sc|msc).*")
                        ? "mastersthesis" : "phdthesis";
                case "report" -> "techreport";
                case "online", "video", "audio", "artwork", "software", "dataset", "letter", "legislation",
                        "jurisdiction", "review", "standard", "performance", "periodical", "patent" -> {
                    if (subtype == null) {
                        subtype = type;
                    }
                    yield "misc";
                }
                case "inreference" -> "incollection";
                default -> bibType;
            };
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("author", BibNames.format(item.get("author"), latexOnly));
        f.put("editor", BibNames.format(item.get("editor"), latexOnly));
        f.put("translator", BibNames.format(item.get("translator"), latexOnly));
        f.put("bookauthor", BibNames.format(item.get("container-author"), latexOnly));
        f.put("director", BibNames.format(item.get("director"), latexOnly));
        f.put("title", tex(item.get("title"), latexOnly));
        f.put("shorttitle", tex(item.get("title-short"), latexOnly));
        String container = tex(item.get("container-title"), latexOnly);
        if (Set.of("incollection", "inproceedings", "inbook", "inreference").contains(bibType)) {
            f.put("booktitle", container);
        } else {
            f.put(biblatex ? "journaltitle" : "journal", container);
        }
        f.put("shortjournal", tex(item.get("container-title-short"), latexOnly));
        f.put("edition", tex(item.get("edition"), latexOnly));
        f.put("volume", tex(item.get("volume"), latexOnly));
        f.put("volumes", tex(item.get("number-of-volumes"), latexOnly));
        f.put("number", tex(first(item, "issue", "collection-number", "number"), latexOnly));
        f.put("series", tex(item.get("collection-title"), latexOnly));
        f.put("chapter", tex(item.get("chapter-number"), latexOnly));
        Object page = item.get("page");
        f.put("pages", page == null ? null : tex(String.valueOf(page).replaceAll("\\s*[-\u2013\u2014]+\\s*", "\u2013"),
                latexOnly));
        f.put("pagetotal", tex(item.get("number-of-pages"), latexOnly));
        String publisherField = "publisher";
        if (Set.of("thesis", "report", "techreport").contains(bibType)) {
            publisherField = biblatex ? "institution" : "institution";
        }
        if (bibType.endsWith("thesis") && !biblatex) {
            publisherField = "school";
        }
        f.put(publisherField, andList(tex(item.get("publisher"), latexOnly), biblatex));
        f.put(biblatex ? "location" : "address", andList(tex(item.get("publisher-place"), latexOnly), biblatex));
        Object issued = item.get("issued");
        if (biblatex) {
            f.put("date", date(issued));
        } else {
            List<Integer> parts = CslDates.firstParts(issued);
            if (!parts.isEmpty()) {
                f.put("year", String.valueOf(parts.get(0)));
                if (parts.size() > 1 && parts.get(1) >= 1 && parts.get(1) <= 12) {
                    f.put("month", "\u0000" + MONTHS.get(parts.get(1) - 1));
                }
                if (parts.size() > 2) {
                    f.put("day", String.valueOf(parts.get(2)));
                }
            } else if (CslDates.text(issued) != null) {
                f.put("year", tex(CslDates.text(issued), true));
            }
        }
        f.put("urldate", date(item.get("accessed")));
        f.put("origdate", date(item.get("original-date")));
        f.put("eventtitle", tex(first(item, "event-title", "event"), latexOnly));
        f.put("eventdate", date(item.get("event-date")));
        f.put("venue", tex(item.get("event-place"), latexOnly));
        boolean thesisGenre = (bibType.equals("phdthesis") && genre.equals("PhD thesis"))
                || (bibType.equals("mastersthesis") && genre.equals("Master's thesis"));
        f.put("type", thesisGenre ? null : tex(item.get("genre"), latexOnly));
        f.put("entrysubtype", subtype);
        f.put("version", tex(item.get("version"), latexOnly));
        f.put("doi", verbatim(item.get("DOI")));
        f.put("url", verbatim(item.get("URL")));
        f.put("isbn", verbatim(item.get("ISBN")));
        f.put("issn", verbatim(item.get("ISSN")));
        f.put("keywords", tex(item.get("keyword"), latexOnly));
        String babel = null;
        for (Map.Entry<String, String> e : BABEL_TO_BCP47.entrySet()) {
            if (e.getValue().equals(str(item.get("language")))
                    && (babel == null || PREFERRED_BABEL.contains(e.getKey()))) {
                babel = e.getKey();
            }
        }
        if (babel != null) {
            f.put("langid", babel);
        } else {
            f.put("language", tex(item.get("language"), latexOnly));
        }
        f.put("abstract", tex(item.get("abstract"), latexOnly));
        f.put("note", tex(item.get("note"), latexOnly));
        f.put(biblatex ? "annotation" : "annote", tex(item.get("annote"), latexOnly));

        b.append('@').append(bibType).append('{').append(key(str(item.get("id")))).append(",\n");
        List<String> lines = new ArrayList<>();
        f.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                lines.add("  " + k + " = " + (v.charAt(0) == '\u0000' ? v.substring(1) : "{" + v + "}"));
            }
        });
        b.append(String.join(",\n", lines)).append("\n}\n");
    }

    private static final Set<String> PREFERRED_BABEL = Set.of("english", "british", "ngerman", "naustrian",
            "norsk", "french", "spanish", "italian", "dutch", "portuguese", "brazilian");

    /** "; "-separated CSL text as a BibLaTeX "and" list; in BibTeX (where the field is not a list) as written. */
    private static String andList(String text, boolean biblatex) {
        if (text == null || !biblatex) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        for (String p : text.split(";\\s*")) {
            parts.add(p.toLowerCase(Locale.ROOT).matches(".*\\band\\b.*") ? "{" + p + "}" : p);
        }
        return String.join(" and ", parts);
    }

    private static Object first(Map<String, Object> item, String... vars) {
        for (String v : vars) {
            if (item.get(v) != null && !String.valueOf(item.get(v)).isBlank()) {
                return item.get(v);
            }
        }
        return null;
    }

    private static String tex(Object value, boolean ascii) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? null : Latex.fromUnicode(s, ascii);
    }

    /** URL-like fields are written as they are; only braces, which would break the entry, are dropped. */
    private static String verbatim(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip().replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C");
        return s.isEmpty() ? null : s;
    }

    /** A BibTeX key: characters BibTeX does not allow in keys become underscores. */
    static String key(String id) {
        String k = id.replaceAll("[\\s,{}()\"#%'=\\\\~]", "_");
        return k.isEmpty() ? "_" : k;
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}
