package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.support.Bombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's calendar: bundled years, then data-dir years, then console imports, each replacing the last. */
class CalendarServiceTest {

    @TempDir
    Path dataDir;

    private final List<CalendarYear> stored = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final CalendarRepository repository = new CalendarRepository() {
        @Override
        public List<CalendarYear> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public void save(HolidayNotice notice, Instant loadedAt, String loadedBy) {
            stored.removeIf(y -> y.year() == notice.year());
            stored.add(new CalendarYear(notice, CalendarYear.IMPORTED, loadedAt, loadedBy));
        }
    };

    private final AuditLog audit = new AuditLog() {
        @Override
        public void record(AuditEvent e) {
            audited.add(e.actor() + " " + e.action() + " " + e.entityId());
        }

        @Override
        public List<AuditEntry> forEntity(String entityType, String entityId) {
            return List.of();
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return List.of();
        }

        @Override
        public List<AuditEntry> search(org.gongkai.platform.audit.AuditSearch search) {
            return List.of();
        }
    };

    private static final StaffMember ADMIN = new StaffMember("admin", "系统管理员", Role.ADMIN, "001008099001");
    private static final StaffMember REVIEWER = new StaffMember("reviewer", "审核", Role.REVIEWER, "001008099001");

    /** The platform settings with this test's data directory. */
    private GongkaiProperties settings() {
        return new GongkaiProperties(dataDir, false, null, null, null, false, true, null);
    }

    private static byte[] notice(int year, String... days) {
        return ("{\"year\":" + year + ",\"papers\":[],\"days\":[" + String.join(",", days) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String day(String date, boolean off) {
        return "{\"name\":\"测试\",\"date\":\"" + date + "\",\"isOffDay\":" + off + "}";
    }

    @Test
    void givenAYearImportedOnTheCommandLine_whenTheServerStarts_thenItIsLoaded() {
        new DataDirNotices(dataDir).save(NoticeJson.parse(notice(2027, day("2027-01-01", true)), "cli"));
        CalendarService service = new CalendarService(repository, audit, clock, settings(), event -> {});
        assertThat(service.years()).extracting(CalendarYear::year).contains(2026, 2027);
        assertThat(service.years())
                .filteredOn(y -> y.year() == 2027)
                .extracting(CalendarYear::origin)
                .containsExactly(CalendarYear.DATA_DIR);
        assertThat(service.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    }

    @Test
    void givenAConsoleImport_thenItTakesEffectAtOnceReplacesTheSameYearAndIsAudited() {
        new DataDirNotices(dataDir).save(NoticeJson.parse(notice(2027, day("2027-01-01", true)), "cli"));
        CalendarService service = new CalendarService(repository, audit, clock, settings(), event -> {});
        assertThat(service.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();

        service.importNotice(notice(2027, day("2027-01-01", true), day("2027-01-04", true)), "2027.json", ADMIN);

        assertThat(service.isWorkingDay(LocalDate.parse("2027-01-04"))).isFalse();
        CalendarYear y2027 = service.years().stream()
                .filter(y -> y.year() == 2027)
                .findFirst()
                .orElseThrow();
        assertThat(y2027.origin()).isEqualTo(CalendarYear.IMPORTED);
        assertThat(y2027.loadedBy()).isEqualTo("admin");
        assertThat(y2027.loadedAt()).isEqualTo(clock.instant());
        assertThat(audited).containsExactly("admin calendar.import 2027");
    }

    @Test
    void givenANonAdministrator_whenImporting_thenRefusedRecordedAndNothingLoaded() {
        CalendarService service = new CalendarService(repository, audit, clock, settings(), event -> {});
        assertThatThrownBy(() -> service.importNotice(notice(2027, day("2027-01-01", true)), "x.json", REVIEWER))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of("calendar.import", "calendar_year", null, "001008099001")));
        assertThat(audited).isEmpty(); // the web edge records the refusal (CalendarConsolePageTest)
        assertThat(stored).isEmpty();
        assertThatThrownBy(() -> service.isWorkingDay(LocalDate.parse("2027-03-01")))
                .isInstanceOf(MissingCalendarYearException.class);
    }

    @Test
    void givenAnInvalidFile_whenAnAdministratorImports_thenNothingIsStoredOrAudited() {
        CalendarService service = new CalendarService(repository, audit, clock, settings(), event -> {});
        assertThatThrownBy(() -> service.importNotice(
                        notice(2027, day("2027-01-01", true), day("2027-01-01", true)), "dup.json", ADMIN))
                .isInstanceOf(InvalidNoticeException.class);
        assertThat(stored).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void givenAnInflatingDocxOrAnOversizedFileAsTheNotice_thenRefusedWithinSecondsAndNothingLoaded() {
        CalendarService service = new CalendarService(repository, audit, clock, settings(), event -> {});
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> service.importNotice(Bombs.ratioDocx(), "2027.json", ADMIN))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.problems())
                                .extracting(NoticeProblem::messageCode)
                                .containsAnyOf("upload.refused.inflates", "upload.refused.elements"));
        assertThatThrownBy(() -> service.importNotice(new byte[2 * 1024 * 1024], "2027.json", ADMIN))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.problems())
                                .extracting(NoticeProblem::messageCode)
                                .containsExactly("upload.refused.too-large"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(stored).isEmpty();
        assertThat(audited).isEmpty();
    }
}
