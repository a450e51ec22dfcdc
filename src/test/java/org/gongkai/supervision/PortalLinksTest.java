package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which links in an item's text point into the platform's own portal, and at what. */
class PortalLinksTest {

    @Test
    void relativeAndOwnHostLinksAreReadOtherSitesAreNot() {
        PortalLinks links = new PortalLinks("https://gk.example.gov.cn");
        assertThat(links.in("见 /portal/catalog/items/001008099013/2024-000012。另见"
                        + "https://gk.example.gov.cn/portal/catalog/attachments/77，及 https://www.gov.cn/portal/catalog/items/"
                        + "1/2020-1、http://gk.example.gov.cn.evil.cn/portal/catalog/attachments/5"
                        + "、example.com/portal/catalog/attachments/6、/portal/search?q=x"))
                .containsExactly(
                        new PortalLinks.Link(
                                "/portal/catalog/items/001008099013/2024-000012", "001008099013/2024-000012", null),
                        new PortalLinks.Link("https://gk.example.gov.cn/portal/catalog/attachments/77", null, 77L));
    }

    @Test
    void withoutAPublicUrlLocalhostIsTheOwnHostAndRepeatedLinksCountOnce() {
        PortalLinks links = new PortalLinks("");
        assertThat(links.in("http://localhost:8080/portal/catalog/attachments/3 与 "
                        + "http://localhost:8080/portal/catalog/attachments/3 与 /portal/catalog/items/0010/2025-7."))
                .extracting(PortalLinks.Link::written)
                .containsExactly(
                        "http://localhost:8080/portal/catalog/attachments/3", "/portal/catalog/items/0010/2025-7");
    }
}
