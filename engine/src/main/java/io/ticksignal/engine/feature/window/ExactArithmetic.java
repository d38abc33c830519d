package io.ticksignal.engine.feature.window;

/**
 * Error-free transformations: the exact rounding error of a difference (Knuth's TwoSum) and of a product (Dekker's
 * product, {@code a * b == product + productError(a, b, product)} exactly, using Veltkamp splitting), in plain double
 * arithmetic (no {@link Math#fma}, whose software fallback on CPUs without FMA allocates). Also
 * exact when {@code product} is within an ulp or so of {@code a * b} without being its rounding (used to take the
 * exact remainder of a division). Valid while the operands are far from overflow (|a|, |b| &lt; 1e150).
 * Stateless; allocates nothing.
 */
public final class ExactArithmetic
{
    private static final double SPLITTER = 134_217_729.0; // 2^27 + 1

    private ExactArithmetic()
    {
    }

    /**
     * Knuth's TwoSum for a difference: {@code a - b == difference + differenceError(a, b, difference)} exactly.
     *
     * @param a          minuend, finite.
     * @param b          subtrahend, finite.
     * @param difference {@code a - b} as rounded by double subtraction.
     * @return the exact rounding error {@code a - b - difference}.
     */
    public static double differenceError(final double a, final double b, final double difference)
    {
        final double bPart = a - difference;
        return (a - (difference + bPart)) + (bPart - b);
    }

    /**
     * @param a       first factor.
     * @param b       second factor.
     * @param product {@code a * b} as rounded by double multiplication.
     * @return the exact rounding error {@code a * b - product}.
     */
    public static double productError(final double a, final double b, final double product)
    {
        final double scaledA = SPLITTER * a;
        final double highA = scaledA - (scaledA - a);
        final double lowA = a - highA;
        final double scaledB = SPLITTER * b;
        final double highB = scaledB - (scaledB - b);
        final double lowB = b - highB;
        return ((highA * highB - product) + highA * lowB + lowA * highB) + lowA * lowB;
    }
}
