package io.ticksignal.engine.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentTradeIdsTest
{
    @Test
    void shouldRememberExactlyTheLastWindowOfIds()
    {
        final RecentTradeIds ids = new RecentTradeIds();
        final int total = RecentTradeIds.WINDOW * 5 + 17;
        for (long id = 0; id < total; id++)
        {
            // Ids that collide in the table (multiples of the table length) stress the backward-shift deletion.
            final long tradeId = id * 2048L;
            assertFalse(ids.contains(tradeId), "id " + id);
            ids.add(tradeId);
            assertTrue(ids.contains(tradeId));
        }
        assertEquals(RecentTradeIds.WINDOW, ids.size());
        for (long id = 0; id < total; id++)
        {
            assertEquals(id >= total - RecentTradeIds.WINDOW, ids.contains(id * 2048L), "id " + id);
        }
    }
}
