package io.ticksignal.train;

import java.util.List;

/**
 * The dataset's sidecar {@code DATA.csv.meta.yaml} ({@code format: ticksignal-dataset/1}), as written by
 * {@code ticksignal dataset}.
 *
 * @param source          where the data came from.
 * @param command         the command that wrote the dataset.
 * @param features        feature expressions, in column order.
 * @param labelExpression {@code fwd_return(H)@TF}.
 * @param classes         2 or 3.
 * @param threshold       the label's class threshold on the forward return.
 * @param rows            number of data rows.
 * @param csvSha256       SHA-256 of the CSV file.
 */
public record DatasetMeta(
    String source,
    String command,
    List<String> features,
    String labelExpression,
    int classes,
    double threshold,
    long rows,
    String csvSha256)
{
    /** The only format version read. */
    public static final String FORMAT = "ticksignal-dataset/1";

    /**
     * @return the class names in label order: {@code DOWN, UP} or {@code DOWN, FLAT, UP}.
     */
    public List<String> classNames()
    {
        return classes == 2 ? List.of("DOWN", "UP") : List.of("DOWN", "FLAT", "UP");
    }
}
