package dev.essays.sources;

import dev.essays.citations.io.SourceFormat;

import java.util.Locale;

/** The format names the API and the command line accept: bibtex, biblatex, ris, csl-json (and a few aliases). */
public final class SourceFormatNames {

    public static final String ACCEPTED = "bibtex, biblatex, ris or csl-json";

    private SourceFormatNames() {
    }

    /** The format, or null for a name that is not one. */
    public static SourceFormat parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "bibtex", "bib" -> SourceFormat.BIBTEX;
            case "biblatex" -> SourceFormat.BIBLATEX;
            case "ris" -> SourceFormat.RIS;
            case "csl-json", "csljson", "json" -> SourceFormat.CSL_JSON;
            default -> null;
        };
    }
}
