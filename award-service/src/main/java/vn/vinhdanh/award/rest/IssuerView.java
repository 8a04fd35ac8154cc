package vn.vinhdanh.award.rest;

import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.service.IssuerQueries;

/**
 * An issuer with the award types its authority may grant, and when; {@code signerName} (null when none is recorded)
 * is who signs its decisions, as its certificates print it.
 */
public record IssuerView(String code, Authority authority, String nameVi, String signerName, List<Grant> mayGrant) {

    public record Grant(String awardCode, LocalDate validFrom, LocalDate validTo, String source, boolean verified) {}

    static IssuerView of(IssuerQueries.IssuerWithGrants i) {
        return new IssuerView(
                i.issuer().code,
                i.issuer().authority,
                i.issuer().nameVi,
                i.issuer().signerName,
                i.mayGrant().stream()
                        .map(g -> new Grant(g.key.awardCode(), g.key.validFrom(), g.validTo, g.source, g.verified))
                        .toList());
    }
}
