package vn.vinhdanh.review.service;

/** Why a member may not judge a case: said in English for the API and the log, in Vietnamese for the pages. */
public record ConflictReason(String english, String vietnamese) {

    static ConflictReason declared(String reason) {
        return new ConflictReason("declared: " + reason, "đã kê khai: " + reason);
    }

    static ConflictReason nominatingAgency(String agencyCode) {
        return new ConflictReason(
                "member of the nominating agency " + agencyCode, "công tác tại đơn vị đề nghị " + agencyCode);
    }
}
