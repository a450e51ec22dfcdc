package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.org.StaffMember;
import org.gongkai.org.WaitingWork;
import org.springframework.stereotype.Component;

/** Applications waiting: for confirmation (outside every deadline until confirmed), due within 3 working days, overdue. */
@Component
class RequestsWaiting implements WaitingWork {

    private final RequestQueries queries;
    private final OpenCaseTransfer cases;

    RequestsWaiting(RequestQueries queries, OpenCaseTransfer cases) {
        this.queries = queries;
        this.cases = cases;
    }

    @Override
    public List<Waiting> waiting(StaffMember viewer, Set<String> units) {
        List<Waiting> out = new ArrayList<>();
        cases.countByUnit(units, Status.AWAITING_CONFIRMATION)
                .forEach((unit, n) -> out.add(new Waiting("awaiting-confirmation", unit, n)));
        RequestQueries.Deadlines d = queries.deadlines(viewer);
        add(out, "due-soon", d.dueSoon(), units);
        add(out, "overdue", d.overdue(), units);
        return out;
    }

    private static void add(List<Waiting> out, String kind, List<RequestSummary> rows, Set<String> units) {
        Map<String, Long> byUnit = rows.stream()
                .map(RequestSummary::unitCode)
                .filter(units::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        byUnit.forEach((unit, n) -> out.add(new Waiting(kind, unit, n)));
    }
}
