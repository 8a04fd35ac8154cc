package vn.vinhdanh.events;

/** Organising level of a nomination. DISTRICT only exists for dates before 1 July 2025 (two-tier local government). */
public enum Level {
    PROVINCE,
    DEPARTMENT,
    DISTRICT,
    COMMUNE,
    ENTERPRISE
}
