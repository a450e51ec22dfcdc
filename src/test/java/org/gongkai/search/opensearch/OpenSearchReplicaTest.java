package org.gongkai.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.gongkai.search.CatalogSearchBehaviour;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A two-node OpenSearch cluster (both nodes real, in one child JVM): with one replica every item is on both nodes,
 * the cluster is green, and what is written through one node is found through the other, also when only the
 * replica copy answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchReplicaTest {

    private OpenSearchNode cluster;
    private OpenSearchCatalogSearch first;
    private OpenSearchCatalogSearch second;

    @BeforeAll
    void startTwoNodes() {
        cluster = OpenSearchNode.start(SharedOpenSearch.dir("two-nodes"), 2, 768);
        first = new OpenSearchCatalogSearch(cluster.url(0), "replicated", 1, Clock.systemUTC());
        second = new OpenSearchCatalogSearch(cluster.url(1), "replicated", 1, Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        cluster.close();
    }

    @Test
    void everyItemIsOnBothNodesAndFoundThroughEither() throws Exception {
        first.index(
                CatalogSearchBehaviour.doc(1, "示例县老旧小区综合改造实施办法", "推进老旧小区综合改造。", "001", 2023, 1, "NORMATIVE", "VALID"));
        second.index(CatalogSearchBehaviour.doc(2, "示例县农村危房改造补助标准", "农村危房改造补助资金。", "002", 2021, 11, "NORMATIVE", null));

        assertThat(first.health("green", Duration.ofSeconds(60))).isEqualTo("green");
        JsonNode shards = get(cluster.url(0) + "/_cat/shards/replicated?format=json");
        assertThat(shards.size()).isEqualTo(2);
        assertThat(List.of(
                        shards.get(0).path("prirep").asString(),
                        shards.get(1).path("prirep").asString()))
                .containsExactlyInAnyOrder("p", "r");
        assertThat(shards.get(0).path("node").asString())
                .isNotEqualTo(shards.get(1).path("node").asString());
        assertThat(List.of(
                        shards.get(0).path("state").asString(),
                        shards.get(1).path("state").asString()))
                .containsOnly("STARTED");

        assertThat(ids(second.search(SearchQuery.of("老旧小区改造")).hits())).containsExactly(1L);
        assertThat(ids(first.search(SearchQuery.of("危房改造")).hits())).containsExactly(2L);
        assertThat(get(cluster.url(1) + "/replicated/_count?preference=_replica")
                        .path("count")
                        .asLong())
                .isEqualTo(2);

        first.remove(1);
        assertThat(second.search(SearchQuery.of("老旧小区改造")).total()).isZero();
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(r.body());
    }
}
