package org.gongkai.platform.uploads;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gongkai.platform.uploads.UploadRefusedException.Reason;

/**
 * Walks a zip container (docx, xlsx) inflating every entry for real, without keeping it: counts the entries, the
 * inflated bytes (the sizes the headers claim are not trusted) and the XML elements of its parts, and refuses as
 * soon as one passes its limit. A ratio bomb stops at the inflated limit after well under a second.
 */
final class ZipBounds {

    private static final XMLInputFactory XML = secureFactory();

    private final String name;
    private final UploadLimits limits;
    private long inflated;
    private long elements;

    private ZipBounds(String name, UploadLimits limits) {
        this.name = name;
        this.limits = limits;
    }

    static void check(String name, byte[] content, UploadLimits limits) {
        new ZipBounds(name, limits).walk(content);
    }

    private void walk(byte[] content) {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new UploadRefusedException(Reason.TOO_MANY_ENTRIES, name, limits.maxEntries());
                }
                InputStream part = new Counting(zip);
                if (isXml(e.getName())) {
                    countElements(part);
                }
                part.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UploadRefusedException(Reason.UNREADABLE, name);
        }
    }

    private void countElements(InputStream part) {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(part);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && ++elements > limits.maxXmlElements()) {
                        throw new UploadRefusedException(Reason.TOO_MANY_ELEMENTS, name, limits.maxXmlElements());
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            if (inflated > limits.maxInflatedBytes()) {
                throw inflatesTooFar();
            }
            // not well-formed: the rest of the part is still inflated and counted by the caller
        }
    }

    private UploadRefusedException inflatesTooFar() {
        return new UploadRefusedException(Reason.INFLATES_TOO_FAR, name, limits.maxInflatedInMb());
    }

    private static boolean isXml(String entry) {
        String n = entry.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The entry's bytes as inflated, counted against the limit for the whole container. */
    private final class Counting extends FilterInputStream {

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
        }

        private void add(int n) throws InterruptedIOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("parsing abandoned");
            }
            inflated += n;
            if (inflated > limits.maxInflatedBytes()) {
                throw inflatesTooFar();
            }
        }
    }
}
