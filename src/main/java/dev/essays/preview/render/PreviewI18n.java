package dev.essays.preview.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Magnolia's {@code i18n} template object: {@code i18n['key']} and {@code i18n.get('key', [args])}, reading the
 * module's {@code i18n/*messages_en.properties}. A missing key shows as the key itself, as Magnolia does.
 */
public final class PreviewI18n implements TemplateHashModel {

    private final Properties messages;

    private PreviewI18n(Properties messages) {
        this.messages = messages;
    }

    public static PreviewI18n load() {
        Properties messages = new Properties();
        for (String resource : Resources.list("/essays/i18n/", "_en.properties")) {
            try (InputStream in = PreviewI18n.class.getResourceAsStream(resource)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PreviewI18n(messages);
    }

    public String message(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    @Override
    public TemplateModel get(String key) {
        if ("get".equals(key)) {
            return (TemplateMethodModelEx) arguments -> {
                if (arguments.isEmpty()) {
                    throw new TemplateModelException("i18n.get needs a key");
                }
                String messageKey = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
                Object[] args = arguments.size() > 1 ? toArray(DeepUnwrap.unwrap((TemplateModel) arguments.get(1))) : new Object[0];
                return new SimpleScalar(message(messageKey, args));
            };
        }
        return new SimpleScalar(message(key));
    }

    @Override
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    private static Object[] toArray(Object value) {
        return value instanceof List<?> list ? list.toArray() : new Object[] {value};
    }
}
