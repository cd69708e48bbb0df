package dev.essays.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CSL processor stands alone: it imports only the JDK and its own package. */
class CslPackageIsolationTest {

    @Test
    void importsOnlyJdkAndItself() throws IOException {
        Path root = Path.of("src/main/java/dev/essays/csl");
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String l = line.strip();
                    if (!l.startsWith("import ")) {
                        continue;
                    }
                    String name = l.substring("import ".length()).replace("static ", "").strip();
                    boolean ok = name.startsWith("java.") || name.startsWith("javax.xml.")
                            || name.startsWith("org.w3c.dom.") || name.startsWith("org.xml.sax.")
                            || name.startsWith("dev.essays.csl.") || name.matches("dev\\.essays\\.csl\\.[A-Z].*");
                    if (!ok) {
                        offending.add(root.relativize(file) + ": " + l);
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}
