package dev.essays.packaging;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `mvn package` builds: the module jar, the light-module zip and the thin preview jar. */
class ArtifactsIT {

    static final String VERSION = System.getProperty("essays.version");
    static final Path TARGET = Path.of("target");

    static Set<String> entries(Path archive) throws Exception {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
    }

    @Test
    void moduleJar_holdsDescriptorBootstrapLightModuleTreeAndTemplates_butNoPreviewHost() throws Exception {
        Set<String> jar = entries(TARGET.resolve("magnolia-essays-" + VERSION + ".jar"));
        for (String expected : List.of("META-INF/magnolia/essays.xml", "mgnl-nodetypes/essays-nodetypes.xml",
                "mgnl-bootstrap/essays/config.modules.rendering.renderers.freemarker.contextAttributes.essayfn.xml",
                "essays/contentTypes/essay.yaml", "essays/apps/essays.yaml", "essays/includes/sourceType.yaml",
                "essays/templates/pages/essay.yaml",
                "essays/templates/pages/essay.ftl", "essays/templates/macros/essay.ftl",
                "essays/restEndpoints/essays/v1.yaml", "essays/i18n/essays-messages_en.properties",
                "essays/webresources/css/essays.css", "dev/essays/rest/EssaysEndpoint.class",
                "dev/essays/magnolia/MagnoliaSessionProvider.class")) {
            assertTrue(jar.contains(expected), "module jar lacks " + expected);
        }
        assertFalse(jar.stream().anyMatch(e -> e.startsWith("dev/essays/preview/") || e.startsWith("essays-preview/")
                || e.equals("simplelogger.properties")), "the module jar must not carry the preview host");
    }

    @Test
    void lightModuleZip_isTheTreeForMagnoliaResourcesDir() throws Exception {
        Set<String> zip = entries(TARGET.resolve("essays-light-module.zip"));
        for (String expected : List.of("essays/contentTypes/essay.yaml", "essays/templates/pages/essay.ftl",
                "essays/templates/pages/essay.yaml", "essays/dialogs/components/essay.yaml", "essays/includes/cslName.yaml",
                "essays/virtualUriMappings/essayPermalinks.yaml", "essays/webresources/css/print.css")) {
            assertTrue(zip.contains(expected), "zip lacks " + expected);
        }
        assertFalse(zip.stream().anyMatch(e -> e.endsWith(".class")), "a light module holds no Java");
    }

    @Test
    void previewJar_runsFromTheBuildTree_everyClassPathEntryExists() throws Exception {
        try (JarFile jar = new JarFile(TARGET.resolve("essays-preview.jar").toFile())) {
            assertEquals("dev.essays.preview.PreviewMain", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertNotNull(jar.getEntry("dev/essays/preview/PreviewMain.class"));
            assertNotNull(jar.getEntry("essays-preview/samples/the-press-and-the-commons.json"));
            assertNotNull(jar.getEntry("essays-preview/cluster/essays-comments-repository.xml"), "the shipped cluster file, as run");
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            for (String entry : classPath.trim().split(" +")) {
                assertTrue(Files.exists(TARGET.resolve(entry)), "Class-Path names a missing file: " + entry);
            }
            assertTrue(classPath.contains("magnolia-essays-" + VERSION + ".jar"));
            assertTrue(classPath.contains("lib/jackrabbit-core-"), "provided parts must be on the preview class path");
            assertTrue(classPath.contains("lib/postgresql-") && classPath.contains("lib/commons-dbcp-"),
                    "the comments cluster's driver and pool are on the preview class path");
        }
    }

    /** Dependencies only the preview host needs must not reach a webapp that depends on the module jar. */
    @Test
    void previewOnlyDependencies_areOptional_andMagnoliaPartsProvided() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList dependencies = ((Element) pom.getElementsByTagName("dependencies").item(0)).getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String artifact = text(dependency, "artifactId");
            String scope = text(dependency, "scope");
            boolean optional = "true".equals(text(dependency, "optional"));
            if (Set.of("jetty-ee10-servlet", "jersey-container-servlet-core", "jersey-hk2", "slf4j-simple", "snakeyaml",
                    "postgresql", "commons-dbcp").contains(artifact)) {
                assertTrue(optional, artifact + " is for the preview host only and must be optional");
            }
            if (Set.of("jackrabbit-core", "jackrabbit-jcr-commons", "jcr", "freemarker", "jakarta.ws.rs-api",
                    "jakarta.inject-api", "jakarta.servlet-api").contains(artifact)) {
                assertEquals("provided", scope, artifact + " comes with Magnolia and must be provided");
            }
        }
    }

    private static String text(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
    }
}
