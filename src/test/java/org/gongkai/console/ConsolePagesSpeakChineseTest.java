package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PlainChinese;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff read plain Chinese: for every demo role, the console's pages (lists, and the first case, catalogue item,
 * annual report and read report linked from them) show no message key, code or enum name, no username where a
 * name belongs, and no year printed with a thousands separator (「2,019」).
 */
@GongkaiTest
class ConsolePagesSpeakChineseTest {

    private static final List<String> PAGES = List.of(
            "/console",
            "/console/requests",
            "/console/deadlines",
            "/console/letter-settings",
            "/console/catalog",
            "/console/reviews",
            "/console/annual-reports",
            "/console/annual-reports/statistics",
            "/console/report-reading",
            "/console/calendar",
            "/console/units",
            "/console/audit",
            "/console/supervision",
            "/console/supervision/rounds",
            "/console/supervision/notices",
            "/console/supervision/tasks",
            "/console/supervision/assessment",
            "/console/supervision/items");
    private static final Pattern YEAR_WITH_SEPARATOR = Pattern.compile("(?<![\\d,])[12],\\d{3}(?![\\d,])\\s*年");
    private static final Pattern FIRST_LINK = Pattern.compile(
            "href=\"(/console/(?:requests/\\d+|catalog/\\d+|annual-reports/\\d+/\\d{4}|report-reading/\\d+|reviews/\\d+|supervision/(?:findings|rounds|notices|tasks|items)/\\d+))\"");
    private static final List<String> USERNAMES =
            List.of("admin", "reviewer", "zhujian", "ziranziyuan", "chengguan", "auditor");

    @LocalServerPort
    int port;

    @Test
    void everyRoleReadsTheConsoleInPlainChinese() throws Exception {
        PlainChinese plain = PlainChinese.PLATFORM;
        List<String> problems = new ArrayList<>();
        for (String user : List.of("admin", "reviewer", "zhujian", "auditor")) {
            ConsoleSession session = new ConsoleSession(port, user);
            Set<String> pages = new LinkedHashSet<>(PAGES);
            for (String list : PAGES) {
                HttpResponse<String> r = session.get(list);
                Matcher m = FIRST_LINK.matcher(r.body());
                Set<String> kinds = new LinkedHashSet<>();
                while (m.find()) {
                    String kind = m.group(1).replaceAll("/\\d.*", "");
                    if (kinds.add(kind)) {
                        pages.add(m.group(1));
                    }
                }
            }
            for (String path : pages) {
                HttpResponse<String> r = session.get(path);
                if (r.statusCode() != 200) {
                    if (r.statusCode() != 403) {
                        problems.add(user + " " + path + ": status " + r.statusCode());
                    }
                    continue;
                }
                String text = PlainChinese.textOf(r.body());
                List<String> raw = plain.rawTokens(text);
                if (!raw.isEmpty()) {
                    problems.add(user + " " + path + ": raw keys or names " + raw);
                }
                Matcher year = YEAR_WITH_SEPARATOR.matcher(text);
                if (year.find()) {
                    problems.add(user + " " + path + ": year with a separator 「" + year.group() + "」");
                }
                // the staff list shows each account's username in its own column, as administrators need it
                for (String u : path.equals("/console/units") ? List.<String>of() : USERNAMES) {
                    if (Pattern.compile("(?<![\\w@./-])" + u + "(?![\\w@/])")
                            .matcher(text)
                            .find()) {
                        problems.add(user + " " + path + ": username " + u);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
