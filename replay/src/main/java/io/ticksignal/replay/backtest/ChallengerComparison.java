package io.ticksignal.replay.backtest;

/**
 * The challenger's side of a champion/challenger backtest: the same backtest run on the shadow model's journaled
 * signals ({@code SHADOW_OUTPUT}), and how often the two models agreed. Immutable.
 */
public final class ChallengerComparison
{
    private final BacktestResult result;
    private final long signals;
    private final String championModel;
    private final String challengerModel;
    private final long commonDecisionPoints;
    private final long agreeing;

    ChallengerComparison(
        final BacktestResult result, final long signals, final DecisionAgreement agreement)
    {
        this.result = result;
        this.signals = signals;
        this.championModel = agreement.championModel();
        this.challengerModel = agreement.challengerModel();
        this.commonDecisionPoints = agreement.commonDecisionPoints();
        this.agreeing = agreement.agreeing();
    }

    /** @return the challenger's backtest. */
    public BacktestResult result()
    {
        return result;
    }

    /** @return the challenger's signals read for the instrument. */
    public long signals()
    {
        return signals;
    }

    /** @return the champion's model id and version, e.g. {@code demo-btc v1} (empty if it made no signal). */
    public String championModel()
    {
        return championModel;
    }

    /** @return the challenger's model id and version. */
    public String challengerModel()
    {
        return challengerModel;
    }

    /** @return inputs at which both models emitted a signal for the instrument. */
    public long commonDecisionPoints()
    {
        return commonDecisionPoints;
    }

    /** @return those at which the two directions were equal. */
    public long agreeing()
    {
        return agreeing;
    }

    /** @return agreeing / common decision points; NaN without any. */
    public double agreementRate()
    {
        return 0 == commonDecisionPoints ? Double.NaN : (double)agreeing / commonDecisionPoints;
    }
}
