package io.ticksignal.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code features} list and checks the shape of each expression and that none is
 * listed twice.
 */
final class FeaturesSection
{
    private static final String ITEM = "a feature expression such as sma(20), rsi(14)@1m or macd(12,26,9).signal@5m";

    private FeaturesSection()
    {
    }

    static List<FeatureExpression> read(final SectionReader root)
    {
        final Optional<YamlList> list = root.list("features", "a list of feature expressions (" + ITEM + ")");
        if (list.isEmpty())
        {
            return ConfigDefaults.FEATURES.stream().map(FeatureExpression::parse).toList();
        }
        final Map<FeatureExpression, String> firstPath = new HashMap<>();
        final List<FeatureExpression> features = new ArrayList<>();
        for (int i = 0; i < list.get().items().size(); i++)
        {
            final String path = "features[" + i + "]";
            final YamlNode item = list.get().items().get(i);
            if (!(item instanceof YamlScalar scalar) || scalar.kind() == YamlScalar.Kind.NULL)
            {
                root.errors().add(path, item, "expected " + ITEM + "; got " + item.describe());
                continue;
            }
            final FeatureExpression feature = parse(scalar, path, root.errors());
            if (feature == null)
            {
                continue;
            }
            final String first = firstPath.putIfAbsent(feature, path);
            if (first != null)
            {
                root.errors().add(path, item, "'" + scalar.text() + "' is listed twice (first as " + first +
                    "); remove one");
                continue;
            }
            features.add(feature);
        }
        return features;
    }

    /**
     * @return the parsed expression, or null after reporting why it is not one.
     */
    static FeatureExpression parse(final YamlScalar scalar, final String path, final ConfigErrors errors)
    {
        try
        {
            return FeatureExpression.parse(scalar.text());
        }
        catch (final IllegalArgumentException ex)
        {
            errors.add(path, scalar, ex.getMessage());
            return null;
        }
    }
}
