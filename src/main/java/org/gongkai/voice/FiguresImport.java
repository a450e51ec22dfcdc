package org.gongkai.voice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.gongkai.platform.uploads.SheetRows;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.Uploads;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the figures other systems keep (12345 hotline, 政务服务网) per unit and year from XLSX or CSV, typed by
 * content. Header: 单位代码, 年度, 热线来电量, 热线满意率, 网上可办事项, 网上办件量 (or unitCode, year, hotlineCalls,
 * hotlineSatisfaction, itemsOnline, handledOnline). Any bad cell rejects the whole file naming its row and column
 * (第3行D列) and nothing is stored; a good file replaces the figures of the unit-years it holds.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class FiguresImport {

    private static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(5L * 1024 * 1024);
    static final List<String> COLUMNS =
            List.of("unitCode", "year", "hotlineCalls", "hotlineSatisfaction", "itemsOnline", "handledOnline");
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("单位代码", "unitCode"),
            Map.entry("年度", "year"),
            Map.entry("年份", "year"),
            Map.entry("热线来电量", "hotlineCalls"),
            Map.entry("热线满意率", "hotlineSatisfaction"),
            Map.entry("网上可办事项", "itemsOnline"),
            Map.entry("网上办件量", "handledOnline"));

    private final VoiceRepository repo;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    FiguresImport(VoiceRepository repo, UnitDirectory units, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports the whole file or nothing; returns the unit-years imported. */
    public int importFile(StaffMember staff, String filename, byte[] content) {
        VoiceAccess.requireOffice(staff, "voice.figures.import", "voice_service_figures", filename);
        List<List<String>> rows;
        try {
            rows = Uploads.read(filename, content, LIMITS, SheetRows::read);
        } catch (UploadRefusedException e) {
            throw e.asInvalidInput("file");
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "voice.import.unreadable");
        }
        rows = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (rows.size() < 2) {
            throw InvalidInputException.of("file", "voice.import.empty");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        List<FieldProblem> problems = new ArrayList<>();
        List<ServiceFigures> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int thisYear = LocalDate.now(clock).getYear();
        for (int r = 1; r < rows.size(); r++) {
            Row row = new Row(rows.get(r), r + 1, columns, problems);
            String unit = row.unit(units);
            Long year = row.number("year", 2008, thisYear);
            Long calls = row.number("hotlineCalls", 0, 100_000_000);
            BigDecimal satisfaction = row.percent("hotlineSatisfaction");
            Long items = row.number("itemsOnline", 0, 1_000_000);
            Long handled = row.number("handledOnline", 0, 1_000_000_000);
            if (unit != null && year != null && !seen.add(unit + "/" + year)) {
                row.problem("unitCode", "voice.import.duplicate", unit, year);
            }
            if (unit != null
                    && year != null
                    && calls != null
                    && satisfaction != null
                    && items != null
                    && handled != null) {
                figures.add(new ServiceFigures(unit, year.intValue(), calls, satisfaction, items, handled));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repo.replaceFigures(figures, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "voice.figures.import")
                .on("voice_service_figures", filename)
                .inUnit(staff.unitCode())
                .detail(figures.size() + " unit-years"));
        return figures.size();
    }

    public List<ServiceFigures> figures(Integer year) {
        return repo.figures(year);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            String key = HEADERS.getOrDefault(h, COLUMNS.contains(h) ? h : null);
            if (key != null) {
                columns.putIfAbsent(key, c);
            }
        }
        for (String key : COLUMNS) {
            if (!columns.containsKey(key)) {
                throw InvalidInputException.of("file", "voice.import.missing-column", key);
            }
        }
        return columns;
    }

    /** One data row: its cells read by column name, each problem placed at its cell. */
    private record Row(List<String> cells, int line, Map<String, Integer> columns, List<FieldProblem> problems) {

        String cell(String column) {
            int c = columns.get(column);
            return c < cells.size() ? cells.get(c).strip() : "";
        }

        String unit(UnitDirectory units) {
            String code = cell("unitCode");
            if (code.isEmpty()) {
                problem("unitCode", "voice.error.required");
                return null;
            }
            if (units.find(code).isEmpty()) {
                problem("unitCode", "voice.error.unit", code);
                return null;
            }
            return code;
        }

        Long number(String column, long min, long max) {
            String v = cell(column).replace(",", "");
            try {
                long n = Long.parseLong(v);
                if (n < min || n > max) {
                    problem(column, "voice.error.range", min, max);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problem(column, v.isEmpty() ? "voice.error.required" : "voice.error.number");
                return null;
            }
        }

        /** A percentage 0–100 with at most two decimals; a trailing % is allowed. */
        BigDecimal percent(String column) {
            String v = cell(column).replace("%", "").strip();
            try {
                BigDecimal p = new BigDecimal(v);
                if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 2) {
                    problem(column, "voice.error.percent");
                    return null;
                }
                return p;
            } catch (NumberFormatException e) {
                problem(column, v.isEmpty() ? "voice.error.required" : "voice.error.percent");
                return null;
            }
        }

        void problem(String column, String code, Object... args) {
            String where = "第" + line + "行" + SheetRows.columnLetter(columns.get(column)) + "列";
            problems.add(new FieldProblem(
                    where, "voice.import.at", where, new DefaultMessageSourceResolvable(new String[] {code}, args)));
        }
    }
}
