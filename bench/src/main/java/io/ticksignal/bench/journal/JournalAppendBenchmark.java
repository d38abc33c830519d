package io.ticksignal.bench.journal;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.engine.journal.ChronicleJournal;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Appends one {@code INPUT} journal record per op, wrapping an encoded Trade (a 47-byte SBE
 * frame) with its engine sequence and receive time, as the engine's journal stage does for
 * every accepted input: {@link ChronicleJournal#appendInput} into a Chronicle Queue in a fresh
 * temporary directory (roll cycle {@code FAST_DAILY}). The trade itself is encoded once per
 * iteration, so the figure is the journal's own cost.
 * <p>
 * The queue is opened in {@code @Setup(Level.Iteration)} and closed and deleted in
 * {@code @TearDown(Level.Iteration)}, so the disk use stays one iteration's worth (about 70
 * bytes per record) and each iteration starts from an empty queue, paying the mapping of its
 * first chunks inside the measured time, as a newly started engine does. The appends go to the
 * memory-mapped file; nothing waits for the disk. Expected: a few hundred ns/op and 0 B/op
 * after warm-up ({@code -prof gc}: gc.alloc.rate.norm). The forks get Chronicle Queue's JVM
 * flags for Java 17 (a command-line {@code -jvmArgsAppend} would replace, not add to, them).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
    "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-exports", "java.base/jdk.internal.util=ALL-UNNAMED",
    "--add-exports", "jdk.unsupported/sun.misc=ALL-UNNAMED",
    "--add-opens", "java.base/java.lang=ALL-UNNAMED",
    "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens", "java.base/java.io=ALL-UNNAMED",
    "--add-opens", "java.base/java.util=ALL-UNNAMED",
    "-Dchronicle.announcer.disable=true",
    "-Dchronicle.analytics.disable=true" })
public class JournalAppendBenchmark
{
    private static final long BASE_TIME_NS = 1_385_337_600_000_000_000L;

    private final UnsafeBuffer tradeBuffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(128).order(ByteOrder.LITTLE_ENDIAN));
    private int tradeLength;
    private Path directory;
    private ChronicleJournal journal;
    private long sequence;

    /**
     * Encodes the Trade once and opens a journal in a new temporary directory.
     *
     * @throws IOException when the directory cannot be created.
     */
    @Setup(Level.Iteration)
    public void openJournal() throws IOException
    {
        final TradeEncoder encoder = new TradeEncoder();
        encoder.wrapAndApplyHeader(tradeBuffer, 0, new MessageHeaderEncoder())
            .instrumentId(1)
            .timestampNs(BASE_TIME_NS)
            .aggressor(AggressorSide.BUY)
            .tradeId(1L);
        encoder.price().mantissa(80_001L).exponent((byte)-2);
        encoder.size().mantissa(10_000_000L).exponent((byte)-8);
        tradeLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        directory = Files.createTempDirectory("ticksignal-journal-bench");
        journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY);
    }

    /**
     * Closes the journal and deletes its directory.
     *
     * @throws IOException when a file cannot be deleted.
     */
    @TearDown(Level.Iteration)
    public void closeJournal() throws IOException
    {
        journal.close();
        try (Stream<Path> paths = Files.walk(directory))
        {
            final Path[] all = paths.sorted(Comparator.reverseOrder()).toArray(Path[]::new);
            for (final Path path : all)
            {
                Files.delete(path);
            }
        }
    }

    /**
     * @return the number of documents written so far, so the append cannot be elided.
     */
    @Benchmark
    public long appendInputTrade()
    {
        final long engineSequence = ++sequence;
        journal.appendInput(engineSequence, BASE_TIME_NS + engineSequence, tradeBuffer, 0, tradeLength);
        return journal.documentsWritten();
    }
}
