package org.gongkai.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;

/**
 * The one way a form field is tied to its error: {@code gk:field="key"} on an {@code input}, {@code select} or
 * {@code textarea} marks the field {@code aria-invalid="true"}, adds {@code err-<key>} to its
 * {@code aria-describedby} and writes the message right after it, whenever the page's {@code errors} (the field →
 * message map of {@link ProblemPages}) holds the key. The summary at the top is {@code fragments/layout ::
 * errorSummary}.
 */
@Component
public class FieldErrorDialect extends AbstractProcessorDialect {

    public FieldErrorDialect() {
        super("Gongkai form fields", "gk", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new FieldErrorProcessor(dialectPrefix));
    }
}
