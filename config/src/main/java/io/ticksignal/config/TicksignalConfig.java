package io.ticksignal.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole, validated configuration of a Ticksignal engine, as loaded by {@link ConfigLoader}.
 * Immutable; safe to share between threads.
 *
 * @param engine      the engine process, ring and threads.
 * @param instruments the instruments, in file order; ids and symbols unique.
 * @param aeron       the media driver and streams.
 * @param journal     the journal.
 * @param features    the features computed per instrument, in file order, no duplicates.
 * @param model       where scores come from.
 * @param decision    the decision policy.
 * @param counters    the counters file.
 * @param monitoring  drift monitoring ({@code monitoring:}).
 */
public record TicksignalConfig(
    EngineConfig engine,
    List<InstrumentConfig> instruments,
    AeronConfig aeron,
    JournalConfig journal,
    List<FeatureExpression> features,
    ModelConfig model,
    DecisionConfig decision,
    CountersConfig counters,
    MonitoringConfig monitoring)
{
    /**
     * Copies the lists and checks that no component is null.
     */
    public TicksignalConfig
    {
        Objects.requireNonNull(engine, "engine");
        instruments = List.copyOf(instruments);
        Objects.requireNonNull(aeron, "aeron");
        Objects.requireNonNull(journal, "journal");
        features = List.copyOf(features);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(monitoring, "monitoring");
    }

    /**
     * A configuration with the default {@code monitoring:} section.
     *
     * @param engine      the engine process, ring and threads.
     * @param instruments the instruments.
     * @param aeron       the media driver and streams.
     * @param journal     the journal.
     * @param features    the features.
     * @param model       where scores come from.
     * @param decision    the decision policy.
     * @param counters    the counters file.
     */
    public TicksignalConfig(
        final EngineConfig engine,
        final List<InstrumentConfig> instruments,
        final AeronConfig aeron,
        final JournalConfig journal,
        final List<FeatureExpression> features,
        final ModelConfig model,
        final DecisionConfig decision,
        final CountersConfig counters)
    {
        this(engine, instruments, aeron, journal, features, model, decision, counters, MonitoringConfig.DEFAULT);
    }

    /**
     * @param symbol an instrument symbol.
     * @return the instrument with that symbol, if configured.
     */
    public Optional<InstrumentConfig> instrument(final String symbol)
    {
        return instruments.stream().filter(instrument -> instrument.symbol().equals(symbol)).findFirst();
    }
}
