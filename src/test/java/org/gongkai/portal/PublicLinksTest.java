package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Absolute links (sitemap, feeds) come from the configured public URL ({@code gongkai.public-url}, here
 * http://gongkai.example.gov.cn in the test profile), never from the Host header a client sends.
 */
@GongkaiTest
class PublicLinksTest {

    @LocalServerPort
    int port;

    /** A raw request: the JDK's HTTP client will not send a forged Host header. */
    private String getWithHost(String path, String host) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Forwarded-Host: " + host
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sitemap.xml", "/portal/feed.atom", "/portal/feed.rss"})
    void aForgedHostHeaderDoesNotReachTheLinks(String path) throws Exception {
        String response = getWithHost(path, "evil.example");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).contains("http://gongkai.example.gov.cn/portal/");
        assertThat(response).doesNotContain("evil.example");
    }
}
