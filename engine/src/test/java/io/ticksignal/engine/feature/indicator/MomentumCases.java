package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;
import static io.ticksignal.engine.feature.indicator.TaLib.CORE;
import static io.ticksignal.engine.feature.indicator.TaLib.one;
import static io.ticksignal.engine.feature.indicator.TaLib.three;
import static io.ticksignal.engine.feature.indicator.TaLib.two;

import com.tictactec.ta.lib.MAType;

import java.util.ArrayList;
import java.util.List;

/**
 * Momentum indicators, each with its TA-Lib full-history oracle. APO with SMA is the exception: its
 * oracle is the exact difference of the two window means ({@link ExactReference#meanDifference}),
 * with TA-Lib APO cross-checked against it. TA-Lib's two SMAs are whole-history running sums that
 * drift by a few ulps of the price; their difference cancels the price, so on one-minute BTC bars
 * (~$800) TA-Lib is off by 1.5e-12 where APO is 8.3e-4 (bar 2,007: exact 8.333333333296603e-4,
 * TA-Lib 8.333333348673477e-4, ours 8.33333333275732e-4), outside both 1e-9 relative and 1e-12
 * absolute. PPO divides that error by the price and stays within tolerance, so it keeps TA-Lib.
 */
final class MomentumCases
{
    private MomentumCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        final List<IndicatorCase> cases = new ArrayList<>(oscillators());
        cases.addAll(stochastics());
        return cases;
    }

    private static List<IndicatorCase> stochastics()
    {
        return List.of(
            new IndicatorCase("stoch(5,3,3)", Stoch::new,
                b -> two(b.size(), (e, beg, len, k, d) -> CORE.stoch(
                    0, e, b.high(), b.low(), b.close(), 5, 3, MAType.Sma, 3, MAType.Sma, beg, len, k, d))),
            new IndicatorCase("stoch(14,1,4)", () -> new Stoch(14, 1, 4),
                b -> two(b.size(), (e, beg, len, k, d) -> CORE.stoch(
                    0, e, b.high(), b.low(), b.close(), 14, 1, MAType.Sma, 4, MAType.Sma, beg, len, k, d))),
            new IndicatorCase("stochf(5,3)", StochF::new,
                b -> two(b.size(), (e, beg, len, k, d) -> CORE.stochF(
                    0, e, b.high(), b.low(), b.close(), 5, 3, MAType.Sma, beg, len, k, d))),
            new IndicatorCase("stochrsi(14,5,3)", StochRsi::new,
                b -> two(b.size(), (e, beg, len, k, d) -> CORE.stochRsi(0, e, b.close(), 14, 5, 3, MAType.Sma, beg, len, k, d))),
            new IndicatorCase("stochrsi(9,9,1)", () -> new StochRsi(9, 9, 1),
                b -> two(b.size(), (e, beg, len, k, d) -> CORE.stochRsi(0, e, b.close(), 9, 9, 1, MAType.Sma, beg, len, k, d))));
    }

    private static List<IndicatorCase> oscillators()
    {
        return List.of(
            single("rsi(14)", () -> new Rsi(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.rsi(0, e, b.close(), 14, beg, len, out))),
            single("rsi(7)", () -> new Rsi(7),
                b -> one(b.size(), (e, beg, len, out) -> CORE.rsi(0, e, b.close(), 7, beg, len, out))),
            single("cmo(14)", () -> new Cmo(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.cmo(0, e, b.close(), 14, beg, len, out))),
            new IndicatorCase("macd(12,26,9)", () -> new Macd(12, 26, 9),
                b -> three(b.size(), (e, beg, len, o1, o2, o3) -> CORE.macd(0, e, b.close(), 12, 26, 9, beg, len, o1, o2, o3))),
            new IndicatorCase("macd(5,3,2)", () -> new Macd(5, 3, 2),
                b -> three(b.size(), (e, beg, len, o1, o2, o3) -> CORE.macd(0, e, b.close(), 5, 3, 2, beg, len, o1, o2, o3))),
            single("apo(12,26)", () -> new Apo(12, 26), b -> ExactReference.crossCheckedWith(
                ExactReference.meanDifference(b.close(), 12, 26),
                one(b.size(), (e, beg, len, out) -> CORE.apo(0, e, b.close(), 12, 26, MAType.Sma, beg, len, out)),
                "APO")),
            single("apo(26,12,ema)", () -> new Apo(26, 12, MovingAverageType.EMA),
                b -> one(b.size(), (e, beg, len, out) -> CORE.apo(0, e, b.close(), 26, 12, MAType.Ema, beg, len, out))),
            single("ppo(12,26)", () -> new Ppo(12, 26),
                b -> one(b.size(), (e, beg, len, out) -> CORE.ppo(0, e, b.close(), 12, 26, MAType.Sma, beg, len, out))),
            single("ppo(10,21,ema)", () -> new Ppo(10, 21, MovingAverageType.EMA),
                b -> one(b.size(), (e, beg, len, out) -> CORE.ppo(0, e, b.close(), 10, 21, MAType.Ema, beg, len, out))),
            single("willr(14)", () -> new WillR(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.willR(0, e, b.high(), b.low(), b.close(), 14, beg, len, out))),
            single("cci(20)", () -> new Cci(20),
                b -> one(b.size(), (e, beg, len, out) -> CORE.cci(0, e, b.high(), b.low(), b.close(), 20, beg, len, out))),
            single("roc(10)", () -> new Roc(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.roc(0, e, b.close(), 10, beg, len, out))),
            single("mom(10)", () -> new Mom(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.mom(0, e, b.close(), 10, beg, len, out))),
            single("trix(15)", () -> new Trix(15),
                b -> one(b.size(), (e, beg, len, out) -> CORE.trix(0, e, b.close(), 15, beg, len, out))),
            single("ultosc(7,14,28)", UltOsc::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.ultOsc(0, e, b.high(), b.low(), b.close(), 7, 14, 28, beg, len, out))),
            single("ultosc(20,5,10)", () -> new UltOsc(20, 5, 10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.ultOsc(0, e, b.high(), b.low(), b.close(), 20, 5, 10, beg, len, out))),
            single("mfi(14)", () -> new Mfi(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.mfi(
                    0, e, b.high(), b.low(), b.close(), b.volume(), 14, beg, len, out))),
            single("bop", Bop::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.bop(0, e, b.open(), b.high(), b.low(), b.close(), beg, len, out))),
            new IndicatorCase("aroon(14)", () -> new Aroon(14), b ->
            {
                final double[][] downUp = two(b.size(), (e, beg, len, down, up) -> CORE.aroon(
                    0, e, b.high(), b.low(), 14, beg, len, down, up));
                return new double[][] {downUp[1], downUp[0]};
            }),
            single("aroonosc(25)", () -> new AroonOsc(25),
                b -> one(b.size(), (e, beg, len, out) -> CORE.aroonOsc(0, e, b.high(), b.low(), 25, beg, len, out))),
            adx(14),
            adx(5),
            single("adxr(14)", () -> new Adxr(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.adxr(0, e, b.high(), b.low(), b.close(), 14, beg, len, out))));
    }

    private static IndicatorCase adx(final int n)
    {
        return new IndicatorCase("adx(" + n + ")", () -> new Adx(n), b ->
        {
            final double[] adx = one(b.size(), (e, beg, len, out) -> CORE.adx(0, e, b.high(), b.low(), b.close(), n, beg, len, out));
            final double[] plusDi = one(b.size(), (e, beg, len, out) -> CORE.plusDI(0, e, b.high(), b.low(), b.close(), n, beg, len, out));
            final double[] minusDi = one(b.size(), (e, beg, len, out) -> CORE.minusDI(0, e, b.high(), b.low(), b.close(), n, beg, len, out));
            final double[] dx = one(b.size(), (e, beg, len, out) -> CORE.dx(0, e, b.high(), b.low(), b.close(), n, beg, len, out));
            final int first = TaLib.firstValue(adx);
            return new double[][] {adx, TaLib.startAt(plusDi, first), TaLib.startAt(minusDi, first), TaLib.startAt(dx, first)};
        });
    }
}
