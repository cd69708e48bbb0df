package dev.essays.essay.jcr;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Map;

/**
 * One source stored as a node (an essay's {@code essays:source}, or a citation component on a page) read as its
 * CSL-JSON item: CSL variables as properties, names as ordered child nodes, dates as EDTF strings.
 */
public final class SourceNodes {

    private SourceNodes() {
    }

    public static Map<String, Object> read(Node node) throws RepositoryException {
        return JsonNodes.read(node);
    }
}
