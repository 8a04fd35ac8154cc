package vn.vinhdanh.award.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.vinhdanh.award.service.ScheduleCeremony;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;

/**
 * {@code startTime} is local time in Việt Nam ("08:30"), null while only the day is known; {@code traditionalDay} the
 * code of a traditional day (GET /api/v1/traditional-days) for occasion SECTOR_DAY, optional for the five fixed
 * occasions.
 */
public record CeremonyRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull CeremonyOccasion occasion,
        @NotNull LocalDate ceremonyDate,
        @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        @NotBlank @Size(max = 300) String place,
        Sector sector,
        @Size(max = 40) String traditionalDay) {

    ScheduleCeremony toCommand() {
        return new ScheduleCeremony(
                name,
                occasion,
                ceremonyDate,
                startTime,
                place,
                sector,
                traditionalDay == null || traditionalDay.isBlank() ? null : traditionalDay.strip());
    }
}
