package org.gongkai.annualreport;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the administrative statistics by form or importing them from XLSX/CSV. An import is all or nothing:
 * an unknown unit, a negative or non-numeric figure, a duplicate unit-year or a locked year anywhere rejects the
 * whole file, naming the row and column of each problem.
 */
@Service
public class AdminStatisticsService {

    /** A statistics file: the platform's limits, 10 MB as sent. */
    private static final UploadLimits IMPORT_LIMITS = UploadLimits.defaults().withMaxBytes(10L * 1024 * 1024);

    private static final String ENTITY = "admin_statistics";
    private static final String UNIT = "unit_code";
    private static final String YEAR = "year";
    private final AdminStatisticsRepository repo;
    private final UnitDirectory units;
    private final AnnualReportLocks locks;
    private final AuditLog audit;

    public AdminStatisticsService(
            AdminStatisticsRepository repo, UnitDirectory units, AnnualReportLocks locks, AuditLog audit) {
        this.repo = repo;
        this.units = units;
        this.locks = locks;
        this.audit = audit;
    }

    public AdminStatistics get(StaffMember staff, String unitCode, int year) {
        requireVisible(staff, unitCode);
        return repo.find(unitCode, year).orElse(AdminStatistics.empty(unitCode, year));
    }

    public List<AdminStatistics> forYear(StaffMember staff, int year) {
        return repo.forUnits(units.visibleUnitCodes(staff), year);
    }

    /** Saves the form (values keyed as in {@link AdminStatistics#FIELDS}); problems are named per field. */
    @Transactional
    public AdminStatistics save(StaffMember staff, String unitCode, int year, Map<String, String> values) {
        requireVisible(staff, unitCode);
        if (!staff.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("admin-statistics.save", ENTITY, unitCode + "/" + year, unitCode), "error.forbidden");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (locks.isLocked(unitCode, year)) {
            problems.add(ReportingPeriodLocks.locked("year", unitCode, year));
        }
        BigDecimal[] v = new BigDecimal[AdminStatistics.FIELDS.size()];
        for (int i = 0; i < v.length; i++) {
            AdminStatistics.Field f = AdminStatistics.FIELDS.get(i);
            v[i] = parse(values.getOrDefault(f.key(), ""), f.isAmount(), f.key(), f.label(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AdminStatistics s = AdminStatistics.of(unitCode, year, v);
        repo.save(s, staff.username());
        audit.record(AuditEvent.by(staff.username(), "admin-statistics.save")
                .on(ENTITY, unitCode + "/" + year)
                .inUnit(unitCode)
                .detail(java.util.Arrays.toString(s.values())));
        return s;
    }

    /** Imports a whole file; returns the number of unit-years stored. */
    @Transactional
    public int importFile(StaffMember staff, String filename, byte[] content) {
        if (!staff.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("admin-statistics.import", ENTITY, filename, staff.unitCode()), "error.forbidden");
        }
        List<List<String>> rows;
        try {
            rows = Uploads.read(filename, content, IMPORT_LIMITS, StatisticsSheet::read);
        } catch (UploadRefusedException e) {
            throw e.asInvalidInput("file");
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "annualreport.import.unreadable");
        }
        rows = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "annualreport.import.empty");
        }
        List<String> header = rows.get(0);
        Map<String, Integer> columns = columns(header);
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : requiredColumns()) {
            if (!columns.containsKey(key)) {
                problems.add(new FieldProblem("header", "annualreport.import.missing-column", label(key)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> visible = units.visibleUnitCodes(staff);
        Set<String> seen = new HashSet<>();
        List<AdminStatistics> parsed = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            String unit = cell(row, columns.get(UNIT));
            String where = at(line, columns.get(UNIT));
            if (units.find(unit).isEmpty()) {
                problems.add(
                        new FieldProblem(where, "annualreport.import.unknown-unit", line, letter(columns, UNIT), unit));
            } else if (!visible.contains(unit)) {
                problems.add(new FieldProblem(
                        where, "annualreport.import.not-your-unit", line, letter(columns, UNIT), unit));
            }
            Integer year = year(cell(row, columns.get(YEAR)));
            if (year == null) {
                problems.add(new FieldProblem(
                        at(line, columns.get(YEAR)),
                        "annualreport.import.bad-year",
                        line,
                        letter(columns, YEAR),
                        cell(row, columns.get(YEAR))));
            } else if (!seen.add(unit + "/" + year)) {
                problems.add(new FieldProblem(
                        where, "annualreport.import.duplicate", line, letter(columns, UNIT), unit, year));
            } else if (locks.isLocked(unit, year)) {
                problems.add(ReportingPeriodLocks.locked(where, unit, year));
            }
            BigDecimal[] v = new BigDecimal[AdminStatistics.FIELDS.size()];
            for (int i = 0; i < v.length; i++) {
                String key = AdminStatistics.FIELDS.get(i).key();
                int col = columns.get(key);
                v[i] = parse(
                        cell(row, col),
                        AdminStatistics.isAmount(key),
                        at(line, col),
                        "第" + line + "行" + StatisticsSheet.columnLetter(col) + "列（" + label(key) + "）",
                        problems);
            }
            if (year != null) {
                parsed.add(AdminStatistics.of(unit, year, v));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (AdminStatistics s : parsed) {
            repo.save(s, staff.username());
        }
        audit.record(AuditEvent.by(staff.username(), "admin-statistics.import")
                .on(ENTITY, filename)
                .detail(parsed.size() + " unit-years"));
        return parsed.size();
    }

    private static BigDecimal parse(
            String raw, boolean amount, String field, String label, List<FieldProblem> problems) {
        String s = raw == null ? "" : raw.strip().replace(",", "");
        if (s.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "annualreport.import.not-a-number", label, raw));
            return BigDecimal.ZERO;
        }
        if (v.signum() < 0) {
            problems.add(new FieldProblem(field, "annualreport.import.negative", label, raw));
        } else if (!amount && v.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem(field, "annualreport.import.not-whole", label, raw));
        } else if (v.compareTo(new BigDecimal("1000000000")) >= 0) {
            problems.add(new FieldProblem(field, "annualreport.import.too-large", label, raw));
        }
        return v;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> byName = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            for (String key : requiredColumns()) {
                if (h.equalsIgnoreCase(key) || h.equals(label(key))) {
                    byName.putIfAbsent(key, c);
                }
            }
        }
        return byName;
    }

    private static List<String> requiredColumns() {
        List<String> keys = new ArrayList<>(List.of(UNIT, YEAR));
        AdminStatistics.FIELDS.forEach(f -> keys.add(f.key()));
        return keys;
    }

    static String label(String key) {
        return switch (key) {
            case UNIT -> "单位代码";
            case YEAR -> "年度";
            default ->
                AdminStatistics.FIELDS.stream()
                        .filter(f -> f.key().equals(key))
                        .findFirst()
                        .orElseThrow()
                        .label();
        };
    }

    private static String at(int line, int col) {
        return StatisticsSheet.columnLetter(col) + line;
    }

    private static String letter(Map<String, Integer> columns, String key) {
        return StatisticsSheet.columnLetter(columns.get(key));
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col).strip() : "";
    }

    private static Integer year(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= 2008 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void requireVisible(StaffMember staff, String unitCode) {
        units.require(unitCode);
        if (!units.maySee(staff, unitCode)) {
            throw new ForbiddenException(
                    Refusal.of("admin-statistics.view", ENTITY, unitCode, unitCode), "error.forbidden");
        }
    }
}
