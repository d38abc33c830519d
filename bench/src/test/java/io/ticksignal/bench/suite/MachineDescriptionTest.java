package io.ticksignal.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class MachineDescriptionTest
{
    @Test
    void shouldTakeTheThreeLoadAveragesOfProcLoadavg()
    {
        assertEquals("12.12 11.33 6.95", MachineDescription.loadAverage("12.12 11.33 6.95 9/412 30291\n"));
        assertEquals("unknown", MachineDescription.loadAverage("0.10 0.20"));
        assertEquals("unknown", MachineDescription.loadAverage(""));
    }
}
