package vn.vinhdanh.benchmark.crud;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** {@code POST /documents}: the nomination body as the platform receives it, persisted with one Panache persist. */
@Path("/documents")
public class NominationDocumentResource {

    public record Nominee(
            String kind,
            String name,
            String gender,
            Integer birthYear,
            String ethnicity,
            String position,
            String organization,
            String targetGroup,
            Integer memberCount) {}

    public record NominationBody(
            UUID movementId,
            String agencyCode,
            Nominee nominee,
            String level,
            String sector,
            String proposedAward,
            String achievements,
            String goodPractices,
            boolean publicityConsent) {}

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NominationBody body) {
        NominationDocument document = new NominationDocument();
        document.id = UUID.randomUUID();
        document.movementId = body.movementId();
        document.agencyCode = body.agencyCode();
        document.nomineeKind = body.nominee().kind();
        document.nomineeName = body.nominee().name();
        document.nomineeGender = body.nominee().gender();
        document.nomineeBirthYear = body.nominee().birthYear();
        document.nomineeEthnicity = body.nominee().ethnicity();
        document.nomineePosition = body.nominee().position();
        document.nomineeOrganization = body.nominee().organization();
        document.nomineeTargetGroup = body.nominee().targetGroup();
        document.level = body.level();
        document.sector = body.sector();
        document.proposedAward = body.proposedAward();
        document.achievements = body.achievements();
        document.goodPractices = body.goodPractices();
        document.publicityConsent = body.publicityConsent();
        document.status = "SUBMITTED";
        document.submittedAt = Instant.now();
        document.persist();
        return Response.created(URI.create("/documents/" + document.id))
                .entity(Map.of("id", document.id, "status", document.status))
                .build();
    }
}
