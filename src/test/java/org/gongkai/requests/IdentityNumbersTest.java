package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 居民身份证 check digit (ISO 7064 MOD 11-2) and 统一社会信用代码 check character (GB 32100), and masking. */
class IdentityNumbersTest {

    @Test
    void residentIdNumbersAreCheckedByTheirLastCharacter() {
        assertThat(IdNumbers.isValidResidentId("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValidResidentId("11010519491231002x")).isTrue();
        assertThat(IdNumbers.isValidResidentId("110105194912310021")).isFalse();
        assertThat(IdNumbers.isValidResidentId("11010519491331002X"))
                .as("month 13")
                .isFalse();
        assertThat(IdNumbers.isValidResidentId("1101051949123100")).isFalse();
    }

    @Test
    void creditCodesAreCheckedByTheirLastCharacter() {
        assertThat(IdNumbers.isValidCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdNumbers.isValidCreditCode("91350100M000100Y44")).isFalse();
        assertThat(IdNumbers.isValidCreditCode("91350100M000100I43"))
                .as("I is not in the code set")
                .isFalse();
        String first17 = "12330300MB1234567";
        assertThat(IdNumbers.isValidCreditCode(first17 + IdNumbers.creditCodeCheck(first17)))
                .isTrue();
    }

    @Test
    void masksKeepOnlyTheEnds() {
        assertThat(IdNumbers.maskId("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(IdNumbers.maskPhone("13800001234")).isEqualTo("138****1234");
    }
}
