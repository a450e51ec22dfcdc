package org.gongkai.reportreading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * An embedded font program read from the front: only as far as the bytes asked for, and only those kept (the width
 * of one glyph needs a few tables at the front, not the glyph outlines behind them). A Flate stream is inflated as
 * PDFBox's FlateFilterDecoderStream does (zlib header skipped, raw inflate); data it would read differently (a
 * corrupt stream it cuts short, predictors, other filters) is read through PDFBox's own decoding, whole.
 */
final class FontProgram implements AutoCloseable {

    /** Bytes kept at most: table offsets past this are left to PDFBox. */
    private static final int MAX_KEPT = 32 << 20;

    private final InputStream raw;
    private final Inflater inflater;
    private final byte[] input = new byte[8192];
    private byte[] kept = new byte[4096];
    private int size;
    private long length;
    private boolean ended;

    private FontProgram(InputStream raw, Inflater inflater) {
        this.raw = raw;
        this.inflater = inflater;
    }

    /** The program of a stream, or null when it cannot be read. */
    static FontProgram of(COSStream stream) throws IOException {
        boolean flate = COSName.FLATE_DECODE.equals(stream.getFilters())
                && !stream.containsKey(COSName.DECODE_PARMS)
                && !stream.containsKey(COSName.DP);
        if (flate) {
            InputStream raw = stream.createRawInputStream();
            raw.read(); // the zlib header, as PDFBox skips it
            raw.read();
            return new FontProgram(raw, new Inflater(true));
        }
        return new FontProgram(stream.createInputStream(), null);
    }

    /** Whether the first n bytes are there (then {@link #bytes} holds them). */
    boolean ensure(int n) throws IOException {
        if (n > MAX_KEPT) {
            return false;
        }
        if (kept.length < n) {
            kept = Arrays.copyOf(kept, Math.max(n, Math.min(MAX_KEPT, kept.length * 2)));
        }
        while (size < n && !ended) {
            int read = next(kept, size, kept.length - size);
            if (read < 0) {
                return false;
            }
            size += read;
            length += read;
        }
        return size >= n;
    }

    byte[] bytes() {
        return kept;
    }

    /**
     * The bytes of each range [offsets[i], offsets[i] + lengths[i]) of the program, which is inflated only as far as
     * the last range ends (a glyph's width needs the tables at a program's front, not its outlines); null when the
     * program is corrupt or ends before a range does, or a range ends past {@link #MAX_KEPT} (as {@link #ensure}
     * refuses such ranges).
     */
    byte[][] ranges(long[] offsets, int[] lengths) throws IOException {
        byte[][] out = new byte[offsets.length][];
        long last = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || lengths[i] < 0 || offsets[i] + lengths[i] > MAX_KEPT) {
                return null;
            }
            out[i] = new byte[lengths[i]];
            last = Math.max(last, offsets[i] + lengths[i]);
        }
        copy(out, offsets, kept, 0, size); // what was read so far: the length is the size kept
        byte[] scratch = new byte[16384];
        while (!ended && length < last) {
            int read = next(scratch, 0, (int) Math.min(scratch.length, last - length));
            if (read < 0) {
                return null;
            }
            copy(out, offsets, scratch, length, read);
            length += read;
        }
        return length < last ? null : out;
    }

    /** The parts of the ranges that n bytes of buf, at position at of the program, hold. */
    private static void copy(byte[][] out, long[] offsets, byte[] buf, long at, int n) {
        for (int i = 0; i < out.length; i++) {
            long from = Math.max(offsets[i], at);
            long to = Math.min(offsets[i] + out[i].length, at + n);
            if (from < to) {
                System.arraycopy(buf, (int) (from - at), out[i], (int) (from - offsets[i]), (int) (to - from));
            }
        }
    }

    /** Up to len bytes into buf, 0 at the end (then {@link #ended}), -1 when the data is corrupt. */
    private int next(byte[] buf, int off, int len) throws IOException {
        if (inflater == null) {
            int read = raw.read(buf, off, len);
            if (read < 0) {
                ended = true;
                return 0;
            }
            return read;
        }
        while (true) {
            if (inflater.finished()) {
                ended = true;
                return 0;
            }
            if (inflater.needsInput()) {
                int read = raw.read(input);
                if (read < 0) {
                    ended = true;
                    return 0;
                }
                inflater.setInput(input, 0, read);
            }
            try {
                int n = inflater.inflate(buf, off, len);
                if (n > 0) {
                    return n;
                }
                if (inflater.needsDictionary()) {
                    return -1;
                }
            } catch (DataFormatException e) {
                return -1; // PDFBox keeps part of the last block: left to it
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (inflater != null) {
            inflater.end();
        }
        raw.close();
    }
}
