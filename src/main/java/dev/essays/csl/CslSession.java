package dev.essays.csl;

import dev.essays.csl.process.Processor;
import java.util.List;
import java.util.Set;

/**
 * Formatting state of one document (disambiguation, year suffixes, positions). Every item given to the session
 * is registered: it takes part in citation numbers and disambiguation, so in-text citations and the
 * bibliography always agree. Not thread-safe.
 */
public final class CslSession {
    private final Processor processor;

    CslSession(Processor processor) {
        this.processor = processor;
    }

    /** One formatted string per cluster, final after disambiguation across all clusters. */
    public List<String> cite(List<CslCluster> clustersInDocumentOrder, CslFormat format) {
        return processor.cite(clustersInDocumentOrder, format);
    }

    /** All items of the session, in the style's bibliography order. */
    public CslBibliography bibliography(CslFormat format) {
        return processor.bibliography(format, null);
    }

    public CslBibliography bibliography(CslFormat format, Set<String> onlyItemIds) {
        return processor.bibliography(format, onlyItemIds);
    }
}
