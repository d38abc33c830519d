package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeySuggesterTest
{
    @Test
    void shouldComputeEditDistance()
    {
        assertEquals(0, KeySuggester.distance("ringSize", "ringSize"));
        assertEquals(1, KeySuggester.distance("ringSiz", "ringSize"));
        assertEquals(1, KeySuggester.distance("ringSixe", "ringSize"));
        assertEquals(3, KeySuggester.distance("kitten", "sitting"));
        assertEquals(5, KeySuggester.distance("", "model"));
    }

    @Test
    void shouldSuggestClosestKeyIgnoringCase()
    {
        assertEquals("ringSize", KeySuggester.closest("RINGSIZE", List.of("name", "ringSize")));
        assertEquals("priceScale", KeySuggester.closest("pricescale", List.of("sizeScale", "priceScale")));
        assertEquals("streamId", KeySuggester.closest("stream_id", List.of("channel", "streamId")));
    }

    @Test
    void shouldNotSuggestKeyThatIsFarAway()
    {
        assertNull(KeySuggester.closest("threshold", List.of("minConfidence", "minHoldEvents", "emitMode")));
    }
}
