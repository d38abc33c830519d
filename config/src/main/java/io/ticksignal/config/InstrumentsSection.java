package io.ticksignal.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads and validates the {@code instruments} list: required keys, ranges, and unique ids and
 * symbols.
 */
final class InstrumentsSection
{
    static final List<String> KEYS = List.of("id", "symbol", "priceScale", "sizeScale", "venue");
    static final int MAX_INSTRUMENT_ID = 65_535;
    static final int MAX_SCALE = 18;

    private static final Pattern SYMBOL = Pattern.compile("\\S{1,32}");
    private static final String LIST =
        "a list of instruments, each a map with id, symbol, priceScale, sizeScale and optionally venue";
    private static final String ID_RULE = "between 0 and " + MAX_INSTRUMENT_ID + ", unique";
    private static final String SYMBOL_RULE = "1 to 32 characters without spaces, unique";
    private static final String SCALE_RANGE = "between 0 and " + MAX_SCALE;

    private InstrumentsSection()
    {
    }

    static List<InstrumentConfig> read(final SectionReader root)
    {
        final Optional<YamlList> list = root.list("instruments", LIST);
        if (list.isEmpty())
        {
            if (root.value("instruments") == null)
            {
                root.missing("instruments", LIST);
            }
            return List.of();
        }
        if (list.get().items().isEmpty())
        {
            root.reject("instruments", "the list is empty; configure at least one instrument (" + LIST + ")");
        }
        final Map<Long, String> pathById = new HashMap<>();
        final Map<String, String> pathBySymbol = new HashMap<>();
        final List<InstrumentConfig> instruments = new ArrayList<>();
        for (int i = 0; i < list.get().items().size(); i++)
        {
            final SectionReader item = SectionReader.of(
                list.get().items().get(i), "instruments[" + i + "]", KEYS, root.errors());
            final InstrumentConfig instrument = readOne(item, pathById, pathBySymbol);
            if (instrument != null)
            {
                instruments.add(instrument);
            }
        }
        return instruments;
    }

    private static InstrumentConfig readOne(
        final SectionReader item, final Map<Long, String> pathById, final Map<String, String> pathBySymbol)
    {
        final OptionalLong id = item.requiredWholeNumber("id", ID_RULE);
        if (id.isPresent())
        {
            if (id.getAsLong() < 0 || id.getAsLong() > MAX_INSTRUMENT_ID)
            {
                item.reject("id", id.getAsLong() + " is not allowed: must be " + ID_RULE +
                    " (ids index per-instrument arrays, so keep them small and dense)");
            }
            else
            {
                rejectDuplicate(item, "id", id.getAsLong(), pathById);
            }
        }
        final Optional<String> symbol = item.requiredText("symbol", "the instrument's symbol, " + SYMBOL_RULE);
        if (symbol.isPresent())
        {
            if (!SYMBOL.matcher(symbol.get()).matches())
            {
                item.reject("symbol", "'" + symbol.get() + "' is not allowed: must be " + SYMBOL_RULE);
            }
            else
            {
                rejectDuplicate(item, "symbol", symbol.get(), pathBySymbol);
            }
        }
        final OptionalLong priceScale = scale(item, "priceScale", "prices");
        final OptionalLong sizeScale = scale(item, "sizeScale", "sizes");
        final Optional<String> venue = item.text("venue", "a venue name, e.g. bitstamp");
        if (venue.isPresent() && venue.get().isBlank())
        {
            item.reject("venue", "a blank venue is not allowed: leave the key out or name the venue");
        }
        if (id.isEmpty() || symbol.isEmpty() || priceScale.isEmpty() || sizeScale.isEmpty())
        {
            return null;
        }
        return new InstrumentConfig(
            (int)id.getAsLong(), symbol.get(), (int)priceScale.getAsLong(), (int)sizeScale.getAsLong(), venue);
    }

    private static OptionalLong scale(final SectionReader item, final String key, final String of)
    {
        final OptionalLong scale = item.requiredWholeNumber(key, "decimal places of " + of + ", " + SCALE_RANGE);
        if (scale.isPresent() && (scale.getAsLong() < 0 || scale.getAsLong() > MAX_SCALE))
        {
            item.reject(key, scale.getAsLong() + " is not allowed: must be " + SCALE_RANGE + " (decimal places of " +
                of + "; fixed-point values are longs, so at most " + MAX_SCALE + ")");
        }
        return scale;
    }

    private static <K> void rejectDuplicate(
        final SectionReader item, final String key, final K value, final Map<K, String> firstPathByValue)
    {
        final String first = firstPathByValue.putIfAbsent(value, item.pathOf(key));
        if (first != null)
        {
            item.reject(key, "duplicate " + key + " " + value + ": " + first + " already has it; " +
                key + "s must be unique");
        }
    }
}
