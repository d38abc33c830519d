package io.ticksignal.engine.feature.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CompensatedSum}, {@link ExactArithmetic}, {@link WindowWeightedSum} and {@link ArgumentChecks}.
 */
class CompensatedArithmeticTest
{
    @Test
    void shouldKeepTheSmallTermsThatAPlainSumLoses()
    {
        final CompensatedSum sum = new CompensatedSum();
        sum.add(1e16);
        sum.add(1.0);
        sum.add(1.0);
        sum.add(-1e16);
        assertEquals(2.0, sum.value());
        sum.reset();
        assertEquals(0.0, sum.value());
    }

    @Test
    void shouldAddProductsExactly()
    {
        final CompensatedSum sum = new CompensatedSum();
        final double a = 1.0 + Math.ulp(1.0);
        sum.addProduct(a, a);
        sum.add(-1.0);
        // (1 + u)^2 - 1 = 2u + u^2, u = 2^-52; the u^2 term is lost by a plain product
        assertEquals(2.0 * Math.ulp(1.0), sum.leading());
        assertEquals(Math.ulp(1.0) * Math.ulp(1.0), sum.trailing());
    }

    @Test
    void shouldReturnExactErrorsOfProductsAndDifferences()
    {
        final SplittableRandom random = new SplittableRandom(1L);
        for (int i = 0; i < 10_000; i++)
        {
            final double a = random.nextDouble(-1e6, 1e6);
            final double b = random.nextDouble(-1e-3, 1e3);
            final double product = a * b;
            assertEquals(0, new BigDecimal(a).multiply(new BigDecimal(b))
                .compareTo(new BigDecimal(product).add(new BigDecimal(ExactArithmetic.productError(a, b, product)))));
            final double difference = a - b;
            assertEquals(0, new BigDecimal(a).subtract(new BigDecimal(b)).compareTo(
                new BigDecimal(difference).add(new BigDecimal(ExactArithmetic.differenceError(a, b, difference)))));
        }
    }

    @Test
    void shouldWeightTheNewestValueMostByHand()
    {
        final WindowWeightedSum sum = new WindowWeightedSum(3);
        sum.push(10.0);
        sum.push(1.0);
        sum.push(2.0);
        sum.push(3.0);
        assertEquals(1.0 + 2.0 * 2.0 + 3.0 * 3.0, sum.weightedSum());
        assertEquals(6.0, sum.sum());
        sum.reset();
        sum.push(4.0);
        assertEquals(12.0, sum.weightedSum());
        assertThrows(IllegalArgumentException.class, () -> new WindowWeightedSum(0));
    }

    @Test
    void shouldKeepTheWeightedSumWithinOneInABillionAfterTenMillionUpdates()
    {
        final int n = 20;
        final double[] recent = new double[n];
        final WindowWeightedSum sum = new WindowWeightedSum(n);
        final SplittableRandom random = new SplittableRandom(2L);
        double x = 1e4;
        for (int i = 0; i < 10_000_000; i++)
        {
            x += random.nextDouble(-1.0, 1.0);
            recent[i % n] = x;
            sum.push(x);
        }
        BigDecimal exact = BigDecimal.ZERO;
        for (int age = 0; age < n; age++)
        {
            exact = exact.add(new BigDecimal(recent[(10_000_000 - 1 - age) % n]).multiply(BigDecimal.valueOf(n - age)));
        }
        assertEquals(exact.doubleValue(), sum.weightedSum(), 1e-9 * Math.abs(exact.doubleValue()));
    }

    @Test
    void shouldNameTheArgumentWhenRejecting()
    {
        assertEquals(3, ArgumentChecks.requireAtLeast("period", 3, 2));
        assertEquals(5, ArgumentChecks.requireInRange("levels", 5, 1, 20));
        assertEquals(0.5, ArgumentChecks.requirePositive("k", 0.5));
        assertEquals("period must be >= 2 but was 1",
            assertThrows(IllegalArgumentException.class, () -> ArgumentChecks.requireAtLeast("period", 1, 2)).getMessage());
        assertEquals("levels must be in [1, 20] but was 21",
            assertThrows(IllegalArgumentException.class, () -> ArgumentChecks.requireInRange("levels", 21, 1, 20))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArgumentChecks.requirePositive("k", 0.0));
        assertThrows(IllegalArgumentException.class, () -> ArgumentChecks.requirePositive("k", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ArgumentChecks.requirePositive("k", Double.POSITIVE_INFINITY));
    }
}
