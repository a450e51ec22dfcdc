package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Screenshots and files on an inspector's finding: the office uploads them (type by content, bounded), the office
 * and the finding's unit see them on the finding, another unit and the public do not; every step and refusal audited.
 */
@GongkaiTest
class FindingFilesTest {

    static final String GOVERNMENT = "001008099";
    static final String ZHUJIAN = GOVERNMENT + "013";
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, GOVERNMENT + "001");

    @LocalServerPort
    int port;

    @Autowired
    Inspections inspections;

    @Autowired
    FindingFileRepository files;

    @Autowired
    FindingRepository findingRepository;

    @Autowired
    AuditLog audit;

    @Test
    void theOfficeAttachesAScreenshotThatTheUnitSeesAndNoOneElse() throws Exception {
        Finding f = finding("首页“通知公告”栏目三个月未更新");
        String page = "/console/supervision/findings/" + f.id();
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        byte[] png = png();
        HttpResponse<String> up = reviewer.upload(page, page + "/files", "file", Map.of("首页截图.png", png), Map.of());
        assertThat(up.statusCode()).isEqualTo(302);
        FindingFile stored = files.of(f.id()).getFirst();
        assertThat(stored.name()).isEqualTo("首页截图.png");
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("supervision.finding.attach")
                        && e.actor().equals("reviewer"));

        String file = page + "/files/" + stored.id();
        HttpResponse<byte[]> office = bytes("reviewer", file);
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(office.body()).isEqualTo(png);
        assertThat(office.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(office.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(office.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        HttpResponse<String> unitPage = new ConsoleSession(port, "zhujian").get(page);
        assertThat(unitPage.statusCode()).isEqualTo(200);
        assertThat(unitPage.body()).contains("首页截图.png").contains("<img").doesNotContain("id=\"attach-file\"");
        assertThat(bytes("zhujian", file).statusCode()).isEqualTo(200);

        assertThat(bytes("ziranziyuan", file).statusCode()).isEqualTo(403);
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("denied.supervision.finding")
                        && e.actor().equals("ziranziyuan"));
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + file))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).isNotEqualTo(png);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedBesideTheFieldAndTheUnitMayNotUpload() throws Exception {
        Finding f = finding("政策解读栏目链接错误");
        String page = "/console/supervision/findings/" + f.id();
        HttpResponse<String> text = new ConsoleSession(port, "reviewer")
                .upload(
                        page,
                        page + "/files",
                        "file",
                        Map.of("说明.txt", "检查说明".getBytes(StandardCharsets.UTF_8)),
                        Map.of());
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("id=\"err-file\"").contains("请上传 PNG、JPEG 格式的截图或 PDF、DOCX 格式的文件");
        HttpResponse<String> empty = new ConsoleSession(port, "reviewer")
                .upload(page, page + "/files", "file", Map.of("空.png", new byte[0]), Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"err-file\"");
        assertThat(files.of(f.id())).isEmpty();

        HttpResponse<String> byUnit = new ConsoleSession(port, "zhujian")
                .upload(page, page + "/files", "file", Map.of("a.png", png()), Map.of());
        assertThat(byUnit.statusCode()).isEqualTo(403);
        assertThat(files.of(f.id())).isEmpty();
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("denied.supervision.finding.attach")
                        && e.actor().equals("zhujian"));
    }

    @Test
    void onlyAnInspectorsFindingTakesFiles() throws Exception {
        Finding selfInspected = findingRepository.open(java.util.Set.of(GOVERNMENT + "103")).stream()
                .filter(x -> x.roundId() == null)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> inspections.attach(REVIEWER, selfInspected.id(), "a.png", png()))
                .isInstanceOf(ConflictException.class);
    }

    private Finding finding(String note) {
        LocalDate today = LocalDate.now(China.ZONE);
        Round round = inspections.plan(
                REVIEWER,
                new Inspections.RoundForm("MONTHLY_THEME", "网站专项检查", today.toString(), today.toString(), "栏目更新\n链接可用"));
        return inspections.record(REVIEWER, round.id(), ZHUJIAN, 1, "MEDIUM", note, today);
    }

    private HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", Http.bearer(port, user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xcc0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
