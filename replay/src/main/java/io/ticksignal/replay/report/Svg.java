package io.ticksignal.replay.report;

import java.util.Locale;

/**
 * Builds SVG markup; escapes text.
 */
final class Svg
{
    static final int WIDTH = 1100;
    static final int HEIGHT = 340;
    static final int LEFT = 90;
    static final int RIGHT = 30;
    static final int TOP = 44;
    static final int BOTTOM = 56;
    static final String FONT = "font-family=\"Helvetica,Arial,sans-serif\"";

    private final StringBuilder out = new StringBuilder(16 * 1024);

    Svg(final String id, final String title, final int width, final int height)
    {
        out.append("<svg id=\"").append(id).append("\" width=\"").append(width)
            .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
            .append(height).append("\" role=\"img\">\n");
        text(width / 2.0, 24, title, "middle", 17, "bold");
    }

    static String number(final double value)
    {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Svg text(final double x, final double y, final String text, final String anchor, final int size,
        final String weight)
    {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" ").append(FONT)
            .append(" font-size=\"").append(size).append("\" font-weight=\"").append(weight)
            .append("\" text-anchor=\"").append(anchor).append("\" fill=\"#222\">").append(escape(text))
            .append("</text>\n");
        return this;
    }

    Svg verticalText(final double x, final double y, final String text)
    {
        out.append("<text transform=\"translate(").append(number(x)).append(',').append(number(y))
            .append(") rotate(-90)\" ").append(FONT).append(" font-size=\"13\" text-anchor=\"middle\" fill=\"#222\">")
            .append(escape(text)).append("</text>\n");
        return this;
    }

    Svg line(final double x1, final double y1, final double x2, final double y2, final String stroke,
        final double width)
    {
        out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
            .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(stroke)
            .append("\" stroke-width=\"").append(number(width)).append("\"/>\n");
        return this;
    }

    Svg rect(final double x, final double y, final double width, final double height, final String fill,
        final String tooltip)
    {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
            .append(number(Math.max(0, width))).append("\" height=\"").append(number(Math.max(0, height)))
            .append("\" fill=\"").append(fill).append("\">");
        if (null != tooltip)
        {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append("</rect>\n");
        return this;
    }

    Svg circle(final double x, final double y, final double radius, final String fill)
    {
        out.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"")
            .append(number(radius)).append("\" fill=\"").append(fill).append("\"/>\n");
        return this;
    }

    Svg polyline(final String points, final String stroke, final double width, final String dash)
    {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
            .append(number(width)).append('"');
        if (null != dash)
        {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" points=\"").append(points).append("\"/>\n");
        return this;
    }

    Svg polygon(final String points, final String fill)
    {
        out.append("<polygon fill=\"").append(fill).append("\" stroke=\"none\" points=\"").append(points)
            .append("\"/>\n");
        return this;
    }

    String finish()
    {
        return out.append("</svg>\n").toString();
    }
}
