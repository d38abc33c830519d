package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelMetadata;

/**
 * The committed demo bundle {@code config/models/demo-btc/1} is what the commands in its own provenance make: this
 * runs its {@code provenance.datasetCommand} and {@code provenance.trainCommand} (into a temporary directory) and
 * expects the same {@code model.onnx} bytes and the same {@code model.yaml} text, paths aside.
 */
final class DemoBundleProvenanceTest
{
    private static final Path DEMO = Path.of("..", "config", "models", "demo-btc", "1");
    private static final String DATASET_PATH = "target/demo-btc/btc-1m.csv";
    private static final String BUNDLE_PATH = "config/models/demo-btc/1";

    @TempDir
    Path temp;

    @Test
    void shouldBeRemadeByTheCommandsInItsProvenance() throws IOException
    {
        final ModelMetadata metadata = ModelBundle.load(DEMO).metadata();
        assertEquals("bitstamp_btc_usd_trades (org.ta4j:ta4j-examples:0.18)", metadata.provenance().get("data"));
        final String datasetCommand = metadata.provenance().get("datasetCommand");
        final String trainCommand = metadata.provenance().get("trainCommand");
        assertTrue(datasetCommand.contains("--out " + DATASET_PATH), datasetCommand);
        assertTrue(trainCommand.contains("--out " + BUNDLE_PATH), trainCommand);

        final Path csv = temp.resolve("btc-1m.csv");
        final Path bundle = temp.resolve("models").resolve("demo-btc").resolve("1");
        final CommandRun dataset = CommandRun.of(arguments(datasetCommand, csv, bundle));
        assertEquals(0, dataset.exitCode(), dataset.err());
        final CommandRun train = CommandRun.of(arguments(trainCommand, csv, bundle));
        assertEquals(0, train.exitCode(), train.err());

        assertArrayEquals(Files.readAllBytes(DEMO.resolve("model.onnx")),
            Files.readAllBytes(bundle.resolve("model.onnx")));
        final String remade = Files.readString(bundle.resolve("model.yaml"))
            .replace(csv.toString(), DATASET_PATH).replace(bundle.toString(), BUNDLE_PATH);
        assertEquals(Files.readString(DEMO.resolve("model.yaml")), remade);
        assertEquals(metadata.provenance().get("datasetSha256"),
            ModelBundle.load(bundle).metadata().provenance().get("datasetSha256"));
    }

    /** The recorded command line (shell-quoted with '...') as arguments, without "ticksignal", paths moved. */
    private static String[] arguments(final String commandLine, final Path csv, final Path bundle)
    {
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < commandLine.length(); i++)
        {
            final char c = commandLine.charAt(i);
            if (c == '\'')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (inWord)
                {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            }
            else
            {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord)
        {
            words.add(word.toString());
        }
        assertEquals("ticksignal", words.get(0), commandLine);
        return words.subList(1, words.size()).stream()
            .map(w -> w.equals(DATASET_PATH) ? csv.toString() : w.equals(BUNDLE_PATH) ? bundle.toString() : w)
            .toArray(String[]::new);
    }
}
