package org.gongkai.requests.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.requests.ReviewGroup;
import org.gongkai.requests.ReviewPolicy;
import org.gongkai.requests.ReviewPolicyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReviewPolicyStore implements ReviewPolicyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcReviewPolicyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ReviewPolicy> find(String governmentCode) {
        return jdbc.sql("select outcome_groups from request_review_policy where government_code = ?")
                .param(governmentCode)
                .query((rs, n) -> new ReviewPolicy(Arrays.stream(rs.getString(1).split(","))
                        .map(ReviewGroup::fromKey)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet())))
                .optional();
    }

    @Override
    public void save(String governmentCode, ReviewPolicy policy, String by) {
        String groups = policy.groups().stream().map(ReviewGroup::key).sorted().collect(Collectors.joining(","));
        jdbc.sql("insert into request_review_policy (government_code, outcome_groups, updated_by, updated_at) "
                        + "values (?, ?, ?, ?) on conflict (government_code) do update set "
                        + "outcome_groups = excluded.outcome_groups, updated_by = excluded.updated_by, "
                        + "updated_at = excluded.updated_at")
                .params(governmentCode, groups, by, Timestamp.from(clock.instant()))
                .update();
    }
}
