package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GongkaiTest
class PlatformSmokeTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return new Http(port).get(path);
    }

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void portalHomeCarriesTheDisclosureColumn() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("政府信息公开").contains("示例县人民政府");
    }

    @Test
    void unitsApiListsTheDemoTree() throws Exception {
        HttpResponse<String> r = get("/api/v1/units");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"code\":\"001008099\"").contains("城关镇").contains("\"parentCode\"");
    }

    @Test
    void consoleSendsABrowserToTheLoginPage() throws Exception {
        HttpResponse<String> r = new Http(port).getPage("/console");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void staffApiAnswers401WithoutCredentials() throws Exception {
        assertThat(get("/api/v1/console/anything").statusCode()).isEqualTo(401);
    }

    @Test
    void openApiDescribesTheJsonApi() throws Exception {
        HttpResponse<String> r = get("/v3/api-docs");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/units");
    }
}
