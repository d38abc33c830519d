package io.ticksignal.engine.counters;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.status.CountersReader;

/**
 * The layout of a counters file, shared by its writer ({@link CountersFile}) and readers
 * ({@link CountersFileReader}). All values little-endian (native on the hosts we run on).
 * <pre>
 *   0  int   magic 'TSCF' (0x46435354), written last, so a reader never sees a half-made file
 *   4  int   layout version ({@value #VERSION})
 *   8  long  engine process id
 *  16  long  engine start time, ms since the epoch
 *  24  long  heartbeat, ms since the epoch, refreshed by the engine while it runs
 *  32  int   values buffer length, bytes (a multiple of 128)
 *  36  int   metadata buffer length, bytes (4 x values)
 *  40  int   state: 1 running, 2 stopped
 *  44  int   engine name length, bytes (US-ASCII, at most 64)
 *  48  byte[64] engine name
 * 128  values buffer   (Agrona CountersManager values: 128 bytes per counter)
 *  ..  metadata buffer (Agrona CountersManager metadata: 512 bytes per counter)
 * </pre>
 */
final class CountersFileLayout
{
    static final int MAGIC = 0x46435354;
    static final int VERSION = 1;

    static final int MAGIC_OFFSET = 0;
    static final int VERSION_OFFSET = 4;
    static final int PID_OFFSET = 8;
    static final int START_TIME_OFFSET = 16;
    static final int HEARTBEAT_OFFSET = 24;
    static final int VALUES_LENGTH_OFFSET = 32;
    static final int METADATA_LENGTH_OFFSET = 36;
    static final int STATE_OFFSET = 40;
    static final int ENGINE_NAME_LENGTH_OFFSET = 44;
    static final int ENGINE_NAME_OFFSET = 48;
    static final int MAX_ENGINE_NAME_LENGTH = 64;
    static final int HEADER_LENGTH = 128;

    static final int STATE_RUNNING = 1;
    static final int STATE_STOPPED = 2;

    static final int METADATA_PER_VALUES = CountersReader.METADATA_LENGTH / CountersReader.COUNTER_LENGTH;

    static final Charset LABEL_CHARSET = StandardCharsets.US_ASCII;

    private CountersFileLayout()
    {
    }

    static int valuesLength(final int counterCapacity)
    {
        return counterCapacity * CountersReader.COUNTER_LENGTH;
    }

    static long fileLength(final int valuesLength)
    {
        return HEADER_LENGTH + (long)valuesLength + (long)valuesLength * METADATA_PER_VALUES;
    }
}
