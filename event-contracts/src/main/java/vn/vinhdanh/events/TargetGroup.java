package vn.vinhdanh.events;

/** Emulation criteria are set per target group (civil servants, public employees, soldiers, citizens, workers; collectives). */
public enum TargetGroup {
    CIVIL_SERVANT,
    PUBLIC_EMPLOYEE,
    SOLDIER,
    CITIZEN,
    WORKER,
    COLLECTIVE
}
