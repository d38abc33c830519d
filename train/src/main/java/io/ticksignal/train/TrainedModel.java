package io.ticksignal.train;

/**
 * A trained classifier as the bundle exports it: the same function the ONNX file and the engine's built-in scorer
 * compute, uncalibrated. Feature values are rounded to float32 before use, as ONNX Runtime's float input is, so the
 * trainer's own predictions take the same branches and products as the exported model.
 * <p>
 * Immutable; {@link #predict} allocates nothing and may be called from any thread.
 */
interface TrainedModel
{
    /**
     * @return number of classes (2 or 3).
     */
    int classCount();

    /**
     * @param features      one row of raw feature values, in the bundle's feature order.
     * @param probabilities receives {@link #classCount()} uncalibrated class probabilities in label order (binary:
     *                      {@code [1 - P(up), P(up)]}).
     */
    void predict(double[] features, double[] probabilities);

    /**
     * @param features one row of raw feature values.
     * @return the uncalibrated probability of the last class (UP); the binary model's raw score.
     */
    default double predictUp(final double[] features)
    {
        final double[] probabilities = new double[classCount()];
        predict(features, probabilities);
        return probabilities[probabilities.length - 1];
    }
}
