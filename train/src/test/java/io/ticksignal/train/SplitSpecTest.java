package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Split boundaries: chronological percentages and walk-forward windows, with purging, and the bad specs.
 */
final class SplitSpecTest
{
    @Test
    void shouldCutPercentagesByRowOrderAndPurgeBeforeBoundaries()
    {
        final List<Fold> folds = SplitSpec.percentages("60/20/20").folds(100, 0.2, 5);
        assertEquals(1, folds.size());
        assertEquals(new Fold("split", new RowRange(0, 55), new RowRange(60, 75), new RowRange(80, 100)),
            folds.get(0));
        final Fold rounded = SplitSpec.percentages("70/15/15").folds(101, 0.2, 0).get(0);
        assertEquals(new Fold("split", new RowRange(0, 70), new RowRange(70, 85), new RowRange(85, 101)), rounded);
    }

    @Test
    void shouldPlaceWalkForwardWindows()
    {
        final List<Fold> folds = SplitSpec.walkForward("train=50,test=20,step=10").folds(100, 0.2, 2);
        assertEquals(4, folds.size(), "windows start at 0, 10, 20, 30; the next would end at 110");
        for (int w = 0; w < 4; w++)
        {
            final int s = 10 * w;
            assertEquals(new Fold("window" + (w + 1), new RowRange(s, s + 38), new RowRange(s + 40, s + 48),
                new RowRange(s + 50, s + 70)), folds.get(w));
        }
    }

    @Test
    void shouldRejectBadSpecs()
    {
        assertTrue(assertThrows(TrainingException.class, () -> SplitSpec.percentages("60/20/30")).getMessage()
            .contains("must sum to 100"));
        assertTrue(assertThrows(TrainingException.class, () -> SplitSpec.percentages("60-20-20")).getMessage()
            .contains("e.g. 60/20/20"));
        assertTrue(assertThrows(TrainingException.class, () -> SplitSpec.walkForward("train=5,test=0,step=1"))
            .getMessage().contains("above 0"));
        assertTrue(assertThrows(TrainingException.class, () -> SplitSpec.walkForward("train=50"))
            .getMessage().contains("train=N,test=M,step=K"));
        assertTrue(assertThrows(TrainingException.class,
            () -> SplitSpec.walkForward("train=90,test=20,step=5").folds(100, 0.2, 0)).getMessage()
            .contains("fewer than one window"));
        assertTrue(assertThrows(TrainingException.class,
            () -> SplitSpec.percentages("90/5/5").folds(40, 0.2, 2)).getMessage()
            .contains("at least 2 of each"));
    }
}
