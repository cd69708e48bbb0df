package dev.essays.preview;

import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.mail.MailSettings;
import dev.essays.comments.wiring.CommentsRuntime;
import dev.essays.comments.wiring.StoredSecrets;
import dev.essays.jcr.SessionProvider;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * The comment feature as the preview host runs it: the JCR store in the {@code comments} workspace, essays looked
 * up in the {@code essays} workspace, the module's default rules, and secrets kept in the data folder so tokens
 * and signed links survive a restart (an in-memory host makes fresh ones). Hosts sharing a clustered comments
 * workspace keep the secrets there, as the module does in Magnolia, so a token from one host is good on another.
 */
final class PreviewComments implements AutoCloseable {

    static final String SECRETS_FILE = "comment-secrets.txt";

    private final CommentsRuntime runtime;

    /** {@code mail} null: no mail is sent (moderation by the REST API). */
    PreviewComments(SessionProvider sessions, Path dataFolder, boolean sharedSecrets, MailSettings mail,
                    CommentsConfig config) {
        runtime = CommentsRuntime.start(sessions, config, secrets(sessions, dataFolder, sharedSecrets), mail,
                Clock.systemUTC());
    }

    private static CommentSecrets secrets(SessionProvider sessions, Path dataFolder, boolean shared) {
        if (shared) {
            try {
                return StoredSecrets.load(sessions);
            } catch (RepositoryException e) {
                throw new ClusterException("The comment secrets could not be read from or stored in the shared"
                        + " comments workspace: " + e.getMessage(), e);
            }
        }
        return dataFolder == null ? CommentSecrets.random() : secrets(dataFolder);
    }

    CommentService service() {
        return runtime.service();
    }

    /** Secrets from the data folder, made once on first start. */
    static CommentSecrets secrets(Path dataFolder) {
        Path file = dataFolder.resolve(SECRETS_FILE);
        HexFormat hex = HexFormat.of();
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
                if (lines.size() == 3) {
                    return new CommentSecrets(hex.parseHex(lines.get(0)), hex.parseHex(lines.get(1)), hex.parseHex(lines.get(2)));
                }
                throw new DataFolderException("The comment secrets in " + file + " are damaged (expected three lines of"
                        + " hex). Restore the file from a backup; deleting it makes every open comment form and mailed"
                        + " link invalid.");
            }
            CommentSecrets fresh = CommentSecrets.random();
            Files.writeString(file, "# Keys for comment tokens, IP hashes and signed mail links. Keep private.\n"
                    + hex.formatHex(fresh.tokenKey()) + "\n" + hex.formatHex(fresh.ipSalt()) + "\n"
                    + hex.formatHex(fresh.linkKey()) + "\n");
            return fresh;
        } catch (IOException | IllegalArgumentException e) {
            throw new DataFolderException("The comment secrets in " + file + " cannot be read or written: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        runtime.close();
    }
}
