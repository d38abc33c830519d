package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ticksignal signals} on a small journal of real trades.
 */
class SignalsCommandTest
{
    @TempDir
    Path temp;

    @Test
    void shouldListTheJournaledSignalsAsTextAndAsCsvWithTheSameRows()
    {
        final Path journal = ReplayCommandTest.writeJournal(temp.resolve("journal"), 2_000);

        final CommandRun text = CommandRun.of("signals", "--journal", journal.toString());
        final CommandRun csv = CommandRun.of("signals", "--journal", journal.toString(), "--csv");

        assertEquals(0, text.exitCode(), text.err());
        assertEquals(0, csv.exitCode(), csv.err());
        final List<String> textLines = text.out().lines().toList();
        final List<String> csvLines = csv.out().lines().toList();
        assertEquals(csvLines.size(), textLines.size());
        assertTrue(csvLines.size() > 2, csv.out());
        assertTrue(textLines.get(0).matches("engine_sequence +event_time +instrument +direction +confidence +model " +
            "+version +p_.*"), textLines.get(0));
        final String[] first = csvLines.get(1).split(",");
        assertTrue(first[1].startsWith("2013-11-2") && first[1].endsWith("Z"), first[1]);
        assertEquals("BTC-USD", first[2]);
        assertTrue(List.of("BUY", "SELL", "HOLD").contains(first[3]), first[3]);
        assertEquals(List.of(first[0], first[1], first[2], first[3]),
            List.of(textLines.get(1).split(" +")).subList(0, 4));
    }

    @Test
    void shouldFilterByEventTimeAndInstrument()
    {
        final Path journal = ReplayCommandTest.writeJournal(temp.resolve("journal"), 5_000);
        final List<String> all = CommandRun.of("signals", "--journal", journal.toString(), "--csv").out().lines()
            .skip(1).toList();
        final String from = all.get(all.size() / 2).split(",")[1];

        final List<String> late = CommandRun.of("signals", "--journal", journal.toString(), "--csv", "--from", from)
            .out().lines().skip(1).toList();
        final List<String> early = CommandRun.of("signals", "--journal", journal.toString(), "--csv", "--to", from)
            .out().lines().skip(1).toList();
        final CommandRun aapl = CommandRun.of("signals", "--journal", journal.toString(), "--csv", "--instrument",
            "AAPL");

        assertEquals(all.size(), late.size() + early.size());
        assertTrue(late.stream().allMatch(row -> row.split(",")[1].compareTo(from) >= 0), late.toString());
        assertTrue(early.stream().allMatch(row -> row.split(",")[1].compareTo(from) < 0), early.toString());
        assertEquals(0, aapl.exitCode(), aapl.err());
        assertEquals(List.of("engine_sequence,event_time,instrument,direction,confidence,model,version"),
            aapl.out().lines().toList());
    }
}
