package dev.essays.contract;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.settings.CommentMailSettings;
import dev.essays.comments.settings.CommentMailSettingsReader;
import dev.essays.comments.settings.CommentSettings;
import dev.essays.formatting.SiteSettings;
import dev.essays.comments.settings.CommentSettingsReader;
import dev.essays.comments.settings.MailSetup;
import dev.essays.comments.settings.PasswordSources;
import dev.essays.comments.settings.SettingProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.essays.contract.LightModuleContractTest.children;
import static dev.essays.contract.LightModuleContractTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The descriptor's configured components (a {@code <component>} with {@code <workspace>}, {@code <path>},
 * {@code <observed>}, as Magnolia core's own descriptor declares them) against their classes and their bootstrap
 * files: each names a bean Magnolia can build and proxy, each path has a bootstrap node, and every bootstrapped
 * property binds to a setter (see {@link SystemViewBinder}). Facts and sources: docs/magnolia-facts.md.
 */
class ConfiguredComponentsContractTest {

    private static final Path RESOURCES = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/main/resources");
    private static final Path DESCRIPTOR = RESOURCES.resolve("META-INF/magnolia/essays.xml");
    private static final Path BOOTSTRAP = RESOURCES.resolve("mgnl-bootstrap/essays");
    /** Order of a component's elements in Magnolia's components.dtd. */
    private static final List<String> ORDER = List.of("type", "implementation", "provider", "workspace", "path",
            "observed");

    @Test
    void descriptorDeclaresTheSettingsAsObservedConfiguredComponents() throws Exception {
        Map<String, String> paths = new LinkedHashMap<>();
        configured().forEach((type, c) -> paths.put(type, text(c, "path")));
        assertEquals(Map.of(SiteSettings.class.getName(), "/modules/essays/config/site",
                CommentSettings.class.getName(), "/modules/essays/config/comments",
                CommentMailSettings.class.getName(), "/modules/essays/config/commentMail"), paths);
    }

    @Test
    void everyConfiguredComponentIsWellFormedObservedAndInTheModulesConfig() throws Exception {
        List<String> problems = new ArrayList<>();
        configured().forEach((type, c) -> {
            List<String> tags = children(c).stream().map(Element::getTagName).toList();
            if (!tags.equals(ORDER.stream().filter(tags::contains).toList())) {
                problems.add(type + ": elements " + tags + " are not in components.dtd order " + ORDER);
            }
            if (tags.contains("implementation") || tags.contains("provider")) {
                problems.add(type + ": a configured component is built from its node: no implementation or provider");
            }
            if (!"config".equals(text(c, "workspace"))) {
                problems.add(type + ": <workspace> must be config");
            }
            if (!text(c, "path").startsWith("/modules/essays/config/")) {
                problems.add(type + ": <path> must be below /modules/essays/config/");
            }
            if (!"true".equals(text(c, "observed"))) {
                problems.add(type + ": <observed>true</observed>, so a change applies without a restart");
            }
        });
        assertNoProblems(problems);
    }

    /** Node2Bean needs a public no-arg constructor; an observed component is handed out as a subclass proxy. */
    @Test
    void everyConfiguredComponentIsABeanMagnoliaCanBuildAndProxy() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String type : configured().keySet()) {
            Class<?> c = Class.forName(type);
            int m = c.getModifiers();
            if (!Modifier.isPublic(m) || Modifier.isFinal(m) || Modifier.isAbstract(m) || c.isRecord()) {
                problems.add(type + ": must be a public, non-final, non-abstract class");
            }
            try {
                if (!Modifier.isPublic(c.getConstructor().getModifiers())) {
                    problems.add(type + ": the no-arg constructor must be public");
                }
            } catch (NoSuchMethodException e) {
                problems.add(type + ": has no public no-arg constructor");
            }
            for (Method method : c.getMethods()) {
                if (method.getDeclaringClass() == c && Modifier.isFinal(method.getModifiers())) {
                    problems.add(type + "." + method.getName() + ": final, so a proxy would answer from its own empty fields");
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void everyConfiguredPathHasABootstrapNodeWhosePropertiesAllHaveSetters() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Element> entry : configured().entrySet()) {
            Path file = bootstrapFile(text(entry.getValue(), "path"));
            if (!Files.isRegularFile(file)) {
                problems.add(entry.getKey() + ": no bootstrap file " + BOOTSTRAP.relativize(file));
                continue;
            }
            try {
                SystemViewBinder.bind(file, Class.forName(entry.getKey()));
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void bootstrappedCommentSettings_areTheModulesDefaults_andReadWithoutProblems() throws Exception {
        CommentSettings bound = SystemViewBinder.bind(bootstrapFile("/modules/essays/config/comments"), CommentSettings.class);
        assertEquals(new CommentSettings(), bound, "the bootstrap file and the bean's defaults differ");
        SettingProblems problems = new SettingProblems("/modules/essays/config/comments");
        assertEquals(CommentsConfig.DEFAULT, CommentSettingsReader.read(bound, problems));
        assertEquals(List.of(), problems.messages());
    }

    @Test
    void bootstrappedMailSettings_areTheDefaults_andSendNothingUntilEnabled() throws Exception {
        CommentMailSettings bound = SystemViewBinder.bind(bootstrapFile("/modules/essays/config/commentMail"),
                CommentMailSettings.class);
        assertEquals(new CommentMailSettings(), bound, "the bootstrap file and the bean's defaults differ");
        assertEquals("ESSAYS_SMTP_PASSWORD", bound.getPasswordEnvironmentVariable());
        assertEquals("", bound.getPassword(), "no password is bootstrapped into the config workspace");
        SettingProblems problems = new SettingProblems("/modules/essays/config/commentMail");
        MailSetup setup = CommentMailSettingsReader.read(bound, "/essays/{slug}", problems, PasswordSources.SYSTEM);
        assertFalse(setup.sends());
        assertTrue(setup.status().contains("off"), setup.status());
        assertEquals(List.of(), problems.messages());
    }

    @Test
    void binderRefusesAPropertyWithNoSetter_orAValueOfTheWrongType(@TempDir Path temp) throws Exception {
        String typo = Files.readString(bootstrapFile("/modules/essays/config/comments"))
                .replace("sv:name=\"threadDepth\"", "sv:name=\"threadDeph\"");
        Path file = Files.writeString(temp.resolve("config.modules.essays.config.comments.xml"), typo);
        AssertionError noSetter = assertThrows(AssertionError.class, () -> SystemViewBinder.bind(file, CommentSettings.class));
        assertTrue(noSetter.getMessage().contains("threadDeph"), noSetter.getMessage());

        String stringForInt = Files.readString(bootstrapFile("/modules/essays/config/comments"))
                .replace("<sv:property sv:name=\"maxLinks\" sv:type=\"Long\">", "<sv:property sv:name=\"maxLinks\" sv:type=\"String\">");
        Files.writeString(file, stringForInt);
        AssertionError wrongType = assertThrows(AssertionError.class, () -> SystemViewBinder.bind(file, CommentSettings.class));
        assertTrue(wrongType.getMessage().contains("maxLinks"), wrongType.getMessage());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Components with a {@code <path>}, by type. */
    private static Map<String, Element> configured() throws Exception {
        Map<String, Element> out = new LinkedHashMap<>();
        NodeList components = LightModuleContractTest.parseXml(DESCRIPTOR).getElementsByTagName("component");
        for (int i = 0; i < components.getLength(); i++) {
            Element c = (Element) components.item(i);
            if (!text(c, "path").isEmpty()) {
                out.put(text(c, "type"), c);
            }
        }
        if (out.isEmpty()) {
            fail("essays.xml declares no configured component");
        }
        return out;
    }

    /** Magnolia's bootstrap file name for a config path: workspace, then the path with dots. */
    private static Path bootstrapFile(String path) {
        return BOOTSTRAP.resolve("config" + path.replace('/', '.') + ".xml");
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }
}
