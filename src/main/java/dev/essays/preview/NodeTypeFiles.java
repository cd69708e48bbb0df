package dev.essays.preview;

import org.apache.jackrabbit.core.nodetype.InvalidNodeTypeDefException;
import org.apache.jackrabbit.core.nodetype.NodeTypeManagerImpl;
import org.apache.jackrabbit.core.nodetype.NodeTypeRegistry;
import org.apache.jackrabbit.core.nodetype.xml.NodeTypeReader;
import org.apache.jackrabbit.spi.QNodeTypeDefinition;

import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registers a node-type file in Magnolia's XML format (the one a module descriptor's {@code nodeTypeFile}
 * names), the way Magnolia does at module install: its namespaces first, then the types not yet known.
 */
final class NodeTypeFiles {

    private NodeTypeFiles() {
    }

    static void register(Session session, String resource) throws RepositoryException {
        try (InputStream in = NodeTypeFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RepositoryException("node type file missing from the classpath: " + resource);
            }
            NodeTypeReader reader = new NodeTypeReader(in);
            registerNamespaces(session.getWorkspace().getNamespaceRegistry(), reader);
            NodeTypeRegistry registry = ((NodeTypeManagerImpl) session.getWorkspace().getNodeTypeManager())
                    .getNodeTypeRegistry();
            List<QNodeTypeDefinition> missing = new ArrayList<>();
            for (QNodeTypeDefinition definition : reader.getNodeTypeDefs()) {
                if (!registry.isRegistered(definition.getName())) {
                    missing.add(definition);
                }
            }
            if (!missing.isEmpty()) {
                registry.registerNodeTypes(missing);
            }
        } catch (IOException | InvalidNodeTypeDefException | org.apache.jackrabbit.spi.commons.conversion.NameException e) {
            throw new RepositoryException("node type file " + resource + " could not be registered: " + e.getMessage(), e);
        }
    }

    private static void registerNamespaces(NamespaceRegistry namespaces, NodeTypeReader reader)
            throws RepositoryException {
        Set<String> known = Set.of(namespaces.getPrefixes());
        for (String prefix : reader.getNamespaces().stringPropertyNames()) {
            if (!known.contains(prefix) && !prefix.isEmpty()) {
                namespaces.registerNamespace(prefix, reader.getNamespaces().getProperty(prefix));
            }
        }
    }
}
