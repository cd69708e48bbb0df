package dev.essays.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server per test class: {@code initdb} in a fresh temporary folder, on a free port of
 * 127.0.0.1 only, password authentication, stopped and deleted after the class.
 * <pre>
 * &#64;RegisterExtension
 * static final TestPostgres postgres = new TestPostgres();
 * </pre>
 * PostgreSQL refuses to run as root, so under root the server runs as the user {@code postgres} (Debian's package
 * makes it; {@code -Dessays.postgres.user=...} picks another). Binaries: {@code -Dessays.postgres.bin=DIR}, else the
 * newest {@code /usr/lib/postgresql/N/bin}, else {@code initdb} on the PATH. Missing: skipped, or failed with
 * {@code CI=true} (see {@link RealParts}).
 */
public final class TestPostgres implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String ADMIN = "essays_admin";
    private static final long START_SECONDS = 60;

    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private TestAbortedException skipped;
    private Path bin;
    private Path dir;
    private List<String> asUser;
    private int port;
    private Thread stopOnExit;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        try {
            bin = binaries();
            asUser = unprivileged();
        } catch (TestAbortedException e) {
            skipped = e;
            return;
        }
        // Under the system's temporary folder, not the checkout: the server's user must reach every parent folder,
        // and a checkout may sit in a private one (root's home on a CI machine).
        dir = Files.createTempDirectory("essays-postgres-" + context.getRequiredTestClass().getSimpleName() + "-")
                .toAbsolutePath();
        Files.writeString(dir.resolve("pw"), password + "\n");
        handOver(dir);
        run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", ADMIN, "--pwfile=" + dir.resolve("pw"),
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"), Map.of());
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (skipped != null) {
            throw skipped;
        }
    }

    private void start() throws Exception {
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            String options = "-c listen_addresses=127.0.0.1 -c port=" + port + " -c unix_socket_directories=''"
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
                        "-w", "-t", String.valueOf(START_SECONDS), "-o", options, "start"), Map.of());
                break;
            } catch (IOException e) {
                if (attempt == 3) { // a port taken between choosing and binding: choose again
                    throw new IOException(e.getMessage() + "\nserver.log:\n" + log(), e);
                }
            }
        }
        stopOnExit = new Thread(this::stopQuietly, "stop test PostgreSQL");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (dir == null) {
            return;
        }
        try {
            stopQuietly();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } finally {
            RealParts.deleteTree(dir);
            dir = null;
        }
    }

    private void stopQuietly() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"), Map.of());
        } catch (Exception e) {
            System.err.println("test PostgreSQL did not stop: " + e.getMessage());
        }
    }

    public int port() {
        return port;
    }

    public String adminPassword() {
        return password;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/database}. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database owned by the admin. */
    public String createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), ADMIN, password);
             Statement st = c.createStatement()) {
            st.execute("create database " + name);
        }
        return url(name);
    }

    /** Runs a script with psql as the admin, with {@code -v name=value} variables; fails on its first error. */
    public void psql(Path script, Map<String, String> variables) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", ADMIN, "-d", "postgres"));
        variables.forEach((k, v) -> command.addAll(List.of("-v", k + "=" + v)));
        command.addAll(List.of("-f", script.toAbsolutePath().toString()));
        run(command, Map.of("PGPASSWORD", password), false);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void run(List<String> command, Map<String, String> env) throws Exception {
        run(command, env, true);
    }

    /** Runs a server command as the unprivileged user; client commands ({@code server} false) as ourselves. */
    private void run(List<String> command, Map<String, String> env, boolean server) throws Exception {
        List<String> full = new ArrayList<>(server ? asUser : List.of());
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(START_SECONDS + 30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                    + new String(output, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Under root, PostgreSQL's files must belong to the user it runs as. */
    private void handOver(Path folder) throws IOException {
        if (asUser.isEmpty()) {
            return;
        }
        UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(asUser.get(2));
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                Files.setOwner(p, owner);
            }
        }
    }

    private static List<String> unprivileged() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        String user = System.getProperty("essays.postgres.user", "postgres");
        Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (runuser == null) {
            throw RealParts.unavailable("PostgreSQL refuses to run as root and runuser is missing (apt-get install"
                    + " util-linux)", RealParts.inCi());
        }
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        } catch (IOException e) {
            throw RealParts.unavailable("PostgreSQL refuses to run as root and there is no user \"" + user
                    + "\" to run it as (apt-get install postgresql makes it; or -Dessays.postgres.user=...)",
                    RealParts.inCi());
        }
        return List.of(runuser.toString(), "-u", user, "--");
    }

    private static Path binaries() {
        String configured = System.getProperty("essays.postgres.bin");
        if (configured != null) {
            return requireTools(Path.of(configured), RealParts.inCi());
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Path newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(TestPostgres::majorVersion)).orElse(null);
            if (newest != null) {
                return requireTools(newest, RealParts.inCi());
            }
        } catch (IOException notDebian) {
            // try the PATH
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb"))) {
                return Path.of(entry);
            }
        }
        return requireTools(Path.of("/usr/lib/postgresql/15/bin"), RealParts.inCi());
    }

    static Path requireTools(Path bin, boolean ci) {
        for (String tool : List.of("initdb", "pg_ctl", "psql")) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                throw RealParts.unavailable("the PostgreSQL tests need " + bin.resolve(tool) + " (apt-get install"
                        + " postgresql; or -Dessays.postgres.bin=DIR)", ci);
            }
        }
        return bin;
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
