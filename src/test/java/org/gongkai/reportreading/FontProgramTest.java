package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

/** {@link FontProgram} gives the ranges asked of an inflated program byte for byte, and refuses those past its end. */
class FontProgramTest {

    private static COSStream flate(byte[] data) throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(data);
        }
        return stream;
    }

    @Test
    void givenRangesAnywhereInTheProgram_whenRead_thenTheirBytesAndTheProgramsLength() throws Exception {
        Random random = new Random(3);
        for (int round = 0; round < 60; round++) {
            byte[] data = new byte[random.nextInt(100, 200_000)];
            random.nextBytes(data);
            int head = random.nextInt(1, 64); // read first, as the table directory is
            long[] offsets = new long[4];
            int[] lengths = new int[4];
            for (int i = 0; i < 4; i++) {
                offsets[i] = random.nextInt(data.length);
                lengths[i] = random.nextInt(data.length - (int) offsets[i] + 1);
            }
            try (FontProgram p = FontProgram.of(flate(data))) {
                assertThat(p.ensure(head)).isTrue();
                byte[][] ranges = p.ranges(offsets, lengths);
                assertThat(ranges).isNotNull();
                for (int i = 0; i < 4; i++) {
                    assertThat(ranges[i])
                            .isEqualTo(Arrays.copyOfRange(data, (int) offsets[i], (int) offsets[i] + lengths[i]));
                }
                assertThat(p.length()).isEqualTo(data.length);
            }
            try (FontProgram p = FontProgram.of(flate(data))) {
                assertThat(p.ensure(head)).isTrue();
                assertThat(p.ranges(new long[] {0, data.length - 1}, new int[] {1, 2}))
                        .isNull();
            }
        }
    }
}
