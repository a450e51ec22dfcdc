package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The staff API of applications as tests drive it: a new case through public intake (at the housing bureau), steps
 * as a demo account, the case as JSON, files uploaded to release, and a letter's PDF text.
 */
public final class CaseApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    public CaseApi(int port) {
        this.port = port;
    }

    /** A new online application at the housing bureau by 张三 with this email address; its tracking code. */
    public String newCase(String email) throws Exception {
        return newCase("001008099013", "11010519491231002X", email);
    }

    /** A new online application by 张三 (this identity number) at a unit, answered by email; its tracking code. */
    public String newCase(String unitCode, String idNumber, String email) throws Exception {
        HttpResponse<String> r = new Http(port).postJson("/api/v1/requests", """
                        {"unitCode":"%s","applicant":{"type":"natural_person","name":"张三",
                         "idType":"resident_id","idNumber":"%s","phone":"13800000000",
                         "address":"示例县城关镇1号"},
                         "description":"申请公开2024年城关镇老旧小区改造项目的资金使用情况",
                         "channel":"online","delivery":"email","email":"%s"}""".formatted(unitCode, idNumber, email));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("trackingCode").asText();
    }

    /** One workflow step as {@code user} (a demo account). */
    public HttpResponse<String> step(String user, String code, String step, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri("/api/v1/requests/" + code + "/steps/" + step))
                        .header("Authorization", Http.bearer(port, user))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The case as the housing bureau's handler reads it. */
    public JsonNode get(String code) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(uri("/api/v1/requests/" + code))
                        .header("Authorization", Http.bearer(port, "zhujian"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** A file to release, uploaded by the housing bureau's handler. */
    public HttpResponse<String> upload(String code, String filename, byte[] content) throws Exception {
        Multipart m = Multipart.of(Map.of(), "file", Map.of(filename, content));
        return client.send(
                HttpRequest.newBuilder(uri("/api/v1/requests/" + code + "/files"))
                        .header("Authorization", Http.bearer(port, "zhujian"))
                        .header("Content-Type", m.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(m.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The text of the letter at {@code url} as PDF, white space removed. */
    public String pdfText(String url) throws Exception {
        HttpResponse<byte[]> r = client.send(
                HttpRequest.newBuilder(uri(url))
                        .header("Authorization", Http.bearer(port, "zhujian"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return pdfText(r.body());
    }

    /** The text of a PDF, white space removed. */
    public static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    /** A JSON string literal. */
    public static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
