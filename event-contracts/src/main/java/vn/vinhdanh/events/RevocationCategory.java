package vn.vinhdanh.events;

/**
 * Why a granted award is revoked (Luật TĐKT 2022, Chương VII): the award is annulled and its money recovered for
 * fraud, a false dossier, an unlawful review, or another later finding.
 */
public enum RevocationCategory {
    FRAUD,
    FALSE_DOSSIER,
    UNLAWFUL_REVIEW,
    OTHER
}
