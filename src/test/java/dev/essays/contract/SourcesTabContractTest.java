package dev.essays.contract;

import dev.essays.citations.io.CslJson;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.essay.jcr.SourceForms;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.essays.contract.LightModuleContractTest.TREE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Sources tab of the Essays app ({@code apps/essays.yaml} with {@code includes/sourceType.yaml}) against the JCR
 * mapping that reads what it stores: the same common fields and per-type field sets as {@link SourceForms}, only
 * CSL variables, and every variable it offers read back as CSL-JSON and written again in the tab's own shape.
 */
class SourcesTabContractTest {

    private static final String DATE_HELP = "essays.sources.date.description";
    private static Map<?, ?> entry;
    private static Map<?, ?> type;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws IOException {
        Map<?, ?> app = (Map<?, ?>) LightModuleContractTest.MagnoliaYaml.parse(TREE.resolve("apps/essays.yaml"));
        Map<?, ?> form = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) app.get("subApps")).get("detail")).get("form");
        Map<?, ?> sources = ((List<?>) form.get("properties")).stream().map(Map.class::cast)
                .filter(p -> "sources".equals(p.get("name"))).findFirst().orElseThrow();
        entry = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) sources.get("field")).get("properties"));
        type = (Map<?, ?>) entry.get("type");
    }

    @Test
    void commonFields_areTheOnesTheMappingKeepsOnTheSourceNode() {
        assertEquals(SourceForms.COMMON, names(entry), "apps/essays.yaml: sources.field.properties vs SourceForms.COMMON");
    }

    @Test
    void citationComponentOnAPage_hasTheSameFieldsAsASourceInTheTab() throws IOException {
        Map<?, ?> dialog = (Map<?, ?>) LightModuleContractTest.MagnoliaYaml.parse(TREE.resolve("dialogs/components/citation.yaml"));
        Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) dialog.get("form")).get("properties");
        Map<Object, Object> withoutValidators = new LinkedHashMap<>(entry);
        withoutValidators.put("id", properties.get("id")); // the app also checks the key's form
        assertEquals(withoutValidators, properties, "dialogs/components/citation.yaml vs the Sources tab");
    }

    @Test
    void typeSwitchesToOneFieldSetPerType_storedInAChildNodeNamedAfterIt() {
        assertEquals("switchableField", type.get("$type"), "sources type: $type");
        assertEquals("currentItemProvider", ((Map<?, ?>) type.get("itemProvider")).get("$type"),
                "sources type: itemProvider (the type is stored on the source itself)");
        Map<?, ?> selector = (Map<?, ?>) type.get("field");
        assertTrue(Set.of("comboBoxField", "radioButtonGroupField").contains(selector.get("$type")),
                "sources type: field.$type must be one the switchable field supports");
        assertEquals("type", selector.get("name"), "sources type: field.name");
        Map<?, ?> datasource = (Map<?, ?>) selector.get("datasource");
        assertEquals("optionListDatasource", datasource.get("$type"), "sources type: field.datasource.$type");
        List<String> types = List.copyOf(SourceForms.types());
        Map<String, Object> optionLabels = new LinkedHashMap<>();
        for (Object o : (List<?>) datasource.get("options")) {
            Map<?, ?> option = (Map<?, ?>) o;
            assertEquals(option.get("name"), option.get("value"), "sources type: option " + option.get("name") + " value");
            optionLabels.put(String.valueOf(option.get("name")), option.get("label"));
        }
        assertEquals(types, List.copyOf(optionLabels.keySet()), "sources type: options vs SourceForms.types()");

        List<String> problems = new ArrayList<>();
        List<String> formNames = new ArrayList<>();
        for (Object f : (List<?>) type.get("forms")) {
            Map<?, ?> form = (Map<?, ?>) f;
            String name = String.valueOf(form.get("name"));
            formNames.add(name);
            Map<?, ?> properties = (Map<?, ?>) form.get("properties");
            if (!List.of(name).equals(names(properties))) {
                problems.add("form " + name + ": must hold exactly one field, named " + name + "; has " + names(properties));
                continue;
            }
            Map<?, ?> fields = (Map<?, ?>) properties.get(name);
            if (!"compositeField".equals(fields.get("$type"))
                    || !"jcrChildNodeProvider".equals(((Map<?, ?>) fields.get("itemProvider")).get("$type"))) {
                problems.add("form " + name + ": its field must be a compositeField with itemProvider jcrChildNodeProvider");
            }
            if (!String.valueOf(optionLabels.get(name)).equals(fields.get("label"))) {
                problems.add("form " + name + ": label must be its option's label " + optionLabels.get(name));
            }
            if (!SourceForms.variablesOf(name).equals(names((Map<?, ?>) fields.get("properties")))) {
                problems.add("form " + name + ": fields " + names((Map<?, ?>) fields.get("properties"))
                        + " vs SourceForms " + SourceForms.variablesOf(name));
            }
        }
        assertEquals(types, formNames, "sources type: forms vs options");
        assertProblems(problems);
    }

    @Test
    void everyFieldIsALabelledCslVariable_namesAreMultiFieldsOfCslNames() throws IOException {
        Set<String> variables = listFile("contract/csl-variables.txt");
        Object cslName = LightModuleContractTest.MagnoliaYaml.parse(TREE.resolve("includes/cslName.yaml"));
        List<String> problems = new ArrayList<>();
        fields().forEach((where, field) -> {
            String variable = where.substring(where.lastIndexOf('.') + 1);
            if (!variables.contains(variable)) {
                problems.add(where + ": " + variable + " is not a CSL-JSON variable (contract/csl-variables.txt)");
            }
            if (!(field.get("label") instanceof String)) {
                problems.add(where + ": no label");
            }
            boolean multi = "jcrMultiField".equals(field.get("$type"));
            if (multi != CslJson.NAME_VARIABLES.contains(variable)) {
                problems.add(where + ": a name variable must be a jcrMultiField, and only a name variable");
            }
            if (multi && !cslName.equals(field.get("field"))) {
                problems.add(where + ": field must be !include:/essays/includes/cslName.yaml");
            }
            if (!multi && !"textField".equals(field.get("$type")) && !where.equals("type")) {
                problems.add(where + ": expected a textField, found " + field.get("$type"));
            }
        });
        assertProblems(problems);
    }

    @Test
    void contentTypeModelsEveryVariableTheTabOffers() throws IOException {
        Map<?, ?> model = (Map<?, ?>) ((Map<?, ?>) LightModuleContractTest.MagnoliaYaml
                .parse(TREE.resolve("contentTypes/essay.yaml"))).get("model");
        Set<String> modelled = new LinkedHashSet<>();
        for (Object sub : (List<?>) model.get("subModels")) {
            if ("source".equals(((Map<?, ?>) sub).get("name"))) {
                for (Object property : (List<?>) ((Map<?, ?>) sub).get("properties")) {
                    modelled.add(String.valueOf(((Map<?, ?>) property).get("name")));
                }
            }
        }
        Set<String> offered = new LinkedHashSet<>();
        fields().keySet().forEach(where -> offered.add(where.substring(where.lastIndexOf('.') + 1)));
        offered.removeAll(modelled);
        assertEquals(Set.of(), offered, "contentTypes/essay.yaml: subModels.source.properties lacks variables the tab offers");
    }

    /**
     * For every type: a source stored as the tab stores it (every field it offers filled, names as unmarked child
     * nodes, dates as the text an editor types) reads as a CSL-JSON item with every variable, and the module writes
     * that item back in the same shape, so the tab shows what the module stored.
     */
    @Test
    void everyVariableTheTabOffers_roundTripsBetweenTheTabsShapeAndCslJson() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(temp)) {
            EssayStore store = new EssayStore(repository);
            for (String typeName : SourceForms.types()) {
                String slug = "type-" + typeName.replace('_', '-');
                Map<String, Object> expected = new LinkedHashMap<>();
                repository.withSession(Workspaces.ESSAYS, session -> {
                    Node essay = session.getRootNode().addNode(slug, NodeTypes.ESSAY);
                    essay.setProperty("title", slug);
                    Node source = essay.addNode("sources", NodeTypes.MGNL_CONTENT_NODE).addNode("0", NodeTypes.MGNL_CONTENT_NODE);
                    source.setProperty("type", typeName);
                    expected.put("type", typeName);
                    Node typeNode = source.addNode(typeName, NodeTypes.MGNL_CONTENT_NODE);
                    for (Map.Entry<String, Map<?, ?>> field : fields().entrySet()) {
                        String[] where = field.getKey().split("\\.");
                        boolean common = where.length == 1;
                        if (common && !where[0].equals("type")) {
                            fill(source, where[0], field.getValue(), expected);
                        } else if (!common && where[0].equals(typeName)) {
                            fill(typeNode, where[1], field.getValue(), expected);
                        }
                    }
                    session.save();
                    return null;
                });
                Essay read = store.find(slug).orElseThrow();
                assertEquals(json(expected), json(read.sources().get(0)), typeName + ": read as CSL-JSON");

                repository.withSession(Workspaces.ESSAYS, session -> {
                    session.getNode("/" + slug + "/sources").remove(); // so the module writes them anew
                    session.save();
                    return null;
                });
                store.save(read, "admin");
                assertEquals(json(expected), json(store.find(slug).orElseThrow().sources().get(0)), typeName + ": written back");
                repository.withSession(Workspaces.ESSAYS, session -> {
                    Node source = session.getNode("/" + slug + "/sources/" + expected.get("id"));
                    for (String variable : SourceForms.variablesOf(typeName)) {
                        assertTrue(has(source.getNode(typeName), variable) && !has(source, variable),
                                typeName + "." + variable + " is written below the type, where the tab reads it");
                    }
                    return null;
                });
            }
        }
    }

    /** Sets a field as the tab does and notes the CSL-JSON value it must read as. */
    private static void fill(Node node, String variable, Map<?, ?> field, Map<String, Object> expected) throws RepositoryException {
        if ("jcrMultiField".equals(field.get("$type"))) {
            Node names = node.addNode(variable, NodeTypes.MGNL_CONTENT_NODE);
            Node first = names.addNode("0", NodeTypes.MGNL_CONTENT_NODE);
            first.setProperty("family", "Family " + variable);
            first.setProperty("given", "Given");
            names.addNode("1", NodeTypes.MGNL_CONTENT_NODE).setProperty("literal", "Office of " + variable);
            expected.put(variable, List.of(Map.of("family", "Family " + variable, "given", "Given"),
                    Map.of("literal", "Office of " + variable)));
        } else if (DATE_HELP.equals(field.get("description"))) {
            node.setProperty(variable, "2013-05-21");
            expected.put(variable, Map.of("date-parts", List.of(List.of(2013, 5, 21))));
        } else {
            String value = variable.equals("id") ? "key-" + node.getParent().getParent().getName() : "A " + variable;
            node.setProperty(variable, value);
            expected.put(variable, value);
        }
    }

    private static boolean has(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) || node.hasNode(name);
    }

    /** Every field of a source: common ones by name, a type's own as {@code type.variable}. */
    private static Map<String, Map<?, ?>> fields() {
        Map<String, Map<?, ?>> out = new LinkedHashMap<>();
        entry.forEach((name, field) -> out.put(String.valueOf(name), (Map<?, ?>) field));
        for (Object f : (List<?>) type.get("forms")) {
            Map<?, ?> form = (Map<?, ?>) f;
            String name = String.valueOf(form.get("name"));
            Map<?, ?> composite = (Map<?, ?>) ((Map<?, ?>) form.get("properties")).get(name);
            if (composite != null && composite.get("properties") instanceof Map<?, ?> properties) {
                properties.forEach((variable, field) -> out.put(name + "." + variable, (Map<?, ?>) field));
            }
        }
        return out;
    }

    private static List<String> names(Map<?, ?> properties) {
        return properties == null ? List.of() : properties.keySet().stream().map(String::valueOf).toList();
    }

    private static Object json(Object value) throws IOException {
        return EssayJson.MAPPER.readValue(EssayJson.MAPPER.writeValueAsString(value), Object.class);
    }

    private static Set<String> listFile(String resource) throws IOException {
        try (var in = SourcesTabContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static void assertProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }
}
