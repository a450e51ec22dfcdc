package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Portal and console pages name their favicon and touch icon, and each is served as an image to anyone. */
@GongkaiTest
class PagesCarryTheirIconsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void portalAndConsolePagesLinkIconsThatAreServed() throws Exception {
        Document portal = Jsoup.parse(get("/portal/guide").body());
        Document console =
                Jsoup.parse(new ConsoleSession(port, "admin").get("/console").body());
        for (Document page : List.of(portal, console)) {
            List<Element> icons = page.select("head link[rel=icon], head link[rel=apple-touch-icon]");
            assertThat(icons).extracting(e -> e.attr("rel")).contains("icon", "apple-touch-icon");
            for (Element icon : icons) {
                HttpResponse<byte[]> served = getBytes(icon.attr("href"));
                assertThat(served.statusCode()).as(icon.attr("href")).isEqualTo(200);
                assertThat(served.headers().firstValue("Content-Type").orElse(""))
                        .as(icon.attr("href"))
                        .startsWith("image/");
                assertThat(served.body()).isNotEmpty();
            }
        }
        // browsers that ask for /favicon.ico without reading the page get an icon too
        assertThat(getBytes("/favicon.ico").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
