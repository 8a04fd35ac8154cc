package vn.vinhdanh.award.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.award.service.AwardQueries;
import vn.vinhdanh.award.service.DecisionQueries;

/**
 * The award officer's desk: the draft awards the council's approvals left, to be put into a decision; the decisions
 * still to sign and the latest signed.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class OfficerDesk {

    static final int PAGE_SIZE = 50;

    private final AwardQueries awards;
    private final DecisionQueries decisions;
    private final Template home;

    public OfficerDesk(AwardQueries awards, DecisionQueries decisions, @Location("officer/home.html") Template home) {
        this.awards = awards;
        this.decisions = decisions;
        this.home = home;
    }

    @GET
    public String home(@QueryParam("page") Integer page) {
        int current = page == null || page < 1 ? 1 : page;
        var drafts = awards.list(null, AwardStatus.DRAFT, null, current - 1, PAGE_SIZE + 1)
                .items();
        boolean more = drafts.size() > PAGE_SIZE;
        return home.data("drafts", more ? drafts.subList(0, PAGE_SIZE) : drafts)
                .data("more", more)
                .data("page", current)
                .data("pending", decisions.list(DecisionStatus.DRAFT, 0, 20).items())
                .data("signed", decisions.list(DecisionStatus.SIGNED, 0, 10).items())
                .render();
    }
}
