package io.ticksignal.engine.runtime;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.InstrumentConfig;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The first real Bitstamp trades encoded as the reference feed encodes them (instrument scales, aggressor
 * UNKNOWN), with trade id = row number (1, 2, 3, ...), one byte array per SBE frame.
 */
final class BitstampFrames
{
    private BitstampFrames()
    {
    }

    static List<byte[]> first(final int count, final InstrumentConfig instrument)
    {
        final List<byte[]> frames = new ArrayList<>(count);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final TradeEncoder trade = new TradeEncoder();
        try (TradeCsvReader reader = (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            reader.priceScale(instrument.priceScale()).amountScale(instrument.sizeScale());
            while (frames.size() < count && reader.next())
            {
                trade.wrapAndApplyHeader(buffer, 0, header)
                    .instrumentId(instrument.id())
                    .timestampNs(reader.timestampNs());
                trade.price().mantissa(reader.priceScaled()).exponent((byte)-instrument.priceScale());
                trade.size().mantissa(reader.amountScaled()).exponent((byte)-instrument.sizeScale());
                trade.aggressor(AggressorSide.UNKNOWN).tradeId(frames.size() + 1);
                final byte[] frame = new byte[MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength()];
                buffer.getBytes(0, frame);
                frames.add(frame);
            }
        }
        return frames;
    }
}
