package org.gongkai.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public messages and consultations page of the demo is searched for the phone numbers, identity card
 * numbers and e-mail addresses the demo's senders and commenters wrote: none may appear.
 */
@GongkaiTest
class PublicVoiceLeaksNothingTest {

    private static final Pattern PERSONAL =
            Pattern.compile("1[3-9]\\d{9}|\\d{17}[\\dXx]|0\\d{3}-\\d{7,8}|[\\w.]+@[\\w.]+\\.\\w+");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noPublicPageShowsAPhoneNumberIdNumberOrEmailTheDemoHolds() throws Exception {
        // Given what the demo's people wrote
        Set<String> personal = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        texts.addAll(jdbc.sql("select coalesce(sender_phone, '') || ' ' || coalesce(sender_email, '') || ' ' || body "
                        + "from message")
                .query(String.class)
                .list());
        texts.addAll(jdbc.sql("select text || ' ' || coalesce(author_contact, '') from consultation_comment")
                .query(String.class)
                .list());
        for (String t : texts) {
            Matcher m = PERSONAL.matcher(t);
            while (m.find()) {
                personal.add(m.group());
            }
        }
        assertThat(personal)
                .as("the demo holds phone and ID numbers to look for")
                .hasSizeGreaterThan(8);

        // When every public page of messages and consultations is read
        Http http = new Http(port);
        List<String> paths =
                new ArrayList<>(List.of("/portal/messages", "/api/v1/messages?answered=true", "/portal/consultations"));
        jdbc.sql("select id from consultation")
                .query(Long.class)
                .list()
                .forEach(id -> paths.add("/portal/consultations/" + id));
        int read = 0;
        for (String path : paths) {
            HttpResponse<String> r = path.startsWith("/api/") ? http.get(path) : http.getPage(path);
            if (r.statusCode() == 404) {
                continue;
            }
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            read++;
            // Then none of it appears
            for (String p : personal) {
                assertThat(r.body()).as(path + " shows " + p).doesNotContain(p);
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(5);
        assertThat(http.getPage("/portal/messages").body()).contains("老旧小区改造何时开工", "人民路");
    }
}
