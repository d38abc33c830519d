package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.engine.model.BundleScorer;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelBundleLoader;
import io.ticksignal.engine.model.ScorerKind;

/**
 * {@code ticksignal train} on a small synthetic dataset: the summary, a bundle the engine loads and scores, the
 * recorded command, no silent overwrite, and user errors with exit code 1.
 */
final class TrainCommandTest
{
    @TempDir
    Path temp;

    @Test
    void shouldTrainLogisticAndWriteALoadableBundle() throws IOException
    {
        final Path csv = dataset(400);
        final Path out = temp.resolve("models").resolve("syn").resolve("1");
        final CommandRun run = CommandRun.of("train", "--dataset", csv.toString(), "--model", "logistic", "--out",
            out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("400 rows, 2 features, 2 classes [DOWN, UP] (fwd_return(3)@1m)"), run.out());
        assertTrue(run.out().contains("split      train          237"), run.out());
        assertTrue(run.out().contains("split      validation      77"), run.out());
        assertTrue(run.out().contains("split      test            80"), run.out());
        assertTrue(run.out().contains("bundle      " + out), run.out());
        final ModelBundle bundle = ModelBundle.load(out);
        assertEquals(ScorerKind.LOGISTIC, bundle.metadata().scorer());
        assertEquals("ticksignal train --dataset " + csv + " --model logistic --out " + out,
            bundle.metadata().provenance().get("trainCommand"));
        assertEquals("237", bundle.metadata().metrics().get("train.rows"));
        try (BundleScorer scorer = bundle.openScorer())
        {
            final double[] p = new double[2];
            scorer.score(new double[] {80.0, 0.5}, p);
            final double high = p[1];
            scorer.score(new double[] {20.0, -0.5}, p);
            assertTrue(high > p[1], "the synthetic label rises with both features");
        }
    }

    @Test
    void shouldTrainGbdtWalkForwardAndRefuseToOverwrite() throws IOException
    {
        final Path csv = dataset(400);
        final Path out = temp.resolve("models").resolve("gb").resolve("2");
        final String[] args = {"train", "--dataset", csv.toString(), "--model", "gbdt", "--trees", "20",
            "--min-leaf", "5", "--walk-forward", "train=200,test=100,step=100", "--out", out.toString()};
        final CommandRun first = CommandRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("window2    test           100"), first.out());
        assertTrue(first.out().contains("mean       test"), first.out());
        assertTrue(first.err().contains("train window1: round 20/20"), first.err());
        final byte[] onnx = Files.readAllBytes(out.resolve("model.onnx"));
        assertEquals(ModelBundleLoader.sha256(out.resolve("model.onnx")),
            ModelBundle.load(out).metadata().onnx().orElseThrow().sha256());
        final CommandRun again = CommandRun.of(args);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains(out + ": a bundle exists there already"), again.err());
        final String[] forced = Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertEquals(0, CommandRun.of(forced).exitCode());
        assertArrayEquals(onnx, Files.readAllBytes(out.resolve("model.onnx")), "training is deterministic");
    }

    @Test
    void shouldReportUserErrors() throws IOException
    {
        final Path csv = dataset(100);
        final CommandRun model = CommandRun.of("train", "--dataset", csv.toString(), "--model", "forest", "--out",
            temp.resolve("m/1").toString());
        assertEquals(1, model.exitCode());
        assertEquals("ticksignal train: --model 'forest' is not a model; use logistic or gbdt", model.err().strip());
        Files.delete(csv.resolveSibling("syn.csv.meta.yaml"));
        final CommandRun sidecar = CommandRun.of("train", "--dataset", csv.toString(), "--model", "gbdt", "--out",
            temp.resolve("m/1").toString());
        assertEquals(1, sidecar.exitCode());
        assertTrue(sidecar.err().startsWith("ticksignal train: " + csv + ".meta.yaml: missing;"), sidecar.err());
        final CommandRun split = CommandRun.of("train", "--dataset", csv.toString(), "--model", "gbdt", "--split",
            "50/50", "--out", temp.resolve("m/1").toString());
        assertEquals(1, split.exitCode());
        assertTrue(split.err().contains("--split '50/50' is not TRAIN/VALIDATION/TEST percentages"), split.err());
    }

    /**
     * Two features, the label UP when a noisy mix of them is positive; 1m rows.
     */
    private Path dataset(final int rows) throws IOException
    {
        final Random random = new Random(17);
        final StringBuilder text = new StringBuilder("time_ns,time,instrument,rsi(14)@1m,roc(5)@1m,fwd_return,label\n");
        for (int i = 0; i < rows; i++)
        {
            final double rsi = Math.round(random.nextDouble() * 1000) / 10.0;
            final double roc = Math.round(random.nextGaussian() * 100) / 100.0;
            final double forward = ((rsi - 50) / 25 + roc + random.nextGaussian()) / 1000;
            text.append(1_000_000_000_000L + i * 60_000_000_000L).append(",t,BTC-USD,").append(rsi).append(',')
                .append(roc).append(',').append(forward).append(',').append(forward > 0 ? "UP" : "DOWN").append('\n');
        }
        final Path csv = temp.resolve("syn.csv");
        Files.writeString(csv, text.toString());
        Files.writeString(temp.resolve("syn.csv.meta.yaml"), "format: ticksignal-dataset/1\nsource: synthetic\n"
            + "command: \"ticksignal dataset --out syn.csv\"\nfeatures: [\"rsi(14)@1m\", \"roc(5)@1m\"]\n"
            + "label: {expression: \"fwd_return(3)@1m\", classes: 2, threshold: 0.0}\nrows: " + rows + "\n"
            + "csvSha256: \"" + ModelBundleLoader.sha256(csv) + "\"\n");
        return csv;
    }
}
