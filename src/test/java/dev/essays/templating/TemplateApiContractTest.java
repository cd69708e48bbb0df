package dev.essays.templating;

import dev.essays.preview.render.PreviewCmsFunctions;
import dev.essays.preview.render.RenderRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The templates may use only what Magnolia documents for templates, and the preview host must implement
 * exactly what they use: a template that calls something new fails here until both sides agree.
 */
class TemplateApiContractTest {

    private static final Pattern USE = Pattern.compile("\\b(cmsfn|essayfn|ctx|cms|i18n)\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Map<String, Class<?>> HOST_OBJECTS = Map.of(
            "cmsfn", PreviewCmsFunctions.class,
            "ctx", RenderRequest.class,
            "essayfn", EssayTemplatingFunctions.class);

    static Set<String> usedMembers() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                String text = Files.readString(file).replaceAll("(?s)\\[#--.*?--]", "");
                Matcher m = USE.matcher(text);
                while (m.find()) {
                    used.add(m.group(1) + "." + m.group(2));
                }
            }
        }
        return used;
    }

    @Test
    void templatesUseOnlyWhatMagnoliaDocumentsOrTheModuleProvides() throws Exception {
        Set<String> documented = Files.readAllLines(Path.of("src/test/resources/template-api/magnolia-template-api.txt"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toSet());
        Set<String> undocumented = usedMembers().stream()
                .filter(u -> !u.startsWith("essayfn.") && !documented.contains(u))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), undocumented, "template members Magnolia does not document");
    }

    @Test
    void previewHostImplementsEveryMemberTheTemplatesUse() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (String use : usedMembers()) {
            String object = use.substring(0, use.indexOf('.'));
            String member = use.substring(use.indexOf('.') + 1);
            Class<?> type = HOST_OBJECTS.get(object);
            if (type != null && !hasMember(type, member)) {
                missing.add(use);
            }
        }
        assertEquals(Set.of(), missing, "members the preview host lacks");
    }

    @Test
    void previewHostOffersNothingTheTemplatesDoNotUse() throws Exception {
        Set<String> used = usedMembers();
        Set<String> unused = new TreeSet<>();
        for (Map.Entry<String, Class<?>> entry : Map.of("cmsfn", PreviewCmsFunctions.class, "ctx", RenderRequest.class).entrySet()) {
            for (Method method : entry.getValue().getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    String name = method.getName();
                    String property = name.startsWith("get") && name.length() > 3 && !name.equals("getParameter")
                            ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
                    if (!used.contains(entry.getKey() + "." + name) && !used.contains(entry.getKey() + "." + property)) {
                        unused.add(entry.getKey() + "." + name);
                    }
                }
            }
        }
        assertEquals(Set.of(), unused, "stand-ins with no template using them: remove them or use them");
    }

    @Test
    void cmsDirectivesAreTheThreeMagnoliaHas() throws Exception {
        assertTrue(usedMembers().stream().filter(u -> u.startsWith("cms.")).allMatch(
                u -> Set.of("cms.page", "cms.area", "cms.component").contains(u)));
    }

    private static boolean hasMember(Class<?> type, String member) {
        String getter = "get" + Character.toUpperCase(member.charAt(0)) + member.substring(1);
        String is = "is" + Character.toUpperCase(member.charAt(0)) + member.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(member) || m.getName().equals(getter)
                || m.getName().equals(is));
    }
}
