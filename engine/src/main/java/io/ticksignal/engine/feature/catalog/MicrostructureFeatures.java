package io.ticksignal.engine.feature.catalog;

import io.ticksignal.engine.feature.microstructure.Amihud;
import io.ticksignal.engine.feature.microstructure.Depth;
import io.ticksignal.engine.feature.microstructure.Duration;
import io.ticksignal.engine.feature.microstructure.EffSpread;
import io.ticksignal.engine.feature.microstructure.Imbalance;
import io.ticksignal.engine.feature.microstructure.KyleLambda;
import io.ticksignal.engine.feature.microstructure.Microprice;
import io.ticksignal.engine.feature.microstructure.Mid;
import io.ticksignal.engine.feature.microstructure.Ofi;
import io.ticksignal.engine.feature.microstructure.OrderBook;
import io.ticksignal.engine.feature.microstructure.RealizedSpread;
import io.ticksignal.engine.feature.microstructure.RelSpread;
import io.ticksignal.engine.feature.microstructure.SignedVolume;
import io.ticksignal.engine.feature.microstructure.Spread;
import io.ticksignal.engine.feature.microstructure.TradeImbalance;
import io.ticksignal.engine.feature.microstructure.TradeRate;
import io.ticksignal.engine.feature.microstructure.TradeSign;
import io.ticksignal.engine.feature.microstructure.Vpin;

import static io.ticksignal.engine.feature.catalog.ArgumentSpec.integer;
import static io.ticksignal.engine.feature.catalog.ArgumentSpec.positive;
import static io.ticksignal.engine.feature.catalog.FeatureEntry.quotes;
import static io.ticksignal.engine.feature.catalog.FeatureEntry.trades;

/**
 * The registrations of the microstructure features ({@code io.ticksignal.engine.feature.microstructure}), part of
 * {@link StandardFeatures}. Windows count events (quotes or trades), not bars; the warm-up formula is the feature's
 * {@code warmUpCount()}, a best case where the summary says so (events that cannot be used yet, e.g. an
 * unclassifiable opening trade, delay it).
 * <p>
 * Quote features ({@link FeatureInput#QUOTES}) read top-of-book quotes; {@code imbalance} and {@code depth} read the
 * book, which a quotes input fills at level 0 only (so any {@code levels} reads the top of book there). Trade
 * features ({@link FeatureInput#TRADES}) read trades and, where the summary says, also the prevailing quote; an input
 * of trades alone carries no quotes, so those that need one stay NaN on it.
 */
final class MicrostructureFeatures
{
    /** The longest event window the features accept (2^24 events, as their constructors check). */
    static final int MAX_EVENT_WINDOW = 1 << 24;

    /**
     * The largest {@code vpin} bucket in base units (the feature takes any finite volume &gt; 0; this bound only keeps
     * the argument finite and printable).
     */
    static final double MAX_BUCKET_VOLUME = 1e9;

    private MicrostructureFeatures()
    {
    }

    static void register(final FeatureCatalog.Builder catalog)
    {
        registerQuoteFeatures(catalog);
        registerTradeFeatures(catalog);
        registerLiquidityFeatures(catalog);
    }

    private static void registerQuoteFeatures(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(quotes("spread").warmUp("1")
                .summary("quoted spread ask - bid of the latest quote, in price units (0 when locked)")
                .build(a -> new Spread()))
            .add(quotes("rel_spread").warmUp("1")
                .summary("relative spread 10000 * (ask - bid) / ((bid + ask) / 2) of the latest quote, in basis points of the mid")
                .build(a -> new RelSpread()))
            .add(quotes("mid").warmUp("1")
                .summary("mid price (bid + ask) / 2 of the latest quote")
                .build(a -> new Mid()))
            .add(quotes("microprice").warmUp("1")
                .summary("size-weighted mid (bid * askSize + ask * bidSize) / (bidSize + askSize) of the latest quote; the mid when both sizes are 0")
                .build(a -> new Microprice()))
            .add(quotes("imbalance").args(integer("levels", 5, 1, OrderBook.MAX_DEPTH)).warmUp("1")
                .summary("book imbalance (bidQty - askQty) / (bidQty + askQty) in [-1, 1], each qty the sizes of that side's best min(levels, present) levels; NaN while a side is empty or both qty are 0 (warm-up 1 is the best case); a quotes input fills level 0 only")
                .build(a -> new Imbalance(a.intAt(0))))
            .add(quotes("depth").args(integer("levels", 5, 1, OrderBook.MAX_DEPTH)).warmUp("1")
                .summary("resting quantity bidQty + askQty of the best min(levels, present) levels of both sides, base units; NaN while a side is empty; a quotes input fills level 0 only")
                .build(a -> new Depth(a.intAt(0))))
            .add(quotes("ofi").args(integer("n", 100, 1, MAX_EVENT_WINDOW)).warmUp("n + 1")
                .summary("Cont-Kukanov-Stoikov order-flow imbalance summed over the last n quote updates, e = 1{Pb >= Pb'} qb - 1{Pb <= Pb'} qb' - 1{Pa <= Pa'} qa + 1{Pa >= Pa'} qa' against the previous quote ('), base units")
                .build(a -> new Ofi(a.intAt(0))));
    }

    private static void registerTradeFeatures(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(trades("trade_sign").warmUp("1")
                .summary("+1 buy / -1 sell for the latest trade: the feed's aggressor side, else Lee-Ready quote test against the prevailing mid, else (at the mid or without quotes) the tick rule, a zero tick keeping the last non-zero sign; warm-up 1 is the best case: 2 on trades alone, more while opening prices are equal")
                .build(a -> new TradeSign()))
            .add(trades("signed_volume").args(integer("n", 100, 1, MAX_EVENT_WINDOW)).warmUp("n")
                .summary("net initiated volume sum(sign * size) over the last n trades, base units, sign = trade_sign (an unclassified opening trade counts 0)")
                .build(a -> new SignedVolume(a.intAt(0))))
            .add(trades("trade_imbalance").args(integer("n", 100, 1, MAX_EVENT_WINDOW)).warmUp("n")
                .summary("sum(sign * size) / sum(size) over the last n trades, in [-1, 1], sign = trade_sign; NaN while the window's volume is 0")
                .build(a -> new TradeImbalance(a.intAt(0))))
            .add(trades("eff_spread").warmUp("1")
                .summary("effective spread 2 * |price - mid| / mid of the latest trade, mid = the prevailing quote's; needs quotes besides trades, so NaN on trades alone (warm-up 1 counts trades after a quote)")
                .build(a -> new EffSpread()))
            .add(trades("realized_spread").args(integer("h", 10, 1, MAX_EVENT_WINDOW - 1)).warmUp("h + 1")
                .summary("realized spread 2 * s(k-h) * (p(k-h) - m(k)) / m(k-h) of the trade h trades ago (h counted in trades), s = trade_sign, m = prevailing quote mid; needs quotes besides trades, so NaN on trades alone")
                .build(a -> new RealizedSpread(a.intAt(0))))
            .add(trades("kyle_lambda").args(integer("n", 200, 2, MAX_EVENT_WINDOW)).warmUp("n + 1")
                .summary("price impact, rolling OLS slope over the last n pairs of price change on signed volume s * q: the mid's move after each trade when quotes flow, else p(k) - p(k-1) on s(k) * q(k); price units per base unit; NaN while the signed volumes are all equal")
                .build(a -> new KyleLambda(a.intAt(0))));
    }

    private static void registerLiquidityFeatures(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(trades("amihud").args(integer("n", 100, 1, MAX_EVENT_WINDOW)).warmUp("n + 1")
                .summary("Amihud illiquidity, mean over the last n trades of |p(k) / p(k-1) - 1| / (p(k) * q(k)), per unit of quote currency; a zero-size trade adds no term (warm-up n + 1 is the best case)")
                .build(a -> new Amihud(a.intAt(0))))
            .add(trades("vpin").args(positive("bucket", 50.0, MAX_BUCKET_VOLUME),
                integer("n", 50, 1, MAX_EVENT_WINDOW)).warmUp("n")
                .summary("VPIN sum over the last n full volume buckets of |buy - sell| / (n * bucket), buckets of bucket base units (a straddling trade is split); tick classification trade by trade with trade_sign, not bulk (half each if unclassified); warm-up counts buckets, not trades")
                .build(a -> new Vpin(a.doubleAt(0), a.intAt(1))))
            .add(trades("trade_rate").args(integer("n", 100, 1, MAX_EVENT_WINDOW - 1)).warmUp("n + 1")
                .summary("trades per second n / ((t(k) - t(k-n)) / 1e9) over the last n inter-trade intervals; NaN while they span no time (warm-up n + 1 is the best case)")
                .build(a -> new TradeRate(a.intAt(0))))
            .add(trades("duration").args(integer("n", 100, 1, MAX_EVENT_WINDOW - 1)).warmUp("n + 1")
                .summary("mean inter-trade time (t(k) - t(k-n)) / (n * 1e9) in seconds over the last n intervals (0 when all share a timestamp)")
                .build(a -> new Duration(a.intAt(0))));
    }
}
