package io.ticksignal.engine.counters;

import static io.ticksignal.engine.counters.CountersFileLayout.ENGINE_NAME_LENGTH_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.ENGINE_NAME_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.HEADER_LENGTH;
import static io.ticksignal.engine.counters.CountersFileLayout.HEARTBEAT_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.MAGIC;
import static io.ticksignal.engine.counters.CountersFileLayout.MAGIC_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.MAX_ENGINE_NAME_LENGTH;
import static io.ticksignal.engine.counters.CountersFileLayout.METADATA_LENGTH_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.METADATA_PER_VALUES;
import static io.ticksignal.engine.counters.CountersFileLayout.PID_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.START_TIME_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.STATE_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.STATE_RUNNING;
import static io.ticksignal.engine.counters.CountersFileLayout.STATE_STOPPED;
import static io.ticksignal.engine.counters.CountersFileLayout.VALUES_LENGTH_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.VERSION;
import static io.ticksignal.engine.counters.CountersFileLayout.VERSION_OFFSET;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

import org.agrona.IoUtil;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * The engine's side of the counters file: a memory-mapped file laid out as a small header
 * (see {@link CountersFileLayout}) and the values and metadata buffers of an Agrona
 * {@link CountersManager}, so that {@code ticksignal stat} in another process can read every
 * counter's label and value through a {@link CountersFileReader}.
 * <pre>{@code
 * try (CountersFile countersFile = CountersFile.create(config.counters().file(), "ticksignal-demo",
 *          CountersFile.DEFAULT_COUNTER_CAPACITY, SystemEpochClock.INSTANCE))
 * {
 *     EngineCounters counters = new EngineCounters(countersFile.countersManager());
 *     ...                                  // once a second, on a duty cycle:
 *     countersFile.heartbeat(epochClock.time());
 * }
 * }</pre>
 * Creating refuses a file that a live engine heartbeats in, and replaces a stale one. Closing
 * marks the file stopped, unmaps and deletes it (unless another engine has replaced it meanwhile).
 * <p>
 * Thread-safety: create, allocate counters and close on one thread; counters are then updated
 * by their single writers; {@link #heartbeat(long)} from one thread. Allocation: at creation only.
 */
public final class CountersFile implements AutoCloseable
{
    /** Room for this many counters unless told otherwise: 32 KiB of values, 128 KiB of metadata. */
    public static final int DEFAULT_COUNTER_CAPACITY = 256;

    private final Path file;
    private final MappedByteBuffer mappedBuffer;
    private final UnsafeBuffer header;
    private final CountersManager countersManager;
    private final Object fileKey;
    private boolean closed;

    private CountersFile(final Path file, final MappedByteBuffer mappedBuffer, final int valuesLength)
    {
        this.file = file;
        this.fileKey = fileKey(file);
        this.mappedBuffer = mappedBuffer;
        this.header = new UnsafeBuffer(mappedBuffer, 0, HEADER_LENGTH);
        final UnsafeBuffer values = new UnsafeBuffer(mappedBuffer, HEADER_LENGTH, valuesLength);
        final UnsafeBuffer metadata = new UnsafeBuffer(
            mappedBuffer, HEADER_LENGTH + valuesLength, valuesLength * METADATA_PER_VALUES);
        this.countersManager = new CountersManager(metadata, values, CountersFileLayout.LABEL_CHARSET);
    }

    /**
     * Creates (or replaces a stale) counters file, with the current process as its engine.
     *
     * @param file            where, e.g. {@code config.counters().file()}; parent directories are created.
     * @param engineName      the engine's name, US-ASCII, at most 64 bytes (longer is cut).
     * @param counterCapacity how many counters it can hold, at least 1.
     * @param clock           epoch clock for the start time and first heartbeat.
     * @return the open file; hand {@link #countersManager()} to the engine.
     * @throws CountersFileException with {@code IN_USE} when a live engine writes the file.
     * @throws UncheckedIOException  when the file cannot be created.
     */
    public static CountersFile create(
        final Path file, final String engineName, final int counterCapacity, final EpochClock clock)
    {
        Objects.requireNonNull(engineName, "engineName");
        if (counterCapacity < 1 || counterCapacity > (1 << 20))
        {
            throw new IllegalArgumentException("counterCapacity must be 1..1048576: " + counterCapacity);
        }
        final Path absolute = file.toAbsolutePath();
        refuseLiveFile(absolute, clock);

        final int valuesLength = CountersFileLayout.valuesLength(counterCapacity);
        final MappedByteBuffer mapped;
        try
        {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(absolute);
            mapped = IoUtil.mapNewFile(absolute.toFile(), CountersFileLayout.fileLength(valuesLength));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create the counters file " + absolute + ": " + ex.getMessage(), ex);
        }

        final CountersFile countersFile = new CountersFile(absolute, mapped, valuesLength);
        countersFile.writeHeader(engineName, valuesLength, clock.time());
        return countersFile;
    }

    /**
     * @return the manager to allocate counters from (e.g. {@code new EngineCounters(manager)}).
     */
    public CountersManager countersManager()
    {
        return countersManager;
    }

    /**
     * Tells readers the engine is alive. Call about once a second; readers treat a heartbeat older
     * than {@link CountersFileReader#DEFAULT_STALE_AFTER_MS} as a dead engine. Any one thread; no
     * allocation.
     *
     * @param nowMs the time, ms since the epoch.
     */
    public void heartbeat(final long nowMs)
    {
        header.putLongRelease(HEARTBEAT_OFFSET, nowMs);
    }

    /**
     * @return the file, absolute.
     */
    public Path file()
    {
        return file;
    }

    /**
     * Marks the file stopped, unmaps and deletes it. Counters allocated from
     * {@link #countersManager()} must not be used afterwards.
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        header.putIntRelease(STATE_OFFSET, STATE_STOPPED);
        IoUtil.unmap(mappedBuffer);
        try
        {
            // A successor that replaced this file after a stall owns the path now: leave its file alone.
            if (null == fileKey || fileKey.equals(fileKey(file)))
            {
                Files.deleteIfExists(file);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete the counters file " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static Object fileKey(final Path file)
    {
        try
        {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        }
        catch (final IOException ex)
        {
            return null;
        }
    }

    private void writeHeader(final String engineName, final int valuesLength, final long nowMs)
    {
        header.putInt(VERSION_OFFSET, VERSION);
        header.putLong(PID_OFFSET, ProcessHandle.current().pid());
        header.putLong(START_TIME_OFFSET, nowMs);
        header.putLong(HEARTBEAT_OFFSET, nowMs);
        header.putInt(VALUES_LENGTH_OFFSET, valuesLength);
        header.putInt(METADATA_LENGTH_OFFSET, valuesLength * METADATA_PER_VALUES);
        header.putInt(STATE_OFFSET, STATE_RUNNING);
        final byte[] name = engineName.getBytes(CountersFileLayout.LABEL_CHARSET);
        final int nameLength = Math.min(name.length, MAX_ENGINE_NAME_LENGTH);
        header.putInt(ENGINE_NAME_LENGTH_OFFSET, nameLength);
        header.putBytes(ENGINE_NAME_OFFSET, name, 0, nameLength);
        header.putIntRelease(MAGIC_OFFSET, MAGIC);
    }

    private static void refuseLiveFile(final Path file, final EpochClock clock)
    {
        if (!Files.exists(file))
        {
            return;
        }
        try (CountersFileReader existing = CountersFileReader.open(file, clock, CountersFileReader.DEFAULT_STALE_AFTER_MS))
        {
            throw new CountersFileException(CountersFileException.Problem.IN_USE, file,
                "an engine (" + existing.engineName() + ", pid " + existing.pid() + ") is already running with " +
                "counters at " + file + "; stop it, or give this engine another engine.name or counters.file");
        }
        catch (final CountersFileException ex)
        {
            if (CountersFileException.Problem.IN_USE == ex.problem())
            {
                throw ex;
            }
            // Absent, stopped, dead or not a counters file: safe to replace.
        }
    }
}
