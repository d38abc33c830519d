package io.ticksignal.engine.model.live;

/**
 * A model swap that cannot be made: the bundle is invalid, needs features the engine does not compute, or (in a
 * replay) is missing or changed. The message says which bundle and every reason; the old model keeps running.
 */
public final class ModelSwapException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message which bundle and why.
     * @param cause   the underlying failure, or null.
     */
    public ModelSwapException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
