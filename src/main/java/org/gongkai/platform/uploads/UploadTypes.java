package org.gongkai.platform.uploads;

import java.nio.charset.StandardCharsets;

/** Recognises an upload's type from its first bytes (and, for a zip, the names of its parts); never from its name. */
final class UploadTypes {

    private UploadTypes() {}

    static UploadType detect(byte[] c) {
        if (startsWith(c, "%PDF-")) {
            return UploadType.PDF;
        }
        if (startsWith(c, "PK\u0003\u0004")) {
            if (contains(c, "word/document.xml") || contains(c, "word/")) {
                return UploadType.DOCX;
            }
            return contains(c, "xl/workbook.xml") ? UploadType.XLSX : UploadType.ZIP;
        }
        if (startsWith(c, 0xD0, 0xCF, 0x11, 0xE0)) {
            return UploadType.OLE;
        }
        if (startsWith(c, 0x89, 'P', 'N', 'G')) {
            return UploadType.PNG;
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return UploadType.JPEG;
        }
        if (startsWith(c, "GIF8")) {
            return UploadType.GIF;
        }
        if (startsWith(c, 'I', 'I', '*', 0) || startsWith(c, 'M', 'M', 0, '*')) {
            return UploadType.TIFF;
        }
        if (c.length >= 12 && c[4] == 'f' && c[5] == 't' && c[6] == 'y' && c[7] == 'p') {
            return UploadType.MP4;
        }
        if (startsWith(c, 0x1A, 0x45, 0xDF, 0xA3) && containsWithin(c, "webm", 64)) {
            return UploadType.WEBM;
        }
        if (startsWith(c, "OggS")) {
            return UploadType.OGG;
        }
        if (startsWith(c, "ID3") || isMpegAudioFrame(c)) {
            return UploadType.MP3;
        }
        if (startsWith(c, "BM") && c.length > 18 && isDibHeaderSize(c[14] & 0xff) && c[15] == 0) {
            return UploadType.BMP;
        }
        return looksLikeText(c) ? UploadType.TEXT : UploadType.BINARY;
    }

    /** Text: a UTF-16 byte-order mark, or few control characters in the first 8 KB. */
    private static boolean looksLikeText(byte[] c) {
        if (startsWith(c, 0xFF, 0xFE) || startsWith(c, 0xFE, 0xFF)) {
            return true;
        }
        int control = 0;
        int len = Math.min(c.length, 8192);
        for (int i = 0; i < len; i++) {
            int b = c[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c && b != 0x1b) {
                control++;
            }
        }
        return control * 20 <= len;
    }

    /** An MPEG-1/2 layer III frame header: 11 sync bits, then a version and layer III ({@code 01}). */
    private static boolean isMpegAudioFrame(byte[] c) {
        return c.length >= 4 && (c[0] & 0xff) == 0xFF && (c[1] & 0xE0) == 0xE0 && (c[1] & 0x06) == 0x02;
    }

    private static boolean containsWithin(byte[] c, String s, int limit) {
        byte[] head = java.util.Arrays.copyOf(c, Math.min(c.length, limit));
        return contains(head, s);
    }

    private static boolean isDibHeaderSize(int size) {
        return size == 12 || size == 40 || size == 52 || size == 56 || size == 108 || size == 124;
    }

    private static boolean startsWith(byte[] c, String magic) {
        return startsWith(c, magic.chars().toArray());
    }

    private static boolean startsWith(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] c, String s) {
        byte[] p = s.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + p.length <= c.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (c[i + j] != p[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
