package dev.essays.preview;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.essays.preview.ClusterConfigXml.child;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped cluster configuration is what integrators are promised, and what the preview host runs. */
class ClusterConfigXmlTest {

    static final Path SHIPPED = Path.of("docs/cluster/essays-comments-repository.xml");
    static final CommentsCluster CLUSTER = new CommentsCluster("jdbc:postgresql://db/x", "u", "p", "a", null);

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        doc.normalizeDocument();
        return doc;
    }

    static Document shipped() throws Exception {
        return parse(Files.readString(SHIPPED));
    }

    @Test
    void previewRunsTheShippedFile_withOnlyMagnoliasSecurityClassesReplaced() throws Exception {
        Document shipped = shipped();
        Document preview = parse(ClusterConfigXml.forPreview(CLUSTER));
        assertEquals("org.apache.jackrabbit.core.security.simple.SimpleLoginModule",
                child(child(preview.getDocumentElement(), "Security"), "LoginModule").getAttribute("class"));
        for (Document doc : List.of(shipped, preview)) {
            Element root = doc.getDocumentElement();
            root.removeChild(child(root, "Security"));
            Element workspace = child(root, "Workspace");
            if (doc == shipped) {
                workspace.removeChild(child(workspace, "WorkspaceSecurity"));
            }
            doc.normalizeDocument();
        }
        assertEquals(text(shipped), text(preview));
        assertTrue(shipped.getDocumentElement().isEqualNode(preview.getDocumentElement()), "nothing else differs");
    }

    @Test
    void previewSyncDelay_replacesTheShippedOneOnlyWhenGiven() throws Exception {
        String shortDelay = ClusterConfigXml.forPreview(new CommentsCluster("jdbc:postgresql://db/x", "u", "p", "a",
                Duration.ofMillis(150)));
        assertEquals("150", child(parse(shortDelay).getDocumentElement(), "Cluster").getAttribute("syncDelay"));
        assertEquals("2000", child(shipped().getDocumentElement(), "Cluster").getAttribute("syncDelay"));
    }

    @Test
    void shippedFile_sharesEverythingButLocalFilesThroughPostgres_andHoldsNoSecret() throws Exception {
        Element root = shipped().getDocumentElement();
        assertEquals("org.apache.jackrabbit.core.fs.db.DbFileSystem", child(root, "FileSystem").getAttribute("class"));
        assertEquals("org.apache.jackrabbit.core.data.db.DbDataStore", child(root, "DataStore").getAttribute("class"));
        Element workspace = child(root, "Workspace");
        assertEquals("org.apache.jackrabbit.core.fs.local.LocalFileSystem", child(workspace, "FileSystem").getAttribute("class"));
        String pm = "org.apache.jackrabbit.core.persistence.pool.PostgreSQLPersistenceManager";
        assertEquals(pm, child(workspace, "PersistenceManager").getAttribute("class"));
        assertEquals(pm, child(child(root, "Versioning"), "PersistenceManager").getAttribute("class"));
        Element cluster = child(root, "Cluster");
        assertEquals("${essays.comments.cluster.id}", cluster.getAttribute("id"));
        assertEquals("org.apache.jackrabbit.core.journal.DatabaseJournal", child(cluster, "Journal").getAttribute("class"));

        NodeList params = root.getElementsByTagName("param");
        List<String> dataSources = new ArrayList<>();
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (param.getAttribute("name").equals("dataSourceName")) {
                dataSources.add(param.getAttribute("value"));
            }
            if (param.getAttribute("name").equals("password") || param.getAttribute("name").equals("user")
                    || param.getAttribute("name").equals("url")) {
                assertTrue(param.getAttribute("value").matches("\\$\\{essays\\.comments\\.db\\.[a-z]+}"),
                        param.getAttribute("name") + " must be a variable, not a value");
            }
        }
        assertEquals(Set.of("comments"), Set.copyOf(dataSources), "one data source for all: " + dataSources);
        assertEquals(5, dataSources.size(), "file system, data store, workspaces, versions, journal");
    }

    @Test
    void shippedVariables_areJackrabbitsAndTheFourTheGuideNames() throws Exception {
        Set<String> variables = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(Files.readString(SHIPPED).replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            variables.add(m.group(1));
        }
        assertEquals(new TreeSet<>(List.of("rep.home", "wsp.home", "wsp.name", "essays.comments.db.url",
                "essays.comments.db.user", "essays.comments.db.password", "essays.comments.cluster.id")), variables);
        String guide = Files.readString(Path.of("docs/clustering.md"));
        for (String v : variables) {
            assertTrue(v.startsWith("rep.") || v.startsWith("wsp.") || guide.contains(v), "docs/clustering.md names " + v);
        }
    }

    @Test
    void magnoliaFragment_mapsTheCommentsWorkspaceToTheClusteredRepository() throws Exception {
        Element jcr = parse(Files.readString(Path.of("docs/cluster/repositories.xml"))).getDocumentElement();
        Element map = child(child(jcr, "RepositoryMapping"), "Map");
        Element repository = child(jcr, "Repository");
        assertEquals("comments", map.getAttribute("name"));
        assertEquals("comments", map.getAttribute("workspaceName"));
        assertEquals(repository.getAttribute("name"), map.getAttribute("repositoryName"));
        assertEquals("comments", child(repository, "workspace").getAttribute("name"));
        NodeList params = repository.getElementsByTagName("param");
        boolean configFile = false;
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            configFile |= p.getAttribute("name").equals("configFile")
                    && p.getAttribute("value").endsWith("/" + SHIPPED.getFileName());
        }
        assertTrue(configFile, "configFile names the shipped file");
    }

    private static String text(Document doc) throws Exception {
        var out = new java.io.StringWriter();
        var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        t.transform(new javax.xml.transform.dom.DOMSource(doc.getDocumentElement()), new javax.xml.transform.stream.StreamResult(out));
        return out.toString().replaceAll(">\\s+<", "><");
    }
}
