package io.ticksignal.replay.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.replay.signals.JournaledSignals;
import io.ticksignal.replay.verify.SignalMismatch;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal with shadow outputs: replay reproduces them, --verify compares them in their own stream, and the
 * signal history lists them apart from the live model's.
 */
class ShadowReplayTest
{
    @TempDir
    static Path temp;

    private static Path journal;
    private static TicksignalConfig config;

    @BeforeAll
    static void writeJournal()
    {
        config = ShadowJournalFixture.config(ShadowJournalFixture.DEMO_BTC,
            Optional.of(ShadowJournalFixture.challenger(temp.resolve("challenger"), "0.55")));
        journal = temp.resolve("journal");
        ShadowJournalFixture.write(config, journal);
    }

    @Test
    void shouldVerifyTheShadowOutputsInAStreamOfTheirOwn()
    {
        final VerifyReport report = ReplayFixtures.verify(journal, config, ReplayFilter.all());

        assertEquals(VerifyOutcome.IDENTICAL, report.outcome(), String.join("\n", report.lines()));
        assertEquals(signals(EventKind.OUTPUT).size(), report.journaledCount());
        assertEquals(signals(EventKind.SHADOW_OUTPUT).size(), report.shadow().journaledCount());
        assertTrue(report.shadow().journaledCount() > 50, "shadow outputs: " + report.shadow().journaledCount());
        assertEquals(report.shadow().journaledCount(), report.shadow().replayedCount());
        assertEquals(report.shadow().journaledDigest(), report.shadow().replayedDigest());
        assertNotEquals(report.journaledDigest(), report.shadow().journaledDigest());
        assertEquals(report.shadow().journaledCount(), report.replay().journaledShadowSelected());
        assertEquals(report.shadow().replayedCount(), report.replay().replayedShadowSignals());
        assertTrue(report.lines().contains("journaled shadow outputs: " + report.shadow().journaledCount() +
            "  digest " + report.shadow().journaledDigest()), report.lines().toString());
    }

    @Test
    void shouldFailNamingTheFirstShadowMismatchWhenTheShadowThresholdsChange()
    {
        final TicksignalConfig changed = ShadowJournalFixture.config(ShadowJournalFixture.DEMO_BTC,
            Optional.of(ShadowJournalFixture.challenger(temp.resolve("changed"), "0.60")));
        final VerifyReport report = ReplayFixtures.verify(journal, changed, ReplayFilter.all());

        assertEquals(VerifyOutcome.DIFFERENT, report.outcome());
        assertTrue(report.firstMismatch().isEmpty(), "the live model's outputs still match");
        assertEquals(report.journaledDigest(), report.replayedDigest());
        final SignalMismatch mismatch = report.shadow().firstMismatch().orElseThrow();
        assertNotEquals(report.shadow().journaledDigest(), report.shadow().replayedDigest());
        // The first journaled shadow signal the new threshold changes: a BUY with 0.55 < P(up) <= 0.60.
        final long expectedSequence = firstBuyBetween(0.55, 0.60);
        assertTrue(mismatch.engineSequence() <= expectedSequence, mismatch.describe() + " vs " + expectedSequence);
        assertTrue(report.lines().contains(mismatch.describeAs("first shadow mismatch")), report.lines().toString());
        assertTrue(mismatch.describeAs("first shadow mismatch").startsWith("first shadow mismatch: output #"));
    }

    @Test
    void shouldReportMissingShadowOutputsWhenReplayedWithoutModelShadow()
    {
        final VerifyReport report = ReplayFixtures.verify(journal,
            ShadowJournalFixture.config(ShadowJournalFixture.DEMO_BTC, Optional.empty()), ReplayFilter.all());

        assertEquals(VerifyOutcome.DIFFERENT, report.outcome());
        assertEquals(0, report.shadow().replayedCount());
        final SignalMismatch mismatch = report.shadow().firstMismatch().orElseThrow();
        assertEquals("presence", mismatch.field());
        assertEquals(0, mismatch.position());
        assertEquals(signals(EventKind.SHADOW_OUTPUT).get(0).engineSequence(), mismatch.engineSequence());
    }

    @Test
    void shouldListTheShadowSignalsApartFromTheLiveOnes()
    {
        final List<Decoded> live = signals(EventKind.OUTPUT);
        final List<Decoded> shadow = signals(EventKind.SHADOW_OUTPUT);
        assertTrue(live.size() > 50 && shadow.size() > 50, live.size() + " / " + shadow.size());
        assertTrue(live.stream().allMatch(signal -> "demo-btc".equals(signal.model()) && 1 == signal.version()));
        assertTrue(shadow.stream().allMatch(signal -> "challenger-1m".equals(signal.model()) &&
            2 == signal.version()));
    }

    private static long firstBuyBetween(final double low, final double high)
    {
        for (final Decoded signal : signals(EventKind.SHADOW_OUTPUT))
        {
            if (signal.direction() == 1 && signal.pUp() > low && signal.pUp() <= high)
            {
                return signal.engineSequence();
            }
        }
        throw new AssertionError("no BUY between " + low + " and " + high);
    }

    private record Decoded(long engineSequence, String model, long version, int direction, double pUp)
    {
    }

    private static List<Decoded> signals(final EventKind kind)
    {
        final List<Decoded> decoded = new ArrayList<>();
        final SignalDecoder decoder = new SignalDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final JournaledSignals reader = new JournaledSignals(ReplayFilter.all(), (sequence, buffer, offset, length) ->
        {
            final byte[] bytes = new byte[length];
            buffer.getBytes(offset, bytes);
            decoder.wrapAndApplyHeader(new UnsafeBuffer(bytes), 0, header);
            final String model = decoder.modelId();
            final long version = decoder.modelVersion();
            final int direction = decoder.directionRaw();
            double pUp = Double.NaN;
            for (final SignalDecoder.ProbabilitiesDecoder probability : decoder.probabilities())
            {
                if ("UP".equals(probability.label()))
                {
                    pUp = probability.probability();
                }
            }
            decoded.add(new Decoded(sequence, model, version, direction, pUp));
        }, kind);
        try (JournalReader journalReader = JournalReader.open(journal))
        {
            reader.readAll(journalReader);
        }
        return decoded;
    }
}
