package dev.essays.preview;

import org.apache.jackrabbit.core.config.ConfigurationException;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The shipped clustered-repository configuration ({@code docs/cluster/essays-comments-repository.xml}) as the preview
 * host runs it: the same file, with Magnolia's security classes (absent here) swapped for Jackrabbit's simple
 * ones and, for tests, a shorter sync delay. Its {@code ${...}} variables come from {@link CommentsCluster},
 * not from system properties, so two hosts in one JVM can be two cluster members.
 */
final class ClusterConfigXml {

    static final String RESOURCE = "/essays-preview/cluster/essays-comments-repository.xml";

    private ClusterConfigXml() {
    }

    static RepositoryConfig load(CommentsCluster cluster, Path home) {
        try {
            return RepositoryConfig.create(new InputSource(new StringReader(forPreview(cluster))),
                    variables(cluster, home));
        } catch (ConfigurationException e) {
            throw new ClusterException("The clustered comments configuration " + RESOURCE + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    static Properties variables(CommentsCluster cluster, Path home) {
        Properties variables = new Properties();
        variables.setProperty("rep.home", home.toAbsolutePath().toString());
        variables.setProperty("essays.comments.db.url", cluster.url());
        variables.setProperty("essays.comments.db.user", cluster.user());
        variables.setProperty("essays.comments.db.password", cluster.password());
        variables.setProperty("essays.comments.cluster.id", cluster.clusterId());
        return variables;
    }

    /** The shipped XML with only the preview's replacements made. */
    static String forPreview(CommentsCluster cluster) {
        try (InputStream in = ClusterConfigXml.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ClusterException("The clustered comments configuration " + RESOURCE + " is missing from"
                        + " the preview host's classpath.");
            }
            Document doc = parser().newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            Element security = child(root, "Security");
            Element simple = doc.createElement("Security");
            simple.setAttribute("appName", "Jackrabbit");
            simple.appendChild(classElement(doc, "SecurityManager", "org.apache.jackrabbit.core.security.simple.SimpleSecurityManager"));
            simple.appendChild(classElement(doc, "AccessManager", "org.apache.jackrabbit.core.security.simple.SimpleAccessManager"));
            simple.appendChild(classElement(doc, "LoginModule", "org.apache.jackrabbit.core.security.simple.SimpleLoginModule"));
            root.replaceChild(simple, security);
            Element workspace = child(root, "Workspace");
            workspace.removeChild(child(workspace, "WorkspaceSecurity"));
            if (cluster.syncDelay() != null) {
                child(root, "Cluster").setAttribute("syncDelay", String.valueOf(cluster.syncDelay().toMillis()));
            }
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            if (doc.getDoctype() != null) { // Jackrabbit validates against its bundled DTD
                transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, doc.getDoctype().getPublicId());
                transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, doc.getDoctype().getSystemId());
            }
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ClusterException e) {
            throw e;
        } catch (Exception e) {
            throw new ClusterException("The clustered comments configuration " + RESOURCE + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names Jackrabbit's DTD by URL: never fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory;
    }

    private static Element classElement(Document doc, String name, String type) {
        Element e = doc.createElement(name);
        e.setAttribute("class", type);
        return e;
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new ClusterException("The clustered comments configuration " + RESOURCE + " has no <" + name
                + "> in <" + parent.getTagName() + ">.");
    }
}
