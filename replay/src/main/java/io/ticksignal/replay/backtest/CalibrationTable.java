package io.ticksignal.replay.backtest;

/**
 * Predicted P(up) against realised up frequency, per equal-width probability bin.
 */
public final class CalibrationTable
{
    private final long[] counts;
    private final double[] predictedSum;
    private final double[] realisedSum;

    CalibrationTable(final long[] counts, final double[] predictedSum, final double[] realisedSum)
    {
        this.counts = counts;
        this.predictedSum = predictedSum;
        this.realisedSum = realisedSum;
    }

    /**
     * @return number of bins.
     */
    public int bins()
    {
        return counts.length;
    }

    /**
     * @param bin bin index.
     * @return lower edge of the bin, {@code bin / bins}.
     */
    public double lowerEdge(final int bin)
    {
        return (double)bin / counts.length;
    }

    /**
     * @param bin bin index.
     * @return predictions in the bin.
     */
    public long count(final int bin)
    {
        return counts[bin];
    }

    /**
     * @param bin bin index.
     * @return mean predicted P(up) in the bin, NaN when empty.
     */
    public double meanPredicted(final int bin)
    {
        return 0 == counts[bin] ? Double.NaN : predictedSum[bin] / counts[bin];
    }

    /**
     * @param bin bin index.
     * @return realised frequency of up in the bin, NaN when empty.
     */
    public double realisedFrequency(final int bin)
    {
        return 0 == counts[bin] ? Double.NaN : realisedSum[bin] / counts[bin];
    }
}
