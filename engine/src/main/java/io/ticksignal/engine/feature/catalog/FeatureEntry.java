package io.ticksignal.engine.feature.catalog;

import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.indicator.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything the engine knows about one feature name: arguments, outputs (the first is the
 * default), input, warm-up formula, a one-line formula/convention, and the factory. Immutable.
 * <p>
 * Build one with {@link #bars(String)}, {@link #trades(String)} or {@link #quotes(String)}; the
 * output names are taken from an instance built with the default arguments, so they are never
 * written twice.
 */
public final class FeatureEntry
{
    private final String name;
    private final FeatureInput input;
    private final List<ArgumentSpec> arguments;
    private final List<String> outputs;
    private final WarmUpFormula warmUp;
    private final String summary;
    private final FeatureFactory factory;

    private FeatureEntry(final Builder builder, final FeatureFactory factory)
    {
        this.name = builder.name;
        this.input = builder.input;
        this.arguments = List.copyOf(builder.arguments);
        this.warmUp = new WarmUpFormula(
            Objects.requireNonNull(builder.warmUp, "warmUp of " + name),
            arguments.stream().map(ArgumentSpec::name).collect(Collectors.toList()));
        this.summary = Objects.requireNonNull(builder.summary, "summary of " + name);
        this.factory = Objects.requireNonNull(factory, "factory of " + name);
        this.outputs = outputNames(create(defaults()));
    }

    /**
     * @param name the feature name, lower case, e.g. {@code sma}.
     * @return a builder for a feature fed OHLCV bars (its factory makes an {@link Indicator}).
     */
    public static Builder bars(final String name)
    {
        return new Builder(name, FeatureInput.BARS);
    }

    /**
     * @param name the feature name.
     * @return a builder for a feature fed trades (its factory makes an {@link EventFeature}).
     */
    public static Builder trades(final String name)
    {
        return new Builder(name, FeatureInput.TRADES);
    }

    /**
     * @param name the feature name.
     * @return a builder for a feature fed quotes (its factory makes an {@link EventFeature}).
     */
    public static Builder quotes(final String name)
    {
        return new Builder(name, FeatureInput.QUOTES);
    }

    private static List<String> outputNames(final Feature feature)
    {
        final List<String> names = new ArrayList<>();
        for (int output = 0; output < feature.outputCount(); output++)
        {
            names.add(feature.outputName(output));
        }
        return List.copyOf(names);
    }

    /**
     * Build an instance (configuration time; allocates).
     *
     * @param values the arguments, validated against {@link #arguments()}.
     * @return a new, cold instance of the right kind for {@link #input()}.
     * @throws IllegalStateException if the factory made the wrong kind of feature.
     */
    public Feature create(final FeatureArguments values)
    {
        final Feature feature = factory.create(values);
        final boolean rightKind = input == FeatureInput.BARS ?
            feature instanceof Indicator : feature instanceof EventFeature;
        if (!rightKind)
        {
            throw new IllegalStateException("the factory of '" + name + "' made a " +
                feature.getClass().getName() + ", which cannot be fed " + input.description());
        }
        return feature;
    }

    /**
     * @return every argument at its default.
     */
    public FeatureArguments defaults()
    {
        final double[] values = new double[arguments.size()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = arguments.get(i).defaultValue();
        }
        return new FeatureArguments(values);
    }

    /**
     * @param values the arguments.
     * @return the warm-up count the formula gives for them.
     */
    public int warmUpCount(final FeatureArguments values)
    {
        return warmUp.evaluate(values);
    }

    /**
     * @param output an output name.
     * @return its index, or -1 if the feature has no such output.
     */
    public int outputIndex(final String output)
    {
        return outputs.indexOf(output);
    }

    /**
     * @return e.g. {@code macd(f=12, s=26, sig=9)}, or just the name when there are no arguments.
     */
    public String signature()
    {
        if (arguments.isEmpty())
        {
            return name;
        }
        return name + arguments.stream().map(ArgumentSpec::withDefault).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * @return the feature name.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return what the feature is fed.
     */
    public FeatureInput input()
    {
        return input;
    }

    /**
     * @return the arguments in order (all optional: trailing ones may be left out).
     */
    public List<ArgumentSpec> arguments()
    {
        return arguments;
    }

    /**
     * @return output names in index order; the first is the default output.
     */
    public List<String> outputs()
    {
        return outputs;
    }

    /**
     * @return the warm-up formula over the argument names.
     */
    public WarmUpFormula warmUp()
    {
        return warmUp;
    }

    /**
     * @return the one-line formula/convention.
     */
    public String summary()
    {
        return summary;
    }

    @Override
    public String toString()
    {
        return signature();
    }

    /**
     * Collects an entry's parts; {@link #build(FeatureFactory)} finishes it.
     */
    public static final class Builder
    {
        private final String name;
        private final FeatureInput input;
        private final List<ArgumentSpec> arguments = new ArrayList<>();
        private String warmUp;
        private String summary;

        private Builder(final String name, final FeatureInput input)
        {
            if (!name.matches("[a-z][a-z0-9_]*"))
            {
                throw new IllegalArgumentException("feature name '" + name + "' is not [a-z][a-z0-9_]*");
            }
            this.name = name;
            this.input = input;
        }

        /**
         * @param specs the arguments, in expression order.
         * @return this.
         */
        public Builder args(final ArgumentSpec... specs)
        {
            arguments.addAll(List.of(specs));
            return this;
        }

        /**
         * @param formula warm-up count over the argument names, e.g. {@code n + 1} (see {@link WarmUpFormula}).
         * @return this.
         */
        public Builder warmUp(final String formula)
        {
            this.warmUp = formula;
            return this;
        }

        /**
         * @param text the one-line formula/convention.
         * @return this.
         */
        public Builder summary(final String text)
        {
            this.summary = text;
            return this;
        }

        /**
         * @param factory builds an instance from the arguments.
         * @return the entry; its outputs are read from an instance with the default arguments.
         */
        public FeatureEntry build(final FeatureFactory factory)
        {
            return new FeatureEntry(this, factory);
        }
    }
}
