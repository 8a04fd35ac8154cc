package vn.vinhdanh.award.domain;

/** Whom a decision's issuer acts for (Law on Emulation and Commendation 2022, Art. 79–80). */
public enum Authority {
    PRIME_MINISTER,
    PROVINCE_CHAIRMAN,
    /** Chủ tịch UBND cấp huyện: only until 30 June 2025. */
    DISTRICT_CHAIRMAN,
    COMMUNE_CHAIRMAN,
    /** Heads of agencies and units with legal personality, and enterprises. */
    UNIT_HEAD
}
