package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns a YAML tree into a {@link TicksignalConfig}, section by section, filling in
 * {@link ConfigDefaults} for omitted keys and collecting every error. Cold path.
 */
final class ConfigBinder
{
    static final List<String> SECTIONS =
        List.of("engine", "instruments", "aeron", "journal", "features", "model", "decision", "counters",
            "monitoring");

    private ConfigBinder()
    {
    }

    /**
     * @param root          the document's root node.
     * @param tempDirectory the directory default paths are placed under.
     * @param errors        where errors go.
     * @return the configuration, or null when any error was found.
     */
    static TicksignalConfig bind(final YamlNode root, final Path tempDirectory, final ConfigErrors errors)
    {
        if (!(root instanceof YamlMap))
        {
            errors.add("", root, "expected a map of sections (" + String.join(", ", SECTIONS) + "); got " +
                root.describe());
            return null;
        }
        final SectionReader top = SectionReader.root(root, SECTIONS, errors);
        final EngineConfig engine = EngineSection.read(top);
        final List<InstrumentConfig> instruments = InstrumentsSection.read(top);
        final AeronConfig aeron = AeronSection.read(top, tempDirectory, engine.name());
        final JournalConfig journal = JournalSection.read(top, tempDirectory, engine.name());
        final List<FeatureExpression> features = FeaturesSection.read(top);
        final ModelConfig model = ModelSection.read(top, features);
        final DecisionConfig decision = DecisionSection.read(top);
        final CountersConfig counters = CountersSection.read(top, tempDirectory, engine.name());
        final MonitoringConfig monitoring = MonitoringSection.read(top);
        if (!errors.isEmpty())
        {
            return null;
        }
        return new TicksignalConfig(engine, instruments, aeron, journal, features, model, decision, counters,
            monitoring);
    }
}
