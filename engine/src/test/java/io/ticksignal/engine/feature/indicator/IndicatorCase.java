package io.ticksignal.engine.feature.indicator;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One indicator configuration and its reference: a function from a bar series to the expected
 * values of every output, aligned with the bars, NaN where the reference has no value.
 */
final class IndicatorCase
{
    private final String name;
    private final Supplier<Indicator> factory;
    private final Function<BarSeries, double[][]> reference;

    IndicatorCase(final String name, final Supplier<Indicator> factory, final Function<BarSeries, double[][]> reference)
    {
        this.name = name;
        this.factory = factory;
        this.reference = reference;
    }

    static IndicatorCase single(
        final String name, final Supplier<Indicator> factory, final Function<BarSeries, double[]> reference)
    {
        return new IndicatorCase(name, factory, bars -> new double[][] {reference.apply(bars)});
    }

    String name()
    {
        return name;
    }

    Indicator newIndicator()
    {
        return factory.get();
    }

    double[][] expected(final BarSeries bars)
    {
        return reference.apply(bars);
    }

    @Override
    public String toString()
    {
        return name;
    }
}
