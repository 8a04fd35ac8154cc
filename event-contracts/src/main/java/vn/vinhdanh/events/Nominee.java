package vn.vinhdanh.events;

/**
 * Who is nominated. Individual-only fields are null for a collective and {@code memberCount} is null for an individual
 * and a household. A household ({@link NomineeKind#HOUSEHOLD}) is named as it is known, by its head ("Hộ ông Vàng A
 * Sử"), its {@code organization} is its village and commune, and {@code gender}, {@code birthYear} and
 * {@code ethnicity}, when given, are the head's.
 */
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
