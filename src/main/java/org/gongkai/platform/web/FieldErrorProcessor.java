package org.gongkai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/** {@code gk:field}: see {@link FieldErrorDialect}. */
final class FieldErrorProcessor extends AbstractAttributeModelProcessor {

    /** After th:id, th:value and th:attr (1000), before th:text (1300), which a model processor cannot follow. */
    private static final int AFTER_STANDARD_ATTRIBUTES = 1200;

    FieldErrorProcessor(String prefix) {
        super(TemplateMode.HTML, prefix, null, false, "field", true, AFTER_STANDARD_ATTRIBUTES, true);
    }

    @Override
    protected void doProcess(
            ITemplateContext context,
            IModel model,
            AttributeName attributeName,
            String attributeValue,
            IElementModelStructureHandler structureHandler) {
        String key = keyOf(context, attributeValue);
        Map<String, String> messages = messagesFor(context, key);
        if (messages.isEmpty() || model.size() == 0 || !(model.get(0) instanceof IProcessableElementTag field)) {
            return;
        }
        StringBuilder ids = new StringBuilder();
        StringBuilder spans = new StringBuilder();
        messages.forEach((k, message) -> {
            String errorId = FormFields.errorIdOf(k);
            ids.append(ids.isEmpty() ? "" : " ").append(errorId);
            spans.append("<span class=\"field-error\" id=\"")
                    .append(errorId)
                    .append("\">")
                    .append(HtmlEscape.escapeHtml(
                            message,
                            HtmlEscapeType.HTML5_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                            HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT))
                    .append("</span>");
        });
        String described = field.getAttributeValue("aria-describedby");
        IModelFactory factory = context.getModelFactory();
        IProcessableElementTag marked = factory.setAttribute(field, "aria-invalid", "true");
        marked = factory.setAttribute(
                marked,
                "aria-describedby",
                described == null || described.isBlank() ? ids.toString() : described + " " + ids);
        model.replace(0, marked);
        model.add(factory.createText(spans));
    }

    private static String keyOf(ITemplateContext context, String value) {
        if (value.contains("${") || value.contains("*{") || value.startsWith("'")) {
            Object evaluated = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, value)
                    .execute(context);
            return String.valueOf(evaluated);
        }
        return value;
    }

    /**
     * The messages of the field: its key's, and those of its items ({@code attachments[0]}, {@code attachments[1]},
     * where a field takes several files). The page's field errors are {@code errors}.
     */
    private static Map<String, String> messagesFor(ITemplateContext context, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (context.getVariable("errors") instanceof Map<?, ?> errors) {
            errors.forEach((k, v) -> {
                String field = String.valueOf(k);
                if (v != null && (field.equals(key) || isItemOf(field, key))) {
                    out.putIfAbsent(field, String.valueOf(v));
                }
            });
        }
        return out;
    }

    private static boolean isItemOf(String field, String key) {
        return field.startsWith(key + "[")
                && field.endsWith("]")
                && field.substring(key.length() + 1, field.length() - 1).chars().allMatch(Character::isDigit);
    }
}
