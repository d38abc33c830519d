package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ticksignal replay} on a journal written by a LIVE-mode pipeline over the first real Bitstamp trades.
 */
class ReplayCommandTest
{
    static final int TRADES = 5_000;
    static final int NO_CORRUPTION = -1;
    static final int BYTES_CUT = 7;

    @TempDir
    Path temp;

    @Test
    void shouldVerifyAJournalAndPrintBothDigests() throws IOException
    {
        final Path journal = writeJournal(temp.resolve("journal"), TRADES);

        final CommandRun run = CommandRun.of("replay", "--journal", journal.toString(), "--verify");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("replay: " + TRADES + " inputs and 0 rejected inputs replayed"), run.out());
        assertTrue(run.out().contains("replay: verify: IDENTICAL"), run.out());
        final String journaled = digestOn(run.out(), "journaled outputs:");
        assertEquals(journaled, digestOn(run.out(), "replayed outputs:"));
        assertEquals(journaled, digestOn(CommandRun.of("replay", "--journal", journal.toString(), "--verify").out(),
            "replayed outputs:"), "a second replay gives the same digest");
    }

    @Test
    void shouldExitOneAndNameTheFirstMismatchWithOtherRuleThresholds() throws IOException
    {
        final Path journal = writeJournal(temp.resolve("journal"), TRADES);
        final Path config = temp.resolve("other.yaml");
        Files.writeString(config, demoYaml().replace("buyAbove: 60", "buyAbove: 70")
            .replace("sellBelow: 40", "sellBelow: 30"));

        final CommandRun run = CommandRun.of("replay", "--journal", journal.toString(), "--config",
            config.toString(), "--verify");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("replay: verify: DIFFERENT"), run.out());
        assertTrue(run.err().contains("verification failed") && run.err().contains("first mismatch: output #") &&
            run.err().contains("engine sequence"), run.err());
    }

    @Test
    void shouldExitOneNamingTheCorruptRecordAndStillReplayTheRecordsAfterIt() throws IOException
    {
        final Path clean = writeJournal(temp.resolve("clean"), TRADES);
        final Path journal = temp.resolve("journal");
        final long corruptIndex = writeJournal(journal, TRADES, TRADES / 2);

        final CommandRun run = CommandRun.of("replay", "--journal", journal.toString(), "--verify");
        final CommandRun cleanRun = CommandRun.of("replay", "--journal", clean.toString(), "--verify");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(0, cleanRun.exitCode(), cleanRun.out() + cleanRun.err());
        assertTrue(run.out().contains("replay: verify: DIFFERENT"), run.out());
        assertTrue(run.out().contains("replay: corrupt journal records: 1 at indexes [" + corruptIndex + "]"),
            run.out());
        assertTrue(run.out().contains("corrupt records 1"), run.out());
        assertTrue(run.err().contains("verification failed") &&
            run.err().contains("1 corrupt journal record(s) at indexes [" + corruptIndex + "]"), run.err());
        assertTrue(run.out().contains("replay: " + TRADES + " inputs and 0 rejected inputs replayed"),
            "the inputs after the corrupt record are replayed: " + run.out());
        assertEquals(digestOn(cleanRun.out(), "replayed outputs:"), digestOn(run.out(), "replayed outputs:"),
            "the corrupt record costs no signal");
        assertEquals(digestOn(run.out(), "journaled outputs:"), digestOn(run.out(), "replayed outputs:"));
    }

    @Test
    void shouldRefuseToVerifyAnotherBundleWithoutForce() throws IOException
    {
        final Path journal = writeJournal(temp.resolve("journal"), 100);

        final CommandRun run = CommandRun.of("replay", "--journal", journal.toString(), "--bundle",
            Path.of("..", "config", "models", "demo-btc", "1").toString(), "--verify");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("meaningless") && run.err().contains("--force"), run.err());
    }

    @Test
    void shouldWriteOneCsvRowPerRegeneratedSignal() throws IOException
    {
        final Path journal = writeJournal(temp.resolve("journal"), TRADES);
        final Path csv = temp.resolve("signals.csv");

        final CommandRun run = CommandRun.of("replay", "--journal", journal.toString(), "--out", csv.toString());
        final CommandRun listed = CommandRun.of("signals", "--journal", journal.toString(), "--csv");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        final List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).startsWith("engine_sequence,event_time,instrument,direction,confidence,model,version,p_"),
            rows.get(0));
        assertTrue(rows.size() > 2, "signals on 5,000 real trades");
        assertTrue(run.out().contains("wrote " + (rows.size() - 1) + " signals"), run.out());
        assertEquals(String.join("\n", rows) + "\n", listed.out(), "the replay's rows are the journal's rows");
    }

    @Test
    void shouldRejectAMissingJournalAndAnUnknownInstrument()
    {
        final CommandRun missing = CommandRun.of("replay", "--journal", temp.resolve("none").toString());
        final CommandRun unknown = CommandRun.of("replay", "--journal", temp.toString(), "--instrument", "XYZ");
        final CommandRun badTime = CommandRun.of("replay", "--journal", temp.toString(), "--from", "yesterday");

        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("is not a directory"), missing.err());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("'XYZ' is not an instrument"), unknown.err());
        assertEquals(1, badTime.exitCode());
        assertTrue(badTime.err().contains("'yesterday' is not an event time"), badTime.err());
    }

    /**
     * Journals the first real trades as the live engine does (LIVE-mode pipeline, demo configuration).
     */
    static Path writeJournal(final Path directory, final int trades)
    {
        writeJournal(directory, trades, NO_CORRUPTION);
        return directory;
    }

    /**
     * Journals the first real trades as the live engine does; after trade {@code corruptAfter} (unless it is
     * {@link #NO_CORRUPTION}) appends, through Chronicle's own appender on the same directory, one document holding
     * the envelope of the next trade cut short by {@link #BYTES_CUT} bytes.
     *
     * @return the Chronicle index of the corrupt document, or -1 when none was written.
     */
    static long writeJournal(final Path directory, final int trades, final int corruptAfter)
    {
        final TicksignalConfig demo = new ConfigLoader().loadDemo();
        final InstrumentConfig btc = demo.instrument("BTC-USD").orElseThrow();
        long corruptIndex = -1;
        try (ChronicleJournal journal = ChronicleJournal.open(directory, RollCycleKind.FAST_DAILY);
            EngineCounters counters = new EngineCounters(new CountersManager(
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
            TradeCsvReader reader =
                (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            final Pipeline pipeline = Pipeline.create(demo, PipelineMode.LIVE, journal, SignalSink.NONE, counters,
                () -> 42L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
            final MessageHeaderEncoder header = new MessageHeaderEncoder();
            final TradeEncoder trade = new TradeEncoder();
            reader.priceScale(btc.priceScale()).amountScale(btc.sizeScale());
            for (int i = 1; i <= trades && reader.next(); i++)
            {
                trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(btc.id()).timestampNs(reader.timestampNs());
                trade.price().mantissa(reader.priceScaled()).exponent((byte)-btc.priceScale());
                trade.size().mantissa(reader.amountScaled()).exponent((byte)-btc.sizeScale());
                trade.aggressor(AggressorSide.UNKNOWN).tradeId(i);
                final int length = MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
                if (i == corruptAfter + 1)
                {
                    corruptIndex = appendTornEnvelope(directory, i, buffer, length);
                }
                pipeline.onInput(i, 1_000L * i, buffer, 0, length);
            }
        }
        return corruptIndex;
    }

    private static long appendTornEnvelope(
        final Path directory, final long engineSequence, final UnsafeBuffer message, final int length)
    {
        final ExpandableArrayBuffer envelope = new ExpandableArrayBuffer(256);
        final JournalRecordEncoder record = new JournalRecordEncoder()
            .wrapAndApplyHeader(envelope, 0, new MessageHeaderEncoder())
            .engineSequence(engineSequence)
            .receiveTimeNs(1_000L * engineSequence)
            .kind(EventKind.INPUT)
            .rejectReason(RejectReason.NONE)
            .putPayload(message, 0, length);
        final int tornLength = MessageHeaderEncoder.ENCODED_LENGTH + record.encodedLength() - BYTES_CUT;
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(directory).build();
            ExcerptAppender appender = queue.createAppender())
        {
            try (DocumentContext document = appender.writingDocument())
            {
                document.wire().bytes().write(envelope.byteArray(), 0, tornLength);
            }
            return appender.lastIndexAppended();
        }
    }

    static String demoYaml() throws IOException
    {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(ConfigLoader.DEMO_RESOURCE))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String digestOn(final String out, final String label)
    {
        return out.lines().filter(line -> line.contains(label)).findFirst().orElseThrow()
            .replaceAll(".*digest ", "");
    }
}
