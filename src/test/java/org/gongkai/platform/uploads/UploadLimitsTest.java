package org.gongkai.platform.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.platform.uploads.UploadRefusedException.Reason;
import org.gongkai.support.Bombs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every upload is typed by its content and bounded before and while it is parsed. */
class UploadLimitsTest {

    private static final UploadLimits LIMITS = UploadLimits.defaults();

    @Nested
    class Bounds {

        @Test
        void aDocxInflatingTo100MbIsRefusedAtTheInflatedLimitWithinSeconds() {
            byte[] bomb = Bombs.ratioDocx();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> Uploads.check("bomb.docx", bomb, LIMITS))
                    .isInstanceOfSatisfying(
                            UploadRefusedException.class,
                            e -> assertThat(e.reason()).isIn(Reason.INFLATES_TOO_FAR, Reason.TOO_MANY_ELEMENTS));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        }

        @Test
        void inflatedBytesAreCountedForRealNotAsTheHeadersClaim() {
            UploadLimits noElementLimit = new UploadLimits(
                    LIMITS.maxBytes(), LIMITS.maxInflatedBytes(), 10, Long.MAX_VALUE, 10, 10, Duration.ofSeconds(10));
            assertThatThrownBy(() -> Uploads.check("bomb.docx", Bombs.ratioDocx(), noElementLimit))
                    .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.INFLATES_TOO_FAR);
                        assertThat(e.describe()).contains("bomb.docx", "50 MB");
                    });
        }

        @Test
        void anXlsxOfEmptyRowsIsRefusedByItsElementCount() {
            assertThatThrownBy(() -> Uploads.check("bomb.xlsx", Bombs.ratioXlsx(), LIMITS))
                    .isInstanceOfSatisfying(
                            UploadRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ELEMENTS));
        }

        @Test
        void aZipOfTooManyEntriesIsRefused() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (int i = 0; i < 2_001; i++) {
                    z.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                    z.write("<a/>".getBytes());
                    z.closeEntry();
                }
            }
            assertThatThrownBy(() -> Uploads.check("many.docx", out.toByteArray(), LIMITS))
                    .isInstanceOfSatisfying(
                            UploadRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ENTRIES));
        }

        @Test
        void aPdfOfTenThousandPagesIsRefusedByItsPageCount() {
            byte[] pdf = Bombs.tenThousandPagePdf();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> Uploads.check("long.pdf", pdf, LIMITS))
                    .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
                        assertThat(e.describe()).contains("long.pdf", "10,000", "2,000");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        }

        @Test
        void anImageIsMeasuredFromItsHeaderBeforeAnyPixelIsDecoded() {
            assertThatThrownBy(() -> Uploads.check("huge.png", Bombs.hugePng(), LIMITS))
                    .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
                        assertThat(e.describe()).contains("huge.png", "100,000×100,000");
                    });
        }

        @Test
        void aFileLargerThanTheByteLimitIsRefusedWithoutBeingRead() {
            assertThatThrownBy(() -> Uploads.check("big.txt", new byte[2048], LIMITS.withMaxBytes(1024)))
                    .isInstanceOfSatisfying(
                            UploadRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
            assertThatThrownBy(() -> Uploads.check("empty.txt", new byte[0], LIMITS))
                    .isInstanceOfSatisfying(
                            UploadRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        }

        @Test
        void aParseOverItsTimeBudgetIsAbandonedAndRefused() {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> Uploads.read(
                            "slow.txt", "x".getBytes(), LIMITS.withParseBudget(Duration.ofMillis(300)), u -> {
                                Thread.sleep(20_000);
                                return u;
                            }))
                    .isInstanceOfSatisfying(
                            UploadRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SLOW));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        }

        @Test
        void theParsersOwnExceptionComesThroughAsItWas() {
            assertThatThrownBy(() -> Uploads.read("a.txt", "x".getBytes(), LIMITS, u -> {
                        throw new java.io.IOException("broken");
                    }))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessage("broken");
        }
    }

    @Nested
    class Types {

        @Test
        void typesAreRecognisedByContentNotByName() throws Exception {
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            try (XWPFDocument d = new XWPFDocument()) {
                d.createParagraph().createRun().setText("政府信息公开");
                d.write(docx);
            }
            assertThat(Uploads.check("report.pdf", docx.toByteArray(), LIMITS).type())
                    .isEqualTo(UploadType.DOCX);
            assertThat(Uploads.detect("%PDF-1.7\n".getBytes())).isEqualTo(UploadType.PDF);
            assertThat(Uploads.detect(Bombs.hugePng())).isEqualTo(UploadType.PNG);
            assertThat(Uploads.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                    .isEqualTo(UploadType.JPEG);
            assertThat(Uploads.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                    .isEqualTo(UploadType.OLE);
            assertThat(Uploads.detect("年度报告\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(UploadType.TEXT);
            assertThat(Uploads.detect(new byte[] {0, 1, 2, 3, 4, 5})).isEqualTo(UploadType.BINARY);
        }
    }
}
