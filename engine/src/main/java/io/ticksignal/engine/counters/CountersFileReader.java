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
import static io.ticksignal.engine.counters.CountersFileLayout.VALUES_LENGTH_OFFSET;
import static io.ticksignal.engine.counters.CountersFileLayout.VERSION;
import static io.ticksignal.engine.counters.CountersFileLayout.VERSION_OFFSET;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrona.IoUtil;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersReader;

/**
 * The reader's side of a counters file (see {@link CountersFile}), for {@code ticksignal stat}
 * and any other process: checks that a live engine owns the file, then reads every counter's
 * label and value through an Agrona {@link CountersReader}.
 * <pre>{@code
 * try (CountersFileReader counters = CountersFileReader.open(file, SystemEpochClock.INSTANCE,
 *          CountersFileReader.DEFAULT_STALE_AFTER_MS))
 * {
 *     for (CountersFileReader.Sample sample : counters.sample())
 *     {
 *         System.out.println(sample.label() + " = " + sample.value());
 *     }
 * }
 * }</pre>
 * Thread-safety: one thread. Allocation: {@link #sample()} allocates (a tool, not a hot path).
 */
public final class CountersFileReader implements AutoCloseable
{
    /** A heartbeat older than this many milliseconds means the engine is gone. */
    public static final long DEFAULT_STALE_AFTER_MS = 5_000;

    /**
     * One counter's reading.
     *
     * @param counterId the counter's id in the file.
     * @param typeId    its type id (see {@link EngineCounters}).
     * @param label     its label.
     * @param value     its value when read.
     */
    public record Sample(int counterId, int typeId, String label, long value)
    {
    }

    private final Path file;
    private final MappedByteBuffer mappedBuffer;
    private final UnsafeBuffer header;
    private final CountersReader countersReader;
    private final EpochClock clock;
    private final long staleAfterMs;

    private CountersFileReader(
        final Path file,
        final MappedByteBuffer mappedBuffer,
        final int valuesLength,
        final EpochClock clock,
        final long staleAfterMs)
    {
        this.file = file;
        this.mappedBuffer = mappedBuffer;
        this.header = new UnsafeBuffer(mappedBuffer, 0, HEADER_LENGTH);
        final UnsafeBuffer values = new UnsafeBuffer(mappedBuffer, HEADER_LENGTH, valuesLength);
        final UnsafeBuffer metadata = new UnsafeBuffer(
            mappedBuffer, HEADER_LENGTH + valuesLength, valuesLength * METADATA_PER_VALUES);
        this.countersReader = new CountersReader(metadata, values, CountersFileLayout.LABEL_CHARSET);
        this.clock = clock;
        this.staleAfterMs = staleAfterMs;
    }

    /**
     * Maps a counters file and checks that a live engine owns it.
     *
     * @param file         the counters file.
     * @param clock        epoch clock to judge the heartbeat by.
     * @param staleAfterMs heartbeat age, ms, beyond which the engine counts as gone.
     * @return the open reader.
     * @throws CountersFileException {@code ABSENT}, {@code NOT_RUNNING} or {@code INVALID}, with a
     * message saying what to do.
     */
    public static CountersFileReader open(final Path file, final EpochClock clock, final long staleAfterMs)
    {
        final Path absolute = file.toAbsolutePath();
        final long fileLength = fileLength(absolute);
        if (fileLength < HEADER_LENGTH)
        {
            throw invalid(absolute, "it is too short (" + fileLength + " bytes)");
        }

        final MappedByteBuffer mapped = IoUtil.mapExistingFile(absolute.toFile(), "counters file");
        try
        {
            final UnsafeBuffer header = new UnsafeBuffer(mapped, 0, HEADER_LENGTH);
            final int valuesLength = checkHeader(absolute, header, fileLength);
            final CountersFileReader reader = new CountersFileReader(absolute, mapped, valuesLength, clock, staleAfterMs);
            reader.requireRunning();
            return reader;
        }
        catch (final RuntimeException ex)
        {
            IoUtil.unmap(mapped);
            throw ex;
        }
    }

    /**
     * @param file the counters file.
     * @return the message {@code stat} prints when no engine runs with counters at the file.
     */
    public static String notRunningMessage(final Path file)
    {
        return "no engine is running with counters at " + file +
            "; start one with ticksignal run --config F or pass --counters FILE";
    }

    /**
     * @return whether the engine still runs: state running, its process alive, heartbeat fresh.
     */
    public boolean isEngineRunning()
    {
        return null == whyNotRunning();
    }

    /**
     * @throws CountersFileException {@code NOT_RUNNING} when {@link #isEngineRunning()} is false.
     */
    public void requireRunning()
    {
        final String why = whyNotRunning();
        if (null != why)
        {
            throw new CountersFileException(
                CountersFileException.Problem.NOT_RUNNING, file, notRunningMessage(file) + " (" + why + ")");
        }
    }

    /**
     * Reads every allocated counter, in id order.
     *
     * @return a snapshot of labels and values.
     */
    public List<Sample> sample()
    {
        final List<Sample> samples = new ArrayList<>();
        countersReader.forEach((counterId, typeId, keyBuffer, label) ->
            samples.add(new Sample(counterId, typeId, label, countersReader.getCounterValue(counterId))));
        return samples;
    }

    /**
     * @return the Agrona reader over the file's buffers, for callers that want more than {@link #sample()}.
     */
    public CountersReader countersReader()
    {
        return countersReader;
    }

    /**
     * @return the engine's process id.
     */
    public long pid()
    {
        return header.getLong(PID_OFFSET);
    }

    /**
     * @return the engine's start time, ms since the epoch.
     */
    public long startTimeMs()
    {
        return header.getLong(START_TIME_OFFSET);
    }

    /**
     * @return the engine's last heartbeat, ms since the epoch.
     */
    public long heartbeatMs()
    {
        return header.getLongAcquire(HEARTBEAT_OFFSET);
    }

    /**
     * @return the engine's name.
     */
    public String engineName()
    {
        final int length = Math.max(0, Math.min(header.getInt(ENGINE_NAME_LENGTH_OFFSET), MAX_ENGINE_NAME_LENGTH));
        return header.getStringWithoutLengthAscii(ENGINE_NAME_OFFSET, length);
    }

    /**
     * @return the file, absolute.
     */
    public Path file()
    {
        return file;
    }

    /**
     * Unmaps the file.
     */
    @Override
    public void close()
    {
        IoUtil.unmap(mappedBuffer);
    }

    private String whyNotRunning()
    {
        if (STATE_RUNNING != header.getIntAcquire(STATE_OFFSET))
        {
            return "the engine stopped";
        }
        final long pid = pid();
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        {
            return "its process " + pid + " is gone";
        }
        final long ageMs = clock.time() - heartbeatMs();
        if (ageMs > staleAfterMs)
        {
            return "no heartbeat for " + ageMs / 1000 + " s";
        }
        return null;
    }

    private static long fileLength(final Path file)
    {
        try
        {
            return Files.size(file);
        }
        catch (final NoSuchFileException ex)
        {
            throw new CountersFileException(CountersFileException.Problem.ABSENT, file, notRunningMessage(file));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the counters file " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static int checkHeader(final Path file, final UnsafeBuffer header, final long fileLength)
    {
        if (MAGIC != header.getIntAcquire(MAGIC_OFFSET))
        {
            throw invalid(file, "it is not a counters file, or its engine is still starting");
        }
        final int version = header.getInt(VERSION_OFFSET);
        if (VERSION != version)
        {
            throw invalid(file, "its layout version is " + version + ", this tool reads version " + VERSION);
        }
        final int valuesLength = header.getInt(VALUES_LENGTH_OFFSET);
        final int metadataLength = header.getInt(METADATA_LENGTH_OFFSET);
        if (valuesLength <= 0 || valuesLength % CountersReader.COUNTER_LENGTH != 0 ||
            (long)metadataLength != (long)valuesLength * METADATA_PER_VALUES ||
            CountersFileLayout.fileLength(valuesLength) > fileLength)
        {
            throw invalid(file, "its buffer lengths (" + valuesLength + ", " + metadataLength +
                ") do not fit its size (" + fileLength + " bytes)");
        }
        return valuesLength;
    }

    private static CountersFileException invalid(final Path file, final String why)
    {
        return new CountersFileException(CountersFileException.Problem.INVALID, file,
            "cannot read counters from " + file + ": " + why +
            "; pass --counters FILE with the file of a running engine (ticksignal run --config F)");
    }
}
