package vn.vinhdanh.award.domain;

/**
 * The province a provincial resolution was passed for. Lào Cai and Yên Bái merged into Lào Cai on 1 July 2025, so a
 * resolution of either former province applies only to its own former territory, and until it is replaced.
 */
public enum Territory {
    /** The pre-merger province of Lào Cai (until 30 June 2025). */
    LAO_CAI_CU,
    /** The pre-merger province of Yên Bái (until 30 June 2025). */
    YEN_BAI_CU,
    /** The merged province of Lào Cai, from 1 July 2025. */
    LAO_CAI
}
