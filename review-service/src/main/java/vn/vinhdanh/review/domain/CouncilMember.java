package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/** A seat on a council, held by the identity provider's subject {@code memberId}. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouncilPosition position;

    /** The agency the member comes from: a nomination of that agency is a conflict of interest. */
    @Column(name = "agency_code")
    public String agencyCode;

    @Embeddable
    public record Key(
            @Column(name = "council_id") UUID councilId,
            @Column(name = "member_id") String memberId) implements Serializable {}

    public String memberId() {
        return key.memberId();
    }

    public static Optional<CouncilMember> of(UUID councilId, String memberId) {
        return findByIdOptional(new Key(councilId, memberId));
    }
}
