package vn.vinhdanh.events;

/**
 * Emulation criteria are set per target group (civil servants, public employees, soldiers, citizens, workers;
 * collectives; households). A collective is always in {@code COLLECTIVE} and a household in {@code HOUSEHOLD}, an
 * individual in one of the others.
 */
public enum TargetGroup {
    CIVIL_SERVANT,
    PUBLIC_EMPLOYEE,
    SOLDIER,
    CITIZEN,
    WORKER,
    COLLECTIVE,
    HOUSEHOLD
}
