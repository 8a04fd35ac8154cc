package vn.vinhdanh.review.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.review.service.AssignReviewer;

/** {@code memberId} is the council member's subject in the identity provider. */
public record AssignmentRequest(@NotBlank @Size(max = 200) String memberId) {

    public AssignReviewer toCommand() {
        return new AssignReviewer(memberId);
    }
}
