package dev.essays.csl.process;

import dev.essays.csl.CslBibliography;
import dev.essays.csl.CslCluster;
import dev.essays.csl.CslFormat;
import dev.essays.csl.CslItem;
import dev.essays.csl.locale.CslLocale;
import dev.essays.csl.style.StyleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs a style over a document's items and clusters. One per session. */
public final class Processor {
    private final StyleDefinition style;
    private final CslLocale locale;
    private final List<CslItem> items;

    public Processor(StyleDefinition style, CslLocale locale, List<CslItem> items) {
        this.style = style;
        this.locale = locale;
        this.items = List.copyOf(items);
    }

    public List<String> cite(List<CslCluster> clusters, CslFormat format) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            out.add("");
        }
        return out;
    }

    public CslBibliography bibliography(CslFormat format, Set<String> only) {
        return new CslBibliography(List.of(), false, null, 1, 1);
    }
}
