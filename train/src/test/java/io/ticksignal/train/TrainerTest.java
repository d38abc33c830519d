package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.engine.model.FeatureHistogram;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelMetadata;
import io.ticksignal.engine.model.calibration.PlattCalibration;

/**
 * Training end to end on fixture datasets: splits are chronological (test rows influence nothing fitted), training
 * is deterministic to the byte, walk-forward metrics are per window with their mean, and the bundle's metadata is
 * what the engine reads back.
 */
final class TrainerTest
{
    private static final int ROWS = 500;

    @TempDir
    Path temp;

    @Test
    void shouldFitNothingOnTestRows() throws IOException
    {
        for (final ModelKind kind : ModelKind.values())
        {
            final Path original = DatasetFixture.write(temp, "original-" + kind, ROWS, 2, 3);
            final List<String> lines = Files.readAllLines(original);
            final StringBuilder changed = new StringBuilder();
            for (int l = 0; l < lines.size(); l++)
            {
                final String line = lines.get(l);
                // rows 400..499 are the test rows of 60/20/20 (data lines 401..500): flip their labels, move a feature.
                if (l > 400)
                {
                    final String[] cells = line.split(",");
                    cells[3] = Double.toString(Double.parseDouble(cells[3]) * 0.5);
                    cells[8] = cells[8].equals("UP") ? "DOWN" : "UP";
                    changed.append(String.join(",", cells)).append('\n');
                }
                else
                {
                    changed.append(line).append('\n');
                }
            }
            final Path other = DatasetFixture.write(temp, "changed-" + kind, changed.toString(), ROWS, 2);
            final TrainingResult a = train(DatasetReader.read(original), kind, "60/20/20");
            final TrainingResult b = train(DatasetReader.read(other), kind, "60/20/20");
            assertArrayEquals(OnnxExporter.export(a.model(), "m"), OnnxExporter.export(b.model(), "m"));
            final PlattCalibration ca = (PlattCalibration)a.calibration();
            final PlattCalibration cb = (PlattCalibration)b.calibration();
            assertEquals(ca.a(), cb.a(), 0.0);
            assertEquals(ca.b(), cb.b(), 0.0);
            assertEquals(a.thresholds().buyAbove(), b.thresholds().buyAbove(), 0.0);
            assertEquals(a.thresholds().sellBelow(), b.thresholds().sellBelow(), 0.0);
            assertEquals(a.metrics().get("validation.logLoss"), b.metrics().get("validation.logLoss"));
            assertNotEquals(a.metrics().get("test.accuracy"), b.metrics().get("test.accuracy"));
        }
    }

    @Test
    void shouldWriteIdenticalBytesWhenTrainedTwice() throws IOException
    {
        final Path csv = DatasetFixture.write(temp, "data", ROWS, 3, 9);
        for (final ModelKind kind : ModelKind.values())
        {
            final Path first = temp.resolve("a").resolve(kind.name()).resolve("1");
            final Path second = temp.resolve("b").resolve(kind.name()).resolve("1");
            for (final Path out : List.of(first, second))
            {
                final Dataset dataset = DatasetReader.read(csv);
                BundleWriter.write(out, BundleWriter.Overwrite.REFUSE, train(dataset, kind, "60/20/20"), dataset,
                    Map.of("trainCommand", "ticksignal train ..."));
            }
            assertArrayEquals(Files.readAllBytes(first.resolve("model.yaml")),
                Files.readAllBytes(second.resolve("model.yaml")));
            assertArrayEquals(Files.readAllBytes(first.resolve("model.onnx")),
                Files.readAllBytes(second.resolve("model.onnx")));
        }
    }

    @Test
    void shouldReportEveryWalkForwardWindowAndTheirMean() throws IOException
    {
        final Dataset dataset = DatasetReader.read(DatasetFixture.write(temp, "data", ROWS, 2, 4));
        final TrainOptions options = options(ModelKind.LOGISTIC, SplitSpec.walkForward("train=200,test=100,step=100"));
        final TrainingResult result = Trainer.train(dataset, options, (fold, done, total) -> { });
        assertEquals(3, result.windows().size(), "windows at 0, 100, 200; the next would end at 600");
        double sum = 0.0;
        for (int w = 1; w <= 3; w++)
        {
            assertEquals("155", result.metrics().get("window" + w + ".trainRows"), "200 - 40 validation - 5 purged");
            assertEquals("35", result.metrics().get("window" + w + ".validationRows"));
            assertEquals("100", result.metrics().get("window" + w + ".testRows"));
            sum += Double.parseDouble(result.metrics().get("window" + w + ".rocAuc"));
        }
        assertEquals(sum / 3, Double.parseDouble(result.metrics().get("mean.rocAuc")), 1e-15);
        assertEquals(result.metrics().get("window3.rocAuc"), result.metrics().get("test.rocAuc"),
            "the bundle is the last window's model");
        final TrainingResult lastOnly = Trainer.train(sliced(dataset, 200, 500),
            options(ModelKind.LOGISTIC, SplitSpec.walkForward("train=200,test=100,step=100")), (f, d, t) -> { });
        assertArrayEquals(OnnxExporter.export(result.model(), "m"), OnnxExporter.export(lastOnly.model(), "m"),
            "the final model sees only its own window's rows");
    }

    @Test
    void shouldWriteMetadataTheEngineReadsBack() throws IOException
    {
        final Dataset dataset = DatasetReader.read(DatasetFixture.write(temp, "data", ROWS, 2, 6));
        final TrainingResult result = train(dataset, ModelKind.GBDT, "60/20/20");
        final Path out = temp.resolve("models").resolve("btc-gbdt").resolve("3");
        BundleWriter.write(out, BundleWriter.Overwrite.REFUSE, result, dataset, Map.of("trainCommand", "cmd",
            "seed", "none"));
        final ModelMetadata metadata = ModelBundle.load(out).metadata();
        assertEquals("btc-gbdt", metadata.name());
        assertEquals(3, metadata.version());
        assertEquals(DatasetFixture.FEATURES, metadata.features());
        assertEquals(result.thresholds().buyAbove(), metadata.thresholds().buyAbove(), 0.0);
        assertEquals(((PlattCalibration)result.calibration()).a(), ((PlattCalibration)metadata.calibration()).a(),
            0.0);
        assertEquals("fwd_return(5)@1m", metadata.label().orElseThrow().expression());
        assertEquals(result.metrics(), metadata.metrics());
        assertEquals(dataset.csvSha256(), metadata.provenance().get("datasetSha256"));
        assertEquals("cmd", metadata.provenance().get("trainCommand"));
        assertEquals("ticksignal dataset --input synthetic --out data.csv", metadata.provenance()
            .get("datasetCommand"));
        assertEquals(4, metadata.histograms().size());
        final FeatureHistogram rsi = metadata.histograms().get(0);
        assertEquals(9, rsi.edges().length);
        // 300 training rows (0..295 after purging 5): deciles hold 29 or 30 rows each.
        int below = 0;
        for (int i = 0; i < 295; i++)
        {
            below += dataset.features()[i][0] <= rsi.edges()[0] ? 1 : 0;
        }
        assertEquals(below / 295.0, rsi.fractions()[0], 1e-15);
        assertEquals(30, below);
    }

    @Test
    void shouldNameTheClassMissingFromTrainingRows() throws IOException
    {
        final StringBuilder csv = new StringBuilder("time_ns,time,instrument,rsi(14)@1m,roc(5)@1m,willr(14)@1m,"
            + "cci(20)@1m,fwd_return,label\n");
        for (int i = 0; i < 100; i++)
        {
            final double forward = i < 70 ? -0.001 : 0.001;
            csv.append(DatasetFixture.row(i, new double[] {i, 0.1, -i, i * 2.0}, forward,
                DatasetFixture.label(forward, 2)));
        }
        final Dataset dataset = DatasetReader.read(DatasetFixture.write(temp, "skewed", csv.toString(), 100, 2));
        final TrainingException error = assertThrows(TrainingException.class,
            () -> train(dataset, ModelKind.LOGISTIC, "60/20/20"));
        assertTrue(error.getMessage().startsWith("class UP has no rows among the training rows [0, 55)"),
            error.getMessage());
    }

    @Test
    void shouldPurgeTheHorizonTimesTheInstrumentsSharingEachTime() throws IOException
    {
        final Dataset single = DatasetReader.read(DatasetFixture.write(temp, "data", ROWS, 2, 4));
        // The same rows as two instruments: every time twice, so 5 bars of horizon are 10 rows.
        final long[] paired = single.timeNs().clone();
        for (int i = 0; i < paired.length; i++)
        {
            paired[i] = single.timeNs()[i - i % 2];
        }
        final Dataset twoInstruments = new Dataset(single.csv(), single.csvSha256(), single.meta(), paired,
            single.features(), single.labels(), single.forwardReturns());
        assertEquals(1, Trainer.mostRowsAtOneTime(single.timeNs()));
        assertEquals(2, Trainer.mostRowsAtOneTime(paired));
        final TrainOptions options = options(ModelKind.LOGISTIC, SplitSpec.walkForward("train=200,test=100,step=100"));
        final TrainingResult result = Trainer.train(twoInstruments, options, (fold, done, total) -> { });
        assertEquals("150", result.metrics().get("window1.trainRows"), "200 - 40 validation - 10 purged");
        assertEquals("30", result.metrics().get("window1.validationRows"), "40 - 10 purged");
    }

    private static Dataset sliced(final Dataset dataset, final int from, final int to)
    {
        final long[] times = Arrays.copyOfRange(dataset.timeNs(), from, to);
        return new Dataset(dataset.csv(), dataset.csvSha256(), dataset.meta(), times,
            Arrays.copyOfRange(dataset.features(), from, to),
            Arrays.copyOfRange(dataset.labels(), from, to),
            Arrays.copyOfRange(dataset.forwardReturns(), from, to));
    }

    private static TrainingResult train(final Dataset dataset, final ModelKind kind, final String split)
    {
        return Trainer.train(dataset, options(kind, SplitSpec.percentages(split)), (fold, done, total) -> { });
    }

    private static TrainOptions options(final ModelKind kind, final SplitSpec split)
    {
        return new TrainOptions(kind, split, ClassWeighting.BALANCED, 1.0, 20, 3, 0.2, 10, 1.0, 0.2, 0.2, -1);
    }
}
