package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Ten million updates through every running-sum feature (fixed seed), checked every million updates against a
 * fresh computation over the same window. Inputs span many magnitudes and switch between large and tiny regimes, so
 * drift shows if the sums were neither re-anchored nor compensated. Tolerance: 1e-9 relative to the larger of the
 * value and the window's sum of absolute terms.
 */
class DriftTest
{
    private static final int UPDATES = 10_000_000;
    private static final int CHECK_EVERY = 1_000_000;
    private static final int WINDOW = 1_000;
    private static final int REGIME_LENGTH = 250_000;
    private static final long SEED = 20_131_125L;
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static void assertClose(final double expected, final double actual, final double scale, final String what)
    {
        if (!(Math.abs(expected - actual) <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), scale)))
        {
            fail(what + ": expected " + expected + " but was " + actual + " (scale " + scale + ")");
        }
    }

    /**
     * Sizes from about 0.007 to 150, scaled by 1e-6 in every other regime of 250,000 updates so that each checkpoint
     * (at the end of a small regime) sees a window of small values right after a window of large ones: the
     * situation in which an unanchored running sum keeps the large values' rounding error.
     */
    private static double size(final SplittableRandom random, final int update)
    {
        final double regimeScale = (update / REGIME_LENGTH) % 2 == 0 ? 1.0 : 1e-6;
        return regimeScale * Math.exp(random.nextDouble(-5.0, 5.0));
    }

    @Test
    void shouldKeepTradeRunningSumsWithinTolerancesOverTenMillionTrades()
    {
        final SplittableRandom random = new SplittableRandom(SEED);
        final SignedVolume signedVolume = new SignedVolume(WINDOW);
        final TradeImbalance imbalance = new TradeImbalance(WINDOW);
        final KyleLambda lambda = new KyleLambda(WINDOW);
        final Amihud amihud = new Amihud(WINDOW);
        final MarketFeatureSet set = new MarketFeatureSet(signedVolume, imbalance, lambda, amihud);
        final double[] prices = new double[WINDOW + 1];
        final double[] signedSizes = new double[WINDOW + 1];
        final double[] sizes = new double[WINDOW + 1];
        double price = 1_000.0;
        for (int k = 0; k < UPDATES; k++)
        {
            final int aggressor = random.nextBoolean() ? AggressorSide.BUY.value() : AggressorSide.SELL.value();
            final double size = size(random, k);
            final double sign = aggressor == AggressorSide.BUY.value() ? 1.0 : -1.0;
            price = Math.max(1.0, price + sign * 0.01 * size + random.nextDouble(-0.5, 0.5));
            set.onTrade(k, price, size, aggressor);
            final int slot = k % (WINDOW + 1);
            prices[slot] = price;
            signedSizes[slot] = sign * size;
            sizes[slot] = size;
            if ((k + 1) % CHECK_EVERY == 0)
            {
                checkTradeWindow(k, prices, signedSizes, sizes, signedVolume, imbalance, lambda, amihud);
            }
        }
        assertEquals(0, signedVolume.rejectedCount());
    }

    private static void checkTradeWindow(
        final int k, final double[] prices, final double[] signedSizes, final double[] sizes,
        final SignedVolume signedVolume, final TradeImbalance imbalance, final KyleLambda lambda, final Amihud amihud)
    {
        final int ring = WINDOW + 1;
        double sum = 0.0;
        double volume = 0.0;
        double amihudSum = 0.0;
        double meanX = 0.0;
        double meanY = 0.0;
        for (int age = 0; age < WINDOW; age++)
        {
            final int j = (k - age) % ring;
            final int previous = (k - age - 1) % ring;
            sum += signedSizes[j];
            volume += sizes[j];
            amihudSum += Math.abs(prices[j] / prices[previous] - 1.0) / (prices[j] * sizes[j]);
            meanX += signedSizes[j];
            meanY += prices[j] - prices[previous];
        }
        meanX /= WINDOW;
        meanY /= WINDOW;
        double sxy = 0.0;
        double sxx = 0.0;
        double absSxy = 0.0;
        for (int age = 0; age < WINDOW; age++)
        {
            final int j = (k - age) % ring;
            final double dx = signedSizes[j] - meanX;
            final double dy = prices[j] - prices[(k - age - 1) % ring] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            absSxy += Math.abs(dx * dy);
        }
        final String at = " after " + (k + 1) + " trades";
        assertClose(sum, signedVolume.value(), volume, "signed_volume" + at);
        assertClose(sum / volume, imbalance.value(), 1.0, "trade_imbalance" + at);
        assertClose(sxy / sxx, lambda.value(), absSxy / sxx, "kyle_lambda" + at);
        assertClose(amihudSum / WINDOW, amihud.value(), 0.0, "amihud" + at);
    }

    @Test
    void shouldKeepOfiAndVpinSumsWithinToleranceOverTenMillionUpdates()
    {
        final SplittableRandom random = new SplittableRandom(SEED + 1);
        final Ofi ofi = new Ofi(WINDOW);
        final Vpin vpin = new Vpin(10.0, WINDOW);
        final double[] flows = new double[WINDOW];
        final double[] absFlows = new double[WINDOW];
        final double[] bucketImbalances = new double[WINDOW];
        int buckets = 0;
        double bucketBuy = 0.0;
        double bucketSell = 0.0;
        double bucketFilled = 0.0;
        double bid = 1_000.0;
        double bidSize = 1.0;
        double ask = 1_000.5;
        double askSize = 1.0;
        ofi.onQuote(0L, bid, bidSize, ask, askSize);
        for (int k = 0; k < UPDATES; k++)
        {
            // bid walks in [500, 1500] by 0.5 ticks; ask walks too but stays within 5 above the bid, never below
            final double bidStep = bid + 0.5 * (random.nextInt(3) - 1);
            final double newBid = bidStep < 500.0 || bidStep > 1_500.0 ? bid : bidStep;
            final double newAsk = Math.min(newBid + 5.0, Math.max(newBid, ask + 0.5 * (random.nextInt(3) - 1)));
            final double newBidSize = size(random, k);
            final double newAskSize = size(random, k);
            ofi.onQuote(k + 1, newBid, newBidSize, newAsk, newAskSize);
            // e = 1{Pb>=Pb'} qb - 1{Pb<=Pb'} qb' - 1{Pa<=Pa'} qa + 1{Pa>=Pa'} qa'
            final double flow = (newBid >= bid ? newBidSize : 0.0) - (newBid <= bid ? bidSize : 0.0) -
                (newAsk <= ask ? newAskSize : 0.0) + (newAsk >= ask ? askSize : 0.0);
            flows[k % WINDOW] = flow;
            absFlows[k % WINDOW] = newBidSize + bidSize + newAskSize + askSize;
            bid = newBid;
            bidSize = newBidSize;
            ask = newAsk;
            askSize = newAskSize;

            final boolean buy = random.nextBoolean();
            final double tradeSize = size(random, k);
            vpin.onTrade(k, 100.0, tradeSize, buy ? AggressorSide.BUY.value() : AggressorSide.SELL.value());
            double remaining = tradeSize;
            while (remaining > 0.0)
            {
                final double room = 10.0 - bucketFilled;
                final double take = Math.min(remaining, room);
                bucketBuy += buy ? take : 0.0;
                bucketSell += buy ? 0.0 : take;
                bucketFilled += take;
                remaining -= take;
                if (take == room)
                {
                    bucketImbalances[buckets++ % WINDOW] = Math.abs(bucketBuy - bucketSell);
                    bucketBuy = 0.0;
                    bucketSell = 0.0;
                    bucketFilled = 0.0;
                }
            }
            if ((k + 1) % CHECK_EVERY == 0)
            {
                assertClose(sum(flows), ofi.value(), sum(absFlows), "ofi after " + (k + 1) + " quotes");
                assertClose(sum(bucketImbalances) / (WINDOW * 10.0), vpin.value(), 0.0,
                    "vpin after " + (k + 1) + " trades (" + buckets + " buckets)");
            }
        }
        assertEquals(0, ofi.rejectedCount());
        assertEquals(0, vpin.rejectedCount());
    }

    private static double sum(final double[] values)
    {
        double sum = 0.0;
        for (final double value : values)
        {
            sum += value;
        }
        return sum;
    }
}
