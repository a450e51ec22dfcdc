package org.gongkai.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registries the disclosure office keeps: public reading points (查阅点), government new-media accounts (政务新媒体)
 * with their closures and checks (校审), and each unit's powers and responsibilities list (权责清单) version by
 * version. Each change is checked whole (every bad field named, nothing stored) and audited.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class Registries {

    private final VoiceRepository repo;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    Registries(VoiceRepository repo, UnitDirectory units, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public long addReadingPoint(StaffMember staff, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.reading-point", "voice_reading_point", null);
        Fields f = new Fields();
        String unit = unit(f, form.get("unitCode"));
        ReadingPoint point = new ReadingPoint(
                null,
                unit,
                f.text("name", form.get("name"), 200),
                f.text("address", form.get("address"), 300),
                f.text("hours", form.get("hours"), 200),
                f.text("phone", form.get("phone"), 60),
                f.text("materials", form.get("materials"), 1000));
        f.check();
        long id = repo.addReadingPoint(point, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "voice.reading-point")
                .on("voice_reading_point", Long.toString(id))
                .inUnit(unit)
                .detail(point.name() + " " + point.address()));
        return id;
    }

    public long addAccount(StaffMember staff, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.media-account", "voice_media_account", null);
        Fields f = new Fields();
        String unit = unit(f, form.get("unitCode"));
        MediaAccount account = new MediaAccount(
                null,
                unit,
                f.text("platform", form.get("platform"), 40),
                f.text("name", form.get("name"), 200),
                f.date("filedOn", form.get("filedOn"), today()),
                AccountStatus.OPERATING,
                null,
                null,
                f.optionalDate("lastUpdateOn", form.get("lastUpdateOn"), today()),
                List.of());
        f.check();
        long id = repo.addAccount(account, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "voice.media-account")
                .on("voice_media_account", Long.toString(id))
                .inUnit(unit)
                .detail(account.platform() + " " + account.name()));
        return id;
    }

    /** Closes (关停) an operating account on a date with its reason. */
    public void closeAccount(StaffMember staff, long id, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.media-account.close", "voice_media_account", id);
        MediaAccount account = account(id);
        if (!account.operating()) {
            throw new ConflictException("voice.error.account-closed");
        }
        Fields f = new Fields();
        LocalDate on = f.date("closedOn", form.get("closedOn"), today());
        String reason = f.text("closureReason", form.get("closureReason"), 500);
        if (on != null && on.isBefore(account.filedOn())) {
            f.problem("closedOn", "voice.error.closed-before-filed");
        }
        f.check();
        repo.closeAccount(new MediaAccount(
                id,
                account.unitCode(),
                account.platform(),
                account.name(),
                account.filedOn(),
                AccountStatus.CLOSED,
                on,
                reason,
                account.lastUpdateOn(),
                account.checks()));
        audit.record(AuditEvent.by(staff.username(), "voice.media-account.close")
                .on("voice_media_account", Long.toString(id))
                .inUnit(account.unitCode())
                .because(reason)
                .detail(on.toString()));
    }

    /** Records a check (校审) of an account: its date, result, findings and the date of its latest post. */
    public void checkAccount(StaffMember staff, long id, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.media-account.check", "voice_media_account", id);
        MediaAccount account = account(id);
        Fields f = new Fields();
        LocalDate on = f.date("checkedOn", form.get("checkedOn"), today());
        String result = form.get("passed");
        if (!"true".equals(result) && !"false".equals(result)) {
            f.problem("passed", "voice.error.choice");
        }
        String note = f.text("note", form.get("note"), 500);
        LocalDate lastUpdate = f.optionalDate("lastUpdateOn", form.get("lastUpdateOn"), today());
        f.check();
        MediaAccount.Check check = new MediaAccount.Check(on, Boolean.parseBoolean(result), note, staff.username());
        repo.addCheck(id, check, lastUpdate);
        audit.record(AuditEvent.by(staff.username(), "voice.media-account.check")
                .on("voice_media_account", Long.toString(id))
                .inUnit(account.unitCode())
                .detail(on + (check.passed() ? " passed " : " failed ") + note));
    }

    /** A new version of a unit's powers list, numbered after the last; the earlier versions stay as they were. */
    public PowerListVersion addPowerList(StaffMember staff, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.power-list", "voice_power_list", null);
        Fields f = new Fields();
        String unit = unit(f, form.get("unitCode"));
        LocalDate effective = f.date("effectiveOn", form.get("effectiveOn"), null);
        Long count = f.number("itemCount", form.get("itemCount"), 0, 100_000);
        String changes = f.text("changes", form.get("changes"), 2000);
        f.check();
        PowerListVersion v =
                new PowerListVersion(null, unit, repo.nextPowerListVersion(unit), effective, count.intValue(), changes);
        long id = repo.addPowerList(v, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "voice.power-list")
                .on("voice_power_list", Long.toString(id))
                .inUnit(unit)
                .detail("v" + v.version() + " " + effective + " " + count + ": " + changes));
        return new PowerListVersion(id, unit, v.version(), effective, v.itemCount(), changes);
    }

    public List<ReadingPoint> readingPoints() {
        return repo.readingPoints();
    }

    public List<MediaAccount> accounts() {
        return repo.accounts();
    }

    public List<PowerListVersion> powerLists() {
        return repo.powerLists();
    }

    private MediaAccount account(long id) {
        return repo.account(id).orElseThrow(() -> new NotFoundException("voice.error.not-found", id));
    }

    /** An active unit's code, else the problem noted on {@code unitCode}. */
    String unit(Fields f, String code) {
        return unit(f, units, code);
    }

    static String unit(Fields f, UnitDirectory units, String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            f.problem("unitCode", "voice.error.required");
            return null;
        }
        if (units.find(c).filter(u -> u.active()).isEmpty()) {
            f.problem("unitCode", "voice.error.unit", c);
            return null;
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
