package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationRevision;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.province.VietnameseText;

/** Reading nominations: one, a search, a movement's, and the revisions sent to the council. */
@ApplicationScoped
public class NominationQueries {

    private final CallerAgency agency;
    private final EntityManager entityManager;

    public NominationQueries(CallerAgency agency, EntityManager entityManager) {
        this.agency = agency;
        this.entityManager = entityManager;
    }

    public record Page(List<Nomination> items, long total) {}

    /**
     * An agency reads only its own nominations; another agency's id answers 404, as if it did not exist. The result
     * is complete (timeline, evidence, attachments): callers in a transaction return it after the session closed.
     */
    public Nomination get(UUID id) {
        Nomination nomination = Nomination.<Nomination>find("""
                select n from Nomination n
                join fetch n.movement
                left join fetch n.timeline
                where n.id = ?1""", id)
                .<Nomination>singleResultOptional()
                .filter(found -> agency.mayRead(found.agencyCode))
                .orElseThrow(() -> ProblemException.notFound("nomination", "hồ sơ đề nghị", id));
        // one query each; fetching them in the query above would multiply the timeline's rows
        Hibernate.initialize(nomination.evidence);
        Hibernate.initialize(nomination.attachments);
        return nomination;
    }

    /** Newest first, ties broken by id so that pages never overlap or skip; an agency sees only its own. */
    public Page search(NominationFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (agency.seesOwnOnly()) {
            where.append(" and n.agencyCode = :agencyCode");
            parameters.put("agencyCode", agency.code());
        }
        if (filter.movementId() != null) {
            where.append(" and n.movement.id = :movementId");
            parameters.put("movementId", filter.movementId());
        }
        if (filter.status() != null) {
            where.append(" and n.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" and m.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.level() != null) {
            where.append(" and n.level = :level");
            parameters.put("level", filter.level());
        }
        if (filter.sector() != null) {
            where.append(" and n.sector = :sector");
            parameters.put("sector", filter.sector());
        }
        String name = VietnameseText.fold(filter.q());
        if (name != null && !name.isEmpty()) {
            where.append(" and n.nomineeNameFolded like :name escape '!'");
            parameters.put(
                    "name", "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        List<Nomination> items = Nomination.<Nomination>find(
                        "select n from Nomination n join fetch n.movement m" + where
                                + " order by n.submittedAt desc, n.id",
                        parameters)
                .page(page, size)
                .list();
        TypedQuery<Long> count =
                entityManager.createQuery("select count(n) from Nomination n join n.movement m" + where, Long.class);
        parameters.forEach(count::setParameter);
        return new Page(items, count.getSingleResult());
    }

    /** A movement's nominations, newest first, for the spreadsheet export; an agency gets only its own. */
    public List<Nomination> ofMovement(UUID movementId) {
        if (Movement.findById(movementId) == null) {
            throw ProblemException.notFound("movement", "phong trào thi đua", movementId);
        }
        if (agency.seesOwnOnly()) {
            return Nomination.list(
                    "movement.id = ?1 and agencyCode = ?2 order by submittedAt desc, id", movementId, agency.code());
        }
        return Nomination.list("movement.id = ?1 order by submittedAt desc, id", movementId);
    }

    /** Earlier and current revisions, oldest first, exactly as they were sent to the council. */
    public List<NominationRevision> revisions(UUID id) {
        get(id);
        return NominationRevision.list("key.nominationId = ?1 order by key.revision", id);
    }

    public NominationRevision revision(UUID id, int revision) {
        get(id);
        return NominationRevision.<NominationRevision>findByIdOptional(new NominationRevision.Key(id, revision))
                .orElseThrow(() -> ProblemException.notFound(
                        "revision " + revision + " of nomination", "phiên bản " + revision + " của hồ sơ đề nghị", id));
    }
}
