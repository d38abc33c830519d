package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvLineSourceTest
{
    private static List<String> splitAll(final String text, final int bufferChars)
    {
        final List<String> out = new ArrayList<>();
        try (CsvLineSource source = new CsvLineSource(new StringReader(text), "t.csv", bufferChars))
        {
            while (source.nextLine())
            {
                final StringBuilder fields = new StringBuilder();
                fields.append(source.lineNumber()).append(':');
                for (int i = 0; i < source.fieldCount(); i++)
                {
                    fields.append('[').append(source.fieldText(i)).append(']');
                }
                out.add(fields.toString());
            }
        }
        return out;
    }

    @Test
    void shouldSplitTheSameLinesAndFieldsWhateverTheChunkSize()
    {
        final String text = "\uFEFFa,b,c\r\n1,22,333\r\n\r\n4444,,5\n666666666666,7,\r\n8,9,10";
        final List<String> expected = List.of(
            "1:[a][b][c]", "2:[1][22][333]", "3:[]", "4:[4444][][5]", "5:[666666666666][7][]", "6:[8][9][10]");
        for (int bufferChars = 1; bufferChars <= 64; bufferChars++)
        {
            assertEquals(expected, splitAll(text, bufferChars), "buffer of " + bufferChars + " chars");
        }
    }

    @Test
    void shouldSplitARowWithMoreFieldsThanTheInitialFieldArrays()
    {
        final String row = "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19";
        final List<String> lines = splitAll(row, 8);
        assertEquals(1, lines.size());
        assertEquals("1:[0][1][2][3][4][5][6][7][8][9][10][11][12][13][14][15][16][17][18][19]", lines.get(0));
    }
}
