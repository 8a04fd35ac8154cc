package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.nomination.rest.NominationApi.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The command a body maps onto is written as JSON exactly like the body: an Idempotency-Key fingerprint taken before
 * the command existed still matches a retry, and a draft's stored content is still the body as typed.
 */
class NominationRequestTest {

    @Test
    void theCommandIsWrittenExactlyAsTheBody() throws Exception {
        ObjectNode body =
                NominationApi.individualOf("SO-GDDT", UUID.randomUUID().toString(), "Lò Thị Mai");
        body.putArray("evidence").addObject().put("criterionCode", "TC1").put("text", "Bằng khen");
        body.putArray("attachments")
                .addObject()
                .put("name", "a.pdf")
                .put("mediaType", "application/pdf")
                .put("sizeBytes", 1024)
                .put("sha256", "A".repeat(64))
                .put("url", "https://docs.example/a.pdf");
        body.put("confirmDuplicate", true);
        NominationRequest request = JSON.treeToValue(body, NominationRequest.class);
        assertThat(JSON.writeValueAsString(request.toCommand())).isEqualTo(JSON.writeValueAsString(request));

        ObjectNode draft = JSON.createObjectNode().put("achievements", "Đang tổng hợp…");
        draft.putArray("evidence").addNull().addObject();
        NominationRequest partial = JSON.treeToValue(draft, NominationRequest.class);
        assertThat(JSON.writeValueAsString(partial.toCommand())).isEqualTo(JSON.writeValueAsString(partial));
    }
}
