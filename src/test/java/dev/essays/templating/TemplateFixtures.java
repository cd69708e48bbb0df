package dev.essays.templating;

import com.fasterxml.jackson.databind.JsonNode;
import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Iterator;
import java.util.Map;

/**
 * Loads one template fixture ({@code case.json}) into a repository: the essays it names, and a website page
 * with the template, properties and area components it names. Format: see src/test/resources/templates/README.md.
 */
final class TemplateFixtures {

    private TemplateFixtures() {
    }

    static void load(EmbeddedRepository repository, JsonNode fixture) throws Exception {
        EssayStore store = new EssayStore(repository);
        JsonNode essays = fixture.path("essays");
        for (Iterator<Map.Entry<String, JsonNode>> it = essays.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            store.save(EssayJson.parse(entry.getValue().toString(), entry.getKey()), "fixtures");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fixture.path("rawEssays").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            repository.withSession(Workspaces.ESSAYS, session -> {
                Node node = session.getRootNode().addNode(entry.getKey(), NodeTypes.ESSAY);
                properties(node, entry.getValue());
                session.save();
                return null;
            });
        }
        JsonNode page = fixture.path("page");
        repository.withSession(Workspaces.WEBSITE, session -> {
            Node node = session.getRootNode().addNode("page", NodeTypes.MGNL_PAGE);
            node.setProperty(NodeTypes.MGNL_TEMPLATE, page.path("template").asText());
            properties(node, page.path("properties"));
            areas(node, page.path("areas"));
            session.save();
            return null;
        });
    }

    /** Areas of a page or component, each a list of components, which may have areas and child nodes of their own. */
    private static void areas(Node parent, JsonNode areas) throws RepositoryException {
        for (Iterator<Map.Entry<String, JsonNode>> it = areas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> area = it.next();
            Node areaNode = parent.addNode(area.getKey(), NodeTypes.MGNL_AREA);
            int i = 0;
            for (JsonNode component : area.getValue()) {
                Node componentNode = areaNode.addNode(String.valueOf(i++), NodeTypes.MGNL_COMPONENT);
                componentNode.setProperty(NodeTypes.MGNL_TEMPLATE, component.path("template").asText());
                properties(componentNode, component.path("properties"));
                children(componentNode, component.path("nodes"));
                areas(componentNode, component.path("areas"));
            }
        }
    }

    /** Plain child nodes (as a dialog's multi field writes them): {@code {"author": {"0": {"family": ...}}}}. */
    private static void children(Node parent, JsonNode nodes) throws RepositoryException {
        for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Node child = parent.addNode(entry.getKey(), NodeTypes.MGNL_CONTENT_NODE);
            JsonNode value = entry.getValue();
            boolean hasObjects = false;
            for (Iterator<Map.Entry<String, JsonNode>> f = value.fields(); f.hasNext(); ) {
                hasObjects |= f.next().getValue().isObject();
            }
            if (hasObjects) {
                children(child, value);
            } else {
                properties(child, value);
            }
        }
    }

    /** Plain string properties; a string that reads as a date in an essay is set as a JCR date there. */
    private static void properties(Node node, JsonNode properties) throws RepositoryException {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isBoolean()) {
                node.setProperty(entry.getKey(), entry.getValue().asBoolean());
            } else {
                node.setProperty(entry.getKey(), entry.getValue().asText());
            }
        }
    }
}
