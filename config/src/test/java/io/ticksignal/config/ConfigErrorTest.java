package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfigErrorTest
{
    @Test
    void shouldFormatSourceLineColumnPathAndMessage()
    {
        assertEquals("a.yaml:3:7: engine.ringSize: 100 is not allowed",
            new ConfigError("engine.ringSize", "a.yaml", 3, 7, "100 is not allowed").format());
    }

    @Test
    void shouldLeaveOutUnknownPositionAndEmptyPath()
    {
        assertEquals("a.yaml: cannot read the file: no such file",
            new ConfigError("", "a.yaml", 0, 0, "cannot read the file: no such file").format());
        assertEquals("a.yaml:4: x: bad", new ConfigError("x", "a.yaml", 4, 0, "bad").toString());
    }
}
