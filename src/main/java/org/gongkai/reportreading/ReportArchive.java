package org.gongkai.reportreading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The reports inside a ZIP sent for an audit, within bounds: at most {@code maxFiles} reports, each at most
 * {@code maxBytes} once inflated. Past a bound the archive is refused as a whole, naming it.
 */
final class ReportArchive {

    private ReportArchive() {}

    /** One report inside an archive. */
    record Entry(String name, byte[] content) {}

    /** Why an archive gives no reports. */
    static final class Refused extends Exception {
        final String code;
        final transient Object[] args;

        Refused(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }
    }

    static List<Entry> entries(String archive, byte[] zip, int maxFiles, long maxBytes) throws Refused {
        List<Entry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || base.isEmpty() || base.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                if (out.size() >= maxFiles) {
                    throw new Refused("reportreading.audit.archive.tooMany", maxFiles);
                }
                out.add(new Entry(archive + "/" + base, bounded(in, name, maxBytes)));
            }
        } catch (IOException e) {
            throw new Refused("reportreading.audit.archive.unreadable");
        }
        if (out.isEmpty()) {
            throw new Refused("reportreading.audit.archive.empty");
        }
        return out;
    }

    private static byte[] bounded(InputStream in, String name, long maxBytes) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) {
                throw new Refused("reportreading.audit.archive.tooLarge", name, maxBytes / (1024 * 1024));
            }
        }
        return out.toByteArray();
    }
}
