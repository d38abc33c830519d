package io.ticksignal.engine.model;

/**
 * Turns one feature row into a fixed-width output vector: the common shape of every scorer (ONNX Runtime,
 * built-in logistic and tree-ensemble, ensembles, bundle scorers).
 * <p>
 * One scorer instance belongs to one thread (it owns reused buffers). {@link #score} allocates nothing in the
 * built-in scorers; the ONNX Runtime scorer allocates only inside ONNX Runtime's Java layer (see
 * {@code OnnxScorer}). Opening and closing are cold-path.
 */
public interface ModelScorer extends AutoCloseable
{
    /**
     * @return number of input columns read from the feature row (a row may be longer; extra values are ignored).
     */
    int inputWidth();

    /**
     * @return number of values {@link #score} writes.
     */
    int outputWidth();

    /**
     * Score one row. Deterministic: the same row gives the same output.
     *
     * @param features the input row, at least {@link #inputWidth()} values, in the model's column order.
     * @param output   receives {@link #outputWidth()} values from index 0.
     */
    void score(double[] features, double[] output);

    /**
     * Release native resources (ONNX Runtime sessions); idempotent. Built-in scorers hold none.
     */
    @Override
    void close();
}
