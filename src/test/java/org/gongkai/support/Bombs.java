package org.gongkai.support;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Crafted uploads that cost far more to parse than to send, built once per test JVM: a .docx of about 2 MB whose
 * document.xml inflates to about 100 MB of empty paragraphs (as the acceptance check builds it), an .xlsx doing
 * the same with empty rows, a 10,000-page PDF and a PNG whose header claims 100,000 × 100,000 pixels.
 */
public final class Bombs {

    private static byte[] docx;
    private static byte[] xlsx;
    private static byte[] pdf;

    private Bombs() {}

    /** A .docx of about 2 MB whose document.xml inflates to about 100 MB of empty paragraphs. */
    public static synchronized byte[] ratioDocx() {
        if (docx == null) {
            docx = zip(
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                    "<w:p><w:r><w:t>abcd</w:t></w:r></w:p>" + "<w:p/>".repeat(50),
                    "</w:body></w:document>",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        }
        return docx;
    }

    /** An .xlsx of a few MB whose only sheet inflates to about 100 MB of empty rows. */
    public static synchronized byte[] ratioXlsx() {
        if (xlsx == null) {
            xlsx = zip(
                    "xl/worksheets/sheet1.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                    "<row/>".repeat(51),
                    "</sheetData></worksheet>",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        return xlsx;
    }

    /** A PDF of 10,000 blank pages. */
    public static synchronized byte[] tenThousandPagePdf() {
        if (pdf == null) {
            try (PDDocument doc = new PDDocument()) {
                for (int i = 0; i < 10_000; i++) {
                    doc.addPage(new PDPage());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                pdf = out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pdf;
    }

    /** A valid PNG header (IHDR with a correct CRC) claiming 100,000 × 100,000 pixels, and almost nothing else. */
    public static byte[] hugePng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(100_000);
            h.writeInt(100_000);
            h.write(new byte[] {8, 2, 0, 0, 0});
            chunk(d, "IHDR", ihdr.toByteArray());
            chunk(d, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
            chunk(d, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** A minimal OOXML package whose one part is {@code head}, then {@code unit} until ~100 MB, then {@code tail}. */
    private static byte[] zip(String part, String head, String unit, String tail, String contentType) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"" + part + "\"/></Relationships>";
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                z.setLevel(Deflater.BEST_COMPRESSION);
                put(z, "[Content_Types].xml", types);
                put(z, "_rels/.rels", rels);
                if (part.startsWith("xl/")) {
                    put(
                            z,
                            "xl/workbook.xml",
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns="
                                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
                }
                z.putNextEntry(new ZipEntry(part));
                z.write(head.getBytes(StandardCharsets.UTF_8));
                byte[] block = unit.repeat(1000).getBytes(StandardCharsets.UTF_8);
                long target = 100L * 1024 * 1024;
                for (long written = 0; written < target; written += block.length) {
                    z.write(block);
                }
                z.write(tail.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
