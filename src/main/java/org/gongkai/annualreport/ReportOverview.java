package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Service;

/** The sign-off state of every report a staff member may see for a year (the console's list). */
@Service
public class ReportOverview {

    private final ReportRepository repo;
    private final UnitDirectory units;

    public ReportOverview(ReportRepository repo, UnitDirectory units) {
        this.repo = repo;
        this.units = units;
    }

    public record Row(Unit unit, ReportStatus status, boolean published) {}

    public List<Row> forYear(StaffMember staff, int year) {
        Set<String> visible = units.visibleUnitCodes(staff);
        Map<String, ReportRecord> byUnit =
                repo.forYear(year).stream().collect(Collectors.toMap(ReportRecord::unitCode, Function.identity()));
        Set<String> published = repo.publishedUnitYears().stream()
                .filter(s -> s.year() == year)
                .map(ReportRepository.UnitYear::unitCode)
                .collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        for (Unit u : units.all()) {
            if (visible.contains(u.code())) {
                ReportRecord r = byUnit.get(u.code());
                rows.add(new Row(u, r == null ? ReportStatus.DRAFT : r.status(), published.contains(u.code())));
            }
        }
        return rows;
    }
}
