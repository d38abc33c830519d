package io.ticksignal.bench.replay;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.replay.run.ModelSwapMode;
import io.ticksignal.replay.run.ReplayDriver;
import io.ticksignal.replay.run.ReplayFilter;
import io.ticksignal.replay.run.ReplayProgress;
import io.ticksignal.replay.run.ReplayResult;
import io.ticksignal.replay.verify.ReplayVerifier;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * Journals the 100,000 real Bitstamp trades with a LIVE-mode pipeline, then replays the journal on this thread,
 * {@code ROUNDS} times per model (the first rounds warm the JIT), and prints events/s of each round: the demo rule
 * (feature path) and the demo bundle (features plus ONNX scoring), each with the verifier listening (digests and
 * comparison included, as {@code replay --verify} runs).
 * <p>
 * Run: {@code java -cp bench/target/ticksignal-bench-*.jar io.ticksignal.bench.replay.ReplayThroughput
 * config/models/demo-btc/1 [ROUNDS]}.
 */
public final class ReplayThroughput
{
    private ReplayThroughput()
    {
    }

    /**
     * @param args the demo bundle directory, and optionally the rounds per model (default 5).
     * @throws IOException when the temporary journal cannot be made or deleted.
     */
    public static void main(final String[] args) throws IOException
    {
        final Path bundle = Path.of(args.length > 0 ? args[0] : "config/models/demo-btc/1");
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final TicksignalConfig rule = new ConfigLoader().loadDemo();
        final TicksignalConfig scored = new TicksignalConfig(rule.engine(), rule.instruments(), rule.aeron(),
            rule.journal(), rule.features(), ModelConfig.ofBundle(bundle.toAbsolutePath()), rule.decision(),
            rule.counters());
        final Path journal = Files.createTempDirectory("ticksignal-replay-bench");
        try
        {
            final int trades = writeJournal(rule, journal);
            System.out.println("journal: " + trades + " trades at " + journal);
            measure("rule (feature path)", rule, journal, rounds);
            final Path absolute = bundle.toAbsolutePath();
            measure("bundle " + absolute.getParent().getFileName() + "/" + absolute.getFileName() +
                " (features + the bundle's scorer)", scored, journal, rounds);
        }
        finally
        {
            deleteRecursively(journal);
        }
    }

    /**
     * Deletes the temporary journal: its files first, then the directories, deepest first.
     */
    private static void deleteRecursively(final Path directory) throws IOException
    {
        final List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory))
        {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (final Path path : paths)
        {
            Files.deleteIfExists(path);
        }
    }

    private static void measure(final String name, final TicksignalConfig config, final Path journal,
        final int rounds)
    {
        for (int round = 1; round <= rounds; round++)
        {
            try (JournalReader reader = JournalReader.open(journal);
                ReplayDriver driver = new ReplayDriver(config, ModelSwapMode.KEEP_GIVEN_MODEL, ReplayFilter.all(),
                    new ReplayVerifier(null)))
            {
                final ReplayResult result = driver.run(reader, ReplayProgress.NONE);
                System.out.println(String.format(Locale.ROOT, "%s round %d: %d events, %d signals, %.1f ms, " +
                    "%,.0f events/s", name, round, result.inputsReplayed() + result.rejectedReplayed(),
                    result.replayedSignals(), result.elapsedNs() / 1e6, result.eventsPerSecond()));
            }
        }
    }

    private static int writeJournal(final TicksignalConfig config, final Path directory)
    {
        final InstrumentConfig btc = config.instrument("BTC-USD").orElseThrow();
        int count = 0;
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY);
            EngineCounters counters = new EngineCounters(new CountersManager(
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
            TradeCsvReader reader =
                (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            final Pipeline pipeline = Pipeline.create(config, PipelineMode.LIVE, journal, SignalSink.NONE, counters,
                () -> 0L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
            final MessageHeaderEncoder header = new MessageHeaderEncoder();
            final TradeEncoder trade = new TradeEncoder();
            reader.priceScale(btc.priceScale()).amountScale(btc.sizeScale());
            while (reader.next())
            {
                count++;
                trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(btc.id()).timestampNs(reader.timestampNs());
                trade.price().mantissa(reader.priceScaled()).exponent((byte)-btc.priceScale());
                trade.size().mantissa(reader.amountScaled()).exponent((byte)-btc.sizeScale());
                trade.aggressor(AggressorSide.UNKNOWN).tradeId(count);
                pipeline.onInput(count, count, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
            }
        }
        return count;
    }
}
