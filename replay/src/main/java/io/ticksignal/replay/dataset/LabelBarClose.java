package io.ticksignal.replay.dataset;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.FeatureCatalog;
import io.ticksignal.engine.feature.catalog.FeatureEntry;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.indicator.Indicator;

/**
 * The close of the label timeframe's last closed bar, as an {@link Indicator} that the dataset adds to the
 * instrument's {@link io.ticksignal.engine.feature.timeline.FeatureTimeline} (as {@code bar_close@TF}) so that the
 * prices labels are computed from come from the very bars the features see. Not in the standard catalog: it is
 * never a feature column. Single-threaded; allocates nothing per update.
 */
final class LabelBarClose implements Indicator
{
    private static final String NAME = "bar_close";
    private static final FeatureExpressionParser PARSER = new FeatureExpressionParser(FeatureCatalog.builder()
        .add(FeatureEntry.bars(NAME).warmUp("1")
            .summary("close of the last closed bar, exactly as given (the dataset's label price)")
            .build(arguments -> new LabelBarClose()))
        .build());

    private double close = Double.NaN;
    private long rejectedCount;

    /**
     * @param timeframe the label's bar timeframe.
     * @return {@code bar_close@TF}, parsed; each {@link ParsedFeature#create()} makes a fresh instance.
     */
    static ParsedFeature on(final Timeframe timeframe)
    {
        return PARSER.parse(NAME + "@" + timeframe.configName());
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        this.close = close;
    }

    @Override
    public int outputCount()
    {
        return 1;
    }

    @Override
    public String outputName(final int output)
    {
        return "value";
    }

    @Override
    public double value(final int output)
    {
        return close;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(close);
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        close = Double.NaN;
        rejectedCount = 0;
    }
}
