package dev.essays.preview.render;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the module's template definitions ({@code /essays/templates/**.yaml}) the way Magnolia registers them:
 * the id is {@code essays:} plus the path below {@code templates/} without {@code .yaml}.
 */
public final class TemplateDefinitions {

    private static final String ROOT = "/essays/templates/";
    private final Map<String, TemplateDefinition> byId;

    private TemplateDefinitions(Map<String, TemplateDefinition> byId) {
        this.byId = byId;
    }

    public static TemplateDefinitions load() {
        Map<String, TemplateDefinition> byId = new LinkedHashMap<>();
        for (String resource : Resources.list(ROOT, ".yaml")) {
            String id = "essays:" + resource.substring(ROOT.length(), resource.length() - ".yaml".length());
            byId.put(id, parse(id, resource));
        }
        return new TemplateDefinitions(byId);
    }

    TemplateDefinition get(String id) {
        TemplateDefinition definition = byId.get(id);
        if (definition == null) {
            throw new IllegalArgumentException("no template definition " + id + " (known: " + byId.keySet() + ")");
        }
        return definition;
    }

    @SuppressWarnings("unchecked")
    private static TemplateDefinition parse(String id, String resource) {
        try (InputStream in = TemplateDefinitions.class.getResourceAsStream(resource)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> yaml = loaded instanceof Map ? (Map<String, Object>) loaded : Map.of();
            Map<String, TemplateDefinition.AreaDefinition> areas = new LinkedHashMap<>();
            if (yaml.get("areas") instanceof Map<?, ?> areaMap) {
                for (Map.Entry<?, ?> entry : areaMap.entrySet()) {
                    Map<String, Object> area = entry.getValue() instanceof Map ? (Map<String, Object>) entry.getValue() : Map.of();
                    areas.put(String.valueOf(entry.getKey()), new TemplateDefinition.AreaDefinition(
                            String.valueOf(entry.getKey()), String.valueOf(area.getOrDefault("type", "list")),
                            (String) area.get("templateScript")));
                }
            }
            Map<String, Object> parameters = yaml.get("parameters") instanceof Map ? (Map<String, Object>) yaml.get("parameters") : Map.of();
            return new TemplateDefinition(id, (String) yaml.get("title"), (String) yaml.get("templateScript"),
                    parameters, areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
