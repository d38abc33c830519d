package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.ticksignal.config.YamlText;
import io.ticksignal.engine.model.ModelBundle;

/**
 * The bundle directory: NAME/VERSION, no silent overwrite, and numbers and texts that read back exactly.
 */
final class BundleWriterTest
{
    @TempDir
    Path temp;

    @Test
    void shouldRefuseToOverwriteUnlessAsked() throws IOException
    {
        final Dataset dataset = DatasetReader.read(DatasetFixture.write(temp, "data", 300, 2, 1));
        final TrainOptions options = TrainOptions.defaults(ModelKind.LOGISTIC, SplitSpec.percentages("60/20/20"));
        final TrainingResult result = Trainer.train(dataset, options, (fold, done, total) -> { });
        final Path out = temp.resolve("models").resolve("m").resolve("7");
        BundleWriter.write(out, BundleWriter.Overwrite.REFUSE, result, dataset, Map.of());
        final TrainingException error = assertThrows(TrainingException.class,
            () -> BundleWriter.write(out, BundleWriter.Overwrite.REFUSE, result, dataset, Map.of()));
        assertEquals(out + ": a bundle exists there already; choose a new version directory, or pass --force to"
            + " replace it", error.getMessage());
        final TrainingResult other = Trainer.train(dataset, new TrainOptions(ModelKind.LOGISTIC,
            SplitSpec.percentages("60/20/20"), ClassWeighting.NONE, 5.0, 1, 1, 0.1, 1, 1.0, 0.2, 0.2, -1),
            (fold, done, total) -> { });
        final String before = Files.readString(out.resolve("model.yaml"));
        BundleWriter.write(out, BundleWriter.Overwrite.REPLACE, other, dataset, Map.of());
        assertNotEquals(before, Files.readString(out.resolve("model.yaml")));
        assertEquals(7, ModelBundle.load(out).metadata().version());
    }

    @Test
    void shouldRequireNameAndWholeVersion()
    {
        assertEquals("--out models/m/v1: must end in NAME/VERSION with VERSION a whole number, e.g."
            + " models/btc-logistic/1", assertThrows(TrainingException.class,
            () -> BundleWriter.nameAndVersion(Path.of("models/m/v1"))).getMessage());
        assertEquals("m", BundleWriter.nameAndVersion(Path.of("models/m/012"))[0]);
        assertEquals("12", BundleWriter.nameAndVersion(Path.of("models/m/012"))[1]);
    }

    @Test
    void shouldWriteNumbersAndTextsThatReadBackExactly() throws IOException
    {
        final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        final double[] values = {1.0E10, 1.2345678901234567E-7, -3.0E21, 0.1, 4.9E-324, -0.0};
        for (final double value : values)
        {
            assertEquals(value, yaml.readTree("x: " + BundleWriter.number(value)).get("x").asDouble(), 0.0,
                BundleWriter.number(value));
            assertEquals(true, yaml.readTree("x: " + BundleWriter.number(value)).get("x").isNumber());
        }
        final String text = "say \"hi\" \\ path: a,b # not a comment";
        assertEquals(text, yaml.readTree("x: " + YamlText.quoted(text)).get("x").asText());
    }
}
