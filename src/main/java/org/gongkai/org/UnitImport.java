package org.gongkai.org;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.uploads.SheetRows;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.Uploads;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a unit tree from XLSX or CSV (header: 单位代码, 单位名称, 上级单位代码, 类别; or code, name, parentCode,
 * kind). A parent may be an existing unit or a unit of an earlier row. Any bad cell rejects the whole file, naming
 * row and column (e.g. 第4行C列), and nothing is stored.
 */
@Service
public class UnitImport {

    private static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(5L * 1024 * 1024);
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("单位代码", "code"),
            Map.entry("code", "code"),
            Map.entry("单位名称", "name"),
            Map.entry("名称", "name"),
            Map.entry("name", "name"),
            Map.entry("上级单位代码", "parentCode"),
            Map.entry("parentCode", "parentCode"),
            Map.entry("类别", "kind"),
            Map.entry("kind", "kind"));
    private static final Map<String, String> KINDS =
            Map.of("政府办公室", "GOVERNMENT_OFFICE", "部门", "DEPARTMENT", "乡镇", "TOWN", "街道", "STREET");

    private final UnitAdministration administration;
    private final UnitDirectory directory;
    private final AuditLog audit;

    public UnitImport(UnitAdministration administration, UnitDirectory directory, AuditLog audit) {
        this.administration = administration;
        this.directory = directory;
        this.audit = audit;
    }

    /** Imports the whole file or nothing; returns the number of units created. */
    @Transactional
    public int importFile(StaffMember actor, String filename, byte[] content) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException(
                    Refusal.of("unit.import", "unit", filename, actor.unitCode()), "error.admin-only");
        }
        List<List<String>> rows;
        try {
            rows = Uploads.read(filename, content, LIMITS, SheetRows::read);
        } catch (UploadRefusedException e) {
            throw e.asInvalidInput("file");
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "unit.import.unreadable");
        }
        rows = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (rows.size() < 2) {
            throw InvalidInputException.of("file", "unit.import.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            String key = HEADERS.get(header.get(c).strip());
            if (key != null) {
                columns.putIfAbsent(key, c);
            }
        }
        for (String key : List.of("code", "name", "parentCode", "kind")) {
            if (!columns.containsKey(key)) {
                throw InvalidInputException.of("file", "unit.import.missing-column", key);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Set<String> inactive = new HashSet<>();
        directory.all().forEach(u -> (u.active() ? known : inactive).add(u.code()));
        Map<String, UnitAdministration.NewUnit> parsed = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            String code = cell(row, columns.get("code"));
            String name = cell(row, columns.get("name"));
            String parent = cell(row, columns.get("parentCode"));
            String kind = KINDS.getOrDefault(cell(row, columns.get("kind")), cell(row, columns.get("kind")));
            List<FieldProblem> rowProblems = new ArrayList<>();
            UnitAdministration.checkNewUnit(new UnitAdministration.NewUnit(code, name, parent, kind), rowProblems);
            for (FieldProblem p : rowProblems) {
                problems.add(at(line, columns.get(p.field()), p));
            }
            if (known.contains(code) || inactive.contains(code) || parsed.containsKey(code)) {
                problems.add(at(line, columns.get("code"), new FieldProblem("code", "unit.import.code-taken", code)));
            }
            if (inactive.contains(parent)) {
                problems.add(at(
                        line,
                        columns.get("parentCode"),
                        new FieldProblem("parentCode", "unit.error.parent-inactive", parent)));
            } else if (!known.contains(parent) && !parsed.containsKey(parent)) {
                problems.add(at(
                        line,
                        columns.get("parentCode"),
                        new FieldProblem("parentCode", "unit.error.parent-unknown", parent)));
            }
            parsed.putIfAbsent(code, new UnitAdministration.NewUnit(code, name, parent, kind));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (UnitAdministration.NewUnit n : parsed.values()) {
            administration.create(actor, n);
        }
        audit.record(AuditEvent.by(actor.username(), "unit.import")
                .on("unit", filename)
                .inUnit(actor.unitCode())
                .detail(parsed.size() + " units: " + String.join(", ", parsed.keySet())));
        return parsed.size();
    }

    /** The problem placed at its cell: the field is {@code 第N行X列}, the message says the row and column too. */
    private static FieldProblem at(int line, int column, FieldProblem p) {
        String where = "第" + line + "行" + SheetRows.columnLetter(column) + "列";
        return new FieldProblem(
                where,
                "unit.import.at",
                where,
                new DefaultMessageSourceResolvable(new String[] {p.messageCode()}, p.args()));
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }
}
