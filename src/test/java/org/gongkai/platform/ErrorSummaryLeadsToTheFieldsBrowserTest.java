package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a form sent back with errors puts the keyboard on its summary, and each link of the summary puts it
 * on the field the message is about (the markup rules themselves are checked over HTTP, for every form, by
 * {@link EveryFormTiesItsErrorsToItsFieldsTest}).
 */
@GongkaiTest
class ErrorSummaryLeadsToTheFieldsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachLinkOfTheSummaryMovesFocusToItsField() {
        try (Browsers browsers = Browsers.chromium()) {
            // Given a citizen who sends the application form empty (from an address of its own: no throttling)
            Page page = browsers.browser()
                    .newContext(new Browser.NewContextOptions()
                            .setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.62")))
                    .newPage();
            page.navigate("http://localhost:" + port + "/portal/apply");
            page.locator("#name").fill("");
            // the browser's own check of required fields would stop the form before the server sees it
            page.evaluate("document.querySelector('form.request-form').noValidate = true");
            page.locator("form.request-form button[type=submit]").click();
            page.waitForSelector(".error-summary", new Page.WaitForSelectorOptions().setTimeout(120_000));

            // Then the summary has the focus
            assertThat(page.evaluate("document.activeElement.classList.contains('error-summary')"))
                    .isEqualTo(true);
            // And each of its links moves the focus to the field it names, which its message describes
            Locator links = page.locator(".error-summary a");
            assertThat(links.count()).isGreaterThanOrEqualTo(3);
            for (int i = 0; i < links.count(); i++) {
                String target = links.nth(i).getAttribute("href").substring(1);
                links.nth(i).click();
                assertThat(page.evaluate("document.activeElement.id"))
                        .as(target)
                        .isEqualTo(target);
                assertThat(page.evaluate("document.activeElement.getAttribute('aria-invalid')"))
                        .isEqualTo("true");
                String described = (String) page.evaluate("document.getElementById(document.activeElement.getAttribute("
                        + "'aria-describedby').split(' ').pop()).textContent");
                assertThat(described).isEqualTo(links.nth(i).textContent());
            }
        }
    }
}
