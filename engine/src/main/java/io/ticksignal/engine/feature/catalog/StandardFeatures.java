package io.ticksignal.engine.feature.catalog;

import io.ticksignal.engine.feature.indicator.Ad;
import io.ticksignal.engine.feature.indicator.AdOsc;
import io.ticksignal.engine.feature.indicator.Adx;
import io.ticksignal.engine.feature.indicator.Adxr;
import io.ticksignal.engine.feature.indicator.Apo;
import io.ticksignal.engine.feature.indicator.Aroon;
import io.ticksignal.engine.feature.indicator.AroonOsc;
import io.ticksignal.engine.feature.indicator.Atr;
import io.ticksignal.engine.feature.indicator.BBands;
import io.ticksignal.engine.feature.indicator.Bop;
import io.ticksignal.engine.feature.indicator.Cci;
import io.ticksignal.engine.feature.indicator.Cmf;
import io.ticksignal.engine.feature.indicator.Cmo;
import io.ticksignal.engine.feature.indicator.Dema;
import io.ticksignal.engine.feature.indicator.Donchian;
import io.ticksignal.engine.feature.indicator.Ema;
import io.ticksignal.engine.feature.indicator.Hma;
import io.ticksignal.engine.feature.indicator.Kama;
import io.ticksignal.engine.feature.indicator.Keltner;
import io.ticksignal.engine.feature.indicator.Kurt;
import io.ticksignal.engine.feature.indicator.LinReg;
import io.ticksignal.engine.feature.indicator.LogRet;
import io.ticksignal.engine.feature.indicator.Macd;
import io.ticksignal.engine.feature.indicator.Max;
import io.ticksignal.engine.feature.indicator.Mfi;
import io.ticksignal.engine.feature.indicator.Min;
import io.ticksignal.engine.feature.indicator.Mom;
import io.ticksignal.engine.feature.indicator.MovingAverageType;
import io.ticksignal.engine.feature.indicator.Natr;
import io.ticksignal.engine.feature.indicator.Obv;
import io.ticksignal.engine.feature.indicator.PercentRank;
import io.ticksignal.engine.feature.indicator.Ppo;
import io.ticksignal.engine.feature.indicator.Ret;
import io.ticksignal.engine.feature.indicator.Roc;
import io.ticksignal.engine.feature.indicator.RollingVwap;
import io.ticksignal.engine.feature.indicator.Rsi;
import io.ticksignal.engine.feature.indicator.Sar;
import io.ticksignal.engine.feature.indicator.Skew;
import io.ticksignal.engine.feature.indicator.Sma;
import io.ticksignal.engine.feature.indicator.StdDev;
import io.ticksignal.engine.feature.indicator.Stoch;
import io.ticksignal.engine.feature.indicator.StochF;
import io.ticksignal.engine.feature.indicator.StochRsi;
import io.ticksignal.engine.feature.indicator.T3;
import io.ticksignal.engine.feature.indicator.Tema;
import io.ticksignal.engine.feature.indicator.Trima;
import io.ticksignal.engine.feature.indicator.Trix;
import io.ticksignal.engine.feature.indicator.TrueRange;
import io.ticksignal.engine.feature.indicator.UltOsc;
import io.ticksignal.engine.feature.indicator.Variance;
import io.ticksignal.engine.feature.indicator.VolumeRatio;
import io.ticksignal.engine.feature.indicator.VolumeZScore;
import io.ticksignal.engine.feature.indicator.Vwap;
import io.ticksignal.engine.feature.indicator.Vwma;
import io.ticksignal.engine.feature.indicator.WillR;
import io.ticksignal.engine.feature.indicator.Wma;
import io.ticksignal.engine.feature.indicator.ZScore;
import io.ticksignal.engine.feature.indicator.Zlema;

import static io.ticksignal.engine.feature.catalog.ArgumentSpec.integer;
import static io.ticksignal.engine.feature.catalog.ArgumentSpec.number;
import static io.ticksignal.engine.feature.catalog.ArgumentSpec.period;
import static io.ticksignal.engine.feature.catalog.ArgumentSpec.positive;
import static io.ticksignal.engine.feature.catalog.FeatureEntry.bars;

/**
 * The built-in features, one registration each: the bar indicators here, the volatility estimators in
 * {@link VolatilityFeatures} and the microstructure features in {@link MicrostructureFeatures}. Defaults
 * are TA-Lib's where TA-Lib has the indicator. To add a feature, add one {@code .add(...)} entry
 * (any order; listings sort by name), e.g.
 * <pre>{@code
 * .add(bars("sma").args(period("n", 30, 2)).warmUp("n")
 *     .summary("simple moving average of the close, sum(close, n) / n (TA-Lib SMA)")
 *     .build(a -> new Sma(a.intAt(0))))
 * }</pre>
 */
final class StandardFeatures
{
    private StandardFeatures()
    {
    }

    static FeatureCatalog.Builder register(final FeatureCatalog.Builder catalog)
    {
        registerAverages(catalog);
        registerMomentum(catalog);
        registerVolatilityAndVolume(catalog);
        registerBandsAndVolume(catalog);
        registerStatistics(catalog);
        VolatilityFeatures.register(catalog);
        MicrostructureFeatures.register(catalog);
        return catalog;
    }

    private static void registerAverages(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars("sma").args(period("n", 30, 2)).warmUp("n")
                .summary("simple moving average of the close, sum(close, n) / n (TA-Lib SMA)")
                .build(a -> new Sma(a.intAt(0))))
            .add(bars("ema").args(period("n", 30, 2)).warmUp("n")
                .summary("EMA of the close, ema += (close - ema) * 2 / (n + 1), seeded with the SMA of the first n (TA-Lib EMA)")
                .build(a -> new Ema(a.intAt(0))))
            .add(bars("wma").args(period("n", 30, 2)).warmUp("n")
                .summary("linearly weighted MA of the close, weights n (newest) .. 1, divided by n(n+1)/2 (TA-Lib WMA)")
                .build(a -> new Wma(a.intAt(0))))
            .add(bars("dema").args(period("n", 30, 2)).warmUp("2 * n - 1")
                .summary("double EMA 2 * ema1 - ema2, ema2 = EMA of ema1, each SMA-seeded (TA-Lib DEMA)")
                .build(a -> new Dema(a.intAt(0))))
            .add(bars("tema").args(period("n", 30, 2)).warmUp("3 * n - 2")
                .summary("triple EMA 3 * ema1 - 3 * ema2 + ema3, each EMA of the previous, SMA-seeded (TA-Lib TEMA)")
                .build(a -> new Tema(a.intAt(0))))
            .add(bars("trima").args(period("n", 30, 2)).warmUp("n")
                .summary("triangular MA, SMA of an SMA with TA-Lib TRIMA's windows ((n+1)/2 twice for odd n; n/2, n/2+1 for even)")
                .build(a -> new Trima(a.intAt(0))))
            .add(bars("kama").args(period("n", 30, 2)).warmUp("n + 1")
                .summary("Kaufman adaptive MA, efficiency ratio over n bars, constants 2/3 and 2/31, seeded with the previous close (TA-Lib KAMA)")
                .build(a -> new Kama(a.intAt(0))))
            .add(bars("hma").args(period("n", 20, 2)).warmUp("n + floor(sqrt(n)) - 1")
                .summary("Hull MA wma(2 * wma(close, floor(n/2)) - wma(close, n), floor(sqrt(n))); not in TA-Lib")
                .build(a -> new Hma(a.intAt(0))))
            .add(bars("zlema").args(period("n", 20, 2)).warmUp("floor((n - 1) / 2) + n")
                .summary("zero-lag EMA, SMA-seeded EMA(n) of 2 * close - close[lag], lag = floor((n - 1) / 2); not in TA-Lib")
                .build(a -> new Zlema(a.intAt(0))))
            .add(bars("vwma").args(period("n", 20, 1)).warmUp("n")
                .summary("volume-weighted MA sum(close * volume, n) / sum(volume, n); the SMA when all volumes are 0; not in TA-Lib")
                .build(a -> new Vwma(a.intAt(0))))
            .add(bars("t3").args(period("n", 5, 2), number("v", 0.7, 0.0, 1.0)).warmUp("6 * (n - 1) + 1")
                .summary("Tillson T3, six chained SMA-seeded EMAs combined with volume factor v (TA-Lib T3)")
                .build(a -> new T3(a.intAt(0), a.doubleAt(1))));
    }

    private static void registerMomentum(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars("rsi").args(period("n", 14, 2)).warmUp("n + 1")
                .summary("100 * avgGain / (avgGain + avgLoss), Wilder smoothing seeded by the mean of the first n changes (TA-Lib RSI)")
                .build(a -> new Rsi(a.intAt(0))))
            .add(bars("macd").args(period("f", 12, 2), period("s", 26, 2), period("sig", 9, 2))
                .warmUp("max(f, s) + sig - 1")
                .summary("macd = ema(f) - ema(s) with seed windows ending on the same bar, signal = SMA-seeded ema(sig) of macd, hist = macd - signal (TA-Lib MACD)")
                .build(a -> new Macd(a.intAt(0), a.intAt(1), a.intAt(2))))
            .add(bars("ppo").args(period("f", 12, 2), period("s", 26, 2), integer("ma", 0, 0, 1)).warmUp("max(f, s)")
                .summary("(ma(f) - ma(s)) / ma(s) * 100 of the close; ma 0 = SMA (default), 1 = SMA-seeded EMA (TA-Lib PPO)")
                .build(a -> new Ppo(a.intAt(0), a.intAt(1), movingAverage(a.intAt(2)))))
            .add(bars("apo").args(period("f", 12, 2), period("s", 26, 2), integer("ma", 0, 0, 1)).warmUp("max(f, s)")
                .summary("ma(f) - ma(s) of the close; ma 0 = SMA (default), 1 = SMA-seeded EMA (TA-Lib APO)")
                .build(a -> new Apo(a.intAt(0), a.intAt(1), movingAverage(a.intAt(2)))))
            .add(bars("stoch").args(period("k", 5, 1), period("sk", 3, 1), period("d", 3, 1)).warmUp("k + sk + d - 2")
                .summary("slow stochastic: k = sma(sk) of fast %K over k bars, d = sma(d) of k (TA-Lib STOCH)")
                .build(a -> new Stoch(a.intAt(0), a.intAt(1), a.intAt(2))))
            .add(bars("stochf").args(period("k", 5, 1), period("d", 3, 1)).warmUp("k + d - 1")
                .summary("fast stochastic: k = 100 * (close - lowest low) / (highest high - lowest low) over k bars, d = sma(d) of k (TA-Lib STOCHF)")
                .build(a -> new StochF(a.intAt(0), a.intAt(1))))
            .add(bars("stochrsi").args(period("n", 14, 2), period("k", 5, 1), period("d", 3, 1)).warmUp("n + k + d - 1")
                .summary("fast stochastic of rsi(n): k over k values, d = sma(d) of k (TA-Lib STOCHRSI)")
                .build(a -> new StochRsi(a.intAt(0), a.intAt(1), a.intAt(2))))
            .add(bars("willr").args(period("n", 14, 2)).warmUp("n")
                .summary("Williams %R (highest high - close) / (highest high - lowest low) * -100, in [-100, 0] (TA-Lib WILLR)")
                .build(a -> new WillR(a.intAt(0))))
            .add(bars("cci").args(period("n", 14, 2)).warmUp("n")
                .summary("(tp - sma(tp, n)) / (0.015 * mean abs deviation), tp = (high + low + close) / 3; O(n) per update (TA-Lib CCI)")
                .build(a -> new Cci(a.intAt(0))))
            .add(bars("roc").args(period("n", 10, 1)).warmUp("n + 1")
                .summary("rate of change in percent (close / close[n] - 1) * 100 (TA-Lib ROC)")
                .build(a -> new Roc(a.intAt(0))))
            .add(bars("mom").args(period("n", 10, 1)).warmUp("n + 1")
                .summary("momentum close - close[n] (TA-Lib MOM)")
                .build(a -> new Mom(a.intAt(0))))
            .add(bars("cmo").args(period("n", 14, 2)).warmUp("n + 1")
                .summary("Chande momentum 100 * (avgGain - avgLoss) / (avgGain + avgLoss), Wilder-smoothed as rsi (TA-Lib CMO)")
                .build(a -> new Cmo(a.intAt(0))))
            .add(bars("trix").args(period("n", 30, 1)).warmUp("3 * (n - 1) + 2")
                .summary("1-bar rate of change in percent of a triple SMA-seeded EMA (TA-Lib TRIX)")
                .build(a -> new Trix(a.intAt(0))))
            .add(bars("ultosc").args(period("a", 7, 1), period("b", 14, 1), period("c", 28, 1)).warmUp("max(a, b, c) + 1")
                .summary("ultimate oscillator 100 * (4 avg(short) + 2 avg(medium) + avg(long)) / 7, avg = sum(buying pressure) / sum(tr) (TA-Lib ULTOSC)")
                .build(a -> new UltOsc(a.intAt(0), a.intAt(1), a.intAt(2))))
            .add(bars("mfi").args(period("n", 14, 2)).warmUp("n + 1")
                .summary("money flow index 100 * posFlow / (posFlow + negFlow), flow = tp * volume over n bars (TA-Lib MFI)")
                .build(a -> new Mfi(a.intAt(0))));
        registerDirectional(catalog);
    }

    private static void registerDirectional(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars("bop").warmUp("1")
                .summary("balance of power (close - open) / (high - low), 0 on a range below 1e-8 (TA-Lib BOP)")
                .build(a -> new Bop()))
            .add(bars("aroon").args(period("n", 14, 2)).warmUp("n + 1")
                .summary("up = 100 / n * (n - bars since highest high), down likewise for the lowest low, over n + 1 bars (TA-Lib AROON)")
                .build(a -> new Aroon(a.intAt(0))))
            .add(bars("aroonosc").args(period("n", 14, 2)).warmUp("n + 1")
                .summary("aroon up - aroon down over n + 1 bars (TA-Lib AROONOSC)")
                .build(a -> new AroonOsc(a.intAt(0))))
            .add(bars("adx").args(period("n", 14, 2)).warmUp("2 * n")
                .summary("Wilder directional movement: plus_di, minus_di, dx = 100 * |+DI - -DI| / (+DI + -DI), adx = Wilder mean of dx (TA-Lib ADX)")
                .build(a -> new Adx(a.intAt(0))))
            .add(bars("adxr").args(period("n", 14, 2)).warmUp("3 * n - 1")
                .summary("average directional movement rating (adx + adx[n - 1]) / 2 (TA-Lib ADXR)")
                .build(a -> new Adxr(a.intAt(0))));
    }

    private static void registerVolatilityAndVolume(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars("tr").warmUp("2")
                .summary("true range max(high - low, |high - prior close|, |low - prior close|) (TA-Lib TRANGE)")
                .build(a -> new TrueRange()))
            .add(bars("atr").args(period("n", 14, 1)).warmUp("n + 1")
                .summary("average true range, Wilder smoothing seeded with the mean of the first n true ranges (TA-Lib ATR)")
                .build(a -> new Atr(a.intAt(0))))
            .add(bars("natr").args(period("n", 14, 1)).warmUp("n + 1")
                .summary("normalised ATR atr(n) / close * 100 (TA-Lib NATR)")
                .build(a -> new Natr(a.intAt(0))))
            .add(bars("bbands").args(period("n", 5, 2), positive("k", 2.0, 100.0)).warmUp("n")
                .summary("Bollinger: middle = sma(n), upper/lower = middle +/- k * population stdev, pctb = (close - lower) / (upper - lower), width = (upper - lower) / middle (TA-Lib BBANDS)")
                .build(a -> new BBands(a.intAt(0), a.doubleAt(1))))
            .add(bars("stddev").args(period("n", 5, 2)).warmUp("n")
                .summary("population standard deviation of the close over n bars (TA-Lib STDDEV, nbDev 1)")
                .build(a -> new StdDev(a.intAt(0))))
            .add(bars("var").args(period("n", 5, 2)).warmUp("n")
                .summary("population variance of the close over n bars, divisor n (TA-Lib VAR)")
                .build(a -> new Variance(a.intAt(0))))
            .add(bars("sar").args(positive("af", 0.02, 1.0), positive("max", 0.2, 1.0)).warmUp("2")
                .summary("Wilder parabolic SAR with TA-Lib's start; acceleration grows by af per new extreme up to max (TA-Lib SAR)")
                .build(a -> new Sar(a.doubleAt(0), a.doubleAt(1))))
            .add(bars("obv").warmUp("1")
                .summary("on-balance volume from the first volume, +volume on a higher close, -volume on a lower one (TA-Lib OBV)")
                .build(a -> new Obv()))
            .add(bars("ad").warmUp("1")
                .summary("Chaikin A/D line, running sum of ((close - low) - (high - close)) / (high - low) * volume (TA-Lib AD)")
                .build(a -> new Ad()))
            .add(bars("adosc").args(period("f", 3, 2), period("s", 10, 2)).warmUp("max(f, s)")
                .summary("Chaikin A/D oscillator ema(ad, f) - ema(ad, s), EMAs started at the first A/D value (TA-Lib ADOSC)")
                .build(a -> new AdOsc(a.intAt(0), a.intAt(1))))
            .add(bars("linreg").args(period("n", 14, 2)).warmUp("n")
                .summary("least-squares line through the last n closes: slope per bar, intercept at the oldest bar, r2 (TA-Lib LINEARREG_SLOPE/INTERCEPT)")
                .build(a -> new LinReg(a.intAt(0))))
            .add(bars("min").args(period("n", 30, 2)).warmUp("n")
                .summary("lowest close over the last n bars (TA-Lib MIN)")
                .build(a -> new Min(a.intAt(0))))
            .add(bars("max").args(period("n", 30, 2)).warmUp("n")
                .summary("highest close over the last n bars (TA-Lib MAX)")
                .build(a -> new Max(a.intAt(0))));
    }

    private static void registerBandsAndVolume(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars("keltner").args(period("n", 20, 2), positive("k", 2.0, 100.0)).warmUp("n + 1")
                .summary("Keltner channel: middle = ema(n) of the close (SMA-seeded, as ema), upper/lower = middle +/- k * atr(n) (Wilder, as atr); not in TA-Lib")
                .build(a -> new Keltner(a.intAt(0), a.doubleAt(1))))
            .add(bars("donchian").args(period("n", 20, 2)).warmUp("n")
                .summary("Donchian channel over the last n bars (this bar included): upper = max(high), lower = min(low), middle = (upper + lower) / 2; not in TA-Lib")
                .build(a -> new Donchian(a.intAt(0))))
            .add(bars("zscore").args(period("n", 20, 2)).warmUp("n")
                .summary("(close - sma(n)) / stddev(n) over the last n closes (this bar included), population stdev (divisor n, as stddev); 0 when the window is constant; not in TA-Lib")
                .build(a -> new ZScore(a.intAt(0))))
            .add(bars("cmf").args(period("n", 20, 1)).warmUp("n")
                .summary("Chaikin money flow sum(mfm * volume, n) / sum(volume, n), mfm = ((close - low) - (high - close)) / (high - low) (0 when high <= low, as ad); 0 while the window's volume is 0; not in TA-Lib")
                .build(a -> new Cmf(a.intAt(0))))
            .add(bars("vwap").args(integer("n", 0, 0, ArgumentSpec.MAX_PERIOD)).warmUp("max(n, 1)")
                .summary("sum(tp * volume) / sum(volume), tp = (high + low + close) / 3 (a tick's price); n = 0 (default, plain vwap): session VWAP since 00:00 UTC of the bar time; n >= 1: rolling over the last n bars (vwma(n) of tp); the mean tp while the volume is 0; not in TA-Lib")
                .build(a -> a.intAt(0) == 0 ? new Vwap() : new RollingVwap(a.intAt(0))))
            .add(bars("volume_ratio").args(period("n", 20, 1)).warmUp("n + 1")
                .summary("volume / mean of the previous n volumes (this bar excluded); NaN while those n volumes are all 0; not in TA-Lib")
                .build(a -> new VolumeRatio(a.intAt(0))))
            .add(bars("volume_zscore").args(period("n", 20, 2)).warmUp("n")
                .summary("(volume - mean) / stdev over the last n volumes (this bar included), population stdev (divisor n, as zscore); 0 when the window is constant; not in TA-Lib")
                .build(a -> new VolumeZScore(a.intAt(0))));
    }

    private static void registerStatistics(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars("percent_rank").args(period("n", 20, 1)).warmUp("n + 1")
                .summary("100 * (number of the previous n closes strictly below this close) / n, in [0, 100], ties count as not below; O(n) scan per update; not in TA-Lib")
                .build(a -> new PercentRank(a.intAt(0))))
            .add(bars("ret").args(period("n", 1, 1)).warmUp("n + 1")
                .summary("simple return close / close[n] - 1 as a fraction (roc(n) / 100); 0 when close[n] is 0, as roc; not in TA-Lib")
                .build(a -> new Ret(a.intAt(0))))
            .add(bars("logret").args(period("n", 1, 1)).warmUp("n + 1")
                .summary("log return ln(close / close[n]); a close not finite and > 0 is rejected; not in TA-Lib")
                .build(a -> new LogRet(a.intAt(0))))
            .add(bars("skew").args(period("n", 20, 3)).warmUp("n + 1")
                .summary("sample-adjusted skewness G1 = sqrt(n(n - 1)) / (n - 2) * m3 / m2^1.5 (as Excel SKEW, pandas) of the last n one-bar log returns ln(close / prior close); 0 when they are constant; not in TA-Lib")
                .build(a -> new Skew(a.intAt(0))))
            .add(bars("kurt").args(period("n", 20, 4)).warmUp("n + 1")
                .summary("sample-adjusted excess kurtosis G2 = ((n + 1) m4 / m2^2 - 3(n - 1)) (n - 1) / ((n - 2)(n - 3)) (as Excel KURT, pandas) of the last n one-bar log returns; 0 when they are constant; not in TA-Lib")
                .build(a -> new Kurt(a.intAt(0))));
    }

    private static MovingAverageType movingAverage(final int code)
    {
        return code == 0 ? MovingAverageType.SMA : MovingAverageType.EMA;
    }
}
