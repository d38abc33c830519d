package io.ticksignal.bench.gc;

import java.nio.file.Path;
import java.util.Objects;

import io.ticksignal.config.JournalMode;

/**
 * What one GC run does.
 *
 * @param events       events sent in all (warm-up included).
 * @param warmUpEvents the first events, whose GC cycles count as warm-up.
 * @param heap         the child JVM's heap, as {@code -Xms} and {@code -Xmx} take it (e.g. {@code 128m}).
 * @param journalMode  whether the engine journals.
 * @param bundle       the model bundle the engine scores with.
 * @param outDirectory where the result files go.
 * @param command      the command line, as written into the result files.
 */
public record GcRunSettings(
    long events,
    long warmUpEvents,
    String heap,
    JournalMode journalMode,
    Path bundle,
    Path outDirectory,
    String command)
{
    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException naming the bad value and what is allowed.
     */
    public GcRunSettings
    {
        if (events < 1 || events > 1_000_000_000L)
        {
            throw new IllegalArgumentException("--events must be 1..1000000000: " + events);
        }
        if (warmUpEvents < 0 || warmUpEvents >= events)
        {
            throw new IllegalArgumentException("--warmup-events must be at least 0 and less than --events (" +
                events + "): " + warmUpEvents);
        }
        if (!heap.matches("[1-9][0-9]{0,5}[mMgG]"))
        {
            throw new IllegalArgumentException("--heap must be a size such as 64m, 256m or 1g: '" + heap + "'");
        }
        Objects.requireNonNull(journalMode, "journalMode");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(outDirectory, "outDirectory");
        Objects.requireNonNull(command, "command");
    }
}
