package io.ticksignal.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import io.ticksignal.engine.model.ModelBundleLoader;

/**
 * Writes small synthetic datasets in the {@code ticksignal dataset} format (CSV + sidecar), seeded, so tests train on
 * known data: four features on the scales of rsi, roc, willr and cci, a forward return that depends on them plus
 * noise, and the label from the return.
 */
final class DatasetFixture
{
    static final List<String> FEATURES = List.of("rsi(14)@1m", "roc(5)@1m", "willr(14)@1m", "cci(20)@1m");
    static final long START_NS = 1_385_337_600_000_000_000L;
    static final double FLAT_THRESHOLD = 0.0004;

    private DatasetFixture()
    {
    }

    /**
     * @return the CSV path; the sidecar is written beside it.
     */
    static Path write(final Path directory, final String name, final int rows, final int classes, final long seed)
        throws IOException
    {
        final Random random = new Random(seed);
        final StringBuilder csv = new StringBuilder("time_ns,time,instrument,rsi(14)@1m,roc(5)@1m,willr(14)@1m,"
            + "cci(20)@1m,fwd_return,label\n");
        for (int i = 0; i < rows; i++)
        {
            final double rsi = Math.round(random.nextDouble() * 10000) / 100.0;
            final double roc = Math.round(random.nextGaussian() * 100000) / 1e7;
            final double willr = -Math.round(random.nextDouble() * 10000) / 100.0;
            final double cci = Math.round(random.nextGaussian() * 10000) / 100.0;
            final double signal = 0.03 * (rsi - 50) + 80 * roc - 0.01 * (willr + 50) + 0.004 * cci;
            final double forward = (signal + random.nextGaussian() * 1.2) * 0.001;
            csv.append(row(i, new double[] {rsi, roc, willr, cci}, forward, label(forward, classes)));
        }
        return write(directory, name, csv.toString(), rows, classes);
    }

    static String row(final int index, final double[] features, final double forward, final String label)
    {
        final long time = START_NS + index * 60_000_000_000L;
        final StringBuilder line = new StringBuilder().append(time).append(',')
            .append(Instant.ofEpochSecond(0, time)).append(",BTC-USD");
        for (final double feature : features)
        {
            line.append(',').append(feature);
        }
        return line.append(',').append(forward).append(',').append(label).append('\n').toString();
    }

    static String label(final double forward, final int classes)
    {
        if (classes == 2)
        {
            return forward > 0.0 ? "UP" : "DOWN";
        }
        return forward > FLAT_THRESHOLD ? "UP" : forward < -FLAT_THRESHOLD ? "DOWN" : "FLAT";
    }

    /**
     * Writes the CSV text as given and a matching sidecar (rows and sha256 of that text).
     */
    static Path write(final Path directory, final String name, final String csvText, final int rows,
        final int classes) throws IOException
    {
        final Path csv = directory.resolve(name + ".csv");
        Files.writeString(csv, csvText, StandardCharsets.UTF_8);
        final String meta = "format: ticksignal-dataset/1\n"
            + "source: \"synthetic (DatasetFixture)\"\n"
            + "command: \"ticksignal dataset --input synthetic --out " + name + ".csv\"\n"
            + "features: [\"rsi(14)@1m\", \"roc(5)@1m\", \"willr(14)@1m\", \"cci(20)@1m\"]\n"
            + "label: {expression: \"fwd_return(5)@1m\", classes: " + classes + ", threshold: "
            + (classes == 2 ? 0.0 : FLAT_THRESHOLD) + "}\n"
            + "rows: " + rows + "\n"
            + "csvSha256: \"" + ModelBundleLoader.sha256(csv) + "\"\n";
        Files.writeString(csv.resolveSibling(name + ".csv.meta.yaml"), meta, StandardCharsets.UTF_8);
        return csv;
    }
}
