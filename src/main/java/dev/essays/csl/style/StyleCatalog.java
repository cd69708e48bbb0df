package dev.essays.csl.style;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds style files of the org.citationstyles styles jar on the classpath: by id, and the list of all ids. */
public final class StyleCatalog {
    private static final String PROBE = "apa.csl";
    private volatile List<String> allIds;

    /** The XML of an independent ("x.csl") or dependent ("dependent/x.csl") style, or null. */
    public String read(String id) throws IOException {
        for (String path : new String[] {id + ".csl", "dependent/" + id + ".csl"}) {
            try (InputStream in = StyleCatalog.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /** "http://www.zotero.org/styles/apa" → "apa". */
    public static String normalizeId(String id) {
        String s = id.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        if (s.endsWith(".csl")) {
            s = s.substring(0, s.length() - 4);
        }
        return s;
    }

    /** Ids nearest to a wanted one: acronym ("mhra") and substring matches first, then by edit distance. */
    public List<String> closest(String id, int howMany) {
        String wanted = normalizeId(id).toLowerCase();
        List<String> ids = new ArrayList<>(allIds());
        ids.sort(Comparator.comparingInt((String s) -> score(wanted, s)).thenComparingInt(String::length)
                .thenComparing(s -> s));
        return ids.subList(0, Math.min(howMany, ids.size()));
    }

    private static int score(String wanted, String candidate) {
        if (initials(candidate).equals(wanted)) {
            return 0;
        }
        if (candidate.startsWith(wanted)) {
            return 1;
        }
        if (candidate.contains(wanted)) {
            return 2;
        }
        return 3 + EditDistance.between(wanted, candidate);
    }

    private static String initials(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.charAt(0));
            }
        }
        return sb.toString();
    }

    public List<String> allIds() {
        List<String> ids = allIds;
        if (ids == null) {
            ids = scan();
            allIds = ids;
        }
        return ids;
    }

    private static List<String> scan() {
        TreeSet<String> ids = new TreeSet<>();
        URL probe = StyleCatalog.class.getClassLoader().getResource(PROBE);
        if (probe == null) {
            return List.of();
        }
        try {
            URLConnection c = probe.openConnection();
            if (c instanceof JarURLConnection jc) {
                try (JarFile jar = new JarFile(jc.getJarFileURL().getPath())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        addId(ids, entries.nextElement().getName());
                    }
                }
            } else {
                Path root = Path.of(probe.toURI()).getParent();
                try (Stream<Path> files = Files.walk(root, 2)) {
                    files.forEach(p -> addId(ids, root.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException | URISyntaxException e) {
            return List.of();
        }
        return List.copyOf(ids);
    }

    private static void addId(TreeSet<String> ids, String name) {
        if (name.endsWith(".csl")) {
            ids.add(name.substring(name.lastIndexOf('/') + 1, name.length() - 4));
        }
    }
}
