/**
 * Peers measured side by side with our indicators, on the same real 1-minute bars and with the
 * same {@code expression} parameter values as
 * {@link io.ticksignal.bench.feature.IndicatorUpdateBenchmark}, so that the suite's result
 * table can pair them: ta4j 0.17 adding one bar to a bounded {@code BarSeries} and reading the
 * newest value, and TA-Lib's Java port recomputing over a window of the last bars for each new
 * bar, as users of each library must do in live code.
 */
package io.ticksignal.bench.peer;
