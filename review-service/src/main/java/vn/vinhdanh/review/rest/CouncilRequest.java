package vn.vinhdanh.review.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.service.ReplaceSeats;
import vn.vinhdanh.review.service.SetUpCouncil;

public record CouncilRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull Level level,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotEmpty @Size(max = 60) List<@NotNull @Valid Seat> members) {

    public SetUpCouncil toCommand() {
        return new SetUpCouncil(
                name,
                level,
                validFrom,
                validTo,
                members.stream().map(Seat::toCommand).toList());
    }

    /** {@code memberId} is the member's subject in the identity provider; {@code agencyCode} where they work. */
    public record Seat(
            @NotBlank @Size(max = 200) String memberId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull CouncilPosition position,

            @Size(max = 50)
            @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "upper-case letters, digits, '_' and '-' only")
            String agencyCode) {

        SetUpCouncil.Seat toCommand() {
            return new SetUpCouncil.Seat(memberId, fullName, position, agencyCode);
        }
    }

    public record Members(@NotEmpty @Size(max = 60) List<@NotNull @Valid Seat> members) {

        public ReplaceSeats toCommand() {
            return new ReplaceSeats(members.stream().map(Seat::toCommand).toList());
        }
    }
}
