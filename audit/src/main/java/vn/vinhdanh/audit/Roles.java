package vn.vinhdanh.audit;

/** The platform's roles, carried in the token's {@code groups} claim. */
public final class Roles {
    /** An agency portal or officer submitting nominations; the token's {@code agency} claim says which agency. */
    public static final String AGENCY = "agency";

    public static final String COUNCIL_SECRETARY = "council-secretary";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String AWARD_OFFICER = "award-officer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {}
}
