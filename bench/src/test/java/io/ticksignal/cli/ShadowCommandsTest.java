package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
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
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signals --shadow}, {@code replay --verify} and {@code backtest} on a journal written with
 * {@code model.shadow}: the demo bundle live, a small challenger bundle in shadow, the first real Bitstamp trades.
 */
class ShadowCommandsTest
{
    private static final int TRADES = 20_000;
    private static final String CHALLENGER = String.join("\n",
        "name: challenger-1m",
        "version: 2",
        "scorer: LOGISTIC",
        "features: [\"rsi(14)@1m\", \"roc(5)@1m\", \"mom(10)@1m\"]",
        "output: {meaning: BINARY, labels: [DOWN, UP]}",
        "calibration: {kind: NONE}",
        "thresholds: {buyAbove: 0.55, sellBelow: 0.45}",
        "logistic:",
        "  link: SIGMOID",
        "  coefficients:",
        "    - [-0.03, 0.5, 0.002]",
        "  intercepts: [1.5]",
        "");

    @TempDir
    static Path temp;

    private static Path journal;
    private static Path config;

    @BeforeAll
    static void writeJournal() throws IOException
    {
        config = config("engine.yaml", bundle("challenger", "0.55"));
        journal = temp.resolve("journal");
        final TicksignalConfig loaded = new ConfigLoader().load(config);
        final InstrumentConfig btc = loaded.instrument("BTC-USD").orElseThrow();
        try (ChronicleJournal chronicle = ChronicleJournal.open(journal, RollCycleKind.FAST_DAILY);
            EngineCounters counters = new EngineCounters(new CountersManager(
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
                new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
            TradeCsvReader reader =
                (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            final Pipeline pipeline = Pipeline.create(loaded, PipelineMode.LIVE, chronicle, SignalSink.NONE, counters,
                () -> 42L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
            final MessageHeaderEncoder header = new MessageHeaderEncoder();
            final TradeEncoder trade = new TradeEncoder();
            reader.priceScale(btc.priceScale()).amountScale(btc.sizeScale());
            for (int i = 1; i <= TRADES && reader.next(); i++)
            {
                trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(btc.id()).timestampNs(reader.timestampNs());
                trade.price().mantissa(reader.priceScaled()).exponent((byte)-btc.priceScale());
                trade.size().mantissa(reader.amountScaled()).exponent((byte)-btc.sizeScale());
                trade.aggressor(AggressorSide.UNKNOWN).tradeId(i);
                pipeline.onInput(i, 1_000L * i, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
            }
            pipeline.shadow().close();
        }
    }

    @Test
    void shouldListTheShadowSignalsWithShadowAndTheLiveOnesByDefault()
    {
        final CommandRun shadow = CommandRun.of("signals", "--journal", journal.toString(), "--shadow", "--csv");
        final CommandRun live = CommandRun.of("signals", "--journal", journal.toString(), "--csv");

        assertEquals(0, shadow.exitCode(), shadow.err());
        final List<String> shadowRows = shadow.out().lines().skip(1).toList();
        final List<String> liveRows = live.out().lines().skip(1).toList();
        assertTrue(shadowRows.size() > 50 && liveRows.size() > 50, shadowRows.size() + " / " + liveRows.size());
        assertTrue(shadowRows.stream().allMatch(row -> row.contains(",challenger-1m,2,")), shadowRows.get(0));
        assertTrue(liveRows.stream().allMatch(row -> row.contains(",demo-btc,1,")), liveRows.get(0));
        final CommandRun verify = CommandRun.of("replay", "--journal", journal.toString(), "--config",
            config.toString(), "--verify");
        assertTrue(verify.out().contains("replay: journaled shadow outputs: " + shadowRows.size() + "  digest "),
            verify.out());
        assertTrue(verify.out().contains("replay: journaled outputs: " + liveRows.size() + "  digest "), verify.out());
    }

    @Test
    void shouldVerifyTheShadowOutputsAndNameTheFirstShadowMismatchWhenItsThresholdsChange() throws IOException
    {
        final CommandRun same = CommandRun.of("replay", "--journal", journal.toString(), "--config",
            config.toString(), "--verify");
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertEquals(digestOn(same.out(), "journaled shadow outputs:"), digestOn(same.out(), "replayed shadow outputs:"));

        final Path changed = config("changed.yaml", bundle("changed", "0.60"));
        final CommandRun other = CommandRun.of("replay", "--journal", journal.toString(), "--config",
            changed.toString(), "--verify");
        assertEquals(1, other.exitCode(), other.out() + other.err());
        assertTrue(other.out().contains("replay: verify: DIFFERENT"), other.out());
        assertTrue(other.out().contains("replay: first shadow mismatch: output #"), other.out());
        assertFalse(other.out().contains("replay: first mismatch:"), "the live outputs still match: " + other.out());
        assertEquals(digestOn(same.out(), "journaled outputs:"), digestOn(other.out(), "replayed outputs:"));
        assertTrue(other.err().contains("verification failed") && other.err().contains("first shadow mismatch"),
            other.err());

        final CommandRun noShadow = CommandRun.of("replay", "--journal", journal.toString(), "--config",
            config("no-shadow.yaml", null).toString(), "--verify");
        assertEquals(1, noShadow.exitCode(), noShadow.out() + noShadow.err());
        assertTrue(noShadow.err().contains("has no model.shadow: give the engine's configuration with --config"),
            noShadow.err());
    }

    @Test
    void shouldCompareChampionAndChallengerInTheBacktest() throws IOException
    {
        final Path out = temp.resolve("report");
        final CommandRun run = CommandRun.of("backtest", "--journal", journal.toString(), "--horizon", "5",
            "--cost-bps", "1", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        final JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals("challenger-1m v2", metrics.at("/challenger/model").asText());
        assertEquals("demo-btc v1", metrics.at("/challenger/championModel").asText());
        final long signals = metrics.at("/challenger/signals").asLong();
        assertTrue(run.out().contains(String.format(Locale.ROOT, "backtest: challenger challenger-1m v2 (shadow, %,d signals) " +
            "vs champion demo-btc v1:", signals)), run.out());
        final String trades = String.valueOf(metrics.at("/challenger/strategy/numberOfTrades").asLong());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("backtest: challenger ") &&
            line.endsWith(" " + trades)), run.out());
        assertTrue(run.out().contains(String.format(Locale.ROOT, "backtest: directions agree at %,d of %,d common decision points",
            metrics.at("/challenger/agreement/agreeing").asLong(),
            metrics.at("/challenger/agreement/commonDecisionPoints").asLong())), run.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg id=\"chart-equity-challenger\""));
    }

    private static Path bundle(final String name, final String buyAbove) throws IOException
    {
        final Path directory = temp.resolve(name);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("model.yaml"), CHALLENGER.replace("buyAbove: 0.55", "buyAbove: " +
            buyAbove));
        return directory;
    }

    /** The demo configuration with the demo bundle live and, unless null, a shadow bundle. */
    private static Path config(final String name, final Path shadow) throws IOException
    {
        final String yaml = ReplayCommandTest.demoYaml();
        final int start = yaml.indexOf("\nmodel:\n");
        final int end = yaml.indexOf("\n# Applied after the scorer");
        final Path file = temp.resolve(name);
        Files.writeString(file, yaml.substring(0, start) + "\nmodel:\n  bundle: " +
            Path.of("..", "config", "models", "demo-btc", "1").toAbsolutePath().normalize() + "\n" +
            (null == shadow ? "" : "  shadow: " + shadow + "\n") + yaml.substring(end));
        return file;
    }

    private static String digestOn(final String out, final String label)
    {
        return out.lines().filter(line -> line.contains(label)).findFirst().orElseThrow()
            .replaceAll(".*digest ", "");
    }
}
