package org.gongkai.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditWordingTest {

    private final AuditWording say =
            new AuditWording(messages(), Map.of("zhujian", "县住建局 李经办"), Map.of("001008099013", "县住房和城乡建设局"));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/console", "i18n/platform", "i18n/catalog");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void actionsAreWordsAndRefusalsSaySo() {
        assertThat(say.action("request.reply")).isEqualTo("答复申请");
        assertThat(say.action("denied.review.view")).isEqualTo("被拒绝：查看复议诉讼案件");
        assertThat(say.action("denied.view")).isEqualTo("被拒绝：查看");
    }

    @Test
    void anActionWithoutItsOwnWordsIsNamedByItsModuleNeverByItsKey() {
        assertThat(say.action("catalog.something-new")).isEqualTo("主动公开目录（其他操作）");
        assertThat(say.action("unheard.of")).isEqualTo("其他操作");
    }

    @Test
    void recordsPeopleAndUnitsByName() {
        assertThat(say.entity("disclosure_request", "42")).isEqualTo("政府信息公开申请 42");
        assertThat(say.entity("some_table", null)).isEqualTo("其他记录");
        assertThat(say.actor("zhujian")).isEqualTo("县住建局 李经办");
        assertThat(say.actor("anonymous")).isEqualTo("公众（未登录）");
        assertThat(say.unit("001008099013")).isEqualTo("县住房和城乡建设局");
    }

    @Test
    void aReasonRecordedAsAMessageKeyIsShownInWords() {
        assertThat(say.reason("error.forbidden"))
                .doesNotContain("error.forbidden")
                .isNotBlank();
        assertThat(say.reason("申请人撤回")).isEqualTo("申请人撤回");
    }
}
