package dev.essays.csl;

import java.util.List;

/** A citation cluster: the cites of one in-text citation or footnote. noteIndex 0 means in-text. */
public record CslCluster(List<CslCite> cites, int noteIndex) {
    public CslCluster {
        cites = List.copyOf(cites);
    }
}
