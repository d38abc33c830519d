package io.ticksignal.engine.client;

/**
 * A {@link CsvFeed} could not publish a message within its retry bound (the subscriber stopped
 * consuming or went away, or the publication closed). The message says after how many messages
 * and why; nothing was silently dropped.
 */
public final class FeedException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final long messagesSent;

    /**
     * @param message      what happened and what to do.
     * @param messagesSent messages published before the failure.
     */
    public FeedException(final String message, final long messagesSent)
    {
        super(message);
        this.messagesSent = messagesSent;
    }

    /**
     * @return messages published before the failure.
     */
    public long messagesSent()
    {
        return messagesSent;
    }
}
