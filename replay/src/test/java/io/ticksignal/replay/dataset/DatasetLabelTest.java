package io.ticksignal.replay.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.model.LabelSpec;
import org.junit.jupiter.api.Test;

class DatasetLabelTest
{
    @Test
    void shouldReadTheLabelExpressionWithDefaults()
    {
        final LabelSpec label = DatasetLabel.parse("fwd_return(5)@1m", 2, null);

        assertEquals(new LabelSpec(5, Timeframe.ONE_MINUTE, 2, 0.0), label);
        assertEquals("fwd_return(5)@1m", label.expression());
        assertEquals(new LabelSpec(12, Timeframe.ONE_HOUR, 3, 0.002), DatasetLabel.parse(" fwd_return( 12 )@1h ", 3,
            0.002));
    }

    @Test
    void shouldExplainABadLabelExpressionWithAnExample()
    {
        assertEquals("--label 'fwd_ret(5)@1m' is not a label: write fwd_return(H)@TF with H >= 1 bars, " +
            "e.g. fwd_return(5)@1m", message("fwd_ret(5)@1m", 2, null));
        assertEquals("--label 'fwd_return(5)' is not a label: write fwd_return(H)@TF with H >= 1 bars, " +
            "e.g. fwd_return(5)@1m", message("fwd_return(5)", 2, null));
        assertEquals("--label 'fwd_return(0)@1m': the horizon must be at least 1 bar, not 0; write fwd_return(H)@TF " +
            "with H >= 1 bars, e.g. fwd_return(5)@1m", message("fwd_return(0)@1m", 2, null));
        assertEquals("--label 'fwd_return(2.5)@1m': the horizon '2.5' is not a whole number of bars; write " +
            "fwd_return(H)@TF with H >= 1 bars, e.g. fwd_return(5)@1m", message("fwd_return(2.5)@1m", 2, null));
        assertEquals("--label 'fwd_return(5)@2m': '2m' is not a bar timeframe; allowed: 1s, 1m, 5m, 15m, 1h, 1d, " +
            "e.g. fwd_return(5)@1m", message("fwd_return(5)@2m", 2, null));
        assertEquals("--label 'fwd_return(5)@tick': 'tick' is not a bar timeframe; allowed: 1s, 1m, 5m, 15m, 1h, 1d, " +
            "e.g. fwd_return(5)@1m", message("fwd_return(5)@tick", 2, null));
    }

    @Test
    void shouldRefuseBadClassesAndThresholds()
    {
        assertEquals("--classes 4 is not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)",
            message("fwd_return(5)@1m", 4, null));
        assertEquals("--classes 3 needs --threshold X: the return band around 0 that is FLAT, e.g. --threshold 0.001 " +
            "for +/-0.1%", message("fwd_return(5)@1m", 3, null));
        assertEquals("--threshold -0.001 is not allowed: a finite return >= 0 (a fraction, 0.001 = 0.1%)",
            message("fwd_return(5)@1m", 3, -0.001));
        assertEquals("--threshold NaN is not allowed: a finite return >= 0 (a fraction, 0.001 = 0.1%)",
            message("fwd_return(5)@1m", 2, Double.NaN));
    }

    @Test
    void shouldNameTheClassesInClassIndexOrder()
    {
        assertEquals(java.util.List.of("DOWN", "UP"), DatasetLabel.classNames(DatasetLabel.parse("fwd_return(1)@1m", 2,
            null)));
        assertEquals(java.util.List.of("DOWN", "FLAT", "UP"),
            DatasetLabel.classNames(DatasetLabel.parse("fwd_return(1)@1m", 3, 0.0)));
    }

    private static String message(final String expression, final int classes, final Double threshold)
    {
        return assertThrows(DatasetException.class, () -> DatasetLabel.parse(expression, classes, threshold))
            .getMessage();
    }
}
