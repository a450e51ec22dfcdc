package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar the server uses: the bundled years, then years imported on the command line into
 * the data dir, then years an administrator imported through the console (each later source replaces the same
 * year of an earlier one). Imports take effect at once.
 */
@Service
public class CalendarService implements WorkingCalendar {

    private static final int MAX_SOURCE = 200;
    private static final UploadLimits NOTICE_LIMITS = UploadLimits.defaults().withMaxBytes(1024 * 1024);
    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final DataDirNotices dataDir;
    private final ApplicationEventPublisher events;
    private volatile Snapshot current;

    private record Snapshot(NoticeCalendar calendar, List<CalendarYear> years) {}

    public CalendarService(
            CalendarRepository repository,
            AuditLog audit,
            Clock clock,
            GongkaiProperties settings,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.dataDir = new DataDirNotices(settings.dataDir());
    }

    /** The calendar as loaded now. */
    public NoticeCalendar calendar() {
        return snapshot().calendar();
    }

    /** Every loaded year, ascending, with where it came from. */
    public List<CalendarYear> years() {
        return snapshot().years();
    }

    /**
     * Loads a year's notice uploaded by an administrator: validated whole ({@link InvalidNoticeException},
     * nothing loaded), stored, recorded in the audit log, and in force at once.
     */
    public HolidayNotice importNotice(byte[] json, String fileName, StaffMember actor) {
        requireMayImport(actor);
        String source = "console:" + (fileName == null || fileName.isBlank() ? "upload.json" : fileName.strip());
        if (source.length() > MAX_SOURCE) {
            source = source.substring(0, MAX_SOURCE);
        }
        HolidayNotice notice = parse(json, fileName, source);
        boolean replaced = calendar().isLoaded(notice.year());
        synchronized (this) {
            repository.save(notice, clock.instant(), actor.username());
            current = null;
        }
        audit.record(AuditEvent.by(actor.username(), "calendar.import")
                .on("calendar_year", String.valueOf(notice.year()))
                .detail("holidays=" + notice.holidayCount() + " makeUpDays=" + notice.makeUpDayCount() + " replaced="
                        + replaced + " source=" + source + " papers=" + String.join(" ", notice.papers())));
        events.publishEvent(new CalendarChanged(notice.year()));
        return notice;
    }

    /** The notice read within the platform's upload limits (1 MB of JSON text, parsed within the time budget). */
    private static HolidayNotice parse(byte[] json, String fileName, String source) {
        try {
            return Uploads.read(fileName, json, NOTICE_LIMITS, upload -> {
                if (upload.type() != UploadType.TEXT) {
                    throw new UploadRefusedException(UploadRefusedException.Reason.WRONG_TYPE, upload.fileName());
                }
                return NoticeJson.parse(upload.content(), source);
            });
        } catch (UploadRefusedException e) {
            throw new InvalidNoticeException(List.of(NoticeProblem.of("file", e.messageCode(), e.messageArgs())));
        }
    }

    /** Only a system administrator loads notices; a refused attempt is recorded in the audit log. */
    public void requireMayImport(StaffMember actor) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException(
                    Refusal.of("calendar.import", "calendar_year", null, actor.unitCode()),
                    "calendar.upload.forbidden");
        }
    }

    /** Loads every source at start, so a broken data-dir file shows at once, and says which years are in force. */
    @EventListener(ApplicationReadyEvent.class)
    public void loadAtStart() {
        List<CalendarYear> years = years();
        LOG.info(
                "working-day calendar: {} year(s) loaded: {}",
                years.size(),
                years.stream()
                        .map(y -> y.year() + "(" + y.origin() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Re-reads every source (e.g. after a command-line import while the server runs). */
    public synchronized void reload() {
        current = null;
    }

    private Snapshot snapshot() {
        Snapshot s = current;
        if (s == null) {
            synchronized (this) {
                s = current;
                if (s == null) {
                    s = load();
                    current = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<Integer, CalendarYear> byYear = new LinkedHashMap<>();
        BundledNotices.load().forEach(n -> byYear.put(n.year(), new CalendarYear(n, CalendarYear.BUNDLED, null, null)));
        dataDir.load().forEach(n -> byYear.put(n.year(), new CalendarYear(n, CalendarYear.DATA_DIR, null, null)));
        repository.findAll().forEach(y -> byYear.put(y.year(), y));
        List<CalendarYear> years = new ArrayList<>(byYear.values());
        years.sort(Comparator.comparingInt(CalendarYear::year));
        return new Snapshot(
                new NoticeCalendar(years.stream().map(CalendarYear::notice).toList()), List.copyOf(years));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return calendar().plusWorkingDays(date, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }
}
