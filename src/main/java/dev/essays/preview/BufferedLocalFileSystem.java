package dev.essays.preview;

import org.apache.jackrabbit.core.fs.FileSystemException;
import org.apache.jackrabbit.core.fs.local.LocalFileSystem;

import java.io.BufferedOutputStream;
import java.io.OutputStream;

/**
 * Jackrabbit's local file system with buffered writes: its bundle store writes each node bundle in many small
 * pieces, which unbuffered meant one system call each. Closing the stream still writes everything before a save
 * returns, so nothing acknowledged is held back.
 */
public class BufferedLocalFileSystem extends LocalFileSystem {

    @Override
    public OutputStream getOutputStream(String filePath) throws FileSystemException {
        return new BufferedOutputStream(super.getOutputStream(filePath), 64 * 1024);
    }
}
