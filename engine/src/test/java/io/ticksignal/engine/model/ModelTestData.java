package io.ticksignal.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed test bundles (made by engine/src/test/onnx/make_models.py) and their CSVs.
 */
public final class ModelTestData
{
    private ModelTestData()
    {
    }

    /**
     * @param name bundle name, e.g. {@code logistic_binary}.
     * @return its directory on the test classpath.
     */
    public static Path bundle(final String name)
    {
        try
        {
            return Path.of(ModelTestData.class.getResource("/models/" + name).toURI());
        }
        catch (final URISyntaxException ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * @param file a CSV with a header row and numeric rows.
     * @return the rows.
     */
    public static double[][] readCsv(final Path file)
    {
        try
        {
            final List<String> lines = Files.readAllLines(file);
            return lines.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * @param name bundle name.
     * @return its inputs.csv rows.
     */
    public static double[][] inputs(final String name)
    {
        return readCsv(bundle(name).resolve("inputs.csv"));
    }

    /**
     * @param name bundle name.
     * @return its expected.csv rows (the producer's class probabilities).
     */
    public static double[][] expected(final String name)
    {
        return readCsv(bundle(name).resolve("expected.csv"));
    }

    /**
     * @param count rows.
     * @param width columns.
     * @param seed  random seed.
     * @return seeded rows of float32-representable values, roughly N(0, 1.5).
     */
    public static double[][] randomRows(final int count, final int width, final long seed)
    {
        final java.util.Random random = new java.util.Random(seed);
        final double[][] rows = new double[count][width];
        for (final double[] row : rows)
        {
            for (int i = 0; i < width; i++)
            {
                row[i] = (float)(random.nextGaussian() * 1.5);
            }
        }
        return rows;
    }
}
