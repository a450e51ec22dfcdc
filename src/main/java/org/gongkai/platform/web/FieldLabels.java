package org.gongkai.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * How a message asks for a field by its name. The names are in the bundles: {@code field.<name>} for a field one
 * fills in (「请填写申请人姓名」), {@code choice.<name>} for one chosen from a list (「请选择受理单位」); a module
 * names its own fields where the same name means something else in it ({@code voice.field.title}, taken for a
 * problem whose message code starts with {@code voice.}). A field's path is looked up whole
 * ({@code applicant.name}) and then by its last part ({@code name}); rows and items ({@code mail-12.},
 * {@code [0]}) do not count. A field no bundle names is asked for as 「此项」, which
 * {@code EveryFormTiesItsErrorsToItsFieldsTest} refuses on every form.
 */
final class FieldLabels {

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** 「请填写…」 or 「请选择…」 with the field's name. */
    String ask(FieldProblem problem) {
        String module = problem.messageCode().contains(".")
                ? problem.messageCode().substring(0, problem.messageCode().indexOf('.'))
                : "";
        for (String prefix : prefixes(module)) {
            for (String name : names(problem.field())) {
                String choice = find(prefix + "choice." + name);
                if (choice != null) {
                    return messages.getMessage("form.ask.choose", new Object[] {choice}, China.LOCALE);
                }
                String field = find(prefix + "field." + name);
                if (field != null) {
                    return messages.getMessage("form.ask.fill", new Object[] {field}, China.LOCALE);
                }
            }
        }
        return messages.getMessage("form.ask.unnamed", null, China.LOCALE);
    }

    /**
     * {@code applicant.name} → applicant.name, name; {@code indicators[0].code} → indicators.code, code; a name in
     * camel case also as the bundles spell their keys ({@code filedOn} → filedOn, filed-on).
     */
    static List<String> names(String path) {
        String plain = path.replaceAll("\\[\\d+]", "");
        List<String> out = new ArrayList<>(List.of(plain));
        int dot = plain.lastIndexOf('.');
        if (dot >= 0) {
            out.add(plain.substring(dot + 1));
        }
        for (String name : List.copyOf(out)) {
            String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
            if (!kebab.equals(name)) {
                out.add(out.indexOf(name) + 1, kebab);
            }
        }
        return out;
    }

    private static List<String> prefixes(String module) {
        return module.isEmpty() || module.equals("error") ? List.of("") : List.of(module + ".", "");
    }

    private String find(String key) {
        return messages.getMessage(key, null, null, China.LOCALE);
    }
}
