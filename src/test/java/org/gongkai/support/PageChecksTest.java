package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page checks the portal and console crawls rely on catch what they exist to catch: a page that answers an error,
 * a page wider than a phone, a message key or enum name shown to a person, and a serious accessibility fault. Each
 * fault is put into an otherwise clean page, so a crawl passing means these faults are absent, not unnoticed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageChecksTest {

    private static final String CLEAN_BODY = "<header><h1>某某县人民政府信息公开</h1></header><main><p>依申请公开办理情况。</p></main>";

    private final PageChecks checks = new PageChecks(PlainChinese.PLATFORM);
    private Browsers browsers;

    @BeforeAll
    void launch() {
        browsers = Browsers.chromium();
    }

    @AfterAll
    void close() {
        browsers.close();
    }

    @Test
    void givenACleanPage_whenChecked_thenNothingIsFound() {
        assertThat(check(200, CLEAN_BODY, PageChecks.PHONE)).isEmpty();
        assertThat(check(200, CLEAN_BODY, PageChecks.DESKTOP)).isEmpty();
    }

    @Test
    void givenABlockWiderThanAPhone_whenChecked_thenTheOverflowIsFound() {
        List<String> problems = check(200, CLEAN_BODY + "<div style=\"width:2000px\">宽表格</div>", PageChecks.PHONE);

        assertThat(problems).anyMatch(p -> p.contains("wider than the window"));
    }

    @Test
    void givenAMessageKeyOrAnEnumName_whenChecked_thenEachIsFound() {
        List<String> problems = check(200, CLEAN_BODY + "<p>audit.denied</p><p>状态：UNDER_REVIEW、GRANTED</p>", 1366);

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .contains("raw keys")
                        .contains("audit.denied")
                        .contains("UNDER_REVIEW")
                        .contains("GRANTED"));
    }

    @Test
    void givenAFieldWithoutALabel_whenChecked_thenAxeFindsIt() {
        List<String> problems = check(
                200,
                CLEAN_BODY + "<form><input type=\"text\" name=\"q\"><button>搜索</button></form>",
                PageChecks.DESKTOP);

        assertThat(problems).anyMatch(p -> p.contains("label"));
    }

    @Test
    void givenAnErrorStatus_whenChecked_thenItIsFoundUnlessAllowed() {
        assertThat(check(500, CLEAN_BODY, PageChecks.DESKTOP)).anyMatch(p -> p.contains("status 500"));
        assertThat(check(404, CLEAN_BODY, PageChecks.DESKTOP, Set.of(404))).isEmpty();
    }

    private List<String> check(int status, String body, int width) {
        return check(status, body, width, Set.of());
    }

    /** Serves {@code body} as a Chinese page at a made-up address and checks it at {@code width}. */
    private List<String> check(int status, String body, int width, Set<Integer> allowed) {
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>检查</title></head><body>" + body + "</body></html>";
        try (BrowserContext context = browsers.browser().newContext(PageChecks.at(width))) {
            context.route(
                    "http://checks.test/**",
                    (Route route) -> route.fulfill(new Route.FulfillOptions()
                            .setStatus(status)
                            .setContentType("text/html; charset=utf-8")
                            .setBody(html)));
            Page page = context.newPage();
            Response response = page.navigate("http://checks.test/page");
            return checks.check(page, response, "test page", "page-checks-" + width + "-" + status, allowed);
        }
    }
}
