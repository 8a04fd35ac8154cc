package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.Nominee;

/**
 * The same nominee in the same movement, from any agency, is refused unless the caller confirms it; then the new
 * nomination points at the earlier one so the council sees both together. Withdrawn nominations do not count.
 */
@ApplicationScoped
public class DuplicateGuard {

    private final EntityManager entityManager;
    private final CallerAgency agency;

    public DuplicateGuard(EntityManager entityManager, CallerAgency agency) {
        this.entityManager = entityManager;
        this.agency = agency;
    }

    /**
     * @param duplicateKey {@link Nomination#duplicateKeyOf} of the nominee
     * @param confirmed the caller said {@code "confirmDuplicate": true}
     * @param amended the nomination being amended, which is no duplicate of itself; null for a new one
     * @return the earlier nomination when confirmed, otherwise null
     * @throws PossibleDuplicateException when there is an earlier one and the caller did not confirm
     */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID check(Movement movement, Nominee nominee, String duplicateKey, boolean confirmed, UUID amended) {
        // two concurrent submissions of the same nominee would otherwise both find no earlier one
        entityManager
                .createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, "nomination-duplicate|" + movement.id + "|" + duplicateKey)
                .getSingleResult();
        Optional<Nomination> earlier = Nomination.<Nomination>find(
                        """
                movement.id = ?1 and duplicateKey = ?2 and status <> ?3 and id <> ?4 order by submittedAt, id""",
                        movement.id,
                        duplicateKey,
                        NominationStatus.WITHDRAWN,
                        amended == null ? new UUID(0, 0) : amended)
                .firstResultOptional();
        if (earlier.isEmpty()) {
            return null;
        }
        if (confirmed) {
            return earlier.get().id;
        }
        // named as the duplicate key tells them apart: a collective and a household by their place, a person by birth
        String who = switch (nominee.kind) {
            case COLLECTIVE, HOUSEHOLD -> nominee.name + " (" + nominee.organization + ")";
            case INDIVIDUAL -> nominee.name + (nominee.birthYear == null ? "" : " (born " + nominee.birthYear + ")");
        };
        String whoVi = switch (nominee.kind) {
            case COLLECTIVE, HOUSEHOLD -> nominee.name + " (" + nominee.organization + ")";
            case INDIVIDUAL ->
                nominee.name + (nominee.birthYear == null ? "" : " (sinh năm " + nominee.birthYear + ")");
        };
        boolean visible = agency.mayRead(earlier.get().agencyCode);
        String where = visible ? "nomination " + earlier.get().id : "a nomination of another agency";
        String whereVi = visible ? "hồ sơ đề nghị " + earlier.get().id : "một hồ sơ đề nghị của cơ quan, đơn vị khác";
        throw new PossibleDuplicateException(
                who + " is already nominated in this movement: " + where
                        + ". Submit again with \"confirmDuplicate\": true if this is not a mistake.",
                whoVi + " đã được đề nghị trong phong trào thi đua này (" + whereVi
                        + "): hồ sơ có thể trùng với hồ sơ đã gửi. Nếu không phải nhầm lẫn, đề nghị chọn"
                        + " \"Vẫn gửi dù có thể trùng đề nghị đã có\" rồi gửi lại.",
                visible ? earlier.get().id : null);
    }
}
