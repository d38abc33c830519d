package io.ticksignal.replay.backtest;

import java.util.Optional;

/**
 * A finished journal backtest: the result and what was read.
 */
public final class JournalBacktestRun
{
    private final JournalBacktestAdapter adapter;
    private final BacktestResult result;
    private final ChallengerComparison challenger;

    JournalBacktestRun(final JournalBacktestAdapter adapter, final BacktestResult result)
    {
        this(adapter, result, null);
    }

    JournalBacktestRun(
        final JournalBacktestAdapter adapter, final BacktestResult result, final ChallengerComparison challenger)
    {
        this.adapter = adapter;
        this.result = result;
        this.challenger = challenger;
    }

    /**
     * @return the challenger's backtest and the agreement, when the journal holds shadow signals for the
     * instrument ({@code SHADOW_OUTPUT}); empty otherwise.
     */
    public Optional<ChallengerComparison> challenger()
    {
        return Optional.ofNullable(challenger);
    }

    /** @return the backtest result. */
    public BacktestResult result()
    {
        return result;
    }

    /** @return the instrument backtested, or {@link JournalBacktestAdapter#ANY_INSTRUMENT} if nothing was read. */
    public long instrumentId()
    {
        return adapter.instrumentId();
    }

    /** @return market events read for the instrument. */
    public long marketEvents()
    {
        return adapter.marketEvents();
    }

    /** @return signals read (journaled or regenerated) for the instrument. */
    public long signals()
    {
        return adapter.signals();
    }

    /** @return journal documents that could not be decoded. */
    public long corruptRecords()
    {
        return adapter.corruptRecords();
    }
}
