package io.ticksignal.engine.feature.indicator;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import java.util.Arrays;

/**
 * Calls TA-Lib's full-history functions (startIdx 0, endIdx last bar) and aligns their output with
 * the input: NaN where TA-Lib has no output.
 */
final class TaLib
{
    static final Core CORE = new Core();

    private TaLib()
    {
    }

    @FunctionalInterface
    interface OneOutput
    {
        RetCode call(int endIdx, MInteger begIdx, MInteger length, double[] out);
    }

    @FunctionalInterface
    interface TwoOutputs
    {
        RetCode call(int endIdx, MInteger begIdx, MInteger length, double[] out1, double[] out2);
    }

    @FunctionalInterface
    interface ThreeOutputs
    {
        RetCode call(int endIdx, MInteger begIdx, MInteger length, double[] out1, double[] out2, double[] out3);
    }

    static double[] one(final int size, final OneOutput function)
    {
        final MInteger begIdx = new MInteger();
        final MInteger length = new MInteger();
        final double[] out = new double[size];
        check(function.call(size - 1, begIdx, length, out));
        return align(size, begIdx, length, out);
    }

    static double[][] two(final int size, final TwoOutputs function)
    {
        final MInteger begIdx = new MInteger();
        final MInteger length = new MInteger();
        final double[] out1 = new double[size];
        final double[] out2 = new double[size];
        check(function.call(size - 1, begIdx, length, out1, out2));
        return new double[][] {align(size, begIdx, length, out1), align(size, begIdx, length, out2)};
    }

    static double[][] three(final int size, final ThreeOutputs function)
    {
        final MInteger begIdx = new MInteger();
        final MInteger length = new MInteger();
        final double[] out1 = new double[size];
        final double[] out2 = new double[size];
        final double[] out3 = new double[size];
        check(function.call(size - 1, begIdx, length, out1, out2, out3));
        return new double[][] {
            align(size, begIdx, length, out1), align(size, begIdx, length, out2), align(size, begIdx, length, out3)};
    }

    /**
     * @return a copy of values with NaN before index {@code first}.
     */
    static double[] startAt(final double[] values, final int first)
    {
        final double[] copy = values.clone();
        Arrays.fill(copy, 0, Math.min(first, copy.length), Double.NaN);
        return copy;
    }

    /**
     * @return index of the first non-NaN value, or the length if none.
     */
    static int firstValue(final double[] values)
    {
        int i = 0;
        while (i < values.length && Double.isNaN(values[i]))
        {
            i++;
        }
        return i;
    }

    private static double[] align(final int size, final MInteger begIdx, final MInteger length, final double[] raw)
    {
        final double[] aligned = new double[size];
        Arrays.fill(aligned, Double.NaN);
        System.arraycopy(raw, 0, aligned, begIdx.value, length.value);
        return aligned;
    }

    private static void check(final RetCode code)
    {
        if (code != RetCode.Success)
        {
            throw new IllegalStateException("TA-Lib returned " + code);
        }
    }
}
