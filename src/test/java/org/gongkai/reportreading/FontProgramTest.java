package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

/**
 * {@link FontProgram} gives the ranges asked of an inflated program byte for byte, refuses those past its end, and
 * inflates no further than the ranges reach.
 */
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
            }
            try (FontProgram p = FontProgram.of(flate(data))) {
                assertThat(p.ensure(head)).isTrue();
                assertThat(p.ranges(new long[] {0, data.length - 1}, new int[] {1, 2}))
                        .isNull();
            }
        }
    }

    @Test
    void givenAProgramDamagedBehindItsFront_whenTheFrontIsAskedFor_thenItIsReadWithoutInflatingTheRest()
            throws Exception {
        Random random = new Random(5);
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) random.nextInt(4); // compressible: Huffman-coded blocks, which bad bytes break
        }
        COSStream stream = flate(data);
        byte[] compressed;
        try (var in = stream.createRawInputStream()) {
            compressed = in.readAllBytes();
        }
        for (int i = compressed.length - 2_000; i < compressed.length; i++) {
            compressed[i] = (byte) 0xff; // the tail of the deflate data: invalid blocks
        }
        COSStream damaged = new COSStream();
        try (OutputStream o = damaged.createRawOutputStream()) {
            o.write(compressed);
        }
        damaged.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (FontProgram p = FontProgram.of(damaged)) {
            assertThat(p.ensure(12)).isTrue();
            byte[][] front = p.ranges(new long[] {156, 280}, new int[] {54, 132});
            assertThat(front).isNotNull();
            assertThat(front[0]).isEqualTo(Arrays.copyOfRange(data, 156, 210));
            assertThat(front[1]).isEqualTo(Arrays.copyOfRange(data, 280, 412));
        }
        try (FontProgram p = FontProgram.of(damaged)) {
            assertThat(p.ranges(new long[] {data.length - 10}, new int[] {10})).isNull();
        }
    }
}
