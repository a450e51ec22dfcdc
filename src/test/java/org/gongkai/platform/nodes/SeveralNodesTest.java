package org.gongkai.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.GongkaiApplication;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.db.EmbeddedDatabase;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.lucene.LuceneCatalogSearch;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.FileSystemUtils;

/**
 * Two application nodes over one PostgreSQL: node A is the tests' platform (embedded database), node B a second
 * platform in this JVM with its own data directory (its own search index) that reaches A's database as an external
 * one, as {@code ./gongkai serve} does with GONGKAI_DB_URL.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTest {

    private static final String ZHUJIAN_UNIT = "001008099013";
    private static final StaffMember ZHUJIAN = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, ZHUJIAN_UNIT);
    private static final StaffMember REVIEWER =
            new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, "001008099001");

    @LocalServerPort
    int portA;

    @Autowired
    GongkaiProperties props;

    @Autowired
    CatalogWorkflow workflowA;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext nodeA;

    ConfigurableApplicationContext nodeB;
    int portB;

    @BeforeAll
    void startNodeB() {
        FileSystemUtils.deleteRecursively(DATA_B.toFile());
        runNodeB();
    }

    private static final Path DATA_B = Path.of("target/test-node-b").toAbsolutePath();

    /** Node B on its data directory (its own search index), kept between runs. */
    private void runNodeB() {
        EmbeddedDatabase.Endpoint db = EmbeddedDatabase.start(props.dataDir(), EmbeddedDatabase.Options.production());
        Path dataB = DATA_B;
        nodeB = new SpringApplicationBuilder(GongkaiApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--gongkai.data-dir=" + dataB,
                        "--gongkai.demo=false",
                        "--gongkai.db-url=" + db.jdbcUrl(),
                        "--gongkai.db-user=" + db.user(),
                        "--gongkai.db-password=" + db.password());
        portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aConsoleLoginOnNodeAIsValidOnNodeB() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = browser.send(get(portA, "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=reviewer&password=demo1234&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> onB = browser.send(get(portB, "/console"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stranger =
                HttpClient.newHttpClient().send(get(portB, "/console"), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("王审核");
        assertThat(stranger.statusCode()).isEqualTo(302);
    }

    @Test
    void anItemPublishedThroughNodeAIsInNodeBsSearchAndPagesWithinOneSecond() throws Exception {
        String title = "关于两个节点同步公开测试" + System.nanoTime() % 100000 + "号的通知";
        String list = "/portal/catalog/list?unit=" + ZHUJIAN_UNIT;
        HttpClient visitor = HttpClient.newHttpClient();
        assertThat(visitor.send(get(portB, list), HttpResponse.BodyHandlers.ofString())
                        .body())
                .doesNotContain(title); // now in node B's page cache
        CatalogSearch searchB = nodeB.getBean(CatalogSearch.class);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

        CatalogItem draft = workflowA.create(ZHUJIAN, content(title, today));
        workflowA.submit(ZHUJIAN, draft.id());
        workflowA.approve(REVIEWER, draft.id(), "同意", null);
        long published = System.nanoTime();

        assertThat(within(1000, () -> searchB.search(SearchQuery.of(title)).total() == 1))
                .as("in node B's search within a second")
                .isTrue();
        assertThat(within(1000, () -> page(visitor, portB, list).contains(title)))
                .as("on node B's cached list page within a second")
                .isTrue();
        assertThat((System.nanoTime() - published) / 1_000_000).isLessThan(1000);

        workflowA.withdraw(REVIEWER, draft.id(), "测试撤回");
        assertThat(within(1000, () -> searchB.search(SearchQuery.of(title)).total() == 0))
                .as("withdrawn on node A, gone from node B's search")
                .isTrue();
    }

    @Test
    void aNodeThatLostItsListeningConnectionListensAgainAndCatchesUpWithWhatChangedMeanwhile() throws Exception {
        NodeSignals signalsB = nodeB.getBean(NodeSignals.class);
        List<Instant> missed = new CopyOnWriteArrayList<>();
        List<String> heard = new CopyOnWriteArrayList<>();
        signalsB.listen("test_probe", heard::add, missed::add);
        assertThat(within(2000, () -> listening("gongkai_test_probe"))).isTrue();
        String title = "关于节点断线后补齐索引测试" + System.nanoTime() % 100000 + "号的通知";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CatalogSearch searchB = nodeB.getBean(CatalogSearch.class);

        // When every node's listening connection is cut and an item is published meanwhile
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen gongkai_%'")
                .query()
                .listOfRows();
        CatalogItem draft = workflowA.create(ZHUJIAN, content(title, today));
        workflowA.submit(ZHUJIAN, draft.id());
        workflowA.approve(REVIEWER, draft.id(), "同意", null);

        // Then node B listens again, is told what it may have missed, and has the item in its index
        assertThat(within(10_000, () -> !missed.isEmpty())).isTrue();
        assertThat(missed.getFirst()).isBefore(Instant.now());
        assertThat(within(5000, () -> searchB.search(SearchQuery.of(title)).total() == 1))
                .isTrue();
        assertThat(within(5000, () -> listening("gongkai_test_probe"))).isTrue();
        nodeA.getBean(NodeSignals.class).send("test_probe", "again");
        assertThat(within(2000, () -> heard.contains("again"))).isTrue();
        workflowA.withdraw(REVIEWER, draft.id(), "测试撤回");
    }

    @Test
    void aNodeStoppedWhileItemsChangedReindexesExactlyWhatTheChangeFeedSaysChangedWhenItStartsAgain() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String tag = Long.toString(System.nanoTime() % 100000);
        String before = "关于停机节点补齐测试甲" + tag + "号的通知";
        String meanwhile = "关于停机节点补齐测试乙" + tag + "号的通知";
        CatalogItem old = publishOnA(before, today);
        CatalogItem kept = publishOnA("关于停机节点补齐测试丙" + tag + "号的通知", today);
        assertThat(within(
                        2000,
                        () -> nodeB.getBean(CatalogSearch.class)
                                        .search(SearchQuery.of(before))
                                        .total()
                                == 1))
                .isTrue();
        long stopped = feedLast();
        assertThat(within(5000, () -> nodeB.getBean(CatalogSearch.class).feedPosition() == stopped))
                .as("node B has followed the feed")
                .isTrue();

        // When node B is stopped, and through node A one item is withdrawn and another published (counts equal)
        nodeB.close();
        long publicCount = publicItems();
        workflowA.withdraw(REVIEWER, old.id(), "测试撤回");
        CatalogItem added = publishOnA(meanwhile, today);
        assertThat(publicItems()).isEqualTo(publicCount);
        assertThat(feedLast()).isGreaterThan(stopped);

        // (and a mark only node B's index has: an unchanged item's document with another title, which a rebuild of
        // B's index would wipe out but following the feed leaves alone)
        String mark = "金丝雀标记" + tag;
        try (LuceneCatalogSearch indexB =
                new LuceneCatalogSearch(DATA_B.resolve("search").resolve("catalog"))) {
            indexB.index(new SearchDocument(
                    kept.id(),
                    "mark",
                    mark,
                    null,
                    ZHUJIAN_UNIT,
                    "mark",
                    today,
                    1,
                    "mark",
                    "NORMATIVE",
                    null,
                    "",
                    mark));
        }

        // Then node B, started again on its own index, follows the feed from where its index stopped
        runNodeB();
        CatalogSearch searchB = nodeB.getBean(CatalogSearch.class);
        assertThat(searchB.search(SearchQuery.of(before)).total())
                .as("withdrawn while B was stopped")
                .isZero();
        assertThat(searchB.search(SearchQuery.of(meanwhile)).hits())
                .extracting(h -> h.id())
                .containsExactly(added.id());
        assertThat(searchB.feedPosition()).isEqualTo(feedLast());
        assertThat(searchB.count()).isEqualTo(publicItems());
        assertThat(searchB.search(SearchQuery.of(mark)).hits())
                .as("exactly the changed items re-indexed, not the whole index rebuilt")
                .extracting(h -> h.id())
                .containsExactly(kept.id());
        workflowA.withdraw(REVIEWER, added.id(), "测试撤回");
        workflowA.withdraw(REVIEWER, kept.id(), "测试撤回");
    }

    private CatalogItem publishOnA(String title, LocalDate today) {
        CatalogItem draft = workflowA.create(ZHUJIAN, content(title, today));
        workflowA.submit(ZHUJIAN, draft.id());
        return workflowA.approve(REVIEWER, draft.id(), "同意", null);
    }

    private long feedLast() {
        return jdbc.sql("select max(seq) from catalog_change").query(Long.class).single();
    }

    private long publicItems() {
        return nodeA.getBean(CatalogSearch.class).count();
    }

    private boolean listening(String channel) {
        return jdbc.sql("select count(*) from pg_stat_activity where query = ?")
                        .param("listen " + channel)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void theNightlyExpiryJobRunsOnOneNodeWhenBothSchedulersFire() throws Exception {
        jdbc.sql("delete from platform_job_run where job = 'requests.expiry'").update();
        Method nightly = nightlyTrigger();
        Object jobA = nodeA.getBean(nightly.getDeclaringClass());
        Object jobB = nodeB.getBean(nightly.getDeclaringClass());

        var onA = CompletableFuture.supplyAsync(() -> invoke(nightly, jobA));
        var onB = CompletableFuture.supplyAsync(() -> invoke(nightly, jobB));
        List<Boolean> ran = List.of(onA.get(), onB.get());
        boolean laterOnA = invoke(nightly, jobA);

        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(laterOnA).as("a scheduler firing late the same night").isFalse();
        assertThat(jdbc.sql("select count(*) from platform_job_run where job = 'requests.expiry'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** The expiry job's nightly trigger, as the scheduler calls it (a cron-scheduled method). */
    private static Method nightlyTrigger() {
        try {
            Method m = Class.forName("org.gongkai.requests.ExpirySchedule").getDeclaredMethod("nightly");
            assertThat(m.getAnnotation(Scheduled.class).cron()).isEqualTo("0 5 0 * * *");
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean invoke(Method m, Object target) {
        try {
            m.setAccessible(true);
            return (Boolean) m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static String page(HttpClient client, int port, String path) {
        try {
            return client.send(get(port, path), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .build();
    }

    private static ItemContent content(String title, LocalDate written) {
        return new ItemContent(
                ZHUJIAN_UNIT,
                title,
                "示建〔" + written.getYear() + "〕7号",
                DocumentType.NORMATIVE,
                written,
                1,
                "规范性文件",
                DisclosureMode.PROACTIVE,
                null,
                title + "。正文：两个节点同步公开的具体规定。",
                "测试",
                null,
                null);
    }
}
