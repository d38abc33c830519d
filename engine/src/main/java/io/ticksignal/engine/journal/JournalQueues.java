package io.ticksignal.engine.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.ticksignal.config.RollCycleKind;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.agrona.concurrent.EpochClock;

/**
 * Opens the Chronicle queues behind the journal, so that the writer and the readers agree on how
 * a journal directory is opened.
 */
final class JournalQueues
{
    private JournalQueues()
    {
    }

    /**
     * Opens the journal at {@code directory} for appending, creating it when absent.
     * <p>
     * An existing journal keeps the roll cycle it was created with: Chronicle reads it from the
     * queue's metadata and overrides the one given here.
     *
     * @param directory  the queue directory.
     * @param rollCycle  the roll cycle of a new journal.
     * @param epochClock the clock, ms since the epoch, that decides which cycle a document goes to.
     * @return the open queue; the caller closes it.
     */
    static SingleChronicleQueue openForAppend(
        final Path directory, final RollCycleKind rollCycle, final EpochClock epochClock)
    {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(rollCycle, "rollCycle");
        Objects.requireNonNull(epochClock, "epochClock");

        return ChronicleQueue.singleBuilder(directory)
            .rollCycle(JournalRollCycles.toRollCycle(rollCycle))
            .timeProvider(epochClock::time)
            .build();
    }

    /**
     * Opens an existing journal at {@code directory} read-only.
     *
     * @param directory the queue directory.
     * @return the open queue; the caller closes it.
     * @throws IllegalArgumentException when {@code directory} is not a directory.
     */
    static SingleChronicleQueue openForRead(final Path directory)
    {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory))
        {
            throw new IllegalArgumentException("no journal directory at " + directory.toAbsolutePath());
        }

        return ChronicleQueue.singleBuilder(directory)
            .readOnly(true)
            .build();
    }
}
