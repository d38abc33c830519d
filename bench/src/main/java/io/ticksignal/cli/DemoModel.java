package io.ticksignal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.TicksignalConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code ticksignal demo} scores with: the demo model bundle, or the demo configuration's built-in rule.
 */
enum DemoModel
{
    /** The demo bundle {@code config/models/demo-btc/1}, extracted from the jar into the run directory. */
    BUNDLE,
    /** {@code demo.yaml}'s own model section: the built-in rule on {@code rsi(14)}. */
    RULE;

    /** Classpath folder of the demo bundle (the config module's jar carries config/models/demo-btc/1). */
    static final String BUNDLE_RESOURCE = "io/ticksignal/config/models/demo-btc/1/";
    private static final List<String> BUNDLE_FILES = List.of("model.yaml", "model.onnx");

    /**
     * @param demo         the demo configuration as loaded.
     * @param runDirectory the demo's run directory.
     * @return the configuration to run.
     */
    TicksignalConfig configure(final TicksignalConfig demo, final Path runDirectory)
    {
        if (this == RULE)
        {
            return demo;
        }
        final Path bundle = extractBundle(runDirectory.resolve("models").resolve("demo-btc"));
        return new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(), demo.journal(), demo.features(),
            ModelConfig.ofBundle(bundle), demo.decision(), demo.counters(), demo.monitoring());
    }

    /**
     * @param config the configuration being run.
     * @return one line saying which model it scores with.
     */
    String describe(final TicksignalConfig config)
    {
        return this == RULE ?
            "built-in rule on " + config.model().rule().orElseThrow().feature().expression() + " (demo.yaml)" :
            "bundle demo-btc " + config.model().bundleDirectory().orElseThrow() +
            " (logistic regression on rsi(14)@1m, roc(5)@1m, willr(14)@1m, cci(20)@1m; decides at each 1m close)";
    }

    private static Path extractBundle(final Path directory)
    {
        try
        {
            Files.createDirectories(directory);
            for (final String file : BUNDLE_FILES)
            {
                try (InputStream in = DemoModel.class.getClassLoader().getResourceAsStream(BUNDLE_RESOURCE + file))
                {
                    if (null == in)
                    {
                        throw new IllegalStateException("the demo bundle file " + BUNDLE_RESOURCE + file +
                            " is not on the classpath (a build defect)");
                    }
                    Files.copy(in, directory.resolve(file));
                }
            }
            return directory;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot extract the demo model bundle into " + directory, ex);
        }
    }

    /**
     * Reads {@code bundle} or {@code rule}, case ignored.
     */
    static final class Converter implements ITypeConverter<DemoModel>
    {
        @Override
        public DemoModel convert(final String value)
        {
            try
            {
                return DemoModel.valueOf(value.trim().toUpperCase(Locale.ROOT));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new TypeConversionException("'" + value + "' is not a demo model: use bundle or rule");
            }
        }
    }
}
