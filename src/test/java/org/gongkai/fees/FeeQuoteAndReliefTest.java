package org.gongkai.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** One application is charged one way, under a named basis; configured relief reduces or waives it. */
class FeeQuoteAndReliefTest {

    @Test
    void givenNoConfiguration_whenQuoting_thenTheStandardAppliesWithItsBasis() {
        FeeQuote q = new FeePolicy().quote(FeeMethod.BY_PAGES, 250, "natural_person");
        assertThat(q.method()).isEqualTo(FeeMethod.BY_PAGES);
        assertThat(q.grossYuan()).isEqualTo(4700);
        assertThat(q.netYuan()).isEqualTo(4700);
        assertThat(q.reliefYuan()).isZero();
        assertThat(q.basis()).contains("国办函〔2020〕109号");
        assertThat(new FeePolicy().quote(FeeMethod.BY_COUNT, 31, "commercial").netYuan())
                .isEqualTo(200);
        assertThat(new FeePolicy().quote(FeeMethod.BY_COUNT, 10, "commercial").payable())
                .isFalse();
    }

    @Test
    void givenAWaivedApplicantType_whenQuoting_thenNothingIsPayableAndTheGroundIsStated() {
        FeePolicy policy = new FeePolicy(new ConfiguredFeeRelief(Set.of("public_interest"), 0, 0, "公益组织免收"));
        FeeQuote q = policy.quote(FeeMethod.BY_PAGES, 250, "public_interest");
        assertThat(q.grossYuan()).isEqualTo(4700);
        assertThat(q.netYuan()).isZero();
        assertThat(q.reliefBasis()).isEqualTo("公益组织免收");
        assertThat(policy.quote(FeeMethod.BY_PAGES, 250, "commercial").netYuan())
                .isEqualTo(4700);
    }

    @Test
    void givenAReductionAndATrivialAmount_whenQuoting_thenBothApply() {
        FeePolicy policy = new FeePolicy(new ConfiguredFeeRelief(Set.of(), 50, 100, "减半收取"));
        assertThat(policy.quote(FeeMethod.BY_PAGES, 40, null).netYuan())
                .as("100 yuan waived as trivial")
                .isZero();
        assertThat(policy.quote(FeeMethod.BY_PAGES, 250, null).netYuan()).isEqualTo(2350);
        assertThatThrownBy(() -> new ConfiguredFeeRelief(Set.of(), 101, 0, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenGongkaiFeesProperties_whenBound_thenTheReliefIsConfigured() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "gongkai.fees.waived-applicant-types", "public_interest,research",
                "gongkai.fees.relief-basis", "本机关规定")));
        FeeProperties props = binder.bind("gongkai.fees", FeeProperties.class).get();
        FeePolicy policy = new FeePolicy(props.relief());
        assertThat(policy.quote(FeeMethod.BY_COUNT, 35, "research").netYuan()).isZero();
        assertThat(policy.quote(FeeMethod.BY_COUNT, 35, "natural_person").netYuan())
                .isEqualTo(200);
        assertThat(new FeeProperties(null, null, null, null).relief()).isSameAs(FeeRelief.NONE);
    }
}
