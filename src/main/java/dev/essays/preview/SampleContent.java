package dev.essays.preview;

import dev.essays.essay.EssayJson;
import dev.essays.essay.InvalidEssayException;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.render.Resources;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * First start of a data folder: the site's two pages (as an integrator would create them in Magnolia's Pages
 * app) and the team's sample essays. Later starts change nothing, so deleted samples stay deleted.
 */
final class SampleContent {

    private static final String SAMPLES = "/essays-preview/samples/";

    private SampleContent() {
    }

    /** True when the site was new and has been set up now. */
    static boolean installIfNew(EmbeddedRepository repository, boolean withSamples) throws RepositoryException {
        boolean created = repository.withSession(Workspaces.WEBSITE, session -> {
            if (session.getRootNode().hasNode("essays")) {
                return false;
            }
            Node index = page(session.getRootNode(), "essays", "Essays", "essays:pages/essayIndex");
            Node essay = page(index, "essay", "Essay", "essays:pages/essay");
            Node comments = essay.addNode("comments", NodeTypes.MGNL_AREA);
            comments.addNode("0", NodeTypes.MGNL_COMPONENT).setProperty(NodeTypes.MGNL_TEMPLATE, "essays:components/comments");
            essay.addNode("main", NodeTypes.MGNL_AREA);
            session.save();
            return true;
        });
        if (created && withSamples) {
            loadSamples(new EssayStore(repository));
        }
        return created;
    }

    private static Node page(Node parent, String name, String title, String template) throws RepositoryException {
        Node page = parent.addNode(name, NodeTypes.MGNL_PAGE);
        page.setProperty("title", title);
        page.setProperty(NodeTypes.MGNL_TEMPLATE, template);
        return page;
    }

    private static void loadSamples(EssayStore store) throws RepositoryException {
        for (String resource : Resources.list(SAMPLES, ".json")) {
            String slug = resource.substring(SAMPLES.length(), resource.length() - ".json".length());
            try (InputStream in = SampleContent.class.getResourceAsStream(resource)) {
                store.save(EssayJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), slug), "samples");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidEssayException e) {
                throw new IllegalStateException("sample essay " + resource + " is invalid: " + e.getMessage(), e);
            }
        }
    }
}
