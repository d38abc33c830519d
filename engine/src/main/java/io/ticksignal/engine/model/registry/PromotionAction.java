package io.ticksignal.engine.model.registry;

/**
 * What a line of {@code promotions.log} records.
 */
public enum PromotionAction
{
    /** {@code ticksignal model promote}: a version was made the promoted one. */
    PROMOTE("promote"),
    /** {@code ticksignal model rollback}: the version promoted before the current one was restored. */
    ROLLBACK("rollback");

    private final String logName;

    PromotionAction(final String logName)
    {
        this.logName = logName;
    }

    /**
     * @return the word in the log.
     */
    public String logName()
    {
        return logName;
    }

    static PromotionAction ofLogName(final String word)
    {
        for (final PromotionAction action : values())
        {
            if (action.logName.equals(word))
            {
                return action;
            }
        }
        return null;
    }
}
