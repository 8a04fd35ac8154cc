package vn.vinhdanh.award.rest;

import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.service.IssuerQueries;

/** An issuer with the award types its authority may grant, and when. */
public record IssuerView(String code, Authority authority, String nameVi, List<Grant> mayGrant) {

    public record Grant(String awardCode, LocalDate validFrom, LocalDate validTo) {}

    static IssuerView of(IssuerQueries.IssuerWithGrants i) {
        return new IssuerView(
                i.issuer().code,
                i.issuer().authority,
                i.issuer().nameVi,
                i.mayGrant().stream()
                        .map(g -> new Grant(g.key.awardCode(), g.key.validFrom(), g.validTo))
                        .toList());
    }
}
