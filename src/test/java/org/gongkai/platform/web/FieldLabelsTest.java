package org.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A message for an empty field names the field: 「请填写申请人姓名」, 「请选择受理单位」, never 「此项」 when named. */
class FieldLabelsTest {

    private final StaticMessageSource bundles = bundles(Map.of(
            "form.ask.fill", "请填写{0}",
            "form.ask.choose", "请选择{0}",
            "form.ask.unnamed", "请填写此项",
            "field.applicant.name", "申请人姓名",
            "field.name", "名称",
            "choice.unitCode", "受理单位",
            "field.mailNumber", "挂号信邮件号码",
            "voice.field.filed-on", "备案日期",
            "field.filedOn", "立案日期"));
    private final FieldLabels labels = new FieldLabels(bundles);

    private static StaticMessageSource bundles(Map<String, String> messages) {
        StaticMessageSource s = new StaticMessageSource();
        messages.forEach((k, v) -> s.addMessage(k, China.LOCALE, v));
        return s;
    }

    private String ask(String field, String code) {
        return labels.ask(new FieldProblem(field, code));
    }

    @Test
    void theWholePathIsNamedBeforeItsLastPart() {
        assertThat(ask("applicant.name", "error.text.required")).isEqualTo("请填写申请人姓名");
        assertThat(ask("org.name", "error.text.required")).isEqualTo("请填写名称");
    }

    @Test
    void aChoiceIsAskedToBeChosen() {
        assertThat(ask("unitCode", "error.required")).isEqualTo("请选择受理单位");
    }

    @Test
    void rowsAndItemsDoNotCount() {
        assertThat(ask("mail-12.mailNumber", "error.required")).isEqualTo("请填写挂号信邮件号码");
        assertThat(ask("units[3].name", "error.required")).isEqualTo("请填写名称");
    }

    @Test
    void aModuleNamesItsOwnFieldsFirstAndInTheBundlesSpelling() {
        assertThat(ask("filedOn", "voice.error.required")).isEqualTo("请填写备案日期");
        assertThat(ask("filedOn", "reviews.error.date-missing")).isEqualTo("请填写立案日期");
    }

    @Test
    void aFieldNoBundleNamesIsTheOnlyOneAskedForAsThisItem() {
        assertThat(ask("whatever", "error.required")).isEqualTo("请填写此项");
    }
}
