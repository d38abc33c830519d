package io.ticksignal.engine.journal;

import java.nio.file.Path;

import io.ticksignal.config.RollCycleKind;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Run in a child JVM by {@link UncleanShutdownTest}: appends inputs with sequences 1..count and
 * halts without closing the journal, optionally in the middle of writing one more document.
 * <p>
 * Arguments: directory, count, {@code between} or {@code mid-document}.
 */
public final class HaltingJournalWriter
{
    static final int HALT_STATUS = 42;

    private HaltingJournalWriter()
    {
    }

    /**
     * @param args directory, count, where to halt.
     */
    public static void main(final String[] args)
    {
        final Path directory = Path.of(args[0]);
        final int count = Integer.parseInt(args[1]);
        final boolean midDocument = "mid-document".equals(args[2]);

        final UnsafeBuffer trade = TestMessages.trade(1, 1_000, 100, 1);
        final ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY);
        for (long sequence = 1; sequence <= count; sequence++)
        {
            journal.appendInput(sequence, 1_000 + sequence, trade, 0, trade.capacity());
        }

        if (midDocument)
        {
            final ChronicleQueue queue = ChronicleQueue.singleBuilder(directory).build();
            final ExcerptAppender appender = queue.createAppender();
            final DocumentContext document = appender.writingDocument();
            document.wire().bytes().write(trade.byteArray(), 0, 20);
        }

        Runtime.getRuntime().halt(HALT_STATUS);
    }
}
