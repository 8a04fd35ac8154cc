package vn.vinhdanh.award.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.RecordHigherDecision;
import vn.vinhdanh.award.service.RecordHigherRefusal;
import vn.vinhdanh.award.service.SubmitUpward;
import vn.vinhdanh.award.service.UpwardProposalDecision;
import vn.vinhdanh.award.service.UpwardProposalQueries;
import vn.vinhdanh.award.service.UpwardProposalRefusal;
import vn.vinhdanh.award.service.UpwardProposalSubmission;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;

/**
 * The state-level forms the province proposes upward (Huân chương, Anh hùng Lao động, the Prime Minister's forms):
 * the list by status, and on each proposal the three steps the board records, the province's Tờ trình, then the
 * higher level's decision or refusal. The same use cases as the API's /api/v1/upward-proposals.
 */
@Path("/desk/upward-proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class UpwardProposalPages {

    private static final int PAGE_SIZE = 50;

    private final UpwardProposalQueries proposals;
    private final UpwardProposalSubmission submission;
    private final UpwardProposalDecision decision;
    private final UpwardProposalRefusal refusal;
    private final AwardConfig config;
    private final DeskCsrf csrf;
    private final Template list;
    private final Template page;

    public UpwardProposalPages(
            UpwardProposalQueries proposals,
            UpwardProposalSubmission submission,
            UpwardProposalDecision decision,
            UpwardProposalRefusal refusal,
            AwardConfig config,
            DeskCsrf csrf,
            @Location("officer/upward-proposals.html") Template list,
            @Location("officer/upward-proposal.html") Template page) {
        this.proposals = proposals;
        this.submission = submission;
        this.decision = decision;
        this.refusal = refusal;
        this.config = config;
        this.csrf = csrf;
        this.list = list;
        this.page = page;
    }

    @GET
    public String proposals(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("1") int page) {
        UpwardProposalStatus shown = status(status);
        int current = Math.max(1, page);
        Found<UpwardProposal> found = proposals.list(shown, current - 1, PAGE_SIZE);
        return list.data("proposals", found.items())
                .data("names", proposals.awardNames(found.items()))
                .data("status", shown)
                .data("statuses", UpwardProposalStatus.values())
                .data("page", current)
                .data("more", (long) current * PAGE_SIZE < found.total())
                .render();
    }

    @GET
    @Path("{nominationId}")
    public String proposal(@PathParam("nominationId") UUID nominationId, @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "submitted" -> "Đã ghi nhận tờ trình của tỉnh.";
            case "decided" -> "Đã ghi nhận quyết định khen thưởng của cấp trên; khen thưởng đã được trao.";
            case "refused" -> "Đã ghi nhận việc cấp trên không khen thưởng.";
            default -> null;
        };
        UpwardProposal proposal = proposals.get(nominationId);
        return render(proposal, FormInput.of(defaults(proposal)), FormErrors.none(), notice);
    }

    @POST
    @Path("{nominationId}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response submit(@PathParam("nominationId") UUID nominationId, MultivaluedMap<String, String> sent) {
        return record(
                nominationId,
                sent,
                "submitted",
                form -> submission.submit(
                        nominationId,
                        new SubmitUpward(
                                form.required("submissionNumber", "Nhập số tờ trình, ví dụ 109/TTr-UBND"),
                                form.date("submittedOn", "Nhập ngày trình"))));
    }

    @POST
    @Path("{nominationId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response decide(@PathParam("nominationId") UUID nominationId, MultivaluedMap<String, String> sent) {
        return record(
                nominationId,
                sent,
                "decided",
                form -> decision.decide(
                        nominationId,
                        new RecordHigherDecision(
                                form.required("decisionNumber", "Nhập số quyết định của cấp trên, ví dụ 1234/QĐ-CTN"),
                                form.date("decisionDate", "Nhập ngày quyết định"),
                                form.required("issuer", "Nhập cấp quyết định, ví dụ Chủ tịch nước"),
                                form.valueOrNull("fund"))));
    }

    @POST
    @Path("{nominationId}/refusal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response refuse(@PathParam("nominationId") UUID nominationId, MultivaluedMap<String, String> sent) {
        return record(nominationId, sent, "refused", form -> {
            String reason = form.required("reason", "Nhập lý do cấp trên không khen thưởng");
            if (reason.length() > 2000) {
                throw ProblemException.invalidField(
                        "reason", "at most 2000 characters", "Lý do dài quá 2.000 ký tự; đề nghị rút gọn.");
            }
            return refusal.refuse(
                    nominationId,
                    new RecordHigherRefusal(
                            reason,
                            form.value("refusedOn").isEmpty() ? null : form.date("refusedOn", "Nhập ngày trả lời"),
                            // the authority the proposal went to: the one that answers it
                            null));
        });
    }

    /** One step: done, back to the proposal; refused, the same page with the message beside the field, input kept. */
    private Response record(
            UUID nominationId,
            MultivaluedMap<String, String> sent,
            String done,
            Function<FormInput, UpwardProposal> step) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            step.apply(form);
            return Response.seeOther(URI.create("/desk/upward-proposals/" + nominationId + "?done=" + done))
                    .build();
        } catch (ProblemException refused) {
            int status = refused.status() >= 400 && refused.status() < 500 ? refused.status() : 400;
            return Response.status(status)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(proposals.get(nominationId), form, FormErrors.of(refused), null))
                    .build();
        }
    }

    private String render(UpwardProposal proposal, FormInput form, FormErrors errors, String notice) {
        return page.data("p", proposal)
                .data(
                        "awardName",
                        proposals
                                .awardNames(java.util.List.of(proposal))
                                .getOrDefault(proposal.awardCode, proposal.awardCode))
                .data("form", form)
                .data("errors", errors)
                .data("notice", notice)
                .render();
    }

    /** The issuer and the fund an officer would type most often, prefilled. */
    private Map<String, String> defaults(UpwardProposal proposal) {
        return Map.of("issuer", proposal.higherAuthority.nameVi(), "fund", config.defaultFund());
    }

    private static UpwardProposalStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UpwardProposalStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "status", "not a status of an upward proposal", "Trạng thái không hợp lệ");
        }
    }
}
