package org.gongkai.reportreading;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Content-stream bytes for PDFBox's parser, read as {@code RandomAccessReadBuffer} reads one array (same results
 * at the end, on a bad position and once closed) but with a plain index: the parser peeks and steps back one byte
 * at nearly every character, which the buffer does through its list of chunks.
 */
final class ContentBytes implements RandomAccessRead {

    private byte[] bytes;
    private int pos;

    ContentBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    private byte[] open() throws IOException {
        byte[] b = bytes;
        if (b == null) {
            throw new IOException("RandomAccessBuffer already closed");
        }
        return b;
    }

    @Override
    public int read() throws IOException {
        byte[] b = open();
        return pos < b.length ? b[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] dst, int offset, int length) throws IOException {
        byte[] b = open();
        int n = Math.min(length, b.length - pos);
        if (n <= 0) {
            return pos >= b.length ? -1 : 0;
        }
        System.arraycopy(b, pos, dst, offset, n);
        pos += n;
        return n;
    }

    @Override
    public int peek() throws IOException {
        byte[] b = open();
        return pos < b.length ? b[pos] & 0xff : -1;
    }

    @Override
    public void rewind(int n) throws IOException {
        seek(pos - (long) n);
    }

    @Override
    public long getPosition() throws IOException {
        open();
        return pos;
    }

    @Override
    public void seek(long position) throws IOException {
        byte[] b = open();
        if (position < 0) {
            throw new IOException("Invalid position " + position);
        }
        pos = (int) Math.min(position, b.length);
    }

    @Override
    public long length() throws IOException {
        return open().length;
    }

    @Override
    public boolean isClosed() {
        return bytes == null;
    }

    @Override
    public boolean isEOF() throws IOException {
        return pos >= open().length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        open();
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() {
        bytes = null;
    }
}
