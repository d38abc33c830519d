package io.ticksignal.replay.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import io.ticksignal.config.YamlText;
import io.ticksignal.engine.model.LabelSpec;

/**
 * The sidecar {@code DATA.csv.meta.yaml} of a dataset ({@code format: ticksignal-dataset/1}): where the data came
 * from, the command that built it, the feature columns, the label, the row count and the CSV's sha256.
 *
 * @param source    the input: a bundled data set and its artifact, a file path or a journal path.
 * @param command   the command line that built the dataset.
 * @param features  the feature expressions, in column order.
 * @param label     the label.
 * @param rows      data rows in the CSV.
 * @param csvSha256 lower-case hex sha256 of the CSV file's bytes.
 */
public record DatasetMeta(
    String source, String command, List<String> features, LabelSpec label, long rows, String csvSha256)
{
    /** The format name and version written as {@code format}. */
    public static final String FORMAT = "ticksignal-dataset/1";

    /**
     * Copies the features.
     */
    public DatasetMeta
    {
        features = List.copyOf(features);
    }

    /**
     * @return the YAML text; strings double-quoted and escaped, one key per line, ending with a newline.
     */
    public String toYaml()
    {
        return "format: " + FORMAT + "\n" +
            "source: " + YamlText.quoted(source) + "\n" +
            "command: " + YamlText.quoted(command) + "\n" +
            "features: [" + features.stream().map(YamlText::quoted).collect(Collectors.joining(", ")) + "]\n" +
            "label: {expression: " + YamlText.quoted(label.expression()) + ", classes: " + label.classes() +
            ", threshold: " + number(label.threshold()) + "}\n" +
            "rows: " + rows + "\n" +
            "csvSha256: " + YamlText.quoted(csvSha256) + "\n";
    }

    private static String number(final double value)
    {
        final String text = Double.toString(value);
        return text.indexOf('E') < 0 ? text : BigDecimal.valueOf(value).toPlainString();
    }
}
