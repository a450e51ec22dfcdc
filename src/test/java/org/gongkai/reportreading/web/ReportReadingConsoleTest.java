package org.gongkai.reportreading.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.Bombs;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff upload published reports, see highlighted tables, compare them and export cells and findings. */
@GongkaiTest
class ReportReadingConsoleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern VIEW_LINK = Pattern.compile("/console/report-reading/(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String auth;

        Session(String user) {
            auth = Http.bearer(port, user);
        }

        HttpResponse<byte[]> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", auth)
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        String page(String path) throws Exception {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return new String(r.body(), StandardCharsets.UTF_8);
        }

        HttpResponse<String> upload(Map<String, byte[]> files) throws Exception {
            Matcher m = CSRF.matcher(page("/console/report-reading"));
            assertThat(m.find()).isTrue();
            String boundary = "----gongkai" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + m.group(1)
                            + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                                + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(f.getValue());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/report-reading"))
                            .header("Authorization", auth)
                            .header("Accept", "text/html")
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static byte[] seed(String prefix) throws Exception {
        try (var s = Files.list(Path.of("src/test/resources/seeds"))) {
            return Files.readAllBytes(s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow());
        }
    }

    @Test
    void givenUploadedReports_thenTablesHighlightedComparedAndExported() throws Exception {
        Session s = new Session("reviewer");
        String broken = new String(seed("004"), StandardCharsets.UTF_8)
                .replace("(一) 予以公开\t116\t2\t\t\t\t1\t119", "(一) 予以公开\t116\t2\t\t\t\t1\t120");
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("yueqing-2019.txt", seed("000"));
        files.put("cangnan-2020.txt", broken.getBytes(StandardCharsets.UTF_8));
        files.put("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        HttpResponse<String> r = s.upload(files);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("old.doc", "field-error", "yueqing-2019.txt", "cangnan-2020.txt");
        Matcher m = VIEW_LINK.matcher(r.body().substring(r.body().indexOf("role=\"status\"")));
        assertThat(m.find()).isTrue();
        long first = Long.parseLong(m.group(1));
        assertThat(m.find()).isTrue();
        long second = Long.parseLong(m.group(1));

        String view = s.page("/console/report-reading/" + first);
        assertThat(view)
                .contains("乐清市人民政府")
                .containsPattern("class=\"num inferred\" data-path=\"requests.granted.natural_person\">155<");
        String bad = s.page("/console/report-reading/" + second);
        assertThat(bad)
                .contains("行合计不符")
                .containsPattern("class=\"num bad\" data-path=\"requests.granted.total\">120<");
        assertThat(audit.forEntity("read_report", Long.toString(first))).isNotEmpty();

        String compare = s.page("/console/report-reading/compare?ids=" + first + "&ids=" + second);
        assertThat(compare).contains("<svg", "乐清市人民政府 2019", "苍南县人民政府 2020", "办理结果构成");

        HttpResponse<byte[]> csv = s.get("/console/report-reading/export.csv?ids=" + first + "&ids=" + second);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("requests,granted,natural_person,155,inferred", "row_sum");

        HttpResponse<byte[]> xlsx = s.get("/console/report-reading/export.xlsx?ids=" + first);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("单元格").getLastRowNum()).isEqualTo(22 + 23 * 7 + 15);
            assertThat(wb.getSheet("校验问题")).isNotNull();
        }
    }

    @Test
    void givenAnInflatingDocxAndAHugeImage_whenUploaded_thenRefusedWithinSecondsNamingEachAndNothingKept()
            throws Exception {
        Session s = new Session("reviewer");
        int before = s.page("/console/report-reading").split("/console/report-reading/\\d+\"").length;
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("bomb.docx", Bombs.ratioDocx());
        files.put("scan.png", Bombs.hugePng());
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.upload(files);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("field-error", "文件“bomb.docx”", "未处理", "图片“scan.png”为 100,000×100,000 像素");
        assertThat(s.page("/console/report-reading").split("/console/report-reading/\\d+\"").length)
                .isEqualTo(before);
    }

    @Test
    void givenAnAuditor_whenUploading_thenRefused403AndRecorded() throws Exception {
        HttpResponse<String> r = new Session("auditor").upload(Map.of("yueqing-2019.txt", seed("000")));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("auditor");
            assertThat(e.action()).isEqualTo("denied.reportreading.upload");
        });
    }

    @Test
    void givenAnUpload_thenOnlyItsUnitOrAnAdministratorDeletesItAndEveryAttemptIsRecorded() throws Exception {
        HttpResponse<String> r = new Session("zhujian").upload(Map.of("yueqing-2019.txt", seed("000")));
        Matcher m = VIEW_LINK.matcher(r.body().substring(r.body().indexOf("role=\"status\"")));
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        String view = "/console/report-reading/" + id;
        for (String other : List.of("chengguan", "auditor", "reviewer")) {
            ConsoleSession s = new ConsoleSession(port, other);
            assertThat(s.get(view).body()).doesNotContain(view + "/delete");
            assertThat(s.post(view, view + "/delete", Map.of()).statusCode())
                    .as(other)
                    .isEqualTo(403);
        }
        assertThat(audit.forEntity("read_report", id))
                .filteredOn(e -> e.action().equals("denied.reportreading.delete"))
                .extracting(e -> e.actor())
                .containsExactly("chengguan", "auditor", "reviewer");
        assertThat(new Session("zhujian").get(view).statusCode()).isEqualTo(200);

        ConsoleSession owner = new ConsoleSession(port, "zhujian");
        assertThat(owner.get(view).body()).contains(view + "/delete");
        assertThat(owner.post(view, view + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(owner.get(view).statusCode()).isEqualTo(404);
        assertThat(audit.forEntity("read_report", id))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("reportreading.delete"));

        HttpResponse<String> again = new Session("zhujian").upload(Map.of("yueqing-2019.txt", seed("000")));
        Matcher m2 = VIEW_LINK.matcher(again.body().substring(again.body().indexOf("role=\"status\"")));
        assertThat(m2.find()).isTrue();
        String view2 = "/console/report-reading/" + m2.group(1);
        assertThat(new ConsoleSession(port, "admin")
                        .post(view2, view2 + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void givenNoFile_whenUploading_thenTheErrorIsShownNextToTheField() throws Exception {
        HttpResponse<String> r = new Session("zhujian").upload(Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("field-error", "请选择要上传的文件");
        assertThat(List.of(r.body())).isNotEmpty();
    }

    @Test
    void givenNoLogin_thenTheConsolePageIsRefused() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/report-reading"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(302, 401);
    }
}
