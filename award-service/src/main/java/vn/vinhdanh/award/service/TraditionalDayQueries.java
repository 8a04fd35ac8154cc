package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the table of traditional days: all of them, one, a sector's, an occasion's. */
@ApplicationScoped
public class TraditionalDayQueries {

    /** By date in the year, then code: the order of a calendar. */
    public List<TraditionalDay> list() {
        return TraditionalDay.listAll(Sort.by("monthOfYear").and("dayOfMonth").and("code"));
    }

    public TraditionalDay get(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("traditional day", "ngày truyền thống", code));
    }

    public Optional<TraditionalDay> find(String code) {
        return code == null ? Optional.empty() : TraditionalDay.findByIdOptional(code);
    }

    /** The day a sector honours its models on; a sector without one of its own (or none) keeps the day of all. */
    public TraditionalDay ofSector(Sector sector) {
        List<TraditionalDay> days = TraditionalDay.listAll();
        if (sector != null) {
            for (TraditionalDay day : days) {
                if (day.honours(sector)) {
                    return day;
                }
            }
        }
        return days.stream()
                .filter(day -> day.everyOtherSector)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("V18 seeds the day of every other sector"));
    }

    /**
     * The day of a ceremony's occasion: the five fixed occasions are their own day (a code given with them must be
     * theirs), {@link CeremonyOccasion#SECTOR_DAY} needs the code of a day of the table, and the other occasions
     * have none (a code given with them is a 400).
     */
    public Optional<TraditionalDay> ofOccasion(CeremonyOccasion occasion, String code) {
        if (occasion == CeremonyOccasion.SECTOR_DAY) {
            if (code == null) {
                throw ProblemException.invalidField(
                        "traditionalDay",
                        "SECTOR_DAY needs the code of a traditional day (GET /api/v1/traditional-days lists them)",
                        "Dịp ngày truyền thống của ngành cần chọn một ngày truyền thống.");
            }
            return Optional.of(find(code).orElseThrow(() -> unknown(code)));
        }
        Optional<TraditionalDay> own = find(occasion.name());
        if (own.isEmpty()) {
            if (code != null) {
                throw ProblemException.invalidField(
                        "traditionalDay",
                        occasion + " is not held on a traditional day; use SECTOR_DAY with the day's code",
                        "Dịp " + occasion + " không gắn với ngày truyền thống; đề nghị chọn dịp ngày truyền thống của"
                                + " ngành.");
            }
            return Optional.empty();
        }
        if (code != null && !code.equals(occasion.name())) {
            throw ProblemException.invalidField(
                    "traditionalDay",
                    occasion + " is held on its own day " + occasion.name() + ", not " + code,
                    "Dịp " + occasion + " là ngày " + own.get().nameWithDay() + ", không phải " + code + ".");
        }
        return own;
    }

    private static ProblemException unknown(String code) {
        return ProblemException.invalidField(
                "traditionalDay",
                "'" + code + "' is not a traditional day; GET /api/v1/traditional-days lists them",
                "'" + code + "' không phải ngày truyền thống trong danh mục.");
    }
}
