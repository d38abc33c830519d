package io.ticksignal.engine.journal;

import io.ticksignal.config.RollCycleKind;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.rollcycles.LegacyRollCycles;

/**
 * Maps the configured {@link RollCycleKind} to the Chronicle Queue roll cycle of the same name.
 * {@link RollCycleKind#HOURLY} and {@link RollCycleKind#DAILY} are Chronicle's older formats and
 * live in {@link LegacyRollCycles}; every other kind is a {@link RollCycles} constant.
 */
final class JournalRollCycles
{
    private JournalRollCycles()
    {
    }

    /**
     * Thread-safe; allocates nothing.
     *
     * @param kind the configured roll cycle.
     * @return the Chronicle roll cycle with the same name and length.
     */
    static RollCycle toRollCycle(final RollCycleKind kind)
    {
        return switch (kind)
        {
            case FIVE_MINUTELY -> RollCycles.FIVE_MINUTELY;
            case TEN_MINUTELY -> RollCycles.TEN_MINUTELY;
            case TWENTY_MINUTELY -> RollCycles.TWENTY_MINUTELY;
            case HALF_HOURLY -> RollCycles.HALF_HOURLY;
            case FAST_HOURLY -> RollCycles.FAST_HOURLY;
            case TWO_HOURLY -> RollCycles.TWO_HOURLY;
            case FOUR_HOURLY -> RollCycles.FOUR_HOURLY;
            case SIX_HOURLY -> RollCycles.SIX_HOURLY;
            case FAST_DAILY -> RollCycles.FAST_DAILY;
            case HOURLY -> LegacyRollCycles.HOURLY;
            case DAILY -> LegacyRollCycles.DAILY;
        };
    }
}
