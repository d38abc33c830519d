package io.ticksignal.engine.monitor;

import io.ticksignal.engine.model.FeatureHistogram;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PopulationStabilityTest
{
    @Test
    void shouldMatchAHandComputedPsiOnASmallExample()
    {
        // Training shares e = (0.2, 0.3, 0.3, 0.2); 100 live values with counts (10, 20, 40, 30), a = (0.1, 0.2, 0.4, 0.3).
        //   (0.1 - 0.2) ln(0.1 / 0.2) = -0.1 x -0.693147 = 0.0693147
        //   (0.2 - 0.3) ln(0.2 / 0.3) = -0.1 x -0.405465 = 0.0405465
        //   (0.4 - 0.3) ln(0.4 / 0.3) =  0.1 x  0.287682 = 0.0287682
        //   (0.3 - 0.2) ln(0.3 / 0.2) =  0.1 x  0.405465 = 0.0405465
        //   PSI = 0.1791759 (0.17917594692280547 to double precision)
        final double psi = PopulationStability.psi(
            new double[] { 0.2, 0.3, 0.3, 0.2 }, new long[] { 10, 20, 40, 30 }, 100);
        assertEquals(0.17917594692280547, psi, 1e-15);
        assertEquals(0.1791759, psi, 5e-8);
    }

    @Test
    void shouldFloorEmptyBinsAtEpsilonInsteadOfGoingInfinite()
    {
        // e = (0.5, 0.5, 0) and 10 live values (0, 6, 4): a = (0, 0.6, 0.4). Unfloored, bin 0 gives ln(0) and bin 2
        // divides by 0. Floored at 1e-4: a = (1e-4, 0.6, 0.4), e = (0.5, 0.5, 1e-4):
        //   (1e-4 - 0.5) ln(1e-4 / 0.5)  = -0.4999 x -8.517193 = 4.257745
        //   (0.6 - 0.5)  ln(0.6 / 0.5)   =  0.1    x  0.182322 = 0.018232
        //   (0.4 - 1e-4) ln(0.4 / 1e-4)  =  0.3999 x  8.294050 = 3.316790
        //   PSI = 7.592767
        final double psi = PopulationStability.psi(new double[] { 0.5, 0.5, 0.0 }, new long[] { 0, 6, 4 }, 10);
        assertTrue(Double.isFinite(psi));
        assertEquals(7.592767, psi, 5e-7);
        assertEquals(7.592767483145174, psi, 1e-12);
    }

    @Test
    void shouldBeZeroForIdenticalShares()
    {
        assertEquals(0.0, PopulationStability.psi(new double[] { 0.25, 0.75 }, new long[] { 5, 15 }, 20), 0.0);
    }

    @Test
    void shouldKeepTheLastWindowValuesPerInstrumentAndDropOldOnes()
    {
        // Two bins split at 0 (bin 0: v <= 0, bin 1: v > 0), training shares (0.5, 0.5), window 4.
        final FeatureHistogram histogram = new FeatureHistogram("x", new double[] { 0.0 }, new double[] { 0.5, 0.5 });
        final FeatureDriftWindow window = new FeatureDriftWindow(histogram, 2, 4);
        assertFalse(window.push(0, Double.NaN), "NaN (not warm) is not counted");
        window.push(0, -1.0);
        window.push(0, -2.0);
        window.push(0, 0.0);
        assertTrue(Double.isNaN(window.psi()), "3 values < window 4: not reported");
        window.push(0, -3.0);
        // Counts (4, 0): a = (1, 1e-4 floored); PSI = (1 - 0.5) ln(2) + (1e-4 - 0.5) ln(2e-4) = 0.3465736 + 4.2577449 = 4.6043185
        assertEquals(4, window.liveCount(0));
        assertEquals(0.5 * Math.log(2.0) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5), window.psi(), 1e-15);
        assertEquals(4.6043185, window.psi(), 5e-8);
        window.push(0, 1.0);
        window.push(0, 2.0);
        // The oldest two (-1, -2) dropped: the window is (0, -3, 1, 2), counts (2, 2): PSI 0.
        assertEquals(2, window.liveCount(0));
        assertEquals(2, window.liveCount(1));
        assertEquals(0.0, window.psi(), 0.0);
        // Instrument 1's window is its own; the counts are pooled: (2, 2) + (0, 1) over 5 values.
        window.push(1, 5.0);
        assertEquals(5, window.liveCount());
        final double a0 = 2.0 / 5.0;
        final double a1 = 3.0 / 5.0;
        assertEquals((a0 - 0.5) * Math.log(a0 / 0.5) + (a1 - 0.5) * Math.log(a1 / 0.5), window.psi(), 1e-15);
    }
}
