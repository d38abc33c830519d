package io.ticksignal.engine.feature.offline;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataFormatException;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionException;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.indicator.BBands;
import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.Macd;
import io.ticksignal.engine.feature.indicator.Rsi;
import io.ticksignal.engine.feature.indicator.Skew;
import io.ticksignal.engine.feature.indicator.Sma;
import io.ticksignal.engine.feature.indicator.Vwap;
import io.ticksignal.engine.feature.microstructure.KyleLambda;
import io.ticksignal.engine.feature.microstructure.Ofi;
import io.ticksignal.engine.feature.microstructure.TradeRate;
import io.ticksignal.engine.feature.microstructure.Vpin;
import io.ticksignal.engine.feature.volatility.YangZhang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineFeatureRunnerTest
{
    private static final long MINUTE_NS = 60_000_000_000L;
    private static final long FIVE_MINUTES_NS = 5 * MINUTE_NS;

    private final FeatureExpressionParser parser = FeatureExpressionParser.standard();

    @Test
    void shouldWriteTheSameValuesAsTheIndicatorsRunDirectlyOnAppleBars()
    {
        final Run run = run(MarketDataInput.dataSet(MarketDataSet.AAPL_DAILY_BARS), Optional.empty(),
            "sma(20);rsi(14);macd(12,26,9).signal;bbands(20,2).upper");

        assertEquals("time,sma(20),rsi(14),\"macd(12,26,9).signal\",\"bbands(20,2).upper\"", run.lines.get(0));
        assertEquals(252, run.summary.rowsWritten());
        assertEquals(253, run.lines.size());
        assertEquals(Timeframe.ONE_DAY, run.summary.rowTimeframe());
        final Indicator[] direct = { new Sma(20), new Rsi(14), new Macd(12, 26, 9), new BBands(20, 2.0) };
        final int[] outputs = { 0, 0, 1, 2 };
        try (MarketDataReader reader = MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            for (int row = 1; reader.next(); row++)
            {
                final String[] cells = run.lines.get(row).split(",", -1);
                assertEquals(Long.toString(reader.timestampNs() / 1_000_000L), cells[0], "row " + row);
                for (int i = 0; i < direct.length; i++)
                {
                    direct[i].update(reader.timestampNs(), reader.value(1), reader.value(2), reader.value(3),
                        reader.value(4), reader.value(5));
                    assertCell(direct[i].value(outputs[i]), cells[i + 1], "row " + row + " column " + (i + 1));
                }
            }
        }
        assertEquals("", run.lines.get(19).split(",", -1)[1], "sma(20) is not warm on bar 19");
        assertEquals(Double.toString(direct[0].value()), run.lines.get(252).split(",", -1)[1]);
    }

    @Test
    void shouldWriteOneRowPerNonEmptyMinuteOfBitstampTradesWithPointInTimeFiveMinuteBars()
    {
        final List<long[]> minuteTimes = new ArrayList<>();
        final List<Double> minuteCloses = new ArrayList<>();
        final List<Long> fiveMinuteStarts = new ArrayList<>();
        final List<Double> fiveMinuteCloses = new ArrayList<>();
        aggregateBitstampByHand(minuteTimes, minuteCloses, fiveMinuteStarts, fiveMinuteCloses);

        final Run run = run(MarketDataInput.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES),
            Optional.of(Timeframe.ONE_MINUTE), "sma(20)@1m;rsi(14)@5m;sma(3)");

        assertEquals("time,sma(20)@1m,rsi(14)@5m,sma(3)", run.lines.get(0));
        assertEquals(minuteTimes.size(), run.summary.rowsWritten());
        assertEquals(minuteTimes.size() + 1, run.lines.size());
        assertEquals(100_000, run.summary.rowsRead());
        assertEquals(0, run.summary.rejectedInputs());
        final Rsi rsi = new Rsi(14);
        int fiveMinuteBarsApplied = 0;
        for (int row = 0; row < minuteTimes.size(); row++)
        {
            final String[] cells = run.lines.get(row + 1).split(",", -1);
            final long minuteStartNs = minuteTimes.get(row)[0];
            assertEquals(Long.toString(minuteStartNs / 1_000_000L), cells[0]);
            assertCell(handSma(minuteCloses, row, 20), cells[1], 1e-12, "sma(20)@1m row " + row);
            assertCell(handSma(minuteCloses, row, 3), cells[3], 1e-12, "sma(3) row " + row);
            final long rowEndNs = minuteStartNs + MINUTE_NS;
            while (fiveMinuteBarsApplied < fiveMinuteStarts.size() &&
                fiveMinuteStarts.get(fiveMinuteBarsApplied) + FIVE_MINUTES_NS <= rowEndNs)
            {
                final double close = fiveMinuteCloses.get(fiveMinuteBarsApplied);
                rsi.update(fiveMinuteStarts.get(fiveMinuteBarsApplied), close, close, close, close, 0.0);
                fiveMinuteBarsApplied++;
            }
            assertCell(rsi.value(), cells[2], "rsi(14)@5m row " + row);
        }
        assertEquals(1385337600000L, Long.parseLong(run.lines.get(1).split(",")[0]), "2013-11-25T00:00Z");
    }

    @Test
    void shouldWriteOneRowPerTradeOnTickWithTheBarsClosedBeforeIt()
    {
        final Run run = run(MarketDataInput.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES),
            Optional.of(Timeframe.TICK), "obv;sma(2)@1m");

        assertEquals(100_000, run.summary.rowsWritten());
        assertEquals(Timeframe.TICK, run.summary.rowTimeframe());
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            reader.next();
            assertEquals(reader.timestampNs() / 1_000_000L + "," + reader.value(2) + ",", run.lines.get(1));
        }
    }

    @Test
    void shouldBuildMidBarsFromQuotesAndCountBadQuotes(@TempDir final Path dir) throws IOException
    {
        final Path quotes = Files.writeString(dir.resolve("quotes.csv"),
            "timestamp,bid,bid_size,ask,ask_size\n" +
            "60,10,1,12,1\n" +
            "90,11,1,13,1\n" +
            "130,12,1,11,1\n" +
            "140,20,1,22,1\n" +
            "110,20,1,22,1\n" +
            "200,30,1,32,1\n");

        final Run run = run(MarketDataInput.file(quotes, MarketDataFormat.QUOTES), Optional.of(Timeframe.ONE_MINUTE),
            "sma(2);max(2)@tick");

        // minute closes (mids) 12, 21, 31; max(2)@tick over the last two mids before each row's close
        assertEquals(List.of("time,sma(2),max(2)@tick", "60000,,12.0", "120000,16.5,21.0", "180000,26.0,31.0"),
            run.lines);
        assertEquals(1, run.summary.rejectedInvalid(), "the crossed quote");
        assertEquals(1, run.summary.rejectedLate(), "the quote back in time");
    }

    @Test
    void shouldRunTradeMicrostructureVolatilityAndStatisticsFeaturesOnBitstampTrades()
    {
        final Run run = run(MarketDataInput.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES),
            Optional.of(Timeframe.ONE_MINUTE), "kyle_lambda(200)@tick;vpin(50,20);trade_rate(100);yang_zhang(20)@1m;vwap;skew(20)");

        assertEquals("time,kyle_lambda(200)@tick,\"vpin(50,20)\",trade_rate(100),yang_zhang(20)@1m,vwap,skew(20)",
            run.lines.get(0));
        final List<double[]> expected = driveDirectlyByMinute();
        assertEquals(expected.size(), run.summary.rowsWritten());
        assertEquals(expected.size() + 1, run.lines.size());
        assertEquals(0, run.summary.rejectedInputs());
        for (int row = 0; row < expected.size(); row++)
        {
            final String[] cells = run.lines.get(row + 1).split(",", -1);
            final double[] values = expected.get(row);
            assertEquals(Long.toString((long)values[0]), cells[0], "row " + row);
            for (int column = 1; column < values.length; column++)
            {
                assertCell(values[column], cells[column], "row " + row + " column " + column);
            }
        }
        final String[] last = run.lines.get(run.lines.size() - 1).split(",", -1);
        for (int column = 1; column < last.length; column++)
        {
            assertTrue(!last[column].isEmpty(), "warm by the last minute: column " + column);
        }
    }

    /**
     * Every row as [minute start ms, kyle_lambda(200), vpin(50,20), trade_rate(100), yang_zhang(20), vwap, skew(20)]:
     * the event features driven trade by trade with no aggressor side and read after the minute's last trade; the
     * bar features updated with minute bars aggregated here (first, highest, lowest, last price; summed size).
     */
    private static List<double[]> driveDirectlyByMinute()
    {
        final KyleLambda kyleLambda = new KyleLambda(200);
        final Vpin vpin = new Vpin(50.0, 20);
        final TradeRate tradeRate = new TradeRate(100);
        final Indicator[] barFeatures = { new YangZhang(20), new Vwap(), new Skew(20) };
        final List<double[]> rows = new ArrayList<>();
        final double[] bar = new double[5];
        long minuteStartNs = Long.MIN_VALUE;
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                final long timeNs = reader.timestampNs();
                final double price = reader.value(1);
                final double size = reader.value(2);
                final long minute = timeNs / MINUTE_NS * MINUTE_NS;
                if (minute != minuteStartNs)
                {
                    if (minuteStartNs != Long.MIN_VALUE)
                    {
                        rows.add(closeMinute(minuteStartNs, bar, barFeatures, kyleLambda, vpin, tradeRate));
                    }
                    minuteStartNs = minute;
                    bar[0] = price;
                    bar[1] = price;
                    bar[2] = price;
                    bar[4] = 0.0;
                }
                bar[1] = Math.max(bar[1], price);
                bar[2] = Math.min(bar[2], price);
                bar[3] = price;
                bar[4] += size;
                kyleLambda.onTrade(timeNs, price, size, EventFeature.AGGRESSOR_UNKNOWN);
                vpin.onTrade(timeNs, price, size, EventFeature.AGGRESSOR_UNKNOWN);
                tradeRate.onTrade(timeNs, price, size, EventFeature.AGGRESSOR_UNKNOWN);
            }
        }
        rows.add(closeMinute(minuteStartNs, bar, barFeatures, kyleLambda, vpin, tradeRate));
        return rows;
    }

    private static double[] closeMinute(
        final long minuteStartNs, final double[] bar, final Indicator[] barFeatures, final KyleLambda kyleLambda,
        final Vpin vpin, final TradeRate tradeRate)
    {
        for (final Indicator indicator : barFeatures)
        {
            indicator.update(minuteStartNs, bar[0], bar[1], bar[2], bar[3], bar[4]);
        }
        return new double[]{ minuteStartNs / 1_000_000L, kyleLambda.value(), vpin.value(), tradeRate.value(),
            barFeatures[0].value(), barFeatures[1].value(), barFeatures[2].value() };
    }

    @Test
    void shouldRunQuoteFeaturesOnAQuotesFileWithTheBookAtLevelZero(@TempDir final Path dir) throws IOException
    {
        final double[][] quotes = new double[16][];
        final StringBuilder csv = new StringBuilder("timestamp,bid,bid_size,ask,ask_size\n");
        for (int i = 0; i < quotes.length; i++)
        {
            final double bid = 100.0 + (i % 5) * 0.5 - (i % 3) * 0.25;
            quotes[i] = new double[]{ 60 + i, bid, 1.0 + (i % 4), bid + 0.25 + (i % 2) * 0.25, 0.5 + (i % 7) };
            csv.append((long)quotes[i][0]).append(',').append(quotes[i][1]).append(',').append(quotes[i][2])
                .append(',').append(quotes[i][3]).append(',').append(quotes[i][4]).append('\n');
            if (i == 7)
            {
                csv.append(60 + i).append(",101,1,100,1\n");
            }
        }
        final Path file = Files.writeString(dir.resolve("quotes.csv"), csv.toString());

        final Run run = run(MarketDataInput.file(file, MarketDataFormat.QUOTES), Optional.empty(),
            "spread;microprice;imbalance(1);ofi(10);imbalance(5);depth(3)");

        assertEquals("time,spread,microprice,imbalance(1),ofi(10),imbalance(5),depth(3)", run.lines.get(0));
        assertEquals(quotes.length, run.summary.rowsWritten(), "one row per valid quote");
        assertEquals(1, run.summary.rejectedInvalid(), "the crossed quote");
        final Ofi ofi = new Ofi(10);
        for (int i = 0; i < quotes.length; i++)
        {
            final double[] q = quotes[i];
            final String[] cells = run.lines.get(i + 1).split(",", -1);
            ofi.onQuote((long)q[0], q[1], q[2], q[3], q[4]);
            assertEquals(Long.toString((long)q[0] * 1000L), cells[0], "time of quote " + i);
            assertCell(q[3] - q[1], cells[1], "spread = ask - bid");
            assertCell((q[1] * q[4] + q[3] * q[2]) / (q[2] + q[4]), cells[2],
                "microprice = (bid * askSize + ask * bidSize) / (bidSize + askSize)");
            final double imbalance = (q[2] - q[4]) / (q[2] + q[4]);
            assertCell(imbalance, cells[3], "imbalance(1) = (bidSize - askSize) / (bidSize + askSize) of level 0");
            assertCell(ofi.value(), cells[4], "ofi(10) row " + i);
            assertCell(imbalance, cells[5], "a quotes file has level 0 only");
            assertCell(q[2] + q[4], cells[6], "depth = bidSize + askSize of level 0");
        }
        assertEquals("", run.lines.get(10).split(",", -1)[4], "ofi(10) needs 11 quotes");
        assertTrue(!run.lines.get(11).split(",", -1)[4].isEmpty(), "ofi(10) warm on the 11th quote");
    }

    @Test
    void shouldSampleQuoteFeaturesAtBarClosesAndRefuseThemOnTrades(@TempDir final Path dir) throws IOException
    {
        final Path quotes = Files.writeString(dir.resolve("quotes.csv"),
            "timestamp,bid,bid_size,ask,ask_size\n60,10,1,12,3\n90,11,2,13,2\n130,12,3,14,1\n");

        final Run run = run(MarketDataInput.file(quotes, MarketDataFormat.QUOTES), Optional.of(Timeframe.ONE_MINUTE),
            "imbalance(2);spread@tick");

        assertEquals(List.of("time,imbalance(2),spread@tick", "60000,0.0,2.0", "120000,0.5,2.0"), run.lines);
        final FeatureExpressionException error = assertThrows(FeatureExpressionException.class,
            () -> OfflineFeatureRunner.prepare(MarketDataInput.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES),
                Optional.empty(), parser.parseList("sma(2);microprice")));
        assertEquals("microprice: position 1: microprice needs quotes, but the input is trades", error.getMessage());
    }

    @Test
    void shouldRollOneMinuteBarsUpIntoFiveMinuteBars(@TempDir final Path dir) throws IOException
    {
        final StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int minute = 0; minute < 12; minute++)
        {
            final double close = 100 + minute;
            csv.append(minute * 60).append(",").append(close).append(",").append(close + 0.5).append(",")
                .append(close - 0.5).append(",").append(close).append(",1\n");
        }
        final Path bars = Files.writeString(dir.resolve("bars.csv"), csv.toString());

        final Run run = run(MarketDataInput.file(bars, MarketDataFormat.BARS), Optional.of(Timeframe.FIVE_MINUTES),
            "sma(2);tr;sma(3)@1m");

        // 5m closes 104, 109, 111; tr of the last bar = max(111.5 - 109.5, |111.5 - 109|, |109.5 - 109|) = 2.5

        assertEquals(List.of("time,sma(2),tr,sma(3)@1m", "0,,,103.0", "300000,106.5,5.5,108.0", "600000,110.0,2.5,110.0"),
            run.lines);
    }

    @Test
    void shouldRejectTimeframesFinerThanTheInputBars()
    {
        final MarketDataInput apple = MarketDataInput.dataSet(MarketDataSet.AAPL_DAILY_BARS);

        final FeatureRunException rows = assertThrows(FeatureRunException.class,
            () -> OfflineFeatureRunner.prepare(apple, Optional.of(Timeframe.ONE_HOUR), parser.parseList("sma(20)")));
        assertEquals("--timeframe 1h is finer than the input bars of appleinc_bars_from_20130101_usd.csv, which are " +
            "1d bars; use 1d or coarser", rows.getMessage());
        final FeatureExpressionException feature = assertThrows(FeatureExpressionException.class,
            () -> OfflineFeatureRunner.prepare(apple, Optional.empty(), parser.parseList("rsi(14);sma(20)@1m")));
        assertEquals("sma(20)@1m: position 9: timeframe 1m is finer than the input, which is 1d bars; " +
            "use @1d or coarser", feature.getMessage());
    }

    @Test
    void shouldStopAtAMalformedRowWithItsLine(@TempDir final Path dir) throws IOException
    {
        final Path trades = Files.writeString(dir.resolve("trades.csv"),
            "timestamp,price,amount\n1000,10,1\n1001,ten,1\n");
        final OfflineFeatureRunner runner = OfflineFeatureRunner.prepare(
            MarketDataInput.file(trades, MarketDataFormat.TRADES), Optional.empty(), parser.parseList("sma(2)"));

        final MarketDataFormatException error =
            assertThrows(MarketDataFormatException.class, () -> runner.run(new StringWriter(), ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith(trades + ":3: column 2 'price'"), error.getMessage());
    }

    private Run run(final MarketDataInput input, final Optional<Timeframe> timeframe, final String features)
    {
        final OfflineFeatureRunner runner = OfflineFeatureRunner.prepare(input, timeframe, parser.parseList(features));
        final StringWriter out = new StringWriter();
        final OfflineRunSummary summary = runner.run(out, ProgressListener.NONE);
        assertTrue(out.toString().endsWith("\n"));
        return new Run(List.of(out.toString().split("\n")), summary);
    }

    private static void aggregateBitstampByHand(
        final List<long[]> minuteTimes,
        final List<Double> minuteCloses,
        final List<Long> fiveMinuteStarts,
        final List<Double> fiveMinuteCloses)
    {
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                final long minute = reader.timestampNs() / MINUTE_NS * MINUTE_NS;
                final long fiveMinutes = reader.timestampNs() / FIVE_MINUTES_NS * FIVE_MINUTES_NS;
                if (minuteTimes.isEmpty() || minuteTimes.get(minuteTimes.size() - 1)[0] != minute)
                {
                    minuteTimes.add(new long[]{ minute });
                    minuteCloses.add(reader.value(1));
                }
                minuteCloses.set(minuteCloses.size() - 1, reader.value(1));
                if (fiveMinuteStarts.isEmpty() || fiveMinuteStarts.get(fiveMinuteStarts.size() - 1) != fiveMinutes)
                {
                    fiveMinuteStarts.add(fiveMinutes);
                    fiveMinuteCloses.add(reader.value(1));
                }
                fiveMinuteCloses.set(fiveMinuteCloses.size() - 1, reader.value(1));
            }
        }
    }

    private static double handSma(final List<Double> closes, final int last, final int period)
    {
        if (last + 1 < period)
        {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = last - period + 1; i <= last; i++)
        {
            sum += closes.get(i);
        }
        return sum / period;
    }

    private static void assertCell(final double expected, final String cell, final String label)
    {
        assertEquals(Double.isNaN(expected) ? "" : Double.toString(expected), cell, label);
    }

    private static void assertCell(final double expected, final String cell, final double relative, final String label)
    {
        if (Double.isNaN(expected))
        {
            assertEquals("", cell, label);
            return;
        }
        assertEquals(expected, Double.parseDouble(cell), Math.abs(expected) * relative, label);
    }

    private record Run(List<String> lines, OfflineRunSummary summary)
    {
    }
}
