package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.engine.model.ModelBundleLoader;

/**
 * Reading datasets: a good file with quoted headers and CRLF, and every bad input's message with file:line:column.
 */
final class DatasetReaderTest
{
    private static final String HEADER = "time_ns,time,instrument,rsi(14)@1m,roc(5)@1m,willr(14)@1m,cci(20)@1m,"
        + "fwd_return,label\n";

    @TempDir
    Path temp;

    @Test
    void shouldReadRowsWithQuotedHeadersAndCrlf() throws IOException
    {
        final Path csv = temp.resolve("q.csv");
        Files.writeString(csv, "time_ns,time,instrument,\"macd(12,26,9)@1m\",rsi(14)@1m,fwd_return,label\r\n"
            + "100,1970-01-01T00:00:00.000000100Z,BTC-USD,0.5,40.25,0.001,UP\r\n"
            + "100,1970-01-01T00:00:00.000000100Z,ETH-USD,-0.25,61.5,-0.002,DOWN\r\n");
        Files.writeString(temp.resolve("q.csv.meta.yaml"), "format: ticksignal-dataset/1\nsource: s\ncommand: c\n"
            + "features: [\"macd(12,26,9)@1m\", \"rsi(14)@1m\"]\nlabel: {expression: \"fwd_return(5)@1m\", classes: 2,"
            + " threshold: 0.0}\nrows: 2\ncsvSha256: \"" + ModelBundleLoader.sha256(csv) + "\"\n");
        final Dataset dataset = DatasetReader.read(csv);
        assertEquals(List.of("macd(12,26,9)@1m", "rsi(14)@1m"), dataset.featureNames());
        assertArrayEquals(new double[] {0.5, 40.25}, dataset.features()[0]);
        assertArrayEquals(new double[] {-0.25, 61.5}, dataset.features()[1]);
        assertArrayEquals(new int[] {1, 0}, dataset.labels());
        assertArrayEquals(new double[] {0.001, -0.002}, dataset.forwardReturns());
        assertArrayEquals(new long[] {100, 100}, dataset.timeNs());
    }

    @Test
    void shouldNameTheMissingSidecar() throws IOException
    {
        final Path csv = temp.resolve("alone.csv");
        Files.writeString(csv, HEADER);
        assertEquals(temp.resolve("alone.csv.meta.yaml") + ": missing; every dataset CSV needs its sidecar"
            + " (features, label, rows, csvSha256) as written by `ticksignal dataset` next to the CSV",
            message(csv));
    }

    @Test
    void shouldNameTheMissingDataset()
    {
        final Path csv = temp.resolve("none.csv");
        assertEquals(csv + ": no such dataset file; write one with `ticksignal dataset`", message(csv));
    }

    @Test
    void shouldRejectAHeaderThatDiffersFromTheSidecar() throws IOException
    {
        final Path csv = write("h", HEADER.replace("willr(14)@1m", "willr(10)@1m") + row(1, "50", "UP"), 1);
        assertEquals(csv + ":1:6: header column 'willr(10)@1m' where 'willr(14)@1m' was expected; the header must be"
            + " " + HEADER.strip() + " (features as in h.csv.meta.yaml)", message(csv));
    }

    @Test
    void shouldRejectNaNAndEmptyFeatures() throws IOException
    {
        final Path nan = write("nan", HEADER + row(1, "50", "UP") + row(2, "NaN", "UP"), 2);
        assertEquals(nan + ":3:4: feature 'rsi(14)@1m' is NaN; values must be finite numbers", message(nan));
        final Path empty = write("empty", HEADER + row(1, "", "UP"), 1);
        assertEquals(empty + ":2:4: feature 'rsi(14)@1m' is empty; every row needs every value (the dataset keeps"
            + " only rows with every feature warm)", message(empty));
        final Path text = write("text", HEADER + row(1, "abc", "UP"), 1);
        assertEquals(text + ":2:4: feature 'rsi(14)@1m' 'abc' is not a number", message(text));
    }

    @Test
    void shouldRejectAnUnknownLabel() throws IOException
    {
        final Path csv = write("label", HEADER + row(1, "50", "FLAT"), 1);
        assertEquals(csv + ":2:9: unknown label 'FLAT'; a 2-class dataset has labels DOWN, UP", message(csv));
    }

    @Test
    void shouldRejectRowsOutOfTimeOrder() throws IOException
    {
        final Path csv = write("order", HEADER + row(5, "50", "UP") + row(4, "51", "DOWN"), 2);
        assertEquals(csv + ":3:1: time_ns 4 is earlier than the row before (5); dataset rows must be in time order",
            message(csv));
    }

    @Test
    void shouldRejectAShortRowAndABadTime() throws IOException
    {
        final Path shortRow = write("short", HEADER + "1,t,BTC,50,0.1\n", 1);
        assertEquals(shortRow + ":2:1: 5 fields but the header has 9", message(shortRow));
        final Path time = write("time", HEADER + row(1, "50", "UP").replaceFirst("^1,", "x,"), 1);
        assertEquals(time + ":2:1: time_ns 'x' is not a whole number of nanoseconds", message(time));
    }

    @Test
    void shouldRejectACsvThatDoesNotMatchItsSidecar() throws IOException
    {
        final Path rows = write("rows", HEADER + row(1, "50", "UP"), 2);
        assertEquals(rows + ": has 1 rows but " + temp.resolve("rows.csv.meta.yaml") + " says rows: 2; the two files"
            + " do not belong together (rewrite them with `ticksignal dataset`)", message(rows));
        final Path changed = write("changed", HEADER + row(1, "50", "UP"), 1);
        Files.writeString(changed, HEADER + row(1, "51", "UP"));
        final String sha = ModelBundleLoader.sha256(changed);
        final String message = message(changed);
        assertEquals(changed + ": sha256 is " + sha + " but " + temp.resolve("changed.csv.meta.yaml")
            + " says csvSha256: " + message.substring(message.indexOf("csvSha256: ") + 11, message.indexOf("; the"))
            + "; the CSV changed after it was written (rewrite it with `ticksignal dataset`)", message);
    }

    @Test
    void shouldRejectABadSidecar() throws IOException
    {
        final Path csv = write("meta", HEADER + row(1, "50", "UP"), 1);
        final Path meta = temp.resolve("meta.csv.meta.yaml");
        Files.writeString(meta, Files.readString(meta).replace("ticksignal-dataset/1", "other/2"));
        assertEquals(meta + ": format: 'other/2' is not ticksignal-dataset/1; this trainer reads"
            + " ticksignal-dataset/1 datasets", message(csv));
        Files.writeString(meta, Files.readString(meta).replace("other/2", "ticksignal-dataset/1")
            .replace("classes: 2", "classes: 4"));
        assertEquals(meta + ": label.classes: 4 is not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)", message(csv));
        Files.writeString(meta, Files.readString(meta).replace("classes: 4", "classes: 2")
            .replace("fwd_return(5)@1m", "fwd_return(5)@7m"));
        assertEquals(meta + ": label.expression: 'fwd_return(5)@7m': '7m' is not a bar timeframe; allowed: 1s, 1m,"
            + " 5m, 15m, 1h, 1d, e.g. fwd_return(5)@1m", message(csv));
        Files.writeString(meta, Files.readString(meta).replace("fwd_return(5)@7m", "fwd_return(5)@1m")
            .replace("\"willr(14)@1m\"", "\"wilr(14)@1m\""));
        assertTrue(message(csv).startsWith(meta + ": features[2]: unknown feature expression: "), message(csv));
    }

    private Path write(final String name, final String text, final int rows) throws IOException
    {
        final Path csv = DatasetFixture.write(temp, name, text, rows, 2);
        return csv;
    }

    private static String row(final long time, final String rsi, final String label)
    {
        return time + ",t,BTC-USD," + rsi + ",0.1,-20,35.5,0.001," + label + "\n";
    }

    private static String message(final Path csv)
    {
        return assertThrows(TrainingException.class, () -> DatasetReader.read(csv)).getMessage();
    }
}
