package vn.vinhdanh.nomination.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.vinhdanh.nomination.service.RegisterWebhook;

/**
 * Body of {@code POST /api/v1/webhooks}. The URL's scheme, host and parts are checked by the use case, which knows
 * whether insecure URLs are allowed; the event types too, naming the element.
 */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        /**
         * Status names such as SUBMITTED or APPROVED, timeline events such as AWARD_BLOCKED; "*", empty or absent
         * for every timeline entry.
         */
        @Size(max = 20) List<String> eventTypes,
        @Size(max = 500) String description,
        /** Taken from the agency's token; only an admin registering for an agency names it. */
        @Size(max = 50)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "upper-case letters, digits, '_' and '-' only")
        String agencyCode) {

    public RegisterWebhook toCommand() {
        return new RegisterWebhook(url, eventTypes, description, agencyCode);
    }
}
