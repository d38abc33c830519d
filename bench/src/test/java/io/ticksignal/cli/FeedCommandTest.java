package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.aeron.Subscription;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.config.ConfigDefaults;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.EmbeddedDriverContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest
{
    @TempDir
    static Path temp;

    private static AeronSession session;
    private static String aeronDir;

    @BeforeAll
    static void launchDriver()
    {
        session = AeronSession.launchEmbedded(EmbeddedDriverContext.defaults(temp.resolve("aeron")), null);
        aeronDir = session.directory().toString();
    }

    @AfterAll
    static void closeDriver()
    {
        session.close();
    }

    @Test
    void shouldSendEveryAppleBarToASubscriber()
    {
        final List<byte[]> frames = new ArrayList<>();
        try (Subscription subscription = session.aeron().addSubscription("aeron:ipc", 2001))
        {
            final CommandRun run = CommandRun.of("feed", "--input", "aapl_daily_bars", "--instrument", "AAPL",
                "--speed", "max", "--aeron-dir", aeronDir, "--stream-id", "2001");

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("feed: sent 252 bars of AAPL (id 1) from appleinc_bars_from_20130101_usd.csv" +
                " to aeron:ipc stream 2001 at speed max\nfeed: elapsed "), run.out());
            AeronTestSupport.awaitUntil(() -> AeronTestSupport.pollInto(subscription, frames) && frames.size() >= 252,
                "252 bars");
        }

        assertEquals(252, frames.size());
        final BarDecoder first = bar(frames.get(0));
        assertEquals(1, first.instrumentId());
        assertEquals(1_357_084_800_000_000_000L, first.startTimeNs());
        assertEquals(86_400_000_000_000L, first.intervalNs());
        assertEquals(55_382, first.openPrice().mantissa());
        assertEquals(-2, first.openPrice().exponent());
        assertEquals(20_018_500, first.volume().mantissa());
        final BarDecoder last = bar(frames.get(251));
        assertEquals(1_388_448_000_000_000_000L, last.startTimeNs());
        assertEquals(56_102, last.closePrice().mantissa());
        assertEquals(-2, last.closePrice().exponent());
    }

    @Test
    void shouldSendTheFirstBitstampTradesUnpacedWithSequentialIds()
    {
        final List<byte[]> frames = new ArrayList<>();
        try (Subscription subscription = session.aeron().addSubscription(
            ConfigDefaults.AERON_CHANNEL, ConfigDefaults.MARKET_DATA_STREAM_ID))
        {
            final CommandRun run = CommandRun.of("feed", "--input", "bitstamp_btc_usd_trades", "--instrument", "BTC-USD",
                "--speed", "max", "--limit", "5000", "--aeron-dir", aeronDir);

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("feed: sent 5000 trades of BTC-USD (id 0)"), run.out());
            assertTrue(run.out().contains(", back-pressure retries "), run.out());
            AeronTestSupport.awaitUntil(() -> AeronTestSupport.pollInto(subscription, frames) && frames.size() >= 5000,
                "5000 trades");
        }

        assertEquals(5000, frames.size());
        final TradeDecoder first = trade(frames.get(0));
        assertEquals(0, first.instrumentId());
        assertEquals(80_001, first.price().mantissa());
        assertEquals(10_000_000, first.size().mantissa());
        assertEquals(-8, first.size().exponent());
        assertEquals(AggressorSide.UNKNOWN, first.aggressor());
        assertEquals(1, first.tradeId());
        final TradeDecoder last = trade(frames.get(4999));
        assertEquals(1_385_386_410_000_000_000L, last.timestampNs());
        assertEquals(82_000, last.price().mantissa());
        assertEquals(14_550_000, last.size().mantissa());
        assertEquals(5000, last.tradeId());
    }

    @Test
    void shouldSayWhenNoDriverRuns()
    {
        final Path empty = temp.resolve("no-driver");

        final CommandRun run = CommandRun.of("feed", "--input", "aapl_daily_bars", "--instrument", "AAPL",
            "--aeron-dir", empty.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ticksignal feed: no media driver at " + empty.toAbsolutePath() +
            ": start the engine first (ticksignal run --config F)"), run.err());
    }

    @Test
    void shouldTimeOutClearlyWhenNobodySubscribes()
    {
        final CommandRun run = CommandRun.of("feed", "--input", "aapl_daily_bars", "--instrument", "AAPL",
            "--aeron-dir", aeronDir, "--stream-id", "2002", "--connect-timeout", "1");

        assertEquals(1, run.exitCode());
        assertEquals("ticksignal feed: no subscriber connected to aeron:ipc stream 2002 within 1 s: start the engine " +
            "(ticksignal run --config F) with the same channel and stream, or raise --connect-timeout\n", run.err());
    }

    @Test
    void shouldNameTheConfiguredInstrumentsForAnUnknownOne()
    {
        final CommandRun run = CommandRun.of("feed", "--input", "aapl_daily_bars", "--instrument", "MSFT",
            "--aeron-dir", aeronDir);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ticksignal feed: no instrument 'MSFT' in the configuration; configured: " +
            "BTC-USD, AAPL"), run.err());
    }

    @Test
    void shouldRejectABadSpeed()
    {
        final CommandRun run = CommandRun.of("feed", "--input", "aapl_daily_bars", "--instrument", "AAPL",
            "--speed", "fast");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--speed 'fast' is not allowed: give max or a positive factor such as 1, 10 or 100"),
            run.err());
    }

    private static BarDecoder bar(final byte[] frame)
    {
        return new BarDecoder().wrapAndApplyHeader(new UnsafeBuffer(frame), 0, new MessageHeaderDecoder());
    }

    private static TradeDecoder trade(final byte[] frame)
    {
        return new TradeDecoder().wrapAndApplyHeader(new UnsafeBuffer(frame), 0, new MessageHeaderDecoder());
    }
}
