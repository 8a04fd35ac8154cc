package vn.vinhdanh.events;

/**
 * Why an honouring ceremony is held; traditional days fall on fixed dates. The values stay as they are (readers keep
 * them); a day added to award-service's table of traditional days is {@link #SECTOR_DAY} with the day's code.
 */
public enum CeremonyOccasion {
    /** Annual review (tổng kết năm) of the emulation and commendation work. */
    ANNUAL_REVIEW,
    /** Preliminary or final review (sơ kết, tổng kết) of a movement. */
    MOVEMENT_REVIEW,
    /** 11 June: President Hồ Chí Minh's call for patriotic emulation (1948). */
    PATRIOTIC_EMULATION_DAY,
    /** 20 November: Vietnamese Teachers' Day. */
    TEACHERS_DAY,
    /** 27 February: Vietnamese Doctors' Day. */
    DOCTORS_DAY,
    /** 26 March: founding of the Hồ Chí Minh Communist Youth Union. */
    YOUTH_UNION_DAY,
    /** 28 June: Vietnamese Family Day. */
    FAMILY_DAY,
    /**
     * A sector's traditional day of award-service's table other than the five above (21 June for the press, 19
     * August for the police, ...): the ceremony names the day by its code.
     */
    SECTOR_DAY,
    /** Any other occasion, e.g. a sudden achievement (khen thưởng đột xuất). */
    OTHER
}
