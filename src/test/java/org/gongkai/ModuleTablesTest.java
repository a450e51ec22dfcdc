package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules meet through ports, never each other's tables. A table belongs to the module whose migration creates it
 * (the migration's description starts with the module's name: {@code V3_0__requests.sql} → {@code requests},
 * {@code V6_0__annual_report.sql} → {@code annualreport}); no main source of another module names it in SQL.
 */
class ModuleTablesTest {

    private static final Path MAIN = Path.of("src/main/java/org/gongkai");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** Tables whose owner the migration's name does not tell. */
    private static final Map<String, String> OWNER_EXCEPTIONS = Map.of(
            "audit_log", "platform",
            "throttle_counter", "platform",
            "rendered_report", "annualreport",
            "api_token", "org",
            "setup_token", "org");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("\\b(?:from|join|into|update|table)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void everyTableHasAnOwningModule() {
        Map<String, String> owners = owners();
        assertThat(owners).isNotEmpty().containsEntry("disclosure_request", "requests");
        assertThat(owners).containsEntry("annual_report_event", "annualreport").containsEntry("audit_log", "platform");
    }

    @Test
    void noModuleNamesAnotherModulesTableInSql() throws IOException {
        Map<String, String> owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = module(file);
                String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher m = TABLE_REFERENCE.matcher(code);
                while (m.find()) {
                    String owner = owners.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
                    if (owner != null && !owner.equals(module)) {
                        violations.add(
                                MAIN.relativize(file) + " (" + module + ") names " + m.group(1) + " of " + owner);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The module of a main source file: its top-level package, the root package named "application". */
    private static String module(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() == 1 ? "application" : rel.getName(0).toString();
    }

    /** Table → owning module, from the migrations' names and contents. */
    static Map<String, String> owners() {
        List<String> modules = modules();
        Map<String, String> owners = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.sorted().toList()) {
                String description = f.getFileName()
                        .toString()
                        .replaceFirst("^V[\\d_]+__", "")
                        .replace("_", "");
                String module = modules.stream()
                        .filter(description::startsWith)
                        .max(Comparator.comparingInt(String::length))
                        .orElse(null);
                Matcher m = CREATE_TABLE.matcher(Files.readString(f));
                while (m.find()) {
                    String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    String owner = OWNER_EXCEPTIONS.getOrDefault(table, module);
                    assertThat(owner)
                            .as(
                                    "table %s of %s: name the migration after its module, or add it to the exceptions",
                                    table, f.getFileName())
                            .isNotNull();
                    owners.put(table, owner);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static List<String> modules() {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
