package dev.essays.testing;

import org.junit.jupiter.api.Assertions;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a test does when a real part it needs (a browser, PostgreSQL) is missing: outside CI it is skipped with
 * the reason; with {@code CI=true} it fails, since a CI run that silently skipped would be green for nothing.
 */
public final class RealParts {

    private RealParts() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Throws: a failure in CI, else the skip. */
    public static RuntimeException unavailable(String reason, boolean ci) {
        if (ci) {
            Assertions.fail("CI=true: " + reason + ". .ci/run installs these; a CI run must not skip these tests.");
        }
        throw new TestAbortedException("skipped: " + reason + " (with CI=true this fails)");
    }

    /** Deletes a folder and everything in it, as far as it can (what is left goes with the OS's temp cleaning). */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().delete();
            }
        } catch (IOException | UncheckedIOException e) {
            // left behind
        }
    }
}
