package dev.essays.preview;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The preview host's data folder: checked before anything is written, marked as ours on first use and
 * locked while a host runs, so a second instance or a foreign folder is refused instead of damaged.
 */
final class DataFolder {

    static final String MARKER = "essays-data.txt";
    private static final String LOCK = ".essays.lock";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataFolder claim(Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                throw new DataFolderException("The data folder " + absolute + " is a file, not a folder.");
            }
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + absolute + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new DataFolderException("The data folder " + absolute + " is not writable by this user.");
        }
        boolean fresh;
        try {
            fresh = EmbeddedRepository.isEmptyFolder(absolute);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + absolute + " cannot be read: " + e.getMessage(), e);
        }
        if (!fresh && !Files.exists(absolute.resolve(MARKER))) {
            throw new DataFolderException("The folder " + absolute + " holds other files and is not an essays data"
                    + " folder; nothing was written. Name an empty or new folder with --data.");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(absolute.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderException("The data folder " + absolute + " is in use by another running"
                        + " preview host. Stop that one, or start this one with another --data folder.");
            }
            if (fresh) {
                Files.writeString(absolute.resolve(MARKER),
                        "Magnolia Essays preview host data folder (repository format 1).\n");
            }
            return new DataFolder(absolute, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFolderException("The data folder " + absolute + " cannot be locked: " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same JVM: another host instance in-process
        }
    }

    Path path() {
        return folder;
    }

    Path repositoryHome() {
        return folder.resolve("repository");
    }

    void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
