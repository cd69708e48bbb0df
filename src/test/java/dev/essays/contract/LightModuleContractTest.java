package dev.essays.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks the module's declarations against each other, against the repository and against what Magnolia 6.4
 * documents, since no Magnolia instance runs here: the light-module tree ({@code magnolia-module/essays}), the module
 * descriptor ({@code META-INF/magnolia/essays.xml}) and the bootstrap files ({@code mgnl-bootstrap/essays}).
 * The Magnolia facts behind the checks, and which remain unconfirmed, are in {@code docs/magnolia-facts.md}.
 * Each failure names the file and the key.
 */
class LightModuleContractTest {

    private static final String MODULE = "essays";
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path TREE = ROOT.resolve("magnolia-module").resolve(MODULE);
    private static final Path SCRIPTS = ROOT.resolve("templates");
    private static final Path RESOURCES = ROOT.resolve("src/main/resources");
    private static final Path DESCRIPTOR = RESOURCES.resolve("META-INF/magnolia/" + MODULE + ".xml");
    private static final Path BOOTSTRAP = RESOURCES.resolve("mgnl-bootstrap/" + MODULE);
    private static final Path SAMPLES = RESOURCES.resolve("mgnl-bootstrap-samples/" + MODULE);
    private static final Path BUNDLE = TREE.resolve("i18n/" + MODULE + "-messages_en.properties");
    private static final String NAMESPACE_URI = "https://magnolia-essays.dev/jcr/essays/1.0";

    /** Keys whose values are shown to editors and so must be message keys. */
    private static final Set<String> TEXT_KEYS = Set.of("label", "title", "description", "buttonLabel", "errorMessage",
            "placeholder");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z][\\w-]*(\\.[\\w-]+)+");
    /** Keys naming a Java class of the module (or Magnolia/Vaadin) that Magnolia instantiates. */
    private static final Set<String> CLASS_KEYS = Set.of("implementationClass", "componentClass", "modelClass", "class",
            "converterClass", "appClass");
    /** Workspaces a bootstrap file may target (its file name starts with the workspace). */
    private static final Set<String> BOOTSTRAP_WORKSPACES = Set.of("config", "userroles", "usergroups", "users",
            "website", "essays", "comments");

    private static Map<Path, Object> definitions;
    private static Properties messages;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isDirectory(TREE), "light-module tree not found at " + TREE);
        definitions = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(TREE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                definitions.put(file, MagnoliaYaml.parse(file));
            }
        }
        messages = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            messages.load(in);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parsing

    @Test
    void everyDefinitionIsAYamlMapping() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TREE)) {
            files.filter(p -> p.toString().endsWith(".yml")).forEach(p -> problems.add(rel(p) + ": use .yaml, Magnolia ignores .yml"));
        }
        definitions.forEach((file, root) -> {
            if (!(root instanceof Map)) {
                problems.add(rel(file) + ": the root is not a mapping");
            }
        });
        assertTrue(definitions.size() >= 15, "expected the module's definitions, found " + definitions.keySet());
        assertNoProblems(problems);
    }

    @Test
    void definitionFoldersAreOnesMagnoliaReads() {
        Set<String> known = Set.of("apps", "contentTypes", "dialogs", "templates", "restEndpoints", "virtualUriMappings",
                "decorations", "i18n", "webresources", "includes", "renderers", "fieldTypes", "themes");
        List<String> problems = new ArrayList<>();
        for (Path file : definitions.keySet()) {
            String folder = TREE.relativize(file).getName(0).toString();
            if (!known.contains(folder)) {
                problems.add(rel(file) + ": folder '" + folder + "' is not a light-module definition folder " + known);
            }
        }
        assertNoProblems(problems);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // References between files

    @Test
    void everyTemplateScriptExists() {
        List<String> problems = new ArrayList<>();
        String prefix = "/" + MODULE + "/templates/";
        eachValue("templateScript", (where, value) -> {
            String script = String.valueOf(value);
            if (!script.startsWith(prefix)) {
                problems.add(where + ": templateScript " + script + " is not under " + prefix);
            } else if (!Files.isRegularFile(SCRIPTS.resolve(script.substring(prefix.length())))) {
                problems.add(where + ": templateScript " + script + " has no file templates/" + script.substring(prefix.length()));
            }
        });
        for (Path file : filesUnder("templates")) {
            if (!(definitions.get(file) instanceof Map<?, ?> map) || !map.containsKey("templateScript")) {
                problems.add(rel(file) + ": no templateScript");
            } else if (!"freemarker".equals(map.get("renderType"))) {
                problems.add(rel(file) + ": renderType is " + map.get("renderType") + ", expected freemarker");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void everyDialogIdResolvesToADialogInTheTree() {
        List<String> problems = new ArrayList<>();
        BiConsumer<String, Object> check = (where, value) -> {
            String id = String.valueOf(value);
            Path target = definitionFile("dialogs", id);
            if (target == null) {
                problems.add(where + ": dialog id " + id + " is not of the form " + MODULE + ":<path>");
            } else if (!definitions.containsKey(target)) {
                problems.add(where + ": dialog " + id + " has no file " + rel(target));
            }
        };
        eachValue("dialog", check);
        eachValue("dialogId", check);
        for (Path template : filesUnder("templates")) {
            if (definitions.get(template) instanceof Map<?, ?> map && !map.containsKey("dialog")) {
                problems.add(rel(template) + ": no dialog (every template of this module has one)");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void everyAvailableComponentResolvesToAComponentTemplate() {
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        eachValue("availableComponents", (where, value) -> {
            if (!(value instanceof Map<?, ?> components)) {
                problems.add(where + ": availableComponents is not a mapping");
                return;
            }
            components.forEach((name, component) -> {
                count[0]++;
                Object id = component instanceof Map<?, ?> c ? c.get("id") : null;
                Path target = id == null ? null : definitionFile("templates", String.valueOf(id));
                if (target == null) {
                    problems.add(where + "." + name + ".id: " + id + " is not of the form " + MODULE + ":components/<name>");
                } else if (!String.valueOf(id).startsWith(MODULE + ":components/")) {
                    problems.add(where + "." + name + ".id: " + id + " is not a component template");
                } else if (!definitions.containsKey(target)) {
                    problems.add(where + "." + name + ".id: " + id + " has no file " + rel(target));
                }
            });
        });
        assertTrue(count[0] > 0, "no availableComponents found");
        assertNoProblems(problems);
    }

    @Test
    void essayPageHasTheAreasOtherIssuesFill() {
        Map<?, ?> page = map(TREE.resolve("templates/pages/essay.yaml"));
        Map<?, ?> areas = (Map<?, ?>) page.get("areas");
        assertEquals("list", ((Map<?, ?>) areas.get("main")).get("type"), "templates/pages/essay.yaml: areas.main.type");
        Map<?, ?> comments = (Map<?, ?>) areas.get("comments");
        assertEquals("single", comments.get("type"), "templates/pages/essay.yaml: areas.comments.type");
        assertEquals(MODULE + ":components/comments",
                ((Map<?, ?>) ((Map<?, ?>) comments.get("availableComponents")).get("comments")).get("id"),
                "templates/pages/essay.yaml: areas.comments.availableComponents.comments.id");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // i18n

    @Test
    void everyEditorFacingTextIsAMessageKey() {
        List<String> problems = new ArrayList<>();
        for (String key : TEXT_KEYS) {
            eachValue(key, (where, value) -> {
                if (value instanceof String text && !MESSAGE_KEY.matcher(text).matches()) {
                    problems.add(where + ": '" + text + "' is literal text; use a message key from " + rel(BUNDLE));
                }
            });
        }
        assertNoProblems(problems);
    }

    @Test
    void staticFieldTextsAreMessageKeysWithALabel() {
        List<String> problems = new ArrayList<>();
        eachValue("$type", (where, type) -> {
            if ("staticField".equals(type)) {
                String field = where.substring(0, where.length() - ".$type".length());
                definitions.forEach((file, root) -> walk(root, rel(file) + ":", "value", (at, value) -> {
                    if (at.startsWith(field + ".") && !(value instanceof String key && hasLabel(key))) {
                        problems.add(at + ": a static field's value must be a message key with a label (docs: i18n-able)");
                    }
                }));
            }
        });
        assertNoProblems(problems);
    }

    @Test
    void everyMessageKeyUsedHasALabel() {
        List<String> problems = new ArrayList<>();
        for (String key : TEXT_KEYS) {
            eachValue(key, (where, value) -> {
                if (value instanceof String text && MESSAGE_KEY.matcher(text).matches() && !hasLabel(text)) {
                    problems.add(where + ": message key " + text + " has no label in " + rel(BUNDLE));
                }
            });
        }
        // Keys Magnolia derives by convention: <app>.app.label, <app>.browser.label, <app>.detail.label for apps,
        // <module>.<dialog path with dots>.label for dialogs.
        for (Path app : filesUnder("apps")) {
            Object name = map(app).get("name");
            for (String suffix : List.of(".app.label", ".browser.label", ".detail.label")) {
                if (!hasLabel(name + suffix)) {
                    problems.add(rel(app) + ": conventional key " + name + suffix + " has no label in " + rel(BUNDLE));
                }
            }
        }
        for (Path dialog : filesUnder("dialogs")) {
            String path = TREE.resolve("dialogs").relativize(dialog).toString().replace('\\', '/');
            String key = MODULE + "." + path.substring(0, path.length() - ".yaml".length()).replace('/', '.') + ".label";
            if (!hasLabel(key)) {
                problems.add(rel(dialog) + ": conventional key " + key + " has no label in " + rel(BUNDLE));
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void messageBundleHasNoUnusedOrEmptyLabels() throws IOException {
        String allYaml;
        try (Stream<Path> files = Files.walk(TREE)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            allYaml = text.toString();
        }
        Set<String> appNames = filesUnder("apps").stream().map(f -> String.valueOf(map(f).get("name"))).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            if (messages.getProperty(key).isBlank()) {
                problems.add(rel(BUNDLE) + ": " + key + " is empty");
            }
            boolean conventional = appNames.stream().anyMatch(app -> key.equals(app + ".app.label")
                    || key.equals(app + ".browser.label") || key.equals(app + ".detail.label"));
            if (!conventional && !allYaml.contains(key)) {
                problems.add(rel(BUNDLE) + ": " + key + " is not used by any definition");
            }
        }
        assertNoProblems(problems);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Types and classes

    @Test
    void everyFieldTypeIsOneMagnolia6Documents() throws IOException {
        Set<String> fieldTypes = listFile("contract/magnolia6-field-types.txt");
        Set<String> otherTypes = listFile("contract/magnolia6-definition-types.txt");
        List<String> problems = new ArrayList<>();
        int[] fields = {0};
        eachValue("$type", (where, value) -> {
            String type = String.valueOf(value);
            if (type.endsWith("Field")) {
                fields[0]++;
                if (!fieldTypes.contains(type)) {
                    problems.add(where + ": field $type " + type + " is not in contract/magnolia6-field-types.txt");
                }
            } else if (!otherTypes.contains(type)) {
                problems.add(where + ": $type " + type + " is not in contract/magnolia6-definition-types.txt");
            }
        });
        eachValue("fieldType", (where, value) -> problems.add(where + ": fieldType is Magnolia 5 UI (deprecated since 6.0); use $type"));
        assertTrue(fields[0] > 20, "expected many fields, found " + fields[0]);
        assertNoProblems(problems);
    }

    @Test
    void everyModuleClassNamedExistsOrIsListedAsPending() throws Exception {
        Set<String> pending = listFile("contract/pending-classes.txt");
        Set<String> magnoliaClasses = listFile("contract/magnolia6-definition-types.txt").stream()
                .filter(s -> s.startsWith("class:")).map(s -> s.substring("class:".length())).collect(Collectors.toSet());
        Map<String, String> named = new LinkedHashMap<>();
        for (String key : CLASS_KEYS) {
            eachValue(key, (where, value) -> named.putIfAbsent(String.valueOf(value), where));
        }
        Document descriptor = parseXml(DESCRIPTOR);
        for (String tag : List.of("class", "versionHandler", "type", "implementation")) {
            NodeList nodes = descriptor.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                named.putIfAbsent(nodes.item(i).getTextContent().trim(), rel(DESCRIPTOR) + ": <" + tag + ">");
            }
        }
        for (Path file : bootstrapFiles()) {
            for (Map.Entry<String, String> property : svProperties(parseXml(file).getDocumentElement(), "").entrySet()) {
                if (property.getKey().endsWith("/componentClass") || property.getKey().endsWith("/class")) {
                    named.putIfAbsent(property.getValue(), rel(file) + ": " + property.getKey());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        named.forEach((className, where) -> {
            if (className.startsWith("dev.essays.")) {
                boolean exists = classExists(className);
                if (!exists && !pending.contains(className)) {
                    problems.add(where + ": class " + className + " is not on the classpath and not in contract/pending-classes.txt");
                } else if (exists && pending.contains(className)) {
                    problems.add(where + ": class " + className + " exists now: delete it from contract/pending-classes.txt");
                }
            } else if (!magnoliaClasses.contains(className)) {
                problems.add(where + ": class " + className + " is not a module class and not a checked Magnolia class"
                        + " (contract/magnolia6-definition-types.txt)");
            }
        });
        for (String className : pending) {
            if (!named.containsKey(className)) {
                problems.add("contract/pending-classes.txt: " + className + " is named by no declaration; delete it");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void restEndpointsUseThe64ClassForPlainJaxRsEndpoints() {
        List<String> problems = new ArrayList<>();
        Set<String> implementations = new LinkedHashSet<>();
        for (Path file : filesUnder("restEndpoints")) {
            Map<?, ?> endpoint = map(file);
            if (!"info.magnolia.rest.registry.ConfiguredEndpointDefinition".equals(endpoint.get("class"))) {
                problems.add(rel(file) + ": class is " + endpoint.get("class")
                        + ", expected info.magnolia.rest.registry.ConfiguredEndpointDefinition");
            }
            if (!(endpoint.get("implementationClass") instanceof String implementation)) {
                problems.add(rel(file) + ": no implementationClass");
            } else {
                implementations.add(implementation);
            }
        }
        assertNoProblems(problems);
        assertEquals(Set.of("dev.essays.rest.EssaysEndpoint", "dev.essays.rest.EssaySourcesEndpoint",
                "dev.essays.comments.rest.CommentsEndpoint"), implementations,
                "restEndpoints/**: implementation classes (shared-names.md)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Content types against the Java names and the node-type file

    @Test
    void contentTypesDeclareTheModuleNamespaceWorkspacesAndNodeTypes() throws Exception {
        Set<String> declaredNodeTypes = nodeTypeNames();
        List<String> problems = new ArrayList<>();
        for (Path file : filesUnder("contentTypes")) {
            Map<?, ?> type = map(file);
            Map<?, ?> datasource = (Map<?, ?>) type.get("datasource");
            if (!"jcrContentTypeDatasource".equals(datasource.get("$type"))) {
                problems.add(rel(file) + ": datasource.$type is " + datasource.get("$type") + ", expected jcrContentTypeDatasource");
            }
            if (!Boolean.TRUE.equals(datasource.get("autoCreate")) && !"true".equals(datasource.get("autoCreate"))) {
                problems.add(rel(file) + ": datasource.autoCreate is not true");
            }
            Map<?, ?> namespaces = (Map<?, ?>) datasource.get("namespaces");
            if (namespaces == null || !NAMESPACE_URI.equals(namespaces.get("essays"))) {
                problems.add(rel(file) + ": datasource.namespaces.essays is not " + NAMESPACE_URI);
            }
            Map<?, ?> model = (Map<?, ?>) type.get("model");
            checkNodeType(file, "model.nodeType", model.get("nodeType"), declaredNodeTypes, problems);
            if (model.get("subModels") instanceof List<?> subModels) {
                for (Object subModel : subModels) {
                    Map<?, ?> sub = (Map<?, ?>) subModel;
                    if (sub.containsKey("nodeType")) {
                        checkNodeType(file, "subModels." + sub.get("name") + ".nodeType", sub.get("nodeType"), declaredNodeTypes, problems);
                    }
                }
            }
        }
        assertNoProblems(problems);
        assertEquals("essays:essay", modelOf("essay").get("nodeType"), "contentTypes/essay.yaml: model.nodeType");
        assertEquals("essays:comment", modelOf("comment").get("nodeType"), "contentTypes/comment.yaml: model.nodeType");
        assertEquals("essays", datasourceOf("essay").get("workspace"), "contentTypes/essay.yaml: datasource.workspace");
        assertEquals("comments", datasourceOf("comment").get("workspace"), "contentTypes/comment.yaml: datasource.workspace");
    }

    @Test
    void essayModelHasEveryEssayPropertyWithItsType() throws Exception {
        Map<String, Map<?, ?>> properties = propertiesByName(modelOf("essay").get("properties"));
        Set<String> javaNames = new TreeSet<>();
        Class<?> names = Class.forName("dev.essays.essay.EssayProperties");
        for (Field field : names.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                javaNames.add((String) field.get(null));
            }
        }
        assertEquals(javaNames, new TreeSet<>(properties.keySet()),
                "contentTypes/essay.yaml: model.properties vs dev.essays.essay.EssayProperties");
        Map<String, String> expectedTypes = Map.of("body", "richText", "publishedOn", "Date", "updatedOn", "Date",
                "commentsOpen", "Boolean", "sources", "source");
        expectedTypes.forEach((name, type) -> assertEquals(type, properties.get(name).get("type"),
                "contentTypes/essay.yaml: model.properties." + name + ".type"));
        for (String multiple : List.of("authors", "categories", "tags", "sources")) {
            assertEquals(Boolean.TRUE, properties.get(multiple).get("multiple"),
                    "contentTypes/essay.yaml: model.properties." + multiple + ".multiple");
        }
    }

    @Test
    void sourceSubModelHoldsTheCommonCslVariables() {
        Map<String, Map<?, ?>> subModels = new LinkedHashMap<>();
        for (Object sub : (List<?>) modelOf("essay").get("subModels")) {
            subModels.put(String.valueOf(((Map<?, ?>) sub).get("name")), (Map<?, ?>) sub);
        }
        Map<String, Map<?, ?>> source = propertiesByName(subModels.get("source").get("properties"));
        List<String> missing = new ArrayList<>();
        for (String variable : List.of("id", "type", "title", "container-title", "collection-title", "publisher",
                "publisher-place", "page", "volume", "issue", "edition", "URL", "DOI", "ISBN", "medium", "genre",
                "archive", "note", "issued", "accessed", "author", "editor", "translator")) {
            if (!source.containsKey(variable)) {
                missing.add("contentTypes/essay.yaml: subModels.source.properties has no " + variable);
            }
        }
        for (String names : List.of("author", "editor", "translator")) {
            Map<?, ?> property = source.get(names);
            if (property != null && !(subModels.containsKey(String.valueOf(property.get("type"))) && Boolean.TRUE.equals(property.get("multiple")))) {
                missing.add("contentTypes/essay.yaml: subModels.source." + names + " is not a multiple names sub-model");
            }
        }
        Map<?, ?> namesModel = subModels.get(String.valueOf(source.get("author").get("type")));
        Set<String> nameParts = propertiesByName(namesModel.get("properties")).keySet();
        assertEquals(Set.of("family", "given", "non-dropping-particle", "dropping-particle", "suffix", "literal"), nameParts,
                "contentTypes/essay.yaml: the names sub-model's properties");
        assertNoProblems(missing);
    }

    @Test
    void commentModelHasTheSharedCommentProperties() {
        Map<String, Map<?, ?>> properties = propertiesByName(modelOf("comment").get("properties"));
        assertEquals(Set.of("essay", "parentId", "author", "email", "url", "text", "status", "created", "ipHash",
                        "userAgent", "editSecretHash", "idempotencyKey", "notifyReplies"), properties.keySet(),
                "contentTypes/comment.yaml: model.properties (shared-names.md, Comment node)");
        assertEquals("Date", properties.get("created").get("type"), "contentTypes/comment.yaml: created.type");
        assertEquals("Boolean", properties.get("notifyReplies").get("type"), "contentTypes/comment.yaml: notifyReplies.type");
    }

    @Test
    void appsAreGeneratedFromTheContentTypes() {
        Map<String, String> expected = Map.of("apps/essays.yaml", "!content-type:essay", "apps/comments.yaml", "!content-type:comment");
        List<String> problems = new ArrayList<>();
        expected.forEach((file, tag) -> {
            Map<?, ?> app = map(TREE.resolve(file));
            if (!tag.equals(app.get(MagnoliaYaml.TAG))) {
                problems.add(file + ": starts with " + app.get(MagnoliaYaml.TAG) + ", expected " + tag);
            }
            String type = tag.substring("!content-type:".length());
            if (!Files.isRegularFile(TREE.resolve("contentTypes/" + type + ".yaml"))) {
                problems.add(file + ": content type " + type + " has no contentTypes/" + type + ".yaml");
            }
        });
        assertEquals("essays", map(TREE.resolve("apps/essays.yaml")).get("name"), "apps/essays.yaml: name");
        assertNoProblems(problems);
    }

    @Test
    void essaysAppTabsShowEveryFieldOnceAndOnlyDefinedOnes() {
        Map<?, ?> form = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) map(TREE.resolve("apps/essays.yaml")).get("subApps")).get("detail")).get("form");
        Set<String> fields = propertiesByName(form.get("properties")).keySet();
        Map<?, ?> tabs = (Map<?, ?>) ((Map<?, ?>) form.get("layout")).get("tabs");
        assertEquals(List.of("content", "sources", "settings"), List.copyOf(tabs.keySet().stream().map(String::valueOf).toList()),
                "apps/essays.yaml: subApps.detail.form.layout.tabs");
        List<String> placed = new ArrayList<>();
        tabs.forEach((tab, definition) -> {
            for (Object field : (List<?>) ((Map<?, ?>) definition).get("fields")) {
                placed.add(String.valueOf(((Map<?, ?>) field).get("name")));
            }
        });
        assertEquals(new TreeSet<>(fields), new TreeSet<>(placed), "apps/essays.yaml: fields in tabs vs form.properties");
        assertEquals(placed.size(), new LinkedHashSet<>(placed).size(), "apps/essays.yaml: a field is in two tabs: " + placed);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Virtual URI mapping

    @Test
    void permalinksForwardToTheEssayPage() {
        Map<?, ?> mapping = map(TREE.resolve("virtualUriMappings/essayPermalinks.yaml"));
        assertEquals("info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping", mapping.get("class"),
                "virtualUriMappings/essayPermalinks.yaml: class");
        Pattern from = Pattern.compile(String.valueOf(mapping.get("fromUri")));
        String to = String.valueOf(mapping.get("toUri"));
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("/essays/the-craft-of-citing", "forward:/essays/essay?slug=the-craft-of-citing");
        cases.put("/essays/the-craft-of-citing.html", "forward:/essays/essay?slug=the-craft-of-citing");
        cases.put("/essays/2024-notes/", "forward:/essays/essay?slug=2024-notes");
        cases.put("/essays/essay", null);
        cases.put("/essays/essay.html", null);
        cases.put("/essays", null);
        cases.put("/essays/", null);
        cases.put("/essays/a/b", null);
        cases.put("/essays/Upper-Case", null);
        cases.put("/essays/../etc", null);
        cases.put("/other/slug", null);
        List<String> problems = new ArrayList<>();
        cases.forEach((uri, expected) -> {
            Matcher matcher = from.matcher(uri);
            String actual = matcher.matches() ? matcher.replaceFirst(to.replace("?", "\\?")) : null;
            if (!java.util.Objects.equals(expected, actual)) {
                problems.add("virtualUriMappings/essayPermalinks.yaml: " + uri + " maps to " + actual + ", expected " + expected);
            }
        });
        assertNoProblems(problems);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Module descriptor and bootstrap files

    @Test
    void descriptorFollowsModuleDtdOrder() throws Exception {
        Element module = parseXml(DESCRIPTOR).getDocumentElement();
        assertEquals("module", module.getTagName(), rel(DESCRIPTOR) + ": root element");
        List<String> order = List.of("name", "displayName", "description", "class", "versionHandler", "version",
                "properties", "components", "dependencies", "servlets", "repositories");
        int last = -1;
        List<String> problems = new ArrayList<>();
        for (Element child : children(module)) {
            int index = order.indexOf(child.getTagName());
            if (index < 0) {
                problems.add(rel(DESCRIPTOR) + ": <" + child.getTagName() + "> is not in module.dtd");
            } else if (index < last) {
                problems.add(rel(DESCRIPTOR) + ": <" + child.getTagName() + "> comes after <" + order.get(last) + ">; module.dtd order is " + order);
            } else {
                last = index;
            }
        }
        assertNoProblems(problems);
        assertEquals(MODULE, text(module, "name"), rel(DESCRIPTOR) + ": <name>");
        for (Element components : childrenNamed(module, "components")) {
            assertFalse(text(components, "id").isEmpty(), rel(DESCRIPTOR) + ": <components> without <id>");
        }
    }

    @Test
    void descriptorVersionIsThePomVersion() throws Exception {
        String descriptorVersion = text(parseXml(DESCRIPTOR).getDocumentElement(), "version");
        Element project = parseXml(ROOT.resolve("pom.xml")).getDocumentElement();
        String pomVersion = text(project, "version");
        assertEquals(pomVersion, descriptorVersion, rel(DESCRIPTOR) + ": <version> must equal the pom's version"
                + " (resource filtering is off, so ${project.version} would reach Magnolia as is)");
    }

    @Test
    void descriptorBindsTheSessionProvider() throws Exception {
        Map<String, Element> byType = new LinkedHashMap<>();
        for (Element components : childrenNamed(parseXml(DESCRIPTOR).getDocumentElement(), "components")) {
            for (Element component : childrenNamed(components, "component")) {
                byType.put(text(component, "type"), component);
            }
        }
        Element sessions = byType.get("dev.essays.jcr.SessionProvider");
        assertTrue(sessions != null, rel(DESCRIPTOR) + ": no <component> for dev.essays.jcr.SessionProvider");
        assertEquals("dev.essays.magnolia.MagnoliaSessionProvider", text(sessions, "implementation"),
                rel(DESCRIPTOR) + ": SessionProvider <implementation>");
        assertEquals("singleton", text(sessions, "scope"), rel(DESCRIPTOR) + ": SessionProvider <scope>");
    }

    @Test
    void descriptorWorkspacesAreTheContentTypesWorkspacesAndItsNodeTypeFileExists() throws Exception {
        Element module = parseXml(DESCRIPTOR).getDocumentElement();
        Set<String> workspaces = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Element repositories : childrenNamed(module, "repositories")) {
            for (Element repository : childrenNamed(repositories, "repository")) {
                for (Element list : childrenNamed(repository, "workspaces")) {
                    for (Element workspace : childrenNamed(list, "workspace")) {
                        workspaces.add(workspace.getTextContent().trim());
                    }
                }
                String nodeTypeFile = text(repository, "nodeTypeFile");
                if (nodeTypeFile.isEmpty()) {
                    problems.add(rel(DESCRIPTOR) + ": repository " + text(repository, "name") + " has no <nodeTypeFile>");
                } else if (!Files.isRegularFile(RESOURCES.resolve(nodeTypeFile.substring(1)))
                        || LightModuleContractTest.class.getResource(nodeTypeFile) == null) {
                    problems.add(rel(DESCRIPTOR) + ": <nodeTypeFile> " + nodeTypeFile + " is not a classpath resource");
                }
            }
        }
        Set<String> contentTypeWorkspaces = new TreeSet<>();
        for (Path file : filesUnder("contentTypes")) {
            contentTypeWorkspaces.add(String.valueOf(((Map<?, ?>) map(file).get("datasource")).get("workspace")));
        }
        assertNoProblems(problems);
        assertEquals(contentTypeWorkspaces, workspaces, rel(DESCRIPTOR) + ": <workspace>s vs contentTypes/*.yaml datasource.workspace");
    }

    @Test
    void bootstrapFilesAreSystemViewNodesNamedByTheirPath() throws Exception {
        List<Path> files = bootstrapFiles();
        assertFalse(files.isEmpty(), "no bootstrap files under " + rel(BOOTSTRAP));
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String[] path = name.substring(0, name.length() - ".xml".length()).split("\\.");
            if (!BOOTSTRAP_WORKSPACES.contains(path[0])) {
                problems.add(rel(file) + ": the file name must start with a workspace " + BOOTSTRAP_WORKSPACES);
            }
            Element root = parseXml(file).getDocumentElement();
            if (!"http://www.jcp.org/jcr/sv/1.0".equals(root.getNamespaceURI()) || !"node".equals(root.getLocalName())) {
                problems.add(rel(file) + ": the root is not an sv:node (JCR system view)");
                continue;
            }
            String nodeName = root.getAttributeNS("http://www.jcp.org/jcr/sv/1.0", "name");
            if (!nodeName.equals(path[path.length - 1])) {
                problems.add(rel(file) + ": the node is named " + nodeName + " but the file name ends in " + path[path.length - 1]);
            }
            if (!svProperties(root, "").containsKey("/jcr:primaryType")) {
                problems.add(rel(file) + ": the node has no jcr:primaryType");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void templateIdsInBootstrappedPagesResolve() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] pages = {0};
        for (Path file : bootstrapFiles()) {
            svProperties(parseXml(file).getDocumentElement(), "").forEach((key, value) -> {
                if (key.endsWith("/mgnl:template")) {
                    pages[0]++;
                    Path target = definitionFile("templates", value);
                    if (target == null || !definitions.containsKey(target)) {
                        problems.add(rel(file) + ": " + key + " " + value + " is not a template of the module");
                    }
                }
            });
        }
        assertTrue(pages[0] >= 2, "expected the sample essay index and essay pages");
        assertNoProblems(problems);
    }

    @Test
    void bootstrapRegistersEssayfnAndTheRoles() throws Exception {
        Map<String, String> essayfn = svProperties(parseXml(BOOTSTRAP.resolve(
                "config.modules.rendering.renderers.freemarker.contextAttributes.essayfn.xml")).getDocumentElement(), "");
        assertEquals("essayfn", essayfn.get("/name"), "essayfn bootstrap: name");
        assertEquals("dev.essays.templating.EssayTemplatingFunctions", essayfn.get("/componentClass"), "essayfn bootstrap: componentClass");

        Map<String, String> visitors = svProperties(parseXml(BOOTSTRAP.resolve("userroles.essays-anonymous.xml")).getDocumentElement(), "");
        assertEquals("mgnl:role", visitors.get("/jcr:primaryType"), "userroles.essays-anonymous.xml: jcr:primaryType");
        Map<String, String> uriAcl = uriAcl(visitors);
        assertEquals(Map.of("/.rest/essays/v1/*", "8", "/.rest/essays/v1/comments*", "63"), uriAcl,
                "userroles.essays-anonymous.xml: acl_uri (8 = Get, 63 = Get & Post)");
        for (String role : List.of("essays-editor", "essays-moderator")) {
            Map<String, String> properties = svProperties(parseXml(BOOTSTRAP.resolve("userroles." + role + ".xml")).getDocumentElement(), "");
            assertEquals("mgnl:role", properties.get("/jcr:primaryType"), "userroles." + role + ".xml: jcr:primaryType");
            assertFalse(uriAcl(properties).isEmpty(), "userroles." + role + ".xml: acl_uri");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** Calls {@code action(where, value)} for every occurrence of {@code key} in any mapping of any definition. */
    private static void eachValue(String key, BiConsumer<String, Object> action) {
        definitions.forEach((file, root) -> walk(root, rel(file) + ":", key, action));
    }

    private static void walk(Object node, String path, String key, BiConsumer<String, Object> action) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String here = path.endsWith(":") ? path + " " + entry.getKey() : path + "." + entry.getKey();
                if (key.equals(entry.getKey())) {
                    action.accept(here, entry.getValue());
                }
                walk(entry.getValue(), here, key, action);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                String label = item instanceof Map<?, ?> m && m.get("name") != null ? "[" + m.get("name") + "]" : "[" + i + "]";
                walk(item, path + label, key, action);
            }
        }
    }

    /** The file a definition id names: {@code essays:components/essay} under {@code folder} (templates, dialogs). */
    private static Path definitionFile(String folder, String id) {
        if (!id.startsWith(MODULE + ":") || id.length() == MODULE.length() + 1 || id.contains("..")) {
            return null;
        }
        return TREE.resolve(folder).resolve(id.substring(MODULE.length() + 1) + ".yaml");
    }

    private static List<Path> filesUnder(String folder) {
        Path base = TREE.resolve(folder);
        return definitions.keySet().stream().filter(p -> p.startsWith(base)).toList();
    }

    private static Map<?, ?> map(Path file) {
        Object root = definitions.get(file);
        if (!(root instanceof Map<?, ?> map)) {
            throw new AssertionError(rel(file) + ": missing or not a mapping");
        }
        return map;
    }

    private static Map<?, ?> modelOf(String contentType) {
        return (Map<?, ?>) map(TREE.resolve("contentTypes/" + contentType + ".yaml")).get("model");
    }

    private static Map<?, ?> datasourceOf(String contentType) {
        return (Map<?, ?>) map(TREE.resolve("contentTypes/" + contentType + ".yaml")).get("datasource");
    }

    /** Definitions given as a list of {@code - name: x} items or as a map {@code x: {...}}, keyed by name. */
    private static Map<String, Map<?, ?>> propertiesByName(Object properties) {
        Map<String, Map<?, ?>> out = new LinkedHashMap<>();
        if (properties instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> property = (Map<?, ?>) item;
                out.put(String.valueOf(property.get("name")), property);
            }
        } else if (properties instanceof Map<?, ?> map) {
            map.forEach((name, property) -> out.put(String.valueOf(name), property instanceof Map<?, ?> m ? m : Map.of()));
        }
        return out;
    }

    private static void checkNodeType(Path file, String where, Object nodeType, Set<String> declared, List<String> problems) {
        if (!declared.contains(String.valueOf(nodeType))) {
            problems.add(rel(file) + ": " + where + " " + nodeType + " is not declared in /mgnl-nodetypes/essays-nodetypes.xml");
        }
    }

    private static Set<String> nodeTypeNames() throws Exception {
        Set<String> names = new TreeSet<>();
        NodeList nodeTypes = parseXml(RESOURCES.resolve("mgnl-nodetypes/essays-nodetypes.xml")).getElementsByTagName("nodeType");
        for (int i = 0; i < nodeTypes.getLength(); i++) {
            names.add(((Element) nodeTypes.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static boolean hasLabel(String key) {
        return messages.containsKey(key) && !messages.getProperty(key).isBlank();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, LightModuleContractTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Set<String> listFile(String resource) throws IOException {
        try (var in = LightModuleContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** Bootstrap and sample bootstrap files. */
    private static List<Path> bootstrapFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : List.of(BOOTSTRAP, SAMPLES)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try {
            return builder.parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(rel(file) + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    private static List<Element> childrenNamed(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(e.getTagName())).toList();
    }

    static String text(Element parent, String child) {
        return childrenNamed(parent, child).stream().findFirst().map(e -> e.getTextContent().trim()).orElse("");
    }

    /** Flattens a system-view node into {@code /child/grandchild/property -> value} (first value of each property). */
    private static Map<String, String> svProperties(Element node, String path) {
        String sv = "http://www.jcp.org/jcr/sv/1.0";
        Map<String, String> out = new LinkedHashMap<>();
        for (Element child : children(node)) {
            String name = child.getAttributeNS(sv, "name");
            if ("property".equals(child.getLocalName())) {
                List<Element> values = children(child);
                out.put(path + "/" + name, values.isEmpty() ? "" : values.get(0).getTextContent());
            } else if ("node".equals(child.getLocalName())) {
                out.putAll(svProperties(child, path + "/" + name));
            }
        }
        return out;
    }

    private static Map<String, String> uriAcl(Map<String, String> role) {
        Map<String, String> acl = new LinkedHashMap<>();
        role.forEach((key, value) -> {
            if (key.startsWith("/acl_uri/") && key.endsWith("/path")) {
                acl.put(value, role.get(key.substring(0, key.length() - "/path".length()) + "/permissions"));
            }
        });
        return acl;
    }

    private static String rel(Path file) {
        return ROOT.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * Reads Magnolia's YAML dialect into maps, lists and strings. Magnolia's directives ({@code !content-type:x},
     * {@code !include:/path}, {@code !inherit:x}, {@code !override}) are YAML local tags; standard parsers refuse
     * them, so the node graph is composed (anchors and aliases resolved) and converted here. {@code !include:/essays/x.yaml}
     * is replaced by that file of the tree (keys after it override the included ones, as in Magnolia); any other
     * tagged mapping gets the tag under the key {@link #TAG}; a tagged scalar becomes a map {@code {TAG: tag, value:
     * text}}. Scalars stay strings except plain {@code true}/{@code false}.
     */
    static final class MagnoliaYaml {
        static final String TAG = "!tag";
        private static final String INCLUDE = "!include:";

        /** The file an include names by its resource path ({@code /essays/includes/x.yaml}), parsed. */
        private static Object included(String tag) {
            String path = tag.substring(INCLUDE.length());
            Path file = TREE.getParent().resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
            if (!path.startsWith("/" + MODULE + "/") || !Files.isRegularFile(file)) {
                throw new AssertionError(tag + ": no such file of the module (" + ROOT.relativize(file) + ")");
            }
            try {
                return parse(file);
            } catch (IOException e) {
                throw new AssertionError(tag + ": " + e.getMessage(), e);
            }
        }

        static Object parse(Path file) throws IOException {
            org.yaml.snakeyaml.nodes.Node root;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                root = new Yaml(new LoaderOptions()).compose(in);
            } catch (RuntimeException e) {
                throw new AssertionError(ROOT.relativize(file) + ": not valid YAML: " + e.getMessage(), e);
            }
            return root == null ? null : convert(root);
        }

        @SuppressWarnings("unchecked")
        private static Object convert(org.yaml.snakeyaml.nodes.Node node) {
            String tag = node.getTag().getValue();
            boolean directive = tag.startsWith("!");
            if (node instanceof MappingNode mapping) {
                Map<String, Object> out = new LinkedHashMap<>();
                if (tag.startsWith(INCLUDE)) {
                    out.putAll((Map<String, Object>) included(tag));
                } else if (directive) {
                    out.put(TAG, tag);
                }
                for (NodeTuple tuple : mapping.getValue()) {
                    out.put(String.valueOf(convert(tuple.getKeyNode())), convert(tuple.getValueNode()));
                }
                return out;
            }
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue().stream().map(MagnoliaYaml::convert).toList();
            }
            ScalarNode scalar = (ScalarNode) node;
            if (tag.startsWith(INCLUDE)) {
                return included(tag);
            }
            if (directive) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(TAG, tag);
                out.put("value", scalar.getValue());
                return out;
            }
            if (Tag.BOOL.equals(node.getTag())) {
                return Boolean.valueOf(scalar.getValue().toLowerCase(java.util.Locale.ROOT).matches("true|yes|on"));
            }
            return scalar.getValue();
        }
    }
}
