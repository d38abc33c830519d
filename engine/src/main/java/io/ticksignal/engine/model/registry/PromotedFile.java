package io.ticksignal.engine.model.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

import io.ticksignal.engine.io.AtomicFiles;

/**
 * {@code NAME/PROMOTED}: the promoted version as one line of decimal digits, replaced by writing a temporary file
 * and renaming it over the old one, so a reader (an engine's loader thread) sees the old or the new version, never
 * half a file. Version numbers, here and as directory names, are canonical: digits only, no sign, no leading zero.
 * <p>
 * Thread: any. Allocation: cold path.
 */
final class PromotedFile
{
    private PromotedFile()
    {
    }

    static OptionalLong read(final Path file)
    {
        final String text;
        try
        {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final NoSuchFileException ex)
        {
            return OptionalLong.empty();
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        return OptionalLong.of(parse(text, file));
    }

    /**
     * @param text the content of a {@code PROMOTED} file.
     * @param file the file, for the message.
     * @return the version it holds.
     * @throws RegistryException when it is not one whole number.
     */
    static long parse(final String text, final Path file)
    {
        final long version = versionOf(text.strip());
        if (version < 0)
        {
            throw new RegistryException(file + " holds '" + text.strip() + "', not a version (a whole number); " +
                "write it with 'ticksignal model promote NAME VERSION --registry ROOT'", null);
        }
        return version;
    }

    static void write(final Path file, final long version)
    {
        try
        {
            AtomicFiles.write(file, (version + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot write " + file + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @param text a directory name or {@code PROMOTED} content.
     * @return the version it spells, or -1.
     */
    static long versionOf(final String text)
    {
        if (text.isEmpty() || text.length() > 18 || (text.length() > 1 && text.charAt(0) == '0'))
        {
            return -1;
        }
        for (int i = 0; i < text.length(); i++)
        {
            if (text.charAt(i) < '0' || text.charAt(i) > '9')
            {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
