package io.ticksignal.engine.feature.volatility;

/**
 * Dekker's error-free product: {@code a * b == product + error(a, b, product)} exactly, using
 * Veltkamp splitting, in plain double arithmetic (no {@link Math#fma}, whose software fallback on
 * CPUs without FMA allocates). Valid while the operands are far from overflow (|a|, |b| &lt; 1e150).
 * Stateless; no allocation.
 */
final class ExactProduct
{
    private static final double SPLITTER = 134_217_729.0; // 2^27 + 1

    private ExactProduct()
    {
    }

    /**
     * @param a       first factor.
     * @param b       second factor.
     * @param product {@code a * b} as rounded by double multiplication.
     * @return the exact rounding error {@code a * b - product}.
     */
    static double error(final double a, final double b, final double product)
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
