package vn.vinhdanh.events;

/** Who is nominated. Individual-only fields are null for a collective and {@code memberCount} is null for an individual. */
public record Nominee(
        NomineeKind kind,
        String name,
        String gender,
        Integer birthYear,
        String ethnicity,
        String position,
        String organization,
        TargetGroup targetGroup,
        Integer memberCount) {}
