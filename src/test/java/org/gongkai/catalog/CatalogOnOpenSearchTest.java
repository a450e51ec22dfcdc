package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.catalog.CatalogFixture.REVIEWER;
import static org.gongkai.catalog.CatalogFixture.ZHUJIAN;
import static org.gongkai.catalog.CatalogFixture.ZHUJIAN_UNIT;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.opensearch.OpenSearchCatalogSearch;
import org.gongkai.search.opensearch.SearchUnavailableException;
import org.gongkai.search.opensearch.SharedOpenSearch;
import org.gongkai.search.opensearch.SwitchableProxy;
import org.gongkai.search.persistence.SearchOutbox;
import org.gongkai.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform with GONGKAI_SEARCH_URL set: the catalogue is searched on a real OpenSearch node (reached through a
 * relay the test can take down), and what is published or withdrawn while OpenSearch is down waits in the outbox
 * and reaches it once it is back.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gongkai.data-dir=target/test-data-opensearch",
            "gongkai.search.index=platform",
            "gongkai.search.replicas=0"
        })
@ActiveProfiles("test")
class CatalogOnOpenSearchTest {

    static final SwitchableProxy OPENSEARCH = new SwitchableProxy(SharedOpenSearch.url());

    @DynamicPropertySource
    static void searchOnOpenSearch(DynamicPropertyRegistry registry) {
        registry.add("gongkai.search.url", OPENSEARCH::url);
    }

    @AfterAll
    static void stopRelay() {
        OPENSEARCH.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    CatalogWorkflow workflow;

    @Autowired
    CatalogSearch search;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    private CatalogItem published(String title) {
        CatalogItem item = workflow.create(ZHUJIAN, CatalogFixture.normative(ZHUJIAN_UNIT, title, today));
        workflow.submit(ZHUJIAN, item.id());
        return workflow.approve(REVIEWER, item.id(), null, null);
    }

    private List<Long> found(String text) {
        return search.search(SearchQuery.of(text)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void theDemoCatalogueIsOnOpenSearchAndAPublishedItemIsFoundAtOnce() {
        assertThat(search).isInstanceOf(OpenSearchCatalogSearch.class);
        assertThat(search.count()).isPositive();
        CatalogItem item = published("测试关于海绵城市建设管理的规定");
        assertThat(found("海绵城市")).contains(item.id());
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void changesMadeWhileOpenSearchIsDownWaitInTheOutboxAndArriveWhenItIsBack() {
        CatalogItem before = published("测试关于地下管线普查的规定");
        assertThat(found("地下管线普查")).containsExactly(before.id());

        OPENSEARCH.down();
        try {
            // publishing and withdrawing still work: the platform does not depend on the search cluster
            CatalogItem during = published("测试关于城市绿道建设的规定");
            workflow.withdraw(REVIEWER, before.id(), "内容有误");
            assertThat(jdbc.sql("select count(distinct item_id) from search_outbox")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
            assertThat(jdbc.sql("select min(attempts) from search_outbox")
                            .query(Integer.class)
                            .single())
                    .isPositive();
            assertThat(jdbc.sql("select max(last_error) from search_outbox")
                            .query(String.class)
                            .single())
                    .contains("did not answer");
            assertThatThrownBy(() -> search.search(SearchQuery.of("城市绿道")))
                    .isInstanceOf(SearchUnavailableException.class);

            OPENSEARCH.up();
            await(() -> outbox.pending() == 0, Duration.ofSeconds(20));
            assertThat(found("城市绿道")).containsExactly(during.id());
            assertThat(found("地下管线普查")).isEmpty();
        } finally {
            OPENSEARCH.up();
        }
    }

    @Test
    void whileOpenSearchIsDownThePortalSaysSearchIsUnavailableAndTheApiAnswers503() throws Exception {
        Http http = new Http(port);
        String path = "/portal/search?q=" + java.net.URLEncoder.encode("海绵城市", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(http.getPage(path).statusCode()).isEqualTo(200);

        OPENSEARCH.down();
        try {
            HttpResponse<String> page = http.getPage(path);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body())
                    .contains("搜索暂时不可用，请 30 秒后再试")
                    .contains("class=\"search-form\"") // the portal's own page: layout and form, the words kept
                    .contains("value=\"海绵城市\"")
                    .contains("<footer")
                    .doesNotContain("did not answer"); // no technical detail for visitors
            assertThat(http.get("/portal/catalog").statusCode()).isEqualTo(200);

            HttpResponse<String> api = http.get("/api/v1/catalog/search?q=%E6%B5%B7%E7%BB%B5");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(api.body()).contains("搜索暂时不可用").contains("search-unavailable");
        } finally {
            OPENSEARCH.up();
        }
        assertThat(http.getPage(path).statusCode()).isEqualTo(200);
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within " + timeout).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
