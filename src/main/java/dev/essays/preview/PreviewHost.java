package dev.essays.preview;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.wiring.CommentsComponent;
import dev.essays.comments.mail.MailSettings;
import dev.essays.comments.CommentService;
import dev.essays.formatting.FormattedEssays;
import dev.essays.formatting.SiteSettings;
import dev.essays.jcr.SessionProvider;
import dev.essays.preview.render.PreviewCmsFunctions;
import dev.essays.preview.render.PreviewI18n;
import dev.essays.preview.render.PreviewRenderer;
import dev.essays.preview.render.TemplateDefinitions;
import dev.essays.templating.EssayTemplatingFunctions;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded preview host: the module's templates, endpoints and web resources served over HTTP from an
 * embedded Jackrabbit, with the parts Magnolia would provide (template context, REST dispatcher, login)
 * stood in for by the smallest faithful equivalents.
 */
public final class PreviewHost implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PreviewHost.class);
    /**
     * Jersey warns at every start about optional features the host does not use (WADL, activation) and about
     * endpoint instances "not being providers" (they are resources). Kept in a field so the level sticks.
     */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish");

    static {
        JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /**
     * {@code data} null means an in-memory repository (tests); {@code port} 0 picks a free port; {@code cluster}
     * null keeps comments with the rest, else they live in the clustered repository shared with other hosts.
     */
    public record Options(int port, Path data, String adminPassword, boolean samples, Path scratch, MailSettings mail,
                          CommentsConfig comments, CommentsCluster cluster) {
        /** No mail: held comments wait for moderation through the REST API; the module's default comment rules. */
        public Options(int port, Path data, String adminPassword, boolean samples, Path scratch) {
            this(port, data, adminPassword, samples, scratch, null, CommentsConfig.DEFAULT);
        }

        public Options(int port, Path data, String adminPassword, boolean samples, Path scratch, MailSettings mail) {
            this(port, data, adminPassword, samples, scratch, mail, CommentsConfig.DEFAULT);
        }

        public Options(int port, Path data, String adminPassword, boolean samples, Path scratch, MailSettings mail,
                       CommentsConfig comments) {
            this(port, data, adminPassword, samples, scratch, mail, comments, null);
        }

        public Options withCluster(CommentsCluster shared) {
            return new Options(port, data, adminPassword, samples, scratch, mail, comments, shared);
        }
    }

    private final EmbeddedRepository repository;
    private final Server server;
    private final PreviewRenderer renderer;

    private final PreviewComments comments;
    private final FormattedEssays citations;

    private PreviewHost(EmbeddedRepository repository, Server server, PreviewRenderer renderer, PreviewComments comments,
                        FormattedEssays citations) {
        this.repository = repository;
        this.server = server;
        this.renderer = renderer;
        this.comments = comments;
        this.citations = citations;
    }

    /** The host's comment service (tests and benchmarks issue tokens with it in-process). */
    public CommentService comments() {
        return comments.service();
    }

    /** The host's formatted-citations store, shared by its endpoints and templates. */
    public FormattedEssays citations() {
        return citations;
    }

    /** The site's settings (name, base URL, which sources works-cited lists hold); changes apply at once. */
    public SiteSettings site() {
        return citations.site();
    }

    public static PreviewHost start(Options options) throws Exception {
        long started = System.nanoTime();
        // Checking and locking the data folder is quick and comes first: nothing is written to a folder we may not use.
        DataFolder folder = options.data() == null ? null : DataFolder.claim(options.data());
        // The repository opens on another core while the web stack starts; requests wait for it if they must.
        CompletableFuture<EmbeddedRepository> opening = CompletableFuture.supplyAsync(() -> openWithContent(options, folder));
        SessionProvider sessions = new SessionProvider() {
            @Override
            public <T> T withSession(String workspace, Work<T> work) throws javax.jcr.RepositoryException {
                return opening.join().withSession(workspace, work);
            }
        };
        Map<Class<?>, Object> services = new HashMap<>();
        services.put(SessionProvider.class, sessions);
        SiteSettings site = new SiteSettings();
        FormattedEssays citations = new FormattedEssays(sessions, site);
        services.put(SiteSettings.class, site);
        services.put(FormattedEssays.class, citations);
        PreviewComments comments;
        try {
            comments = new PreviewComments(sessions, folder == null ? null : folder.path(), options.cluster() != null,
                    options.mail(), options.comments());
        } catch (CompletionException e) { // shared secrets are read from the repository, which did not open
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } catch (RuntimeException e) {
            opening.thenAccept(EmbeddedRepository::close);
            throw e;
        }
        services.put(CommentsComponent.class, new CommentsComponent(comments.service()));
        EssayTemplatingFunctions essayfn = new EssayTemplatingFunctions(sessions, citations, comments.service());
        PreviewRenderer renderer = renderer(essayfn);
        Server server = server(options, essayfn, renderer, services);
        try {
            server.start();
            site.setBaseUrl("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
            EmbeddedRepository repository = opening.join();
            LOG.debug("started in {} ms", (System.nanoTime() - started) / 1_000_000);
            return new PreviewHost(repository, server, renderer, comments, citations);
        } catch (CompletionException e) {
            server.stop();
            comments.close();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } catch (Exception | Error e) {
            server.stop();
            comments.close();
            opening.thenAccept(EmbeddedRepository::close);
            throw e;
        }
    }

    private static EmbeddedRepository openWithContent(Options options, DataFolder folder) {
        EmbeddedRepository repository = folder == null
                ? EmbeddedRepository.inMemory(options.scratch(), options.cluster())
                : EmbeddedRepository.open(folder, options.cluster());
        try {
            SampleContent.installIfNew(repository, options.samples());
            return repository;
        } catch (javax.jcr.RepositoryException | RuntimeException e) {
            repository.close();
            throw new IllegalStateException("the site's pages or sample essays could not be created", e);
        }
    }

    static PreviewRenderer renderer(EssayTemplatingFunctions essayfn) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("essayfn", essayfn);
        attributes.put("cmsfn", new PreviewCmsFunctions());
        attributes.put("i18n", PreviewI18n.load());
        return new PreviewRenderer(TemplateDefinitions.load(), attributes);
    }

    private static Server server(Options options, EssayTemplatingFunctions essayfn, PreviewRenderer renderer,
                                 Map<Class<?>, Object> services) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ResourceConfig rest = new ResourceConfig();
        EndpointFactory.create(services).forEach(rest::register);
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), "/.rest/*");
        BasicAuthFilter login = new BasicAuthFilter(options.adminPassword());
        context.addFilter(new FilterHolder(login), "/.rest/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("site", new SiteServlet(essayfn, renderer, login, (SessionProvider) services.get(SessionProvider.class))), "/");
        server.setHandler(context);
        server.setStopTimeout(2_000);
        return server;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    public EmbeddedRepository repository() {
        return repository;
    }

    public PreviewRenderer renderer() {
        return renderer;
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            try {
                comments.close();
            } finally {
                repository.close();
            }
        }
    }
}
