package io.ticksignal.engine.feature.offline;

/**
 * Told now and then how far an offline run has got (every {@link #INTERVAL} input rows), on the
 * running thread; must be cheap.
 */
@FunctionalInterface
public interface ProgressListener
{
    /** Input rows between two calls. */
    int INTERVAL = 1 << 16;

    /** A listener that does nothing. */
    ProgressListener NONE = rowsRead -> { };

    /**
     * @param rowsRead input rows read so far.
     */
    void onProgress(long rowsRead);
}
