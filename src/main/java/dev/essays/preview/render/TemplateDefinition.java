package dev.essays.preview.render;

import java.util.Map;

/**
 * A page or component template definition as the module's YAML declares it (only what rendering needs):
 * its id ({@code essays:pages/essay}), script, parameters and areas.
 */
record TemplateDefinition(String id, String title, String templateScript, Map<String, Object> parameters,
                          Map<String, AreaDefinition> areas) {

    record AreaDefinition(String name, String type, String templateScript) {
    }
}
