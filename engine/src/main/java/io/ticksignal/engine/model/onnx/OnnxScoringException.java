package io.ticksignal.engine.model.onnx;

/**
 * ONNX Runtime failed while scoring a row that it accepted at open time: unexpected, so it goes to the runner's
 * error handler (it is not a return code).
 */
public final class OnnxScoringException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done.
     * @param cause   ONNX Runtime's exception.
     */
    public OnnxScoringException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
