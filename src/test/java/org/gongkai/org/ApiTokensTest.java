package org.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff API takes API tokens: HTTP Basic buys a token on POST /api/v1/tokens only, the token carries exactly
 * its account's rights, is kept as SHA-256 only, and dies when revoked.
 */
@GongkaiTest
class ApiTokensTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenAnAdministratorsPassword_whenTradedForAToken_thenTheTokenListsTheStaffAndIsStoredOnlyAsItsHash()
            throws Exception {
        HttpResponse<String> issued = send("POST", "/api/v1/tokens", basic("admin", "demo1234"));
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(issued.body()).contains("\"expires\"");
        String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> staff = send("GET", "/api/v1/staff", "Bearer " + token);

        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body())
                .contains("\"username\":\"zhujian\"", "\"role\":\"HANDLER\"", "\"unitCode\":\"001008099013\"")
                .contains("\"active\":true")
                .doesNotContain("password");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = encode(sha256(?::bytea), 'hex')")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void givenAHandlersToken_whenListingStaff_thenItHasTheHandlersRightsOnly403AndAudited() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/staff", Http.bearer(port, "chengguan"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(audit.recent(20))
                .anyMatch(
                        e -> e.action().equals("denied.staff.list") && e.actor().equals("chengguan"));
        assertThat(send("GET", "/console/requests", Http.bearer(port, "chengguan"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void givenARevokedToken_whenUsed_thenItIsRefusedWith401() throws Exception {
        accounts.create("token-revoke", "a-long-password-1", "测试", Role.HANDLER, "001008099013");
        String token = Http.issue(port, "token-revoke", "a-long-password-1");
        assertThat(send("GET", "/api/v1/tokens", "Bearer " + token).body()).contains("\"valid\":true");
        String id = send("GET", "/api/v1/tokens", "Bearer " + token).body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        assertThat(send("DELETE", "/api/v1/tokens/" + id, "Bearer " + token).statusCode())
                .isEqualTo(204);

        HttpResponse<String> after = send("GET", "/api/v1/tokens", "Bearer " + token);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send("GET", "/api/v1/staff", "Bearer not-a-token").statusCode())
                .isEqualTo(401);
    }

    @Test
    void givenHttpBasic_whenUsedOnTheConsoleOrTheStaffApi_thenItIsNotAccepted() throws Exception {
        HttpResponse<String> console = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console"))
                        .header("Authorization", basic("admin", "demo1234"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(send("GET", "/console", basic("admin", "demo1234")).statusCode())
                .isEqualTo(401);

        assertThat(send("GET", "/api/v1/staff", basic("admin", "demo1234")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void givenWrongPasswordsOnTheTokenEndpoint_thenThatAddressWaits_butTheOwnerElsewhereDoesNot() throws Exception {
        accounts.create("token-guess", "a-long-password-2", "测试", Role.HANDLER, "001008099013");
        String guesser = "198.51.100.77";
        for (int i = 0; i < 4; i++) {
            assertThat(sendFrom(guesser, basic("token-guess", "wrong" + i)).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> waiting = sendFrom(guesser, basic("token-guess", "a-long-password-2"));
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
        assertThat(sendFrom("198.51.100.78", basic("token-guess", "a-long-password-2"))
                        .statusCode())
                .isEqualTo(201);
    }

    private HttpResponse<String> sendFrom(String address, String authorization) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                        .header("X-Forwarded-For", address)
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
