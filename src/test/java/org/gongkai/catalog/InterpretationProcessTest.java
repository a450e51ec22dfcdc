package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.catalog.CatalogFixture.REVIEWER;
import static org.gongkai.catalog.CatalogFixture.ZHUJIAN;
import static org.gongkai.catalog.CatalogFixture.ZHUJIAN_UNIT;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interpretations as a process (issue 15, item 5): drafted with their document and published together, their
 * image, video and sound checked by content and bounded, served with range requests and played on the portal,
 * counted by form with the interpretation rate.
 */
@GongkaiTest
class InterpretationProcessTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogWorkflow workflow;

    @Autowired
    CatalogRepository items;

    @Autowired
    CatalogStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate written = LocalDate.now(China.ZONE).minusDays(5);

    /** The demo county's last full year, which its demo records are written for. */
    static final int LAST = java.time.LocalDate.now(China.ZONE).getYear() - 1;

    static byte[] demoVideo() throws Exception {
        try (InputStream in = InterpretationProcessTest.class.getResourceAsStream("/demo/interpretation-video.webm")) {
            return in.readAllBytes();
        }
    }

    private CatalogItem draftInterpretation(String title, InterpretationForm form) {
        ItemContent c = CatalogFixture.interpretation(ZHUJIAN_UNIT, title, written);
        return workflow.create(
                ZHUJIAN,
                new ItemContent(
                        c.unitCode(),
                        c.title(),
                        c.docNumber(),
                        c.docType(),
                        c.writtenOn(),
                        c.article20Item(),
                        c.column(),
                        c.mode(),
                        c.withheldReason(),
                        c.body(),
                        c.topics(),
                        c.standardEntryId(),
                        form));
    }

    @Nested
    class PublishedTogether {

        @Test
        void anInterpretationApprovedBeforeItsDocumentWaitsAndGoesOutWithIt() throws Exception {
            CatalogItem doc = workflow.create(ZHUJIAN, CatalogFixture.normative(ZHUJIAN_UNIT, "测试同步发布的规定", written));
            CatalogItem video = draftInterpretation("《测试同步发布的规定》视频解读", InterpretationForm.VIDEO);
            workflow.linkInterpretation(ZHUJIAN, doc.id(), video.id());
            workflow.attachMedia(ZHUJIAN, video.id(), "v.webm", demoVideo(), "视频：规定要点");
            workflow.submit(ZHUJIAN, video.id());
            workflow.submit(ZHUJIAN, doc.id());

            CatalogItem held = workflow.approve(REVIEWER, video.id(), "同意", null);

            assertThat(held.status()).isEqualTo(ItemStatus.APPROVED);
            assertThat(held.indexNumber()).isNull();
            assertThat(held.isPublic()).isFalse();

            workflow.approve(REVIEWER, doc.id(), "同意", written.plusDays(2));

            CatalogItem published = items.find(video.id()).orElseThrow();
            CatalogItem document = items.find(doc.id()).orElseThrow();
            assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
            assertThat(published.publishedOn())
                    .isEqualTo(document.publishedOn())
                    .isEqualTo(written.plusDays(2));
            assertThat(published.indexNumber()).isNotNull().isNotEqualTo(document.indexNumber());
            assertThat(items.history(video.id()))
                    .extracting(CatalogItemEvent::action)
                    .containsSubsequence("approve-held", "publish-with-document");
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'catalog.publish-with-document'"
                                    + " and entity_id = ?")
                            .param(Long.toString(video.id()))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
        }

        @Test
        void aDocumentWaitsForTheInterpretationDraftedWithIt() {
            CatalogItem doc = workflow.create(ZHUJIAN, CatalogFixture.normative(ZHUJIAN_UNIT, "测试等待解读的规定", written));
            CatalogItem text = draftInterpretation("《测试等待解读的规定》文字解读", InterpretationForm.TEXT);
            workflow.linkInterpretation(ZHUJIAN, doc.id(), text.id());
            workflow.submit(ZHUJIAN, doc.id());

            assertThatThrownBy(() -> workflow.approve(REVIEWER, doc.id(), null, null))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("catalog.error.interpretation-unreviewed");
            assertThat(items.find(doc.id()).orElseThrow().status()).isEqualTo(ItemStatus.PENDING_REVIEW);
            assertThat(items.find(doc.id()).orElseThrow().indexNumber()).isNull();
        }
    }

    @Nested
    class MediaFiles {

        @Test
        void aFileIsTypedByItsContentAndMustSuitTheForm() {
            CatalogItem graphic = draftInterpretation("测试图解类型检查", InterpretationForm.GRAPHIC);
            byte[] pdf = "%PDF-1.4\n%%EOF".getBytes();
            assertThatThrownBy(() -> workflow.attachMedia(ZHUJIAN, graphic.id(), "图.png", pdf, "图解"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(
                                            InvalidInputException.FieldProblem::field,
                                            InvalidInputException.FieldProblem::messageCode)
                                    .containsExactly(
                                            org.assertj.core.groups.Tuple.tuple("file", "catalog.error.media-type")));
            assertThatThrownBy(() -> workflow.attachMedia(ZHUJIAN, graphic.id(), "v.webm", demoVideo(), "视频"))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(items.attachments(graphic.id())).isEmpty();
        }

        @Test
        void everyFileNeedsItsTextAlternative() throws Exception {
            CatalogItem video = draftInterpretation("测试视频说明必填", InterpretationForm.VIDEO);
            assertThatThrownBy(() -> workflow.attachMedia(ZHUJIAN, video.id(), "v.webm", demoVideo(), "  "))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(InvalidInputException.FieldProblem::field)
                                    .containsExactly("description"));
            assertThat(items.attachments(video.id())).isEmpty();
        }

        @Test
        void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
            byte[] video = demoVideo();
            assertThatThrownBy(() -> MediaReader.read(InterpretationForm.VIDEO, "v.webm", video, "视频", 1024))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(
                                            InvalidInputException.FieldProblem::field,
                                            InvalidInputException.FieldProblem::messageCode)
                                    .containsExactly(
                                            org.assertj.core.groups.Tuple.tuple("file", "upload.refused.too-large")));
            assertThat(MediaReader.read(InterpretationForm.VIDEO, "v.webm", video, "视频", video.length)
                            .type()
                            .mediaType())
                    .isEqualTo("video/webm");
        }

        @Test
        void theConsoleRefusesAWrongFileBesideTheFieldAndStoresNothing() throws Exception {
            CatalogItem video = draftInterpretation("测试控制台上传视频", InterpretationForm.VIDEO);
            ConsoleSession zhujian = new ConsoleSession(port, "zhujian");
            String page = "/console/catalog/" + video.id();
            HttpResponse<String> refused = zhujian.upload(
                    page,
                    page + "/media",
                    "file",
                    Map.of("假视频.mp4", "这不是视频，只是一段文字。".getBytes()),
                    Map.of("description", "视频说明"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("与解读形式不符");
            assertThat(items.attachments(video.id())).isEmpty();

            HttpResponse<String> stored = zhujian.upload(
                    page, page + "/media", "file", Map.of("v.webm", demoVideo()), Map.of("description", "视频说明"));
            assertThat(stored.statusCode()).isEqualTo(302);
            assertThat(items.attachments(video.id())).singleElement().satisfies(a -> {
                assertThat(a.mediaType()).isEqualTo("video/webm");
                assertThat(a.description()).isEqualTo("视频说明");
            });
        }
    }

    @Nested
    class OnThePortal {

        private record Demo(String indexNumber, long attachmentId, int size) {}

        private Demo demoVideoItem() {
            return jdbc.sql("""
                    select i.index_number, a.id, a.size_bytes from catalog_item i
                    join catalog_attachment a on a.item_id = i.id
                    where i.title like '%读懂《既有住宅加装电梯实施意见》（视频）' and a.media_type = 'video/webm'""")
                    .query((rs, n) -> new Demo(rs.getString(1), rs.getLong(2), rs.getInt(3)))
                    .single();
        }

        @Test
        void theVideoIsServedInRangesWithItsOwnType() throws Exception {
            Demo demo = demoVideoItem();
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://localhost:" + port + "/portal/catalog/attachments/" + demo.attachmentId());
            HttpResponse<byte[]> part = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Range", "bytes=100-1099")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(part.statusCode()).isEqualTo(206);
            assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-1099/" + demo.size());
            assertThat(part.body()).hasSize(1000);
            assertThat(part.body()[0]).isEqualTo(demoVideo()[100]);
            assertThat(part.headers().firstValue("Content-Type")).hasValue("video/webm");
            assertThat(part.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

            HttpResponse<byte[]> whole =
                    http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(whole.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
            assertThat(whole.body()).isEqualTo(demoVideo());

            HttpResponse<byte[]> beyond = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Range", "bytes=" + (demo.size() + 10) + "-")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(beyond.statusCode()).isEqualTo(416);
        }

        @Test
        void theItemPagePlaysTheVideoAndDescribesTheImage() throws Exception {
            Demo demo = demoVideoItem();
            String page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port + "/portal/catalog/items/" + demo.indexNumber()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(page)
                    .contains("<video controls")
                    .contains("/portal/catalog/attachments/" + demo.attachmentId())
                    .contains("type=\"video/webm\"")
                    .contains("县住建局负责人用6秒介绍");
            String graphic = jdbc.sql("select index_number from catalog_item where title like '图解：既有住宅加装电梯%'")
                    .query(String.class)
                    .single();
            String graphicPage = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/portal/catalog/items/" + graphic))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(graphicPage).containsPattern("<img[^>]+alt=\"图解：申请（业主表决）");
        }
    }

    @Nested
    class Counted {

        @Test
        void interpretationsAreCountedByFormWithTheRatePerUnitAndYear() throws Exception {
            List<CatalogStatistics.InterpretationCount> counts =
                    statistics.interpretations(List.of(ZHUJIAN_UNIT), LAST);
            CatalogStatistics.InterpretationCount zhujian = counts.getFirst();
            assertThat(zhujian.unitCode()).isEqualTo(ZHUJIAN_UNIT);
            assertThat(zhujian.of(InterpretationForm.VIDEO)).isGreaterThanOrEqualTo(1);
            assertThat(zhujian.of(InterpretationForm.AUDIO)).isGreaterThanOrEqualTo(1);
            long direct = jdbc.sql(
                            "select count(*) from catalog_item where unit_code = ? and doc_type = 'INTERPRETATION'"
                                    + " and status = 'PUBLISHED' and extract(year from published_on) = " + LAST)
                    .param(ZHUJIAN_UNIT)
                    .query(Long.class)
                    .single();
            assertThat(zhujian.total()).isEqualTo(direct);
            assertThat(zhujian.explained()).isBetween(1L, zhujian.documents());
            assertThat(zhujian.ratePercent()).isNotNull();

            HttpResponse<String> page =
                    new ConsoleSession(port, "reviewer").get("/console/catalog/interpretations?year=" + LAST);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("音频解读").contains("解读率").contains(zhujian.ratePercent() + "%");
        }
    }
}
