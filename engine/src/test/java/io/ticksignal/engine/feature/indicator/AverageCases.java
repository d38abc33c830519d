package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;
import static io.ticksignal.engine.feature.indicator.TaLib.CORE;
import static io.ticksignal.engine.feature.indicator.TaLib.one;

import java.util.List;

/**
 * Moving averages that TA-Lib has, each with its TA-Lib full-history oracle.
 */
final class AverageCases
{
    private AverageCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        return List.of(
            single("sma(5)", () -> new Sma(5),
                b -> one(b.size(), (e, beg, len, out) -> CORE.sma(0, e, b.close(), 5, beg, len, out))),
            single("sma(20)", () -> new Sma(20),
                b -> one(b.size(), (e, beg, len, out) -> CORE.sma(0, e, b.close(), 20, beg, len, out))),
            single("ema(10)", () -> new Ema(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.ema(0, e, b.close(), 10, beg, len, out))),
            single("ema(30)", () -> new Ema(30),
                b -> one(b.size(), (e, beg, len, out) -> CORE.ema(0, e, b.close(), 30, beg, len, out))),
            single("wma(10)", () -> new Wma(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.wma(0, e, b.close(), 10, beg, len, out))),
            single("dema(10)", () -> new Dema(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.dema(0, e, b.close(), 10, beg, len, out))),
            single("tema(10)", () -> new Tema(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.tema(0, e, b.close(), 10, beg, len, out))),
            single("trima(10)", () -> new Trima(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.trima(0, e, b.close(), 10, beg, len, out))),
            single("trima(11)", () -> new Trima(11),
                b -> one(b.size(), (e, beg, len, out) -> CORE.trima(0, e, b.close(), 11, beg, len, out))),
            single("kama(10)", () -> new Kama(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.kama(0, e, b.close(), 10, beg, len, out))),
            single("kama(30)", () -> new Kama(30),
                b -> one(b.size(), (e, beg, len, out) -> CORE.kama(0, e, b.close(), 30, beg, len, out))),
            single("t3(5)", () -> new T3(5),
                b -> one(b.size(), (e, beg, len, out) -> CORE.t3(0, e, b.close(), 5, 0.7, beg, len, out))),
            single("t3(10,0.5)", () -> new T3(10, 0.5),
                b -> one(b.size(), (e, beg, len, out) -> CORE.t3(0, e, b.close(), 10, 0.5, beg, len, out))));
    }
}
