package io.ticksignal.replay.report;

/**
 * One named line of a {@link LineChart}: y values over shared x values.
 */
final class Series
{
    final String name;
    final String color;
    final double[] y;
    final String dash;

    Series(final String name, final String color, final double[] y, final String dash)
    {
        this.name = name;
        this.color = color;
        this.y = y;
        this.dash = dash;
    }
}
