package dev.essays.preview.render;

import dev.essays.jcr.NodeTypes;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the module's FreeMarker scripts the way Magnolia's FreeMarker renderer does: square-bracket syntax,
 * the template context Magnolia gives ({@code content}, {@code def}, {@code ctx}, {@code cmsfn}, {@code i18n},
 * the {@code cms} directives) and the module's context attribute {@code essayfn}.
 */
public final class PreviewRenderer {

    private static final String FRAME = "essays.renderFrame";
    /** The request being rendered on this thread, for stand-ins that Magnolia answers from its context. */
    private static final ThreadLocal<RenderRequest> CURRENT = new ThreadLocal<>();

    static RenderRequest current() {
        return CURRENT.get();
    }

    private final Configuration freemarker;
    private final TemplateDefinitions definitions;
    private final Map<String, Object> contextAttributes;
    private final Map<String, TemplateDirectiveModel> cms;

    /** {@code contextAttributes}: objects every template sees by name, as Magnolia's renderer context attributes. */
    public PreviewRenderer(TemplateDefinitions definitions, Map<String, Object> contextAttributes) {
        this.definitions = definitions;
        this.contextAttributes = Map.copyOf(contextAttributes);
        this.freemarker = configuration();
        this.cms = Map.of("page", (env, params, loopVars, body) -> { },
                "area", this::area,
                "component", this::component);
    }

    private static Configuration configuration() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_32);
        config.setTemplateLoader(new ClassTemplateLoader(PreviewRenderer.class, "/"));
        config.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_32).build());
        return config;
    }

    /** Renders a page node by its {@code mgnl:template}. */
    public String renderPage(Node page, RenderRequest request) throws RenderException {
        StringWriter out = new StringWriter(16_384);
        render(page, templateId(page), request, out);
        return out.toString();
    }

    /** Renders a script outside any page (e.g. the 404 page), with {@code content} empty. */
    public String renderScript(String templateId, RenderRequest request) throws RenderException {
        TemplateDefinition definition = definitions.get(templateId);
        StringWriter out = new StringWriter(4_096);
        process(definition, Map.of(), new Frame(null, definition, request), out);
        return out.toString();
    }

    private void render(Node node, String templateId, RenderRequest request, Writer out) throws RenderException {
        TemplateDefinition definition = definitions.get(templateId);
        try {
            process(definition, ContentMaps.of(node), new Frame(node, definition, request), out);
        } catch (RepositoryException e) {
            throw new RenderException("content of " + templateId + " could not be read", e);
        }
    }

    private void process(TemplateDefinition definition, Map<String, Object> content, Frame frame, Writer out)
            throws RenderException {
        Map<String, Object> model = new HashMap<>(contextAttributes);
        model.put("content", content);
        model.put("def", Map.of("id", definition.id(), "parameters", definition.parameters()));
        model.put("ctx", frame.request());
        model.put("cms", cms);
        try {
            Template template = freemarker.getTemplate(scriptPath(definition));
            Environment env = template.createProcessingEnvironment(model, out);
            env.setCustomAttribute(FRAME, frame);
            RenderRequest outer = CURRENT.get();
            CURRENT.set(frame.request());
            try {
                env.process();
            } finally {
                CURRENT.set(outer);
            }
        } catch (IOException | TemplateException e) {
            throw new RenderException("template " + definition.id() + " failed: " + e.getMessage(), e);
        }
    }

    private void area(Environment env, Map<?, ?> params, Object[] loopVars, Object body)
            throws TemplateException, IOException {
        Frame frame = (Frame) env.getCustomAttribute(FRAME);
        String name = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) params.get("name")));
        TemplateDefinition.AreaDefinition area = frame.definition().areas().get(name);
        if (area == null) {
            throw new TemplateModelException("template " + frame.definition().id() + " declares no area " + name);
        }
        try {
            if ("noComponent".equals(area.type()) || frame.node() == null || !frame.node().hasNode(name)) {
                return;
            }
            for (NodeIterator it = frame.node().getNode(name).getNodes(); it.hasNext(); ) {
                Node component = it.nextNode();
                if (component.isNodeType(NodeTypes.MGNL_COMPONENT)) {
                    render(component, templateId(component), frame.request(), env.getOut());
                }
            }
        } catch (RepositoryException | RenderException e) {
            throw new TemplateModelException("area " + name + " failed: " + e.getMessage(), e);
        }
    }

    private void component(Environment env, Map<?, ?> params, Object[] loopVars, Object body)
            throws TemplateException, IOException {
        Frame frame = (Frame) env.getCustomAttribute(FRAME);
        Object content = DeepUnwrap.unwrap((freemarker.template.TemplateModel) params.get("content"));
        if (!(content instanceof Map<?, ?> map) || !(map.get("@path") instanceof String path)) {
            throw new TemplateModelException("cms.component needs content=<a component's content>");
        }
        try {
            Node node = frame.node().getSession().getNode(path);
            render(node, templateId(node), frame.request(), env.getOut());
        } catch (RepositoryException | RenderException e) {
            throw new TemplateModelException("component " + path + " failed: " + e.getMessage(), e);
        }
    }

    private static String templateId(Node node) throws RenderException {
        try {
            if (!node.hasProperty(NodeTypes.MGNL_TEMPLATE)) {
                throw new RenderException(node.getPath() + " has no " + NodeTypes.MGNL_TEMPLATE, null);
            }
            return node.getProperty(NodeTypes.MGNL_TEMPLATE).getString();
        } catch (RepositoryException e) {
            throw new RenderException("template of a node could not be read", e);
        }
    }

    private static String scriptPath(TemplateDefinition definition) {
        String script = definition.templateScript();
        if (script == null) {
            throw new IllegalStateException(definition.id() + " has no templateScript");
        }
        return script.startsWith("/") ? script.substring(1) : script;
    }

    private record Frame(Node node, TemplateDefinition definition, RenderRequest request) {
    }

    /** Why a page could not be rendered; the host answers 500 with its own error page and logs this. */
    public static final class RenderException extends Exception {
        public RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
