package io.ticksignal.engine.model.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ticksignal.engine.io.AtomicFiles;

/**
 * The file protocol between {@code ticksignal model swap} and a running engine, in the directory
 * {@value #DIRECTORY_NAME} beside the engine's counters file (so a tool given the same configuration finds it):
 * <ol>
 *     <li>the tool writes {@code ID.request} holding the bundle directory (absolute path, one line), written to a
 *     temporary name and renamed, so the engine never reads half a request;</li>
 *     <li>the engine's loader thread takes requests in name order (IDs start with the request time), deletes each,
 *     and answers with {@code ID.ok} (the control event's detail and the engine sequence the swap followed) or
 *     {@code ID.failed} (every reason), written the same way;</li>
 *     <li>the tool waits, bounded, for the answer, prints it and deletes it.</li>
 * </ol>
 * Thread: any; each method is a few file operations. Allocation: cold path.
 */
public final class ModelRequestDirectory
{
    /** Name of the request directory beside the counters file. */
    public static final String DIRECTORY_NAME = "model-requests";
    /** Suffix of a request file. */
    public static final String REQUEST_SUFFIX = ".request";
    /** Suffix of a successful answer. */
    public static final String OK_SUFFIX = ".ok";
    /** Suffix of a refusal. */
    public static final String FAILED_SUFFIX = ".failed";

    private final Path directory;

    /**
     * @param directory the request directory.
     */
    public ModelRequestDirectory(final Path directory)
    {
        this.directory = directory;
    }

    /**
     * @param countersFile the engine's counters file ({@code counters.file}).
     * @return the request directory beside it.
     */
    public static ModelRequestDirectory besideCountersFile(final Path countersFile)
    {
        return new ModelRequestDirectory(countersFile.toAbsolutePath().resolveSibling(DIRECTORY_NAME));
    }

    /**
     * @return the directory.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * Create the directory if needed (the engine does, at launch).
     */
    public void create()
    {
        try
        {
            Files.createDirectories(directory);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create the model request directory " + directory, ex);
        }
    }

    /**
     * Write a swap request. Tool side.
     *
     * @param bundle    the bundle directory.
     * @param timeMs    the request time, ms since the epoch (orders requests).
     * @return the request id.
     */
    public String writeRequest(final Path bundle, final long timeMs)
    {
        final String id = String.format("%015d-%s", timeMs, UUID.randomUUID());
        write(id + REQUEST_SUFFIX, bundle.toAbsolutePath().normalize() + System.lineSeparator());
        return id;
    }

    /**
     * @return the ids of the waiting requests, oldest first. Engine side.
     */
    public List<String> pendingRequests()
    {
        final List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(directory))
        {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + REQUEST_SUFFIX))
        {
            for (final Path file : files)
            {
                final String name = file.getFileName().toString();
                ids.add(name.substring(0, name.length() - REQUEST_SUFFIX.length()));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list " + directory, ex);
        }
        ids.sort(null);
        return ids;
    }

    /**
     * Read and delete a request. Engine side.
     *
     * @param id the request id.
     * @return the bundle directory it names.
     */
    public Path takeRequest(final String id)
    {
        final Path file = directory.resolve(id + REQUEST_SUFFIX);
        try
        {
            final String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(file);
            return Path.of(text);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the model request " + file, ex);
        }
    }

    /**
     * Answer a request. Engine side.
     *
     * @param id     the request id.
     * @param status OK or FAILED.
     * @param text   what to tell the tool.
     */
    public void answer(final String id, final SwapStatus status, final String text)
    {
        write(id + (status == SwapStatus.OK ? OK_SUFFIX : FAILED_SUFFIX), text + System.lineSeparator());
    }

    /**
     * Take the answer to a request if it is there. Tool side.
     *
     * @param id the request id.
     * @return the answer, deleted from the directory; empty when not answered yet.
     */
    public Optional<SwapAnswer> takeAnswer(final String id)
    {
        for (final SwapStatus status : SwapStatus.values())
        {
            final Path file = directory.resolve(id + (status == SwapStatus.OK ? OK_SUFFIX : FAILED_SUFFIX));
            if (Files.isRegularFile(file))
            {
                try
                {
                    final String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                    Files.deleteIfExists(file);
                    return Optional.of(new SwapAnswer(status, text));
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException("cannot read the answer " + file, ex);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Withdraw a request nobody took (the tool gave up waiting).
     *
     * @param id the request id.
     * @return true when the request was still waiting and is now gone.
     */
    public boolean withdraw(final String id)
    {
        try
        {
            return Files.deleteIfExists(directory.resolve(id + REQUEST_SUFFIX));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete the request " + id, ex);
        }
    }

    private void write(final String name, final String text)
    {
        try
        {
            AtomicFiles.write(directory.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + directory.resolve(name), ex);
        }
    }

    /**
     * How a swap request ended.
     */
    public enum SwapStatus
    {
        /** The new model is in place. */
        OK,
        /** The request was refused; the old model keeps running. */
        FAILED
    }

    /**
     * The engine's answer to a request.
     *
     * @param status OK or FAILED.
     * @param text   the detail or the reasons.
     */
    public record SwapAnswer(SwapStatus status, String text)
    {
    }
}
