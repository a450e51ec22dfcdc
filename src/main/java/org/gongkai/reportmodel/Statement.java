package org.gongkai.reportmodel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number the report's text states about one of its own table cells, e.g. 「共收到政府信息公开申请154件」 for
 * {@code requests.new_received.total}: the cell's path, the stated value and the sentence it was read from.
 */
public record Statement(String where, BigDecimal value, String quote) {

    public Statement {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(quote, "quote");
    }
}
