package io.ticksignal.engine.feature.catalog;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link FeatureCatalog} for people: a plain-text table ({@code ticksignal features --list})
 * and the Markdown page {@code docs/FEATURES.md} ({@code --list --markdown}). Deterministic: the
 * same catalog always renders to the same text, with {@code \n} line ends.
 */
public final class FeatureListing
{
    private static final String TEXT_ROW = "%-9s %-30s %-32s %-6s %-22s %s%n";

    private FeatureListing()
    {
    }

    /**
     * @param catalog the catalog.
     * @return one line per feature: name, arguments with defaults, outputs (default first), input,
     * warm-up formula and the one-line formula/convention, after a header line.
     */
    public static String text(final FeatureCatalog catalog)
    {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, TEXT_ROW,
            "NAME", "ARGUMENTS (defaults)", "OUTPUTS (first = default)", "INPUT", "WARM-UP (inputs)", "FORMULA / CONVENTION"));
        for (final FeatureEntry entry : catalog.entries())
        {
            out.append(String.format(Locale.ROOT, TEXT_ROW,
                entry.name(),
                entry.arguments().isEmpty() ? "-" :
                    entry.arguments().stream().map(ArgumentSpec::withDefault).collect(Collectors.joining(",")),
                String.join(",", entry.outputs()),
                entry.input().name().toLowerCase(Locale.ROOT),
                entry.warmUp().text(),
                entry.summary()));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /**
     * @param catalog the catalog.
     * @return the Markdown reference page: expression syntax, timeframes, offline-run semantics, and a
     * table of every feature.
     */
    public static String markdown(final FeatureCatalog catalog)
    {
        final StringBuilder out = new StringBuilder();
        out.append("# Features\n\n")
            .append("<!-- Generated from the engine's feature catalog; do not edit by hand. Regenerate with\n")
            .append("     ./ticksignal features --list --markdown > docs/FEATURES.md\n")
            .append("     (a test fails whenever this file is out of date). -->\n\n")
            .append("Every feature is named by one expression, the same in config, CSV headers, model metadata and\n")
            .append("reports: `name(args).output@timeframe`, e.g. `sma(20)`, `rsi(14)@1m`, `macd(12,26,9).signal@5m`,\n")
            .append("`bbands(20,2).upper`.\n\n")
            .append("- **Arguments** are numbers; trailing ones may be left out and take the defaults below (TA-Lib's\n")
            .append("  where TA-Lib has the indicator). An integer argument takes no decimal point.\n")
            .append("- **Output**: `.name` picks one output; without it the first output listed is used.\n")
            .append("- **Timeframe**: `@tick`, `@1s`, `@1m`, `@5m`, `@15m`, `@1h`, `@1d`. Bars are built from events by\n")
            .append("  event time with UTC boundaries; an interval without events makes no bar. Bar features update when\n")
            .append("  a bar closes, `@tick` features on every event (an event is a one-event bar). Without `@` a feature\n")
            .append("  runs on the timeframe of whatever runs it (for `ticksignal features`, its `--timeframe`).\n")
            .append("- **Input**: `bars (OHLCV)` features run on any input (a bar file's bars, or bars built from trades or\n")
            .append("  quote mids). `trades` and `quotes` features need that input; they update on every event (their\n")
            .append("  windows count events) and, on a bar timeframe, show their value when a bar closes. A quotes file\n")
            .append("  feeds the book features (`imbalance`, `depth`) its top of book as level 0 only. A trades file has no\n")
            .append("  aggressor side (trades are classified by the tick rule) and no quotes (features that need a\n")
            .append("  prevailing quote stay empty on it).\n")
            .append("- **Warm-up** is the number of inputs (bars of the feature's timeframe, or events) before the value\n")
            .append("  is defined; until then it is NaN (an empty CSV cell). For some event features it is a best case,\n")
            .append("  as their formula / convention says.\n")
            .append("- **Point in time** (`ticksignal features`): a row shows, for every feature, the value after all of\n")
            .append("  that feature's bars that closed at or before the row's own close (bars close at their interval's\n")
            .append("  end), and tick/event features after every event before the row's close. No row ever sees a later bar.\n\n")
            .append("| Name | Arguments (default; allowed) | Outputs | Input | Warm-up | Formula / convention |\n")
            .append("|---|---|---|---|---|---|\n");
        for (final FeatureEntry entry : catalog.entries())
        {
            out.append("| `").append(entry.name()).append("` | ")
                .append(entry.arguments().isEmpty() ? "none" : entry.arguments().stream()
                    .map(a -> "`" + a.withDefault() + "` (" + a.rangeText() + ")")
                    .collect(Collectors.joining("<br>")))
                .append(" | ")
                .append(entry.outputs().stream().map(o -> "`" + o + "`").collect(Collectors.joining(", ")))
                .append(" | ").append(entry.input().description())
                .append(" | `").append(entry.warmUp().text()).append("`")
                .append(" | ").append(entry.summary().replace("|", "\\|"))
                .append(" |\n");
        }
        out.append("\n").append(catalog.entries().size()).append(" features.\n");
        return out.toString();
    }
}
