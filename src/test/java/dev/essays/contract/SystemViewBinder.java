package dev.essays.contract;

import org.w3c.dom.Element;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static dev.essays.contract.LightModuleContractTest.children;

/**
 * Binds a JCR system-view bootstrap node onto a JavaBean as Magnolia's Node2Bean does (read in Magnolia's
 * Node2BeanProcessorImpl and Node2BeanTransformerImpl): each property goes to the setter of the same name,
 * {@code class} names the bean's class, a child node bound to a collection property becomes the list of that
 * node's property values in order, another child node becomes a nested bean. Stricter than Node2Bean, which logs
 * and skips what it cannot set: here a property with no setter, or a value whose JCR type does not fit the
 * setter (Long for int/long, Boolean for boolean, Double for double, String for String), fails the test, so a
 * typo in a bootstrap file cannot slip through. JCR and Magnolia bookkeeping ({@code jcr:*}, {@code mgnl:*}) is
 * skipped, as Node2Bean skips such child nodes.
 */
final class SystemViewBinder {

    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private SystemViewBinder() {
    }

    static <T> T bind(Path file, Class<T> type) throws Exception {
        return type.cast(bind(LightModuleContractTest.parseXml(file).getDocumentElement(), type, file.getFileName() + ":"));
    }

    private static Object bind(Element node, Class<?> type, String where) throws Exception {
        Object bean = type.getConstructor().newInstance();
        for (Element child : children(node)) {
            String name = child.getAttributeNS(SV, "name");
            String here = where + "/" + name;
            if (name.startsWith("jcr:") || name.startsWith("mgnl:")) {
                continue;
            }
            if ("property".equals(child.getLocalName()) && "class".equals(name)) {
                if (!values(child).equals(List.of(type.getName()))) {
                    throw new AssertionError(here + " is " + values(child) + " but the bean is " + type.getName());
                }
                continue;
            }
            PropertyDescriptor property = property(type, name);
            Method setter = property == null ? null : property.getWriteMethod();
            if (setter == null) {
                throw new AssertionError(here + ": " + type.getName() + " has no setter for \"" + name + "\"");
            }
            Class<?> target = setter.getParameterTypes()[0];
            Object value;
            if ("property".equals(child.getLocalName())) {
                value = convert(child, target, here);
            } else if (Collection.class.isAssignableFrom(target)) {
                value = list(child, entryType(setter), here);
            } else {
                value = bind(child, target, here);
            }
            setter.invoke(bean, value);
        }
        return bean;
    }

    private static List<Object> list(Element node, Class<?> entryType, String where) {
        List<Object> out = new ArrayList<>();
        for (Element entry : children(node)) {
            String name = entry.getAttributeNS(SV, "name");
            if (name.startsWith("jcr:") || name.startsWith("mgnl:")) {
                continue;
            }
            if (!"property".equals(entry.getLocalName())) {
                throw new AssertionError(where + "/" + name + ": list entries must be properties");
            }
            out.add(convert(entry, entryType, where + "/" + name));
        }
        return out;
    }

    private static Object convert(Element property, Class<?> target, String where) {
        String jcrType = property.getAttributeNS(SV, "type");
        List<String> values = values(property);
        if (values.size() != 1 || "true".equals(property.getAttributeNS(SV, "multiple"))) {
            throw new AssertionError(where + ": expected one value, found " + values.size());
        }
        String v = values.get(0);
        try {
            if (target == String.class && jcrType.equals("String")) {
                return v;
            }
            if ((target == int.class || target == Integer.class) && jcrType.equals("Long")) {
                return Math.toIntExact(Long.parseLong(v));
            }
            if ((target == long.class || target == Long.class) && jcrType.equals("Long")) {
                return Long.parseLong(v);
            }
            if ((target == boolean.class || target == Boolean.class) && jcrType.equals("Boolean")
                    && (v.equals("true") || v.equals("false"))) {
                return Boolean.parseBoolean(v);
            }
            if ((target == double.class || target == Double.class) && jcrType.equals("Double")) {
                return Double.parseDouble(v);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new AssertionError(where + ": \"" + v + "\" is not a " + jcrType);
        }
        throw new AssertionError(where + ": a " + jcrType + " value \"" + v + "\" does not fit a setter taking "
                + target.getSimpleName());
    }

    private static Class<?> entryType(Method setter) {
        Type t = setter.getGenericParameterTypes()[0];
        if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    private static PropertyDescriptor property(Class<?> type, String name) throws IntrospectionException {
        for (PropertyDescriptor d : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
            if (d.getName().equals(name)) {
                return d;
            }
        }
        return null;
    }

    private static List<String> values(Element property) {
        List<String> out = new ArrayList<>();
        for (Element value : children(property)) {
            out.add(value.getTextContent());
        }
        return out;
    }
}
