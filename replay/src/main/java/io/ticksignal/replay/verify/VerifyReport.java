package io.ticksignal.replay.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ticksignal.replay.run.ReplayResult;

/**
 * The result of verifying a replay against its journal. Immutable.
 *
 * @param outcome          IDENTICAL or DIFFERENT.
 * @param journaledDigest  {@code OutputDigest} hex of the journaled (selected) outputs.
 * @param replayedDigest   {@code OutputDigest} hex of the regenerated (selected) outputs.
 * @param journaledCount   journaled outputs compared.
 * @param replayedCount    regenerated outputs compared.
 * @param firstMismatch    the first differing output, if any.
 * @param shadow           the same for the shadow model's outputs ({@code SHADOW_OUTPUT}); counts 0 without one.
 * @param replay           what the replay did (acceptance mismatches, corrupt records).
 */
public record VerifyReport(
    VerifyOutcome outcome,
    String journaledDigest,
    String replayedDigest,
    long journaledCount,
    long replayedCount,
    Optional<SignalMismatch> firstMismatch,
    OutputStreamReport shadow,
    ReplayResult replay)
{
    /**
     * @return the report as lines for a terminal: verdict, digests, counts, and what differs; the shadow outputs'
     * digests, counts and first mismatch when there are any.
     */
    public List<String> lines()
    {
        final List<String> lines = new ArrayList<>();
        lines.add("verify: " + (VerifyOutcome.IDENTICAL == outcome ? "IDENTICAL" : "DIFFERENT"));
        lines.add("journaled outputs: " + journaledCount + "  digest " + journaledDigest);
        lines.add("replayed outputs:  " + replayedCount + "  digest " + replayedDigest);
        firstMismatch.ifPresent(mismatch -> lines.add(mismatch.describe()));
        if (shadow.isPresent())
        {
            lines.add("journaled shadow outputs: " + shadow.journaledCount() + "  digest " + shadow.journaledDigest());
            lines.add("replayed shadow outputs:  " + shadow.replayedCount() + "  digest " + shadow.replayedDigest());
            shadow.firstMismatch().ifPresent(mismatch -> lines.add(mismatch.describeAs("first shadow mismatch")));
        }
        if (replay.acceptanceMismatches() > 0)
        {
            lines.add("inputs decided differently (accepted vs rejected, or another reason): " +
                replay.acceptanceMismatches() + ", first at engine sequence " +
                replay.firstAcceptanceMismatchSequence());
        }
        if (replay.corruptRecords() > 0)
        {
            lines.add("corrupt journal records: " + replay.corruptRecords() + " at indexes " +
                replay.corruptIndexes() + (replay.corruptRecords() > replay.corruptIndexes().size() ? " ..." : ""));
        }
        return lines;
    }
}
