package io.ticksignal.replay.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.DirectBuffer;

/**
 * Writes one row per signal: {@code engine_sequence, event_time} (ISO-8601 UTC), {@code instrument} (symbol, or the
 * id when the configuration does not know it), {@code direction, confidence, model, version}, then one
 * {@code p_LABEL} column per class label. The label columns are those of the first signal written; a signal with a
 * label outside them (a model swapped to other labels) puts its probabilities as {@code LABEL=p} pairs, separated
 * by {@code ;}, in a last column {@code other_probabilities}, present only when needed.
 * <p>
 * Thread: one. Allocation: a few strings per row (output formatting, off the replay's per-input path).
 */
public final class SignalTableWriter implements SignalSink
{
    private static final String[] FIXED = { "engine_sequence", "event_time", "instrument", "direction",
        "confidence", "model", "version" };
    private static final int[] TEXT_WIDTHS = { 15, 30, 10, 9, 20, 16, 7 };
    private static final int PROBABILITY_WIDTH = 22;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final StringBuilder modelText = new StringBuilder();
    private final List<String> row = new ArrayList<>();
    private final Writer out;
    private final SignalFormat format;
    private final Map<Long, String> symbols;
    private List<String> labels;
    private long rows;

    /**
     * @param out     where rows go; flushed by the caller.
     * @param format  CSV or TEXT.
     * @param symbols instrument id to symbol.
     */
    public SignalTableWriter(final Writer out, final SignalFormat format, final Map<Long, String> symbols)
    {
        this.out = out;
        this.format = format;
        this.symbols = Map.copyOf(symbols);
    }

    /**
     * Write the header if no row was written (a table with no signals still has its header).
     */
    public void finish()
    {
        if (null == labels)
        {
            labels = List.of();
            writeHeader();
        }
    }

    /**
     * @return rows written.
     */
    public long rows()
    {
        return rows;
    }

    /**
     * Write one signal's row.
     *
     * @throws UncheckedIOException when writing fails.
     */
    @Override
    public void onSignal(final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        signal.wrapAndApplyHeader(buffer, offset, header);
        row.clear();
        row.add(Long.toString(signal.engineSequence()));
        row.add(Instant.ofEpochSecond(0, signal.eventTimeNs()).toString());
        row.add(symbols.getOrDefault(signal.instrumentId(), Long.toString(signal.instrumentId())));
        row.add(signal.direction().name());
        row.add(Double.toString(signal.confidence()));
        modelText.setLength(0);
        signal.getModelId(modelText);
        row.add(modelText.toString());
        row.add(Long.toString(signal.modelVersion()));
        addProbabilities();
        rows++;
        writeRow(row);
    }

    private void addProbabilities()
    {
        final SignalDecoder.ProbabilitiesDecoder probabilities = signal.probabilities();
        final String[] labelled = new String[probabilities.count()];
        final double[] values = new double[probabilities.count()];
        for (int i = 0; probabilities.hasNext(); i++)
        {
            probabilities.next();
            labelled[i] = probabilities.label();
            values[i] = probabilities.probability();
        }
        if (null == labels)
        {
            labels = List.of(labelled);
            writeHeader();
        }
        final String[] columns = new String[labels.size()];
        final StringBuilder other = new StringBuilder();
        for (int i = 0; i < labelled.length; i++)
        {
            final int column = labels.indexOf(labelled[i]);
            if (column >= 0)
            {
                columns[column] = Double.toString(values[i]);
            }
            else
            {
                other.append(other.length() > 0 ? ";" : "").append(labelled[i]).append('=').append(values[i]);
            }
        }
        for (final String column : columns)
        {
            row.add(null == column ? "" : column);
        }
        if (other.length() > 0)
        {
            row.add(other.toString());
        }
    }

    private void writeHeader()
    {
        final List<String> names = new ArrayList<>(List.of(FIXED));
        labels.forEach(label -> names.add("p_" + label));
        writeRow(names);
    }

    private void writeRow(final List<String> cells)
    {
        final StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < cells.size(); i++)
        {
            if (SignalFormat.CSV == format)
            {
                line.append(i > 0 ? "," : "").append(cells.get(i));
            }
            else
            {
                final int width = i < TEXT_WIDTHS.length ? TEXT_WIDTHS[i] : PROBABILITY_WIDTH;
                line.append(cells.get(i));
                if (i < cells.size() - 1)
                {
                    line.append(" ".repeat(Math.max(1, width + 1 - cells.get(i).length())));
                }
            }
        }
        line.append('\n');
        try
        {
            out.write(line.toString());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write signal rows: " + ex.getMessage(), ex);
        }
    }
}
