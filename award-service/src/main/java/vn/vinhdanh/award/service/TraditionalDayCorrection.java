package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.RecurringDay;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/**
 * Corrects a traditional day recorded wrongly, or adds one a sector has been given, with a reason. A correction starts
 * from the revision the officer read (409 stale-revision when someone corrected it meanwhile) and counts one more;
 * the audit trail keeps what it replaced. Each change is published to the other services in its transaction.
 */
@ApplicationScoped
public class TraditionalDayCorrection {

    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final TraditionalDayAnnouncement announcement;

    public TraditionalDayCorrection(
            AuditTrail audit, EntityManager entityManager, TraditionalDayAnnouncement announcement) {
        this.audit = audit;
        this.entityManager = entityManager;
        this.announcement = announcement;
    }

    @Transactional
    public TraditionalDay correct(String code, CorrectTraditionalDay command) {
        checkDate(command.month(), command.day());
        TraditionalDayAnnouncement.lock(entityManager);
        TraditionalDay day = TraditionalDay.<TraditionalDay>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("traditional day", "ngày truyền thống", code));
        if (day.revision != command.expectedRevision()) {
            throw ProblemException.conflict(
                    "stale-revision",
                    "traditional day " + code + " is at revision " + day.revision + ", not "
                            + command.expectedRevision() + "; read it again (GET /api/v1/traditional-days/" + code
                            + ") and correct what it says now",
                    "Ngày truyền thống " + code + " đã được sửa (phiên bản " + day.revision + ", không phải "
                            + command.expectedRevision() + "); đề nghị tải lại và sửa trên nội dung hiện tại.");
        }
        checkSectorsFree(code, command.sectors());
        String reason = command.reason().strip();
        // the audit trail keeps the old values: the row itself only counts its revisions
        String was = describe(day);
        day.nameVi = command.nameVi().strip();
        day.monthOfYear = command.month();
        day.dayOfMonth = command.day();
        day.setSectors(command.sectors());
        day.establishedBy = command.establishedBy().strip();
        day.source = command.source().strip();
        day.verified = command.verified();
        day.revision++;
        announcement.publish(day);
        audit.record(
                "traditional-day.correct",
                "traditional-day",
                code,
                was + " -> " + describe(day) + ", revision " + (day.revision - 1) + " -> " + day.revision + "; "
                        + reason);
        return day;
    }

    @Transactional
    public TraditionalDay add(AddTraditionalDay command) {
        checkDate(command.month(), command.day());
        // a code named like an occasion would be taken for that occasion's own day
        if (Arrays.stream(CeremonyOccasion.values()).anyMatch(o -> o.name().equals(command.code()))) {
            throw ProblemException.invalidField(
                    "code",
                    "is the name of a ceremony occasion; choose another code",
                    "Mã trùng tên một dịp tổ chức lễ; đề nghị chọn mã khác.");
        }
        TraditionalDayAnnouncement.lock(entityManager);
        if (TraditionalDay.findById(command.code()) != null) {
            throw ProblemException.conflict(
                    "traditional-day-exists",
                    "traditional day " + command.code() + " exists; correct it with PUT /api/v1/traditional-days/"
                            + command.code(),
                    "Ngày truyền thống " + command.code() + " đã có; đề nghị sửa ngày đó.");
        }
        checkSectorsFree(command.code(), command.sectors());
        TraditionalDay day = new TraditionalDay();
        day.code = command.code();
        day.nameVi = command.nameVi().strip();
        day.monthOfYear = command.month();
        day.dayOfMonth = command.day();
        day.setSectors(command.sectors());
        day.establishedBy = command.establishedBy().strip();
        day.source = command.source().strip();
        day.verified = command.verified();
        day.persist();
        announcement.publish(day);
        audit.record("traditional-day.add", "traditional-day", day.code, describe(day) + "; " + command.reason());
        return day;
    }

    /** 31/2, 31/4 and 29/2 are not days of every year (422 impossible-date). */
    private static void checkDate(int month, int day) {
        if (!RecurringDay.exists(month, day)) {
            throw ProblemException.unprocessable(
                    "impossible-date",
                    day + "/" + month + " is not a day of every year (29/2 comes one year in four)",
                    "Ngày " + day + "/" + month + " không có trong mọi năm (ngày 29/2 bốn năm mới có một lần).");
        }
    }

    /** A sector honours its models on one day: a sector another day holds is moved off that day first. */
    private static void checkSectorsFree(String code, List<Sector> sectors) {
        for (TraditionalDay other : TraditionalDay.<TraditionalDay>listAll()) {
            if (other.code.equals(code)) {
                continue;
            }
            for (Sector sector : sectors) {
                if (other.honours(sector)) {
                    throw ProblemException.conflict(
                            "sector-has-a-day",
                            sector + " honours its models on " + other.code + " ("
                                    + other.recurring().dayMonth() + "); take it off that day first",
                            "Lĩnh vực " + sector + " đã có ngày truyền thống " + other.nameWithDay()
                                    + "; đề nghị bỏ lĩnh vực khỏi ngày đó trước.");
                }
            }
        }
    }

    private static String describe(TraditionalDay day) {
        return day.code + " " + day.nameWithDay() + " [" + day.sectors + "] " + day.establishedBy
                + (day.verified ? " (verified)" : " (unverified)") + "; source: " + day.source;
    }
}
