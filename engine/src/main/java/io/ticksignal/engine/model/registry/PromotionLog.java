package io.ticksignal.engine.model.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code NAME/promotions.log}: one line per promote or rollback, appended, never rewritten:
 * <pre>
 * promote from=- to=1 at=2026-11-25T21:02:11.532Z
 * promote from=1 to=2 at=2026-11-25T21:40:09.007Z
 * rollback from=2 to=1 at=2026-11-25T21:44:50.310Z
 * </pre>
 * The promotion stack (what {@code rollback} returns to) is rebuilt from it: a promote pushes its version, a
 * rollback pops one.
 * <p>
 * Thread: any (the registry holds a file lock around changes). Allocation: cold path.
 */
final class PromotionLog
{
    static final String FILE_NAME = "promotions.log";

    private PromotionLog()
    {
    }

    static List<Promotion> read(final Path file, final String name)
    {
        final List<Promotion> records = new ArrayList<>();
        if (!Files.isRegularFile(file))
        {
            return records;
        }
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        for (int i = 0; i < lines.size(); i++)
        {
            final String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#"))
            {
                records.add(parse(line, name, file, i + 1));
            }
        }
        return records;
    }

    private static Promotion parse(final String line, final String name, final Path file, final int lineNumber)
    {
        final String[] words = line.split("\\s+");
        final PromotionAction action = words.length == 4 ? PromotionAction.ofLogName(words[0]) : null;
        if (null == action || !words[1].startsWith("from=") || !words[2].startsWith("to=") ||
            !words[3].startsWith("at="))
        {
            throw new RegistryException(file + ":" + lineNumber + ": not a promotion record: '" + line +
                "'; expected 'promote|rollback from=V|- to=V at=TIME' (the file is written by 'ticksignal model " +
                "promote' and 'rollback'; restore or remove the line)", null);
        }
        final String from = words[1].substring("from=".length());
        try
        {
            return new Promotion(action, name, "-".equals(from) ? Promotion.NONE : Long.parseLong(from),
                Long.parseLong(words[2].substring("to=".length())), words[3].substring("at=".length()), true);
        }
        catch (final NumberFormatException ex)
        {
            throw new RegistryException(file + ":" + lineNumber + ": a version in '" + line + "' is not a whole " +
                "number; restore or remove the line", ex);
        }
    }

    static void append(final Path file, final Promotion promotion)
    {
        final String line = promotion.action().logName() + " from=" +
            (promotion.fromVersion() == Promotion.NONE ? "-" : Long.toString(promotion.fromVersion())) +
            " to=" + promotion.toVersion() + " at=" + promotion.wallTime() + System.lineSeparator();
        try
        {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot append to " + file + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @param records  the log, oldest first.
     * @param promoted the version in {@code PROMOTED} now, or {@link Promotion#NONE}.
     * @return the promotion stack, bottom first; its top is the promoted version. A {@code PROMOTED} that the log
     * does not end with (written by hand, or a command stopped between the two writes) is pushed on top.
     */
    static List<Long> stack(final List<Promotion> records, final long promoted)
    {
        final List<Long> stack = new ArrayList<>();
        for (final Promotion record : records)
        {
            if (record.action() == PromotionAction.PROMOTE)
            {
                if (stack.isEmpty() && record.fromVersion() != Promotion.NONE)
                {
                    stack.add(record.fromVersion());
                }
                stack.add(record.toVersion());
            }
            else
            {
                if (!stack.isEmpty())
                {
                    stack.remove(stack.size() - 1);
                }
                if (stack.isEmpty() || stack.get(stack.size() - 1) != record.toVersion())
                {
                    stack.add(record.toVersion());
                }
            }
        }
        if (promoted != Promotion.NONE && (stack.isEmpty() || stack.get(stack.size() - 1) != promoted))
        {
            stack.add(promoted);
        }
        return stack;
    }
}
