package io.ticksignal.engine.model.ensemble;

import io.ticksignal.engine.model.ModelScorer;

/**
 * Weighted soft voting: {@code p_k = sum_m w_m * p_{m,k} / sum_m w_m} over member scorers that output class
 * probabilities of the same width (usually calibrated {@code BundleScorer}s). Members run one after the other on the
 * caller's thread, each on the same feature row.
 * <p>
 * Thread: one instance per thread (a scratch array; members are owned too). Allocation: none per call.
 * Closing closes the members.
 */
public final class EnsembleScorer implements ModelScorer
{
    private final ModelScorer[] members;
    private final double[] weights;
    private final double[] memberOutput;
    private final int inputWidth;
    private final int outputWidth;

    /**
     * @param members the members, at least one, all with the same output width; owned from now on.
     * @param weights one per member, finite and positive; normalised to sum to 1.
     * @throws IllegalArgumentException when the counts, widths or weights do not fit.
     */
    public EnsembleScorer(final ModelScorer[] members, final double[] weights)
    {
        if (members.length == 0 || members.length != weights.length)
        {
            throw new IllegalArgumentException("an ensemble needs at least one member and one weight per member; got "
                + members.length + " members and " + weights.length + " weights");
        }
        double total = 0.0;
        int width = 0;
        for (int m = 0; m < members.length; m++)
        {
            if (!(weights[m] > 0.0) || !Double.isFinite(weights[m]))
            {
                throw new IllegalArgumentException("member " + m + " weight " + weights[m] + " must be positive");
            }
            if (m > 0 && members[m].outputWidth() != members[0].outputWidth())
            {
                throw new IllegalArgumentException("member " + m + " outputs " + members[m].outputWidth()
                    + " values but member 0 outputs " + members[0].outputWidth());
            }
            total += weights[m];
            width = Math.max(width, members[m].inputWidth());
        }
        this.members = members.clone();
        this.weights = new double[weights.length];
        for (int m = 0; m < weights.length; m++)
        {
            this.weights[m] = weights[m] / total;
        }
        this.inputWidth = width;
        this.outputWidth = members[0].outputWidth();
        this.memberOutput = new double[outputWidth];
    }

    @Override
    public int inputWidth()
    {
        return inputWidth;
    }

    @Override
    public int outputWidth()
    {
        return outputWidth;
    }

    /**
     * @return number of members.
     */
    public int memberCount()
    {
        return members.length;
    }

    /**
     * @param member member index.
     * @return its normalised weight.
     */
    public double weight(final int member)
    {
        return weights[member];
    }

    @Override
    public void score(final double[] features, final double[] output)
    {
        final double[] scratch = memberOutput;
        for (int k = 0; k < outputWidth; k++)
        {
            output[k] = 0.0;
        }
        for (int m = 0; m < members.length; m++)
        {
            members[m].score(features, scratch);
            final double weight = weights[m];
            for (int k = 0; k < outputWidth; k++)
            {
                output[k] += weight * scratch[k];
            }
        }
    }

    @Override
    public void close()
    {
        RuntimeException failure = null;
        for (final ModelScorer member : members)
        {
            try
            {
                member.close();
            }
            catch (final RuntimeException ex)
            {
                if (failure == null)
                {
                    failure = ex;
                }
                else
                {
                    failure.addSuppressed(ex);
                }
            }
        }
        if (failure != null)
        {
            throw failure;
        }
    }
}
