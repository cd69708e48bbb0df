package dev.essays.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A machine without PostgreSQL skips the cluster tests; CI without it fails them, saying what to install. */
class TestPostgresTest {

    @TempDir
    Path empty;

    @Test
    void missingPostgres_skipsOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> TestPostgres.requireTools(empty, false));
        assertTrue(e.getMessage().contains("apt-get install postgresql"), e.getMessage());
    }

    @Test
    void missingPostgres_failsInCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> TestPostgres.requireTools(empty, true));
        assertTrue(e.getMessage().startsWith("CI=true: the PostgreSQL tests need " + empty.resolve("initdb")), e.getMessage());
    }
}
