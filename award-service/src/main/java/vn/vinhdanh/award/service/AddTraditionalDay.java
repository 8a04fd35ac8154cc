package vn.vinhdanh.award.service;

import java.util.List;
import vn.vinhdanh.events.Sector;

/** A traditional day the table does not hold yet (a sector's newly set day), with its source and why it is added. */
public record AddTraditionalDay(
        String code,
        String nameVi,
        int month,
        int day,
        List<Sector> sectors,
        String establishedBy,
        String source,
        boolean verified,
        String reason) {}
