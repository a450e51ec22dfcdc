package org.gongkai.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What is removed from public text before it is shown, and what is left alone. */
class PersonalDataTest {

    @Test
    void phoneNumbersInEveryUsualSpellingAreRemoved() {
        String out = PersonalData.redact(
                "手机13912345678，或 139 1234 5678、+86-13912345678，座机0577-68812345，(0577)6881234。", List.of());
        assertThat(out).doesNotContainPattern("\\d{7}").contains(PersonalData.MASK);
        assertThat(PersonalData.holdsContactOrId(out)).isFalse();
    }

    @Test
    void identityCardNumbersAndEmailsAreRemoved() {
        String out = PersonalData.redact("身份证号33032719880315002X，旧号330327880315002，邮箱wang.xm@example.com。", List.of());
        assertThat(out).doesNotContain("33032719880315002X", "330327880315002", "example.com");
        assertThat(out).contains("身份证号" + PersonalData.MASK);
    }

    @Test
    void theHouseNumberOfAnAddressIsRemovedButTheStreetAndTheRestOfTheSentenceStay() {
        String out = PersonalData.redact("我住在人民路18号3栋2单元501室，小区需要改造。", List.of());
        assertThat(out).isEqualTo("我住在人民路" + PersonalData.MASK + "，小区需要改造。");
        assertThat(PersonalData.redact("东门村12号", List.of())).isEqualTo("东门村" + PersonalData.MASK);
    }

    @Test
    void theWritersNameAndIntroducedNamesAreRemoved() {
        String out = PersonalData.redact("我叫王小明，王先生的邻居李四也同意。姓名：赵六。", List.of("王小明"));
        assertThat(out).doesNotContain("王小明", "王先生", "赵六");
        assertThat(out).contains("邻居李四");
    }

    @Test
    void ordinaryTextIsLeftAsItWas() {
        String text = "关于城关镇幸福小区加装电梯补助政策的咨询：2025年补助标准是多少？本人认为应当提高。";
        assertThat(PersonalData.redact(text, List.of())).isEqualTo(text);
        assertThat(PersonalData.redact(null, List.of())).isNull();
    }
}
