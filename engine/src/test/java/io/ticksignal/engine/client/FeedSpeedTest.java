package io.ticksignal.engine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FeedSpeedTest
{
    @Test
    void shouldParseFactorsAndMax()
    {
        assertEquals(FeedSpeed.MAX, FeedSpeed.parse("max"));
        assertEquals(FeedSpeed.MAX, FeedSpeed.parse(" MAX "));
        assertEquals(FeedSpeed.times(1), FeedSpeed.parse("1"));
        assertEquals(FeedSpeed.times(100), FeedSpeed.parse("100x"));
        assertEquals(FeedSpeed.times(2.5), FeedSpeed.parse("2.5"));
        assertEquals("100x", FeedSpeed.parse("100").toString());
        assertEquals("2.5x", FeedSpeed.parse("2.5").toString());
        assertEquals("max", FeedSpeed.MAX.toString());
    }

    @Test
    void shouldRejectWhatIsNotASpeed()
    {
        for (final String bad : new String[]{ "0", "-1", "fast", "NaN", "Infinity", "" })
        {
            final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FeedSpeed.parse(bad));
            assertEquals("speed '" + bad + "' is not allowed: give max or a positive factor such as 1, 10 or 100",
                ex.getMessage());
        }
    }
}
