package org.romaexplorer.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file-system failure in words. NIO's exceptions carry only the path as their message
 * ({@code FileAlreadyExistsException: out.csv}), which printed as "error: out.csv" says nothing.
 */
final class IoProblem {
    private IoProblem() {}

    static String of(IOException e) {
        if (!(e instanceof FileSystemException f) || f.getReason() != null) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String what = e instanceof FileAlreadyExistsException ? "already exists (and is not a folder)"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof DirectoryNotEmptyException ? "folder not empty"
                : "cannot be used (" + e.getClass().getSimpleName() + ")";
        return f.getFile() + ": " + what;
    }
}
