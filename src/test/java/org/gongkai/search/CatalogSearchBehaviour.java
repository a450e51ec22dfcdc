package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a catalogue search does, whatever the engine: every {@link CatalogSearch} implementation's test extends this
 * suite (the embedded Lucene index and OpenSearch run the same cases).
 */
public abstract class CatalogSearchBehaviour {

    protected CatalogSearch search;

    /** A new, empty engine for one test. */
    protected abstract CatalogSearch open();

    /** Releases what {@link #open()} made. */
    protected abstract void close(CatalogSearch engine);

    @BeforeEach
    void openWithFiveItems() {
        search = open();
        search.index(doc(1, "示例县老旧小区综合改造实施办法", "推进老旧小区综合改造，完善配套设施。", "001", 2023, 1, "NORMATIVE", "VALID"));
        search.index(doc(2, "《示例县老旧小区综合改造实施办法》政策解读", "解读老旧小区综合改造的主要内容。", "001", 2023, 1, "INTERPRETATION", null));
        search.index(doc(3, "示例县农村危房改造补助标准", "农村危房改造补助资金按户核定。", "002", 2021, 11, "NORMATIVE", "REPEALED"));
        search.index(doc(4, "2024年部门预算", "财政拨款收支总表。老旧设备更新。", "002", 2024, 7, "BUDGET", null));
        search.index(doc(5, "关于城区停车管理的通告", "城区小区周边道路停车管理。", "003", 2020, 15, "NOTICE", null));
    }

    @AfterEach
    void closeEngine() {
        close(search);
    }

    @Nested
    class FindingChinesePhrases {

        @Test
        void aPhraseWithAWordLeftOutStillFindsTheDocument() {
            SearchResult r = search.search(SearchQuery.of("老旧小区改造"));
            assertThat(ids(r)).contains(1L, 2L).doesNotContain(3L, 5L);
        }

        @Test
        void anAbbreviationFindsTheFullForm() {
            search.index(doc(6, "城乡居民最低生活保障标准调整的通知", "提高最低生活保障标准。", "003", 2024, 11, "NORMATIVE", "VALID"));
            assertThat(ids(search.search(SearchQuery.of("低保标准")))).containsExactly(6L);
        }

        @Test
        void wordsOfAPhraseMustEachStayTogether() {
            assertThat(ids(search.search(SearchQuery.of("小区老旧")))).contains(1L);
            assertThat(ids(search.search(SearchQuery.of("区老")))).isEmpty();
        }

        @Test
        void theTitleMatchRanksFirst() {
            assertThat(search.search(SearchQuery.of("农村危房改造")).hits().get(0).id())
                    .isEqualTo(3L);
        }

        @Test
        void everyPartMustMatch() {
            assertThat(ids(search.search(SearchQuery.of("老旧小区改造 解读")))).containsExactly(2L);
        }

        @Test
        void theExcerptMarksTheMatchedWords() {
            SearchHit hit = search.search(SearchQuery.of("老旧小区改造")).hits().stream()
                    .filter(h -> h.id() == 1L)
                    .findFirst()
                    .orElseThrow();
            assertThat(hit.highlight()).isEqualTo("推进<mark>老旧小区</mark>综合<mark>改造</mark>，完善配套设施。");
            assertThat(hit.titleHighlight()).contains("<mark>");
        }

        @Test
        void theIndexNumberFindsItsItem() {
            assertThat(ids(search.search(SearchQuery.of("001/2023-000001")))).containsExactly(1L);
        }
    }

    @Nested
    class FiltersAndFacets {

        @Test
        void filtersNarrowTheHits() {
            SearchQuery byUnit = new SearchQuery("改造", "002", null, null, null, null, null, 0, 10);
            assertThat(ids(search.search(byUnit))).containsExactly(3L);
            SearchQuery byValidity = new SearchQuery("改造", null, null, null, "NORMATIVE", "VALID", null, 0, 10);
            assertThat(ids(search.search(byValidity))).containsExactly(1L);
            SearchQuery byYearAndItem = new SearchQuery("", null, 7, 2024, null, null, null, 0, 10);
            assertThat(ids(search.search(byYearAndItem))).containsExactly(4L);
        }

        @Test
        void facetsCountTheHitsPerValue() {
            SearchResult r = search.search(SearchQuery.of("改造"));
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.facets().get(SearchResult.FACET_UNIT))
                    .containsExactly(new FacetCount("001", 2), new FacetCount("002", 1));
            assertThat(r.facets().get(SearchResult.FACET_VALIDITY))
                    .containsExactlyInAnyOrder(new FacetCount("VALID", 1), new FacetCount("REPEALED", 1));
        }

        @Test
        void dateOrderPutsTheNewestFirstAndPagesSplitTheHits() {
            SearchQuery first = new SearchQuery("", null, null, null, null, null, SearchQuery.Order.DATE, 0, 2);
            SearchQuery second = new SearchQuery("", null, null, null, null, null, SearchQuery.Order.DATE, 1, 2);
            assertThat(ids(search.search(first))).containsExactly(4L, 2L);
            SearchResult page2 = search.search(second);
            assertThat(page2.total()).isEqualTo(5);
            assertThat(ids(page2)).containsExactly(1L, 3L);
        }
    }

    @Nested
    class Changes {

        @Test
        void aRemovedDocumentIsGoneFromTheNextSearch() {
            search.remove(1L);
            assertThat(ids(search.search(SearchQuery.of("老旧小区")))).containsExactly(2L);
        }

        @Test
        void reindexingReplacesTheDocument() {
            search.index(doc(5, "关于城区停车管理的通告（已更正）", "停车泊位调整。", "003", 2020, 15, "NOTICE", null));
            assertThat(search.count()).isEqualTo(5);
            assertThat(search.search(SearchQuery.of("已更正")).hits().get(0).id()).isEqualTo(5L);
        }

        @Test
        void replaceAllRebuildsTheIndex() {
            long n = search.replaceAll(sink -> sink.accept(doc(9, "新文件", "正文", "001", 2022, 1, "POLICY", null)));
            assertThat(n).isEqualTo(1);
            assertThat(search.count()).isEqualTo(1);
        }
    }

    @Nested
    class OddInput {

        @Test
        void anyQueryAnswersWithoutFailing() {
            for (String q : List.of(
                    "\"老旧小区",
                    "AND OR NOT",
                    "((((",
                    "*:*",
                    "老旧~2^3",
                    "-",
                    "\\",
                    "   ",
                    "<script>alert('x')</script>",
                    "改".repeat(2000),
                    "a\u0000b",
                    "😀😀",
                    "[1 TO 5]",
                    "\"\"")) {
                assertThatCode(() -> search.search(SearchQuery.of(q))).as(q).doesNotThrowAnyException();
            }
        }

        @Test
        void scriptTagsInAQueryNeverComeBackAsMarkup() {
            search.index(doc(
                    7,
                    "<script>alert(1)</script>公告",
                    "<img src=x onerror=alert(1)>正文公告",
                    "001",
                    2022,
                    15,
                    "NOTICE",
                    null));
            SearchResult r = search.search(SearchQuery.of("<script>公告"));
            assertThat(r.hits()).isNotEmpty();
            r.hits().forEach(h -> {
                assertThat(h.highlight()).doesNotContain("<img").doesNotContain("<script");
                assertThat(h.titleHighlight()).doesNotContain("<script");
            });
        }

        @Test
        void aTooLongQueryIsAnsweredWithANotice() {
            assertThat(search.search(SearchQuery.of("老旧小区".repeat(100))).notice())
                    .isEqualTo("search.notice.truncated");
        }
    }

    protected static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    public static SearchDocument doc(
            long id, String title, String text, String unit, int year, int item, String type, String validity) {
        return new SearchDocument(
                id,
                unit + "/" + year + "-" + String.format("%06d", id),
                title,
                null,
                unit,
                "单位" + unit,
                LocalDate.of(year, 3, (int) id),
                item,
                "栏目",
                type,
                validity,
                "",
                text);
    }
}
