package org.gongkai.annualreport;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the annual report's own text, the draft sections and the report document, from the Thymeleaf templates
 * under {@code templates/annualreport/} with the wording of {@code i18n/annualreport.properties}. A standalone
 * engine, so the document can be made without the web application (the report reader's round-trip tests, the
 * command line).
 */
final class ReportText {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final TemplateEngine HTML = engine(TemplateMode.HTML, ".html");
    private static final TemplateEngine TEXT = engine(TemplateMode.TEXT, ".txt");

    private ReportText() {}

    static String html(String template, Map<String, Object> variables) {
        return HTML.process(template, new Context(ZH, variables));
    }

    static String text(String template, Map<String, Object> variables) {
        return TEXT.process(template, new Context(ZH, variables)).strip();
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportText.class.getClassLoader());
        resolver.setPrefix("templates/annualreport/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/annualreport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
