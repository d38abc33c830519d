package io.ticksignal.engine.feature.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only loader of the 252 real AAPL daily bars of 2013 shipped in ta4j-examples
 * (header {@code date,open,high,low,close,volume}, CRLF line ends).
 */
final class AppleDailyBars
{
    static final String RESOURCE = "/appleinc_bars_from_20130101_usd.csv";

    private static final BarSeries BARS = load();

    private AppleDailyBars()
    {
    }

    static BarSeries bars()
    {
        return BARS;
    }

    private static BarSeries load()
    {
        final List<String[]> rows = new ArrayList<>();
        try (InputStream in = AppleDailyBars.class.getResourceAsStream(RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine())
            {
                if (!line.isBlank())
                {
                    rows.add(line.strip().split(","));
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        final int n = rows.size();
        final long[] timeNs = new long[n];
        final double[][] columns = new double[5][n];
        for (int i = 0; i < n; i++)
        {
            final String[] row = rows.get(i);
            timeNs[i] = LocalDate.parse(row[0]).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
            for (int c = 0; c < 5; c++)
            {
                columns[c][i] = Double.parseDouble(row[c + 1]);
            }
        }
        return new BarSeries(timeNs, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }
}
