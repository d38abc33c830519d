package io.ticksignal.replay.backtest;

import org.agrona.collections.IntArrayList;

/**
 * The scored signals: direction, predicted P(up), confidence and the realised forward return at the horizon.
 */
public final class SignalSample
{
    private final IntArrayList directions = new IntArrayList();
    private final DoubleSeries pUp = new DoubleSeries();
    private final DoubleSeries confidence = new DoubleSeries();
    private final DoubleSeries forwardReturns = new DoubleSeries();

    void add(final int direction, final double pUp, final double confidence, final double forwardReturn)
    {
        directions.addInt(direction);
        this.pUp.add(pUp);
        this.confidence.add(confidence);
        forwardReturns.add(forwardReturn);
    }

    /** @return number of scored signals. */
    public int size()
    {
        return directions.size();
    }

    /** @return directions, +1 BUY, -1 SELL, 0 HOLD. */
    public int[] directions()
    {
        return directions.toIntArray();
    }

    /** @return predicted P(up). */
    public double[] pUp()
    {
        return pUp.toArray();
    }

    /** @return confidence, 0..1. */
    public double[] confidence()
    {
        return confidence.toArray();
    }

    /** @return realised forward returns at the horizon. */
    public double[] forwardReturns()
    {
        return forwardReturns.toArray();
    }

    /** @return outcomes: 1.0 when the forward return is strictly positive, 0.0 otherwise. */
    public double[] outcomes()
    {
        final double[] outcomes = new double[size()];
        for (int i = 0; i < outcomes.length; i++)
        {
            outcomes[i] = forwardReturns.get(i) > 0.0 ? 1.0 : 0.0;
        }
        return outcomes;
    }
}
