package io.ticksignal.engine.feature.bar;

import java.util.ArrayList;
import java.util.List;

/**
 * Test listener that keeps every bar it is given, in order.
 */
final class RecordedBars implements BarListener
{
    /**
     * One recorded bar.
     */
    record Bar(
        int instrumentIndex, long startNs, long intervalNs, double open, double high, double low, double close,
        double volume, double vwap, long eventCount, long firstEventNs, long lastEventNs)
    {
    }

    private final List<Bar> bars = new ArrayList<>();

    @Override
    public void onBar(
        final int instrumentIndex, final long startNs, final long intervalNs, final double open, final double high,
        final double low, final double close, final double volume, final double vwap, final long eventCount,
        final long firstEventNs, final long lastEventNs)
    {
        bars.add(new Bar(
            instrumentIndex, startNs, intervalNs, open, high, low, close, volume, vwap, eventCount, firstEventNs,
            lastEventNs));
    }

    List<Bar> bars()
    {
        return bars;
    }

    int size()
    {
        return bars.size();
    }

    Bar get(final int index)
    {
        return bars.get(index);
    }

    Bar last()
    {
        return bars.get(bars.size() - 1);
    }
}
