package vn.vinhdanh.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** A council member in one review case. */
@Embeddable
public record CaseMemberKey(
        @Column(name = "case_id") UUID caseId,
        @Column(name = "member_id") String memberId) implements Serializable {}
