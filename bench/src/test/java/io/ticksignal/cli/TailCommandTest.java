package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.aeron.Publication;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.EmbeddedDriverContext;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailCommandTest
{
    @TempDir
    static Path temp;

    private static AeronSession session;
    private static String aeronDir;

    @BeforeAll
    static void launchDriver()
    {
        session = AeronSession.launchEmbedded(EmbeddedDriverContext.defaults(temp.resolve("aeron")), null);
        aeronDir = session.directory().toString();
    }

    @AfterAll
    static void closeDriver()
    {
        session.close();
    }

    @Test
    void shouldPrintOneJsonObjectPerSignalAndStopAfterCount() throws Exception
    {
        try (Publication publication = session.aeron().addExclusivePublication("aeron:ipc", 3001))
        {
            final CompletableFuture<CommandRun> tail = CompletableFuture.supplyAsync(() -> CommandRun.of(
                "tail", "--aeron-dir", aeronDir, "--stream-id", "3001", "--json", "--count", "2"));
            AeronTestSupport.awaitUntil(publication::isConnected, "tail subscribed");

            offer(publication, 0, 1_385_337_613_000_000_000L, Direction.BUY, 0.75, 1234, 5_600,
                new String[]{ "UP", "DOWN" }, new double[]{ 0.75, 0.25 });
            offer(publication, 1, 1_385_337_614_500_000_000L, Direction.SELL, 0.625, 1235, 12_345,
                new String[]{ "UP", "DOWN" }, new double[]{ 0.375, 0.625 });
            offer(publication, 7, 1_385_337_615_000_000_000L, Direction.HOLD, 0.5, 1236, 1, new String[0], new double[0]);
            final CommandRun run = tail.get(10, TimeUnit.SECONDS);

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(
                "{\"eventTime\":\"2013-11-25T00:00:13Z\",\"eventTimeNs\":1385337613000000000,\"instrumentId\":0," +
                "\"symbol\":\"BTC-USD\",\"direction\":\"BUY\",\"confidence\":0.75,\"probabilities\":[" +
                "{\"label\":\"UP\",\"probability\":0.75},{\"label\":\"DOWN\",\"probability\":0.25}]," +
                "\"modelId\":\"rsi-rule\",\"modelVersion\":3,\"engineSequence\":1234,\"ingressToDecisionNs\":5600}\n" +
                "{\"eventTime\":\"2013-11-25T00:00:14.500Z\",\"eventTimeNs\":1385337614500000000,\"instrumentId\":1," +
                "\"symbol\":\"AAPL\",\"direction\":\"SELL\",\"confidence\":0.625,\"probabilities\":[" +
                "{\"label\":\"UP\",\"probability\":0.375},{\"label\":\"DOWN\",\"probability\":0.625}]," +
                "\"modelId\":\"rsi-rule\",\"modelVersion\":3,\"engineSequence\":1235,\"ingressToDecisionNs\":12345}\n",
                run.out());
            assertEquals("", run.err());
        }
    }

    @Test
    void shouldPrintAHumanReadableLine() throws Exception
    {
        try (Publication publication = session.aeron().addExclusivePublication("aeron:ipc", 3002))
        {
            final CompletableFuture<CommandRun> tail = CompletableFuture.supplyAsync(() -> CommandRun.of(
                "tail", "--aeron-dir", aeronDir, "--stream-id", "3002", "--count", "2"));
            AeronTestSupport.awaitUntil(publication::isConnected, "tail subscribed");

            offer(publication, 0, 1_385_337_613_000_000_000L, Direction.BUY, 0.75, 1234, 5_600,
                new String[]{ "UP", "FLAT", "DOWN" }, new double[]{ 0.75, 0.125, 0.125 });
            offer(publication, 9, 1_385_337_613_000_000_001L, Direction.HOLD, 0.5, 1235, 0, new String[0], new double[0]);
            final CommandRun run = tail.get(10, TimeUnit.SECONDS);

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(
                "2013-11-25T00:00:13Z BTC-USD BUY confidence=0.7500 p=[UP:0.7500 FLAT:0.1250 DOWN:0.1250] " +
                "model=rsi-rule v3 seq=1234 latency=5.6us\n" +
                "2013-11-25T00:00:13.000000001Z #9 HOLD confidence=0.5000 p=[] model=rsi-rule v3 seq=1235 latency=0.0us\n",
                run.out());
        }
    }

    @Test
    void shouldSayWhenNoDriverRuns()
    {
        final Path empty = temp.resolve("no-driver");

        final CommandRun run = CommandRun.of("tail", "--aeron-dir", empty.toString(), "--count", "1");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ticksignal tail: no media driver at " + empty.toAbsolutePath() + ": "), run.err());
    }

    private static void offer(
        final Publication publication,
        final int instrumentId,
        final long eventTimeNs,
        final Direction direction,
        final double confidence,
        final long engineSequence,
        final long latencyNs,
        final String[] labels,
        final double[] probabilities)
    {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer();
        final SignalEncoder signal = new SignalEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .instrumentId(instrumentId)
            .eventTimeNs(eventTimeNs)
            .direction(direction)
            .confidence(confidence)
            .modelId("rsi-rule")
            .modelVersion(3)
            .engineSequence(engineSequence)
            .ingressToDecisionNs(latencyNs);
        final SignalEncoder.ProbabilitiesEncoder group = signal.probabilitiesCount(labels.length);
        for (int i = 0; i < labels.length; i++)
        {
            group.next().label(labels[i]).probability(probabilities[i]);
        }
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength();
        final long[] result = { 0 };
        AeronTestSupport.awaitUntil(() -> (result[0] = publication.offer(buffer, 0, length)) > 0 ||
            (Publication.BACK_PRESSURED != result[0] && Publication.ADMIN_ACTION != result[0]), "offer");
        assertTrue(result[0] > 0, "offer result " + result[0]);
    }
}
