package io.ticksignal.replay.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV and its sidecar as files: quoting, YAML that a YAML reader reads back, the sha256 of the CSV, no
 * temporary file left behind, and an earlier dataset replaced.
 */
class DatasetFilesTest
{
    private static final long BASE_NS = 1_577_836_800_000_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheCsvAndASidecarThatDescribesIt() throws IOException, NoSuchAlgorithmException
    {
        final Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "an earlier dataset\n");
        final Dataset dataset = dataset();

        final DatasetMeta meta = DatasetFiles.write(dataset, csv, "C:\\data\\\"trades\".csv",
            "ticksignal dataset --features 'sma(2)@1m;macd(2,3,2).signal@1m'");

        final List<String> lines = Files.readAllLines(csv);
        assertEquals("time_ns,time,instrument,sma(2)@1m,\"macd(2,3,2).signal@1m\",fwd_return,label", lines.get(0));
        assertEquals(1 + dataset.rows().size(), lines.size());
        // The MACD signal is warm after 4 bars: bar 3 (close 103 at 00:04). On a straight line of slope 1 the EMAs
        // lag by (n - 1) / 2 bars, so macd(2,3) = 0.5 and its signal 0.5; sma(2) = (102 + 103) / 2.
        assertEquals(BASE_NS + 4 * MINUTE_NS + ",2020-01-01T00:04:00Z,\"X,Y\",102.5,0.5," + (104.0 / 103.0 - 1.0) +
            ",UP", lines.get(1));
        final String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(Files.readAllBytes(csv)));
        assertEquals(sha256, meta.csvSha256());

        final Path metaFile = dir.resolve("data.csv.meta.yaml");
        assertEquals(DatasetFiles.metaPath(csv), metaFile);
        final JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(metaFile.toFile());
        assertEquals("ticksignal-dataset/1", yaml.get("format").asText());
        assertEquals("C:\\data\\\"trades\".csv", yaml.get("source").asText());
        assertEquals("ticksignal dataset --features 'sma(2)@1m;macd(2,3,2).signal@1m'", yaml.get("command").asText());
        assertEquals("sma(2)@1m", yaml.get("features").get(0).asText());
        assertEquals("macd(2,3,2).signal@1m", yaml.get("features").get(1).asText());
        assertEquals(2, yaml.get("features").size());
        assertEquals("fwd_return(1)@1m", yaml.get("label").get("expression").asText());
        assertEquals(3, yaml.get("label").get("classes").asInt());
        assertEquals(0.0005, yaml.get("label").get("threshold").asDouble());
        assertEquals(dataset.rows().size(), yaml.get("rows").asLong());
        assertEquals(sha256, yaml.get("csvSha256").asText());
        try (Stream<Path> files = Files.list(dir))
        {
            assertEquals(List.of("data.csv", "data.csv.meta.yaml"),
                files.map(file -> file.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void shouldWriteSmallThresholdsAsPlainDecimals()
    {
        final DatasetMeta meta = new DatasetMeta("s", "c", List.of("rsi(14)@1m"),
            DatasetLabel.parse("fwd_return(5)@1m", 3, 0.00001), 7, "ab");

        assertEquals("format: ticksignal-dataset/1\n" +
            "source: \"s\"\n" +
            "command: \"c\"\n" +
            "features: [\"rsi(14)@1m\"]\n" +
            "label: {expression: \"fwd_return(5)@1m\", classes: 3, threshold: 0.000010}\n" +
            "rows: 7\n" +
            "csvSha256: \"ab\"\n", meta.toYaml());
    }

    /**
     * Trades at 100, 101, ... one a minute; sma(2) and a short MACD signal; the label's bar closes one bar later.
     */
    private static Dataset dataset()
    {
        final DatasetBuilder builder = new DatasetBuilder(
            FeatureExpressionParser.standard().parseList("sma(2)@1m;macd(2,3,2).signal@1m"),
            DatasetLabel.parse("fwd_return(1)@1m", 3, 0.0005));
        final int instrument = builder.instrument("X,Y");
        for (int minute = 0; minute < 10; minute++)
        {
            builder.onTrade(instrument, BASE_NS + minute * MINUTE_NS, 100 + minute, 1.0,
                EventFeature.AGGRESSOR_UNKNOWN);
        }
        return builder.finish();
    }
}
