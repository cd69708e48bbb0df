package dev.essays.preview;

import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the module's REST endpoints from the same declarations Magnolia reads ({@code /essays/restEndpoints/**.yaml},
 * {@code implementationClass}), calling each class's {@code @Inject} constructor with the host's services, as
 * Magnolia's component provider would.
 */
final class EndpointFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointFactory.class);

    private EndpointFactory() {
    }

    static List<Object> create(Map<Class<?>, Object> services) {
        List<Object> endpoints = new ArrayList<>();
        for (String resource : dev.essays.preview.render.Resources.list("/essays/restEndpoints/", ".yaml")) {
            String className = implementationClass(resource);
            if (className == null) {
                continue;
            }
            try {
                endpoints.add(instantiate(Class.forName(className), services));
            } catch (ClassNotFoundException e) {
                LOG.warn("{} names {}, which is not on the classpath; that endpoint is not served", resource, className);
            }
        }
        return endpoints;
    }

    static Object instantiate(Class<?> type, Map<Class<?>, Object> services) {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(Inject.class) || constructor.getParameterCount() == 0) {
                Object[] args = new Object[constructor.getParameterCount()];
                Class<?>[] types = constructor.getParameterTypes();
                for (int i = 0; i < args.length; i++) {
                    args[i] = services.get(types[i]);
                    if (args[i] == null) {
                        throw new IllegalStateException(type.getName() + " needs a " + types[i].getName()
                                + ", which the preview host does not provide");
                    }
                }
                try {
                    return constructor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type.getName() + " could not be created", e);
                }
            }
        }
        throw new IllegalStateException(type.getName() + " has no @Inject or no-argument constructor");
    }

    private static String implementationClass(String resource) {
        try (InputStream in = EndpointFactory.class.getResourceAsStream(resource)) {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return yaml instanceof Map<?, ?> map && map.get("implementationClass") instanceof String name ? name : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
