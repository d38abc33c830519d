package io.ticksignal.replay.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticksignal.engine.runtime.LatencyRecorder;
import io.ticksignal.replay.backtest.BacktestContext;
import io.ticksignal.replay.backtest.BacktestResult;
import io.ticksignal.replay.backtest.Backtester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report files on a synthetic, seeded random walk with noisy signals: every chart present, nothing external,
 * metrics.json parseable with the expected keys and values.
 */
class BacktestReportTest
{
    private static final long MINUTE_NS = 60_000_000_000L;
    private static final long START_NS = 1_699_999_980L * 1_000_000_000L;
    private static final String[] CHARTS = {
        "chart-equity", "chart-drawdown", "chart-rolling-sharpe", "chart-probabilities", "chart-calibration",
        "chart-correlation", "chart-latency"};

    @TempDir
    Path directory;

    static BacktestResult syntheticBacktest(final BacktestContext context)
    {
        final Backtester backtester = new Backtester(context);
        final Random random = new Random(42);
        double price = 30_000.0;
        for (int i = 0; i < 3_000; i++)
        {
            final long timeNs = START_NS + i * 20_000_000_000L;
            price *= 1.0 + 0.0008 * random.nextGaussian();
            backtester.onMarket(timeNs, price, 0.5);
            if (i % 7 == 0)
            {
                final double pUp = Math.min(0.99, Math.max(0.01, 0.5 + 0.15 * random.nextGaussian()));
                final int direction = pUp > 0.55 ? 1 : pUp < 0.45 ? -1 : 0;
                backtester.onSignal(timeNs + 1, direction, pUp, Math.max(pUp, 1 - pUp));
            }
        }
        return backtester.finish();
    }

    private Path latencyFile() throws IOException
    {
        final LatencyRecorder recorder = new LatencyRecorder();
        final Random random = new Random(7);
        for (int i = 0; i < 10_000; i++)
        {
            final long start = 1_000_000L + i * 1_000L;
            recorder.record(start, start + 2_000 + random.nextInt(3_000), start + 9_000 + random.nextInt(40_000), true);
        }
        final Path file = directory.resolve("journal").resolve("latency.txt");
        recorder.writeTo(file);
        return file;
    }

    @Test
    void shouldWriteSelfContainedHtmlWithEveryChart() throws IOException
    {
        final BacktestResult result = syntheticBacktest(new BacktestContext().costBps(1.0));
        final BacktestInputs inputs = new BacktestInputs(
            directory.resolve("journal"), "journal", "1m", 1, 3_000, 429, latencyFile());
        final Path report = BacktestReport.write(result, inputs, directory.resolve("out"));
        final String html = Files.readString(report, StandardCharsets.UTF_8);

        for (final String chart : CHARTS)
        {
            assertTrue(html.contains("<svg id=\"" + chart + "\""), chart);
        }
        assertFalse(html.contains("http://"), "no http reference");
        assertFalse(html.contains("https://"), "no https reference");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("NaN"), () -> html.substring(Math.max(0, html.indexOf("NaN") - 200), html.indexOf("NaN") + 20));
        assertTrue(html.contains("CRYPTO_24_7: 365 days x 24.0 h; 1m bars -&gt; 525,600 bars per year"));
        assertTrue(Files.exists(directory.resolve("out").resolve(BacktestReport.METRICS_FILE)));
    }

    @Test
    void shouldSayLatencyNotRecordedWithoutLatencyFile() throws IOException
    {
        final BacktestResult result = syntheticBacktest(new BacktestContext());
        final BacktestInputs inputs = new BacktestInputs(directory, "journal", "1m", 1, 3_000, 429, null);
        final String html = Files.readString(BacktestReport.write(result, inputs, directory.resolve("out")));

        assertTrue(html.contains("Latency: not recorded"));
        assertFalse(html.contains("chart-latency"));
        assertTrue(html.contains("<svg id=\"chart-equity\""));
    }

    @Test
    void shouldWriteMetricsJsonWithExpectedKeysAndValues() throws IOException
    {
        final BacktestContext context = new BacktestContext().costBps(2.5).horizonBars(3);
        final BacktestResult result = syntheticBacktest(context);
        final BacktestInputs inputs = new BacktestInputs(directory, "journal", "1m", 1, 3_000, 429, null);
        final JsonNode json = new ObjectMapper().readTree(BacktestReport.metricsJson(result, inputs));

        assertEquals(2.5, json.at("/inputs/costBps").asDouble());
        assertEquals(3, json.at("/inputs/horizonBars").asInt());
        assertEquals(directory.toString(), json.at("/inputs/journal").asText());
        assertEquals("journal", json.at("/inputs/signalSource").asText());
        assertEquals("CRYPTO_24_7", json.at("/annualisation/calendar").asText());
        assertEquals(525_600.0, json.at("/annualisation/barsPerYear").asDouble());
        assertEquals(MINUTE_NS, json.at("/annualisation/barIntervalNs").asLong());
        // 3,000 events 20 s apart span 1,000 minutes
        assertEquals(1_000, json.at("/period/bars").asInt());
        for (final String group : new String[]{"strategy", "benchmark"})
        {
            for (final String key : result.strategyMetrics().asMap().keySet())
            {
                assertTrue(json.at("/" + group).has(key), group + "." + key);
            }
        }
        assertEquals(result.strategyMetrics().get("sharpe"), json.at("/strategy/sharpe").asDouble(), 0.0);
        assertEquals(result.benchmarkMetrics().get("totalReturn"), json.at("/benchmark/totalReturn").asDouble(), 0.0);
        assertEquals(1.0, json.at("/benchmark/numberOfTrades").asDouble());
        assertEquals(result.signalQuality().asMap().get("rocAuc"), json.at("/signalQuality/rocAuc").asDouble(), 0.0);
        assertEquals(10, json.at("/signalQuality/calibration").size());
        long calibrated = 0;
        for (final JsonNode bin : json.at("/signalQuality/calibration"))
        {
            calibrated += bin.get("count").asLong();
        }
        assertEquals(result.signals().size(), calibrated);
    }
}
