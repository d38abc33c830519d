package io.ticksignal.replay.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.offline.ProgressListener;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.model.LabelSpec;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.replay.run.ReplayFilter;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written by a LIVE-mode engine pipeline over the 100,000 real Bitstamp trades (fed as the reference feed
 * encodes them), plus one trade the engine rejects, one bar of another instrument and a corrupt document at the end,
 * gives the same dataset as the CSV of the same trades, byte for byte.
 */
class JournalDatasetTest
{
    private static final TicksignalConfig DEMO = new ConfigLoader().loadDemo();
    private static final InstrumentConfig BTC_USD = DEMO.instrument("BTC-USD").orElseThrow();
    private static final InstrumentConfig AAPL = DEMO.instrument("AAPL").orElseThrow();
    private static final String FEATURES = "rsi(14)@1m;roc(5)@1m;willr(14)@1m;cci(20)@1m;sma(20)@5m;" +
        "trade_rate(100);trade_sign;vpin(50,20)@1m;rsi(14)";
    private static final LabelSpec LABEL = DatasetLabel.parse("fwd_return(5)@1m", 3, 0.001);
    private static final int BAD_TRADE_AT = 30_000;
    private static final int OTHER_INSTRUMENT_AT = 60_000;

    @TempDir
    static Path temp;
    private static Path journal;

    @BeforeAll
    static void writeJournal()
    {
        journal = temp.resolve("journal");
        final List<byte[]> frames = frames();
        try (ChronicleJournal chronicle = ChronicleJournal.open(journal, RollCycleKind.FAST_DAILY);
            EngineCounters counters = new EngineCounters(new CountersManager(
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength())))))
        {
            final Pipeline pipeline = Pipeline.create(DEMO, PipelineMode.LIVE, chronicle, SignalSink.NONE, counters,
                () -> 0L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (int i = 0; i < frames.size(); i++)
            {
                buffer.wrap(frames.get(i));
                pipeline.onInput(i + 1, 1_000L * (i + 1), buffer, 0, frames.get(i).length);
            }
        }
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(journal).build();
            ExcerptAppender appender = queue.createAppender();
            DocumentContext document = appender.writingDocument())
        {
            document.wire().bytes().write(new byte[]{ 1, 2, 3, 4, 5 });
        }
    }

    @Test
    void shouldBuildTheSameDatasetFromTheJournalAsFromTheCsv() throws IOException
    {
        final List<ParsedFeature> features = FeatureExpressionParser.standard().parseList(FEATURES);
        final DatasetBuilder fromCsv = new DatasetBuilder(features, LABEL);
        final InputSummary csvInput = CsvDatasetSource.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES, features, LABEL)
            .readInto(fromCsv, "BTC-USD", ReplayFilter.all(), ProgressListener.NONE);
        final DatasetBuilder fromJournal = new DatasetBuilder(features, LABEL);
        final InputSummary journalInput = readJournal(fromJournal, new ReplayFilter(Long.MIN_VALUE, Long.MAX_VALUE,
            BTC_USD.id()));

        final Dataset csvDataset = fromCsv.finish();
        final Dataset journalDataset = fromJournal.finish();

        assertEquals(100_000, csvInput.eventsRead());
        assertEquals(new InputSummary(100_001, 0, 1, 1, 1), journalInput,
            "100,000 trades and the other instrument's bar read; the rejected trade and the corrupt document " +
                "counted, not used");
        assertTrue(csvDataset.rows().size() > 9_000, "rows: " + csvDataset.rows().size());
        assertEquals(csv(csvDataset), csv(journalDataset));
        assertEquals(csvDataset.summary().barCloses(), journalDataset.summary().barCloses());
        assertEquals(0, journalDataset.summary().rejectedInvalid() + journalDataset.summary().rejectedLate());
    }

    @Test
    void shouldTakeEveryInstrumentAndOnlyInputsInTheTimeRange()
    {
        final List<ParsedFeature> features = FeatureExpressionParser.standard().parseList("rsi(14)@1m");
        final DatasetBuilder all = new DatasetBuilder(features, LABEL);
        final InputSummary allInput = readJournal(all, ReplayFilter.all());
        final Dataset allDataset = all.finish();
        assertEquals(new InputSummary(100_001, 0, 0, 1, 1), allInput);
        assertEquals(2, allDataset.summary().instruments(), "BTC-USD and AAPL (one bar: no row)");
        assertTrue(allDataset.rows().stream().allMatch(row -> row.instrument().equals("BTC-USD")));

        final long fromNs = 1_385_424_000_000_000_000L;
        final long toNs = 1_385_510_400_000_000_000L;
        final DatasetBuilder day = new DatasetBuilder(features, LABEL);
        final InputSummary dayInput = readJournal(day, new ReplayFilter(fromNs, toNs, BTC_USD.id()));
        final Dataset dayDataset = day.finish();
        assertEquals(100_001, dayInput.eventsRead());
        assertEquals(1, dayInput.otherInstruments());
        assertEquals(dayDataset.summary().eventsAccepted(), dayInput.eventsUsed(), "2013-11-26 only");
        assertTrue(dayInput.eventsUsed() > 10_000 && dayInput.eventsUsed() < 50_000, "trades of the day: " +
            dayInput.eventsUsed());
        assertTrue(dayDataset.rows().get(0).timeNs() >= fromNs + 15 * 60_000_000_000L,
            "rsi(14)@1m warms up from the day's first trades");
        assertTrue(dayDataset.rows().get(dayDataset.rows().size() - 1).timeNs() < toNs);
    }

    private static InputSummary readJournal(final DatasetBuilder builder, final ReplayFilter filter)
    {
        final JournalDatasetSource source = new JournalDatasetSource(builder, filter,
            id -> DEMO.instruments().stream().filter(i -> i.id() == id).findFirst().orElseThrow().symbol(),
            ProgressListener.NONE);
        try (JournalReader reader = JournalReader.open(journal))
        {
            return source.readAll(reader);
        }
    }

    private static String csv(final Dataset dataset) throws IOException
    {
        final StringWriter out = new StringWriter();
        DatasetCsv.write(dataset, out);
        return out.toString();
    }

    /**
     * The Bitstamp trades as the reference feed sends them (instrument scales, trade id = row number, aggressor
     * UNKNOWN), with a trade of negative price (rejected: INVALID_PRICE) and one AAPL bar in between.
     */
    private static List<byte[]> frames()
    {
        final List<byte[]> frames = new ArrayList<>(100_002);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final TradeEncoder trade = new TradeEncoder();
        final BarEncoder bar = new BarEncoder();
        long tradeId = 0;
        try (TradeCsvReader reader =
            (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            reader.priceScale(BTC_USD.priceScale()).amountScale(BTC_USD.sizeScale());
            while (reader.next())
            {
                if (tradeId == BAD_TRADE_AT)
                {
                    trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(BTC_USD.id())
                        .timestampNs(reader.timestampNs()).aggressor(AggressorSide.UNKNOWN).tradeId(-1L);
                    trade.price().mantissa(-100).exponent((byte)-BTC_USD.priceScale());
                    trade.size().mantissa(1).exponent((byte)0);
                    frames.add(copy(buffer, trade.encodedLength()));
                }
                if (tradeId == OTHER_INSTRUMENT_AT)
                {
                    bar.wrapAndApplyHeader(buffer, 0, header).instrumentId(AAPL.id())
                        .startTimeNs(reader.timestampNs()).intervalNs(86_400_000_000_000L).tradeCount(0);
                    bar.openPrice().mantissa(50_000).exponent((byte)-2);
                    bar.highPrice().mantissa(51_000).exponent((byte)-2);
                    bar.lowPrice().mantissa(49_000).exponent((byte)-2);
                    bar.closePrice().mantissa(50_500).exponent((byte)-2);
                    bar.volume().mantissa(1_000).exponent((byte)0);
                    frames.add(copy(buffer, bar.encodedLength()));
                }
                tradeId++;
                trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(BTC_USD.id())
                    .timestampNs(reader.timestampNs()).aggressor(AggressorSide.UNKNOWN).tradeId(tradeId);
                trade.price().mantissa(reader.priceScaled()).exponent((byte)-BTC_USD.priceScale());
                trade.size().mantissa(reader.amountScaled()).exponent((byte)-BTC_USD.sizeScale());
                frames.add(copy(buffer, trade.encodedLength()));
            }
        }
        return frames;
    }

    private static byte[] copy(final UnsafeBuffer buffer, final int bodyLength)
    {
        final byte[] frame = new byte[MessageHeaderEncoder.ENCODED_LENGTH + bodyLength];
        buffer.getBytes(0, frame);
        return frame;
    }
}
