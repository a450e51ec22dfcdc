package org.gongkai.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.support.TestPdfs;

/** Files an old website's export would hold: small real PDFs, CSV sheets, ZIPs. */
final class ImportFixtures {

    static final String HEADER = "索引号,单位代码,标题,文号,类别,成文日期,发布日期,栏目,有效性,有效性变化日期,废止文件,正文,附件";

    private ImportFixtures() {}

    /** A one-page PDF whose text layer says {@code text} (ASCII). */
    static byte[] pdf(String text) {
        return TestPdfs.onePage(text);
    }

    static String csv(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
