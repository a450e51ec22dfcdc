package org.gongkai.catalog;

import java.util.List;

/**
 * What an import did or would do: the rows read, every problem (row, column, reason) and — after a real run —
 * the items and attachments stored. A run with any problem stores nothing.
 */
public record ImportReport(String source, int rows, List<ImportProblem> problems, int imported, int attachments) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
