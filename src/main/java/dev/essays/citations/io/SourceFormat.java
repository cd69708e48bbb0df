package dev.essays.citations.io;

import dev.essays.citations.CitationKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file formats an essay's sources are imported from and exported to. Reading is all or nothing: a bad record
 * fails the whole file with a {@link SourceImportException} naming the record and line. Items read from RIS
 * without an {@code ID} get a generated key ({@link CitationKeys}).
 *
 * <pre>{@code
 * List<Map<String, Object>> items = SourceFormat.BIBTEX.read(bibFileText);
 * String ris = SourceFormat.RIS.write(items);
 * }</pre>
 */
public enum SourceFormat {
    BIBTEX("bib", "application/x-bibtex"),
    BIBLATEX("bib", "application/x-bibtex"),
    RIS("ris", "application/x-research-info-systems"),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json");

    private final String extension;
    private final String mediaType;

    SourceFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type to serve an export with. */
    public String mediaType() {
        return mediaType;
    }

    /** CSL-JSON items from a file's text; every item has an {@code id} and a valid {@code type}. */
    public List<Map<String, Object>> read(String text) throws SourceImportException {
        String t = text == null ? "" : text;
        return switch (this) {
            case BIBTEX -> Bibtex.read(t, Bibtex.Dialect.BIBTEX);
            case BIBLATEX -> Bibtex.read(t, Bibtex.Dialect.BIBLATEX);
            case CSL_JSON -> CslJson.read(t);
            case RIS -> {
                List<Map<String, Object>> items = CitationKeys.assignMissing(Ris.read(t));
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 0; i < items.size(); i++) {
                    CslJson.validate(items.get(i), i + 1, 0, seen);
                }
                yield items;
            }
        };
    }

    /** The items in this format. */
    public String write(List<Map<String, Object>> items) {
        return switch (this) {
            case BIBTEX -> Bibtex.write(items, Bibtex.Dialect.BIBTEX);
            case BIBLATEX -> Bibtex.write(items, Bibtex.Dialect.BIBLATEX);
            case RIS -> Ris.write(items);
            case CSL_JSON -> CslJson.write(items);
        };
    }

    /**
     * The format of an uploaded file, from its name ({@code .bib}, {@code .ris}, {@code .json}) or else from its
     * first non-blank character ({@code @} BibTeX, {@code [}/<code>{</code> CSL-JSON, {@code TY} RIS);
     * {@code null} when neither tells.
     */
    public static SourceFormat detect(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return BIBLATEX;
        }
        if (name.endsWith(".ris")) {
            return RIS;
        }
        if (name.endsWith(".json") || name.endsWith(".csl.json")) {
            return CSL_JSON;
        }
        String t = text == null ? "" : text.replace("\uFEFF", "").stripLeading();
        if (t.startsWith("[") || t.startsWith("{")) {
            return CSL_JSON;
        }
        if (t.startsWith("TY  -") || t.startsWith("TY -")) {
            return RIS;
        }
        if (t.startsWith("@") || t.startsWith("%")) {
            return BIBLATEX;
        }
        return null;
    }
}
