package io.ticksignal.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that another process may read at any moment (a running engine polls {@code PROMOTED} and its request
 * directory; an engine may load a bundle a trainer writes; a trainer reads a dataset) are written to a hidden
 * temporary sibling and renamed into place, so a reader sees the old file or the new one, never half of one.
 * Cold path.
 */
public final class AtomicFiles
{
    private AtomicFiles()
    {
    }

    /**
     * @param target the file to write.
     * @return a hidden temporary sibling of it, unique to this process, not existing.
     * @throws IOException when a stale one cannot be deleted.
     */
    public static Path temporarySibling(final Path target) throws IOException
    {
        final Path temporary = target.resolveSibling(
            "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temporary);
        return temporary;
    }

    /**
     * Write the bytes to a temporary sibling, force them to the device, and rename it onto the target.
     *
     * @param target  the file.
     * @param content its new content.
     * @throws IOException when writing or renaming fails (the temporary file is removed).
     */
    public static void write(final Path target, final byte[] content) throws IOException
    {
        final Path temporary = temporarySibling(target);
        try
        {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
            moveIntoPlace(temporary, target);
        }
        finally
        {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Rename a finished temporary file onto its target: atomically where the file system can, else replacing it.
     *
     * @param temporary the finished file, in the target's directory.
     * @param target    the file to replace.
     * @throws IOException when the rename fails.
     */
    public static void moveIntoPlace(final Path temporary, final Path target) throws IOException
    {
        try
        {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (final AtomicMoveNotSupportedException ex)
        {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
