package dev.essays.preview;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code java -jar target/essays-preview.jar [--port 8080] [--data ./essays-data] [--admin-password …]
 * [--works-cited all|cited] [--comment-moderation none|first-time|all] [--comments-db jdbc:postgresql://… --cluster-id NAME]}
 */
public final class PreviewMain {

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("sources")) {
            try {
                System.exit(SourcesCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            } catch (IllegalArgumentException e) {
                System.err.println("essays-preview: " + e.getMessage() + "\n" + SourcesCommand.USAGE);
                System.exit(2);
            }
            return;
        }
        int port = 8080;
        Path data = Path.of("essays-data");
        String password = System.getenv("ESSAYS_ADMIN_PASSWORD");
        String smtp = null;
        String mailFrom = "comments@localhost";
        java.util.List<String> moderators = new java.util.ArrayList<>();
        dev.essays.essay.WorksCitedSources worksCited = dev.essays.essay.WorksCitedSources.ALL;
        dev.essays.comments.ModerationMode moderation = dev.essays.comments.ModerationMode.FIRST_TIME;
        String commentsDb = null;
        String dbUser = System.getenv("ESSAYS_COMMENTS_DB_USER");
        String dbPassword = System.getenv("ESSAYS_COMMENTS_DB_PASSWORD");
        String clusterId = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                usage(0);
            }
            if (i + 1 >= args.length) {
                fail(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--port" -> port = parsePort(value);
                case "--data" -> data = Path.of(value);
                case "--admin-password" -> password = value;
                case "--smtp" -> smtp = value;
                case "--mail-from" -> mailFrom = value;
                case "--moderator" -> moderators.add(value);
                case "--works-cited" -> worksCited = parseWorksCited(value);
                case "--comment-moderation" -> moderation = parseModeration(value);
                case "--comments-db" -> commentsDb = value;
                case "--comments-db-user" -> dbUser = value;
                case "--comments-db-password" -> dbPassword = value;
                case "--cluster-id" -> clusterId = value;
                default -> fail("unknown option " + arg);
            }
        }
        boolean generated = password == null || password.isEmpty();
        if (generated) {
            byte[] random = new byte[9];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random);
        }
        CommentsCluster cluster = null;
        if (commentsDb != null || clusterId != null) {
            if (commentsDb == null) {
                fail("--cluster-id needs --comments-db");
            }
            try {
                cluster = new CommentsCluster(commentsDb, dbUser, dbPassword, clusterId, null);
            } catch (ClusterException e) {
                fail(e.getMessage());
            }
        }
        long started = System.nanoTime();
        PreviewHost host;
        try {
            dev.essays.comments.CommentsConfig rules = dev.essays.comments.CommentsConfig.DEFAULT.withModeration(
                    dev.essays.comments.CommentsConfig.DEFAULT.moderation().withMode(moderation));
            host = PreviewHost.start(new PreviewHost.Options(port, data, password, true, null,
                    mail(smtp, mailFrom, moderators, port), rules).withCluster(cluster));
        } catch (DataFolderException | ClusterException e) {
            System.err.println("essays-preview: " + e.getMessage());
            System.exit(2);
            return;
        } catch (java.io.IOException e) {
            System.err.println("essays-preview: port " + port + " cannot be used (" + e.getMessage() + "); choose another with --port.");
            System.exit(2);
            return;
        }
        host.site().setWorksCitedSources(worksCited.value());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                host.close();
            } catch (Exception e) {
                System.err.println("essays-preview: shutdown: " + e.getMessage());
            }
        }));
        System.out.printf("Magnolia Essays preview host started in %d ms: %s/essays%n",
                (System.nanoTime() - started) / 1_000_000, host.baseUri());
        System.out.println("Data folder: " + data.toAbsolutePath());
        if (cluster != null) {
            System.out.println("Comments: shared through " + cluster.url() + " as cluster member " + cluster.clusterId());
        }
        System.out.println("REST writes: HTTP Basic as admin" + (generated ? " with password " + password
                + " (generated; set one with --admin-password)" : " with the --admin-password given"));
        host.join();
    }

    /** SMTP for held-comment and reply mail: {@code --smtp host:port}; login from ESSAYS_SMTP_USER / _PASSWORD. */
    private static dev.essays.comments.mail.MailSettings mail(String smtp, String from, java.util.List<String> moderators, int port) {
        if (smtp == null) {
            return null;
        }
        int colon = smtp.lastIndexOf(':');
        if (colon < 1) {
            fail("--smtp needs host:port");
        }
        String base = "http://localhost:" + port;
        return new dev.essays.comments.mail.MailSettings(smtp.substring(0, colon), parsePort(smtp.substring(colon + 1)), false,
                System.getenv("ESSAYS_SMTP_USER"), System.getenv("ESSAYS_SMTP_PASSWORD"), from, moderators,
                "Magnolia Essays preview", base + "/.rest/essays/v1", base + "/essays/{slug}", java.time.Duration.ofDays(7));
    }

    private static dev.essays.comments.ModerationMode parseModeration(String value) {
        var mode = dev.essays.comments.ModerationMode.parse(value);
        if (mode.isEmpty()) {
            fail("--comment-moderation must be none (publish at once), first-time (hold a commenter's first comment)"
                    + " or all (hold every comment)");
        }
        return mode.orElseThrow();
    }

    private static dev.essays.essay.WorksCitedSources parseWorksCited(String value) {
        try {
            dev.essays.essay.WorksCitedSources setting = dev.essays.essay.WorksCitedSources.of(value);
            if (setting != null) {
                return setting;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the usage message
        }
        fail("--works-cited must be all (every source of an essay) or cited (only the sources its text cites)");
        return null;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                fail("--port must be between 0 and 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            fail("--port must be a number");
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("essays-preview: " + message);
        usage(2);
    }

    private static void usage(int status) {
        System.err.println("usage: java -jar essays-preview.jar [--port 8080] [--data ./essays-data] [--admin-password PASSWORD]\n"
                + "                        [--works-cited all|cited] [--comment-moderation none|first-time|all]\n"
                + "                        [--smtp HOST:PORT --mail-from ADDRESS --moderator ADDRESS ...]\n"
                + "                        [--comments-db jdbc:postgresql://HOST:PORT/DB --cluster-id NAME\n"
                + "                         --comments-db-user USER (or ESSAYS_COMMENTS_DB_USER; password: ESSAYS_COMMENTS_DB_PASSWORD)]\n"
                + "       java -jar essays-preview.jar sources import|export ... (see: sources --help)");
        System.exit(status);
    }
}
