package vn.vinhdanh.events;

public enum Sector {
    EDUCATION_TRAINING,
    HEALTH,
    YOUTH,
    LITERATURE_ARTS,
    PRESS,
    SPORTS,
    SCIENCE_TECHNOLOGY,
    SECURITY,
    ECONOMY,
    AGRICULTURE,
    OTHER
}
