package io.ticksignal.train;

import java.nio.file.Path;
import java.util.List;

/**
 * A point-in-time dataset in memory: one row per sample in time order, its raw feature values, the class label and
 * the realised forward return. Read with {@link DatasetReader#read(Path)}. Arrays are shared, not copied; treat them
 * as immutable.
 *
 * @param csv             the CSV file.
 * @param csvSha256       its SHA-256.
 * @param meta            the sidecar.
 * @param timeNs          per row: event time, epoch ns.
 * @param features        per row: the feature values in {@link DatasetMeta#features()} order.
 * @param labels          per row: the class index in {@link DatasetMeta#classNames()} order.
 * @param forwardReturns  per row: {@code close[t+H]/close[t]-1}.
 */
public record Dataset(
    Path csv,
    String csvSha256,
    DatasetMeta meta,
    long[] timeNs,
    double[][] features,
    int[] labels,
    double[] forwardReturns)
{
    /**
     * @return number of rows.
     */
    public int rowCount()
    {
        return labels.length;
    }

    /**
     * @return the feature expressions.
     */
    public List<String> featureNames()
    {
        return meta.features();
    }

    /**
     * @return the class names in label order.
     */
    public List<String> classNames()
    {
        return meta.classNames();
    }

    /**
     * @return number of classes.
     */
    public int classCount()
    {
        return meta.classes();
    }
}
