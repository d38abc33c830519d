package io.ticksignal.engine.feature.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.engine.feature.indicator.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Each estimator on a few bars whose value is worked out by hand (the closed form is in each
 * test; the literal was evaluated independently in double precision). Tolerance 1e-15 relative.
 */
class VolatilityHandComputedTest
{
    private static final double TOLERANCE = 1e-15;

    @Test
    void shouldGiveSampleStdevOfLogReturnsForVolClose()
    {
        // closes 100, 110, 99: r = ln(1.1), ln(0.9); sample stdev of two values = |r1 - r2| / sqrt(2)
        // = ln(11/9) / sqrt(2) = 0.14189560954670766
        final VolClose volClose = new VolClose(2);
        assertEquals(3, volClose.warmUpCount());
        feedCloses(volClose, 100.0, 110.0);
        assertFalse(volClose.isWarm());
        assertTrue(Double.isNaN(volClose.value()));

        feedCloses(volClose, 99.0);

        assertClose(0.14189560954670766, volClose.value());
        assertTrue(volClose.isWarm());
        assertEquals("value", volClose.outputName(0));
        assertEquals(1, volClose.outputCount());
    }

    @Test
    void shouldScaleBySquareRootOfAnnualizeFactor()
    {
        // same closes, annualize = 4: 2 * ln(11/9) / sqrt(2)
        final VolClose volClose = new VolClose(2, 4.0);
        feedCloses(volClose, 100.0, 110.0, 99.0);

        assertClose(2.0 * 0.14189560954670766, volClose.value());
    }

    @Test
    void shouldGiveZeroForConstantPrices()
    {
        final VolClose volClose = new VolClose(3);
        final RealizedVol realizedVol = new RealizedVol(3);
        feedCloses(volClose, 100.1, 100.1, 100.1, 100.1);
        feedCloses(realizedVol, 100.1, 100.1, 100.1, 100.1);

        assertEquals(0.0, volClose.value());
        assertEquals(0.0, realizedVol.value());
    }

    @Test
    void shouldGiveRootOfSumOfSquaredLogReturnsForRealizedVol()
    {
        // closes 100, 110, 99: sqrt(ln(1.1)^2 + ln(0.9)^2) = 0.1420734621032929
        final RealizedVol realizedVol = new RealizedVol(2);
        assertEquals(3, realizedVol.warmUpCount());
        feedCloses(realizedVol, 100.0, 110.0, 99.0);

        assertClose(0.1420734621032929, realizedVol.value());
    }

    @Test
    void shouldGiveParkinsonRangeEstimate()
    {
        // (H, L) = (110, 100), (121, 110): ln(H/L) = ln(1.1) twice;
        // sqrt(2 ln(1.1)^2 / (4 ln2 * 2)) = ln(1.1) / (2 sqrt(ln 2)) = 0.05723959637422021
        final Parkinson parkinson = new Parkinson(2);
        assertEquals(2, parkinson.warmUpCount());
        parkinson.update(0L, Double.NaN, 110.0, 100.0, Double.NaN, Double.NaN);
        assertTrue(Double.isNaN(parkinson.value()));
        parkinson.update(0L, Double.NaN, 121.0, 110.0, Double.NaN, Double.NaN);

        assertClose(0.05723959637422021, parkinson.value());
        assertEquals(0, parkinson.rejectedCount(), "open and close are not read");
    }

    @Test
    void shouldGiveGarmanKlassEstimate()
    {
        // O=100 H=110 L=95 C=105: sqrt(0.5 ln(110/95)^2 - (2 ln2 - 1) ln(1.05)^2) = 0.09912983040222308
        final GarmanKlass garmanKlass = new GarmanKlass(1);
        assertEquals(1, garmanKlass.warmUpCount());
        garmanKlass.update(0L, 100.0, 110.0, 95.0, 105.0, 0.0);

        assertClose(0.09912983040222308, garmanKlass.value());
    }

    @Test
    void shouldGiveRogersSatchellEstimate()
    {
        // O=100 H=110 L=95 C=105: sqrt(ln(110/105) ln(110/100) + ln(95/105) ln(95/100)) = 0.09781329847085811
        final RogersSatchell rogersSatchell = new RogersSatchell(1);
        rogersSatchell.update(0L, 100.0, 110.0, 95.0, 105.0, 0.0);

        assertClose(0.09781329847085811, rogersSatchell.value());
    }

    @Test
    void shouldGiveYangZhangEstimate()
    {
        // bars (O,H,L,C): (100,102,99,101), (102,105,101,104), (103,104,98,99); n = 2.
        // overnight o = ln(102/101), ln(103/104); open-to-close c = ln(104/102), ln(99/103);
        // Vo = 1.9040214434206022e-4, Vc = 1.7421065837484786e-3 (sample variances),
        // Vrs = mean RS term of bars 2 and 3 = 7.73512556646849e-4, k = 0.34 / (1.34 + 3/1) = 0.0783410138248848;
        // sigma = sqrt(Vo + k Vc + (1 - k) Vrs) = 0.03224585770384746
        final YangZhang yangZhang = new YangZhang(2);
        assertEquals(3, yangZhang.warmUpCount());
        assertEquals(0.0783410138248848, YangZhang.weight(2), 1e-17);
        yangZhang.update(0L, 100.0, 102.0, 99.0, 101.0, 0.0);
        yangZhang.update(0L, 102.0, 105.0, 101.0, 104.0, 0.0);
        assertTrue(Double.isNaN(yangZhang.value()));
        yangZhang.update(0L, 103.0, 104.0, 98.0, 99.0, 0.0);

        assertClose(0.03224585770384746, yangZhang.value());
    }

    @Test
    void shouldRankCurrentVolCloseAmongItsLastValuesWithTiesAtMidRank()
    {
        // vol_close(2) over closes 100,100,100,100,110,121,100,100 gives, from bar 3 on:
        // 0, 0, ln1.1/sqrt2, 0 (returns ln1.1 twice: equal), 3 ln1.1/sqrt2, 2 ln1.1/sqrt2.
        // Rank among the last m = 3, 100 * (below + (equal - 1) / 2) / (m - 1):
        final VolPercentile percentile = new VolPercentile(2, 3);
        assertEquals(5, percentile.warmUpCount());
        feedCloses(percentile, 100.0, 100.0, 100.0, 100.0);
        assertTrue(Double.isNaN(percentile.value()));

        feedCloses(percentile, 110.0);
        assertEquals(100.0, percentile.value(), "[0, 0, v]: v above both");
        feedCloses(percentile, 121.0);
        assertEquals(25.0, percentile.value(), "[0, v, 0]: one tie, nothing below: (0 + 1/2) / 2");
        feedCloses(percentile, 100.0);
        assertEquals(100.0, percentile.value(), "[v, 0, 3v]: highest");
        feedCloses(percentile, 100.0);
        assertEquals(50.0, percentile.value(), "[0, 3v, 2v]: one below, one above");
    }

    @Test
    void shouldGiveFiftyWhenAllRankedValuesAreEqual()
    {
        final VolPercentile percentile = new VolPercentile(2, 3);
        feedCloses(percentile, 100.0, 100.0, 100.0, 100.0, 100.0);

        assertEquals(50.0, percentile.value());
    }

    @Test
    void shouldRefuseTooShortWindowsAndBadAnnualizeFactors()
    {
        assertThrows(IllegalArgumentException.class, () -> new VolClose(1));
        assertThrows(IllegalArgumentException.class, () -> new YangZhang(1));
        assertThrows(IllegalArgumentException.class, () -> new Parkinson(0));
        assertThrows(IllegalArgumentException.class, () -> new RealizedVol(0));
        assertThrows(IllegalArgumentException.class, () -> new VolPercentile(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new GarmanKlass(5, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new RogersSatchell(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new VolClose(5, Double.POSITIVE_INFINITY));
        assertThrows(IndexOutOfBoundsException.class, () -> new VolClose(5).outputName(1));
    }

    private static void feedCloses(final Indicator indicator, final double... closes)
    {
        for (final double close : closes)
        {
            indicator.update(0L, close, close, close, close, 1.0);
        }
    }

    private static void assertClose(final double expected, final double actual)
    {
        assertEquals(expected, actual, Math.abs(expected) * TOLERANCE);
    }
}
