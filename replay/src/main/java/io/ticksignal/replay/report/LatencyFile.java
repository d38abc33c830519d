package io.ticksignal.replay.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.agrona.collections.MutableInteger;

/**
 * Reads the first distribution ({@code receive->signal published}) of the engine's {@code latency.txt}: HdrHistogram
 * percentile output, rows of {@code value(us) percentile totalCount 1/(1-percentile)}, and turns it into a
 * histogram of counts over equal-width latency bins up to the 99.9th percentile (slower samples in the last bin).
 */
final class LatencyFile
{
    static final int BINS = 40;

    final String name;
    final double[] edges;
    final double[] counts;
    final long total;

    private LatencyFile(final String name, final double[] edges, final double[] counts, final long total)
    {
        this.name = name;
        this.edges = edges;
        this.counts = counts;
        this.total = total;
    }

    /**
     * @return the histogram, or null when the file is missing or holds no distribution.
     */
    static LatencyFile read(final Path file) throws IOException
    {
        if (null == file || !Files.isRegularFile(file))
        {
            return null;
        }
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        final MutableInteger at = new MutableInteger(0);
        String name = null;
        while (at.get() < lines.size() && null == name)
        {
            final String line = lines.get(at.getAndIncrement()).trim();
            if (line.startsWith("# ") && line.endsWith("(us)"))
            {
                name = line.substring(2);
            }
        }
        final double[][] rows = rows(lines, at.get());
        if (null == name || 0 == rows[0].length)
        {
            return null;
        }
        return histogram(name, rows[0], rows[1], rows[2]);
    }

    private static double[][] rows(final List<String> lines, final int from)
    {
        final double[] values = new double[lines.size()];
        final double[] percentiles = new double[lines.size()];
        final double[] totals = new double[lines.size()];
        int n = 0;
        for (int i = from; i < lines.size(); i++)
        {
            final String[] fields = lines.get(i).trim().split("\\s+");
            if (fields.length < 3 || fields[0].startsWith("#"))
            {
                if (n > 0)
                {
                    break;
                }
                continue;
            }
            try
            {
                values[n] = Double.parseDouble(fields[0]);
                percentiles[n] = Double.parseDouble(fields[1]);
                totals[n] = Double.parseDouble(fields[2]);
                n++;
            }
            catch (final NumberFormatException ex)
            {
                if (n > 0)
                {
                    break;
                }
            }
        }
        return new double[][]{
            java.util.Arrays.copyOf(values, n), java.util.Arrays.copyOf(percentiles, n),
            java.util.Arrays.copyOf(totals, n)};
    }

    private static LatencyFile histogram(
        final String name, final double[] values, final double[] percentiles, final double[] totals)
    {
        double cap = values[values.length - 1];
        for (int i = 0; i < values.length; i++)
        {
            if (percentiles[i] >= 0.999)
            {
                cap = values[i];
                break;
            }
        }
        final double low = Math.floor(values[0]);
        final double width = Math.max(1e-6, (cap - low) / BINS);
        final double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++)
        {
            edges[i] = low + i * width;
        }
        final double[] counts = new double[BINS];
        double previous = 0.0;
        for (int i = 0; i < values.length; i++)
        {
            final int bin = Math.min(BINS - 1, Math.max(0, (int)((values[i] - low) / width)));
            counts[bin] += totals[i] - previous;
            previous = totals[i];
        }
        return new LatencyFile(name, edges, counts, (long)totals[totals.length - 1]);
    }

    String describe()
    {
        return String.format(Locale.ROOT, "%s, %d samples; slower than p99.9 counted in the last bin", name, total);
    }
}
