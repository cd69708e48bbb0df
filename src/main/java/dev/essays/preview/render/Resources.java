package dev.essays.preview.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists resources below a classpath folder, whether it sits in a directory (development) or in a jar. */
public final class Resources {

    private Resources() {
    }

    /** Resource paths such as {@code /essays/templates/pages/essay.yaml}, for files ending in {@code suffix}. */
    public static List<String> list(String folder, String suffix) {
        URL url = Resources.class.getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String jar = url.toString().substring(0, url.toString().indexOf("!/"));
                try (FileSystem fs = FileSystems.newFileSystem(java.net.URI.create(jar), Map.of())) {
                    return walk(fs.getPath(folder), folder, suffix);
                }
            }
            return walk(Path.of(url.toURI()), folder, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> walk(Path root, String folder, String suffix) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).forEach(p -> {
                String relative = root.relativize(p).toString().replace('\\', '/');
                out.add(folder + (folder.endsWith("/") ? "" : "/") + relative);
            });
        }
        out.sort(null);
        return out;
    }
}
