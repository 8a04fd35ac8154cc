package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency the caller acts for. An agency sees and submits only its own nominations and drafts; an admin sees all
 * and submits on an agency's behalf by naming it.
 */
@ApplicationScoped
public class CallerAgency {

    private final Caller caller;

    public CallerAgency(Caller caller) {
        this.caller = caller;
    }

    /** True for an agency, whose reads are limited to {@link #code()}; false for an admin. */
    public boolean seesOwnOnly() {
        return caller.has(Roles.AGENCY) && !caller.has(Roles.ADMIN);
    }

    /** The agency named by the caller's token. */
    public String code() {
        return caller.agencyCode();
    }

    /** Whether the caller may read what belongs to {@code agencyCode}; another agency's things answer 404. */
    public boolean mayRead(String agencyCode) {
        return !seesOwnOnly() || agencyCode.equals(caller.agencyCode());
    }

    /** Agencies submit for themselves; an admin submitting on an agency's behalf names the agency. */
    public String submitting(String requested) {
        return actingFor(
                requested,
                "required when an admin submits for an agency",
                "Khi quản trị viên gửi hồ sơ thay cho cơ quan, đơn vị, phải ghi mã cơ quan, đơn vị.",
                "an agency submits only its own nominations, not " + requested + "'s",
                "Cơ quan, đơn vị chỉ gửi hồ sơ đề nghị của mình, không gửi thay cho " + requested + ".");
    }

    /** An agency registers webhooks for itself; an admin registers for the agency it names. */
    public String registeringWebhook(String requested) {
        return actingFor(
                requested,
                "required when an admin registers a webhook for an agency",
                "Khi quản trị viên đăng ký thay cho cơ quan, đơn vị, phải ghi mã cơ quan, đơn vị.",
                "an agency registers webhooks only for itself, not for " + requested,
                "Cơ quan, đơn vị chỉ đăng ký nhận thông báo cho mình, không đăng ký thay cho " + requested + ".");
    }

    /**
     * The agency something is created for: the caller's own, or the one an admin names ({@code agencyCode} is then
     * required); an agency naming another is refused, not silently corrected.
     */
    private String actingFor(
            String requested, String adminMustName, String adminMustNameVi, String notYours, String notYoursVi) {
        if (caller.has(Roles.ADMIN)) {
            if (requested == null) {
                throw ProblemException.invalidField("agencyCode", adminMustName, adminMustNameVi);
            }
            return requested;
        }
        String own = caller.agencyCode();
        if (own == null || own.isBlank()) {
            throw ProblemException.forbidden(
                    "the token names no agency (claim 'agency')",
                    "Tài khoản đăng nhập chưa gắn với cơ quan, đơn vị nào (thuộc tính 'agency').");
        }
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden(notYours, notYoursVi);
        }
        return own;
    }
}
