package vn.vinhdanh.award.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.vinhdanh.award.domain.AwardAuthority;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.CataloguePublication;
import vn.vinhdanh.events.AwardTypePublished;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;

/**
 * Tells the other services what the catalogue holds: {@code award-type.published.v1} for every entry whose content
 * (names, recipients, who may grant it at which level and when) differs from what was last published, through the
 * outbox in the transaction that records the publication. The catalogue changes only by migration, so this runs at
 * start; replicas starting together take turns on an advisory lock, and the second finds nothing left to publish.
 */
@ApplicationScoped
public class CatalogueAnnouncement {

    private static final Logger LOG = Logger.getLogger(CatalogueAnnouncement.class);

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public CatalogueAnnouncement(Outbox outbox, EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        int published = publishChanges();
        LOG.infof("award catalogue: %d entr%s published", published, published == 1 ? "y" : "ies");
    }

    /** @return how many entries were published */
    @Transactional
    public int publishChanges() {
        AdvisoryLock.hold(entityManager, "catalogue_publication");
        Map<String, List<AwardAuthority>> authorities = new HashMap<>();
        for (AwardAuthority authority : AwardAuthority.<AwardAuthority>listAll()) {
            authorities
                    .computeIfAbsent(authority.key.awardCode(), code -> new ArrayList<>())
                    .add(authority);
        }
        Map<String, CataloguePublication> last = new HashMap<>();
        CataloguePublication.<CataloguePublication>listAll().forEach(p -> last.put(p.awardCode, p));
        Instant now = Instant.now(clock);
        int published = 0;
        for (AwardType type : AwardType.<AwardType>listAll(Sort.by("code"))) {
            AwardTypePublished content = entry(type, authorities.getOrDefault(type.code, List.of()), 0, null);
            String digest = sha256(content);
            CataloguePublication publication = last.get(type.code);
            if (publication != null && publication.contentSha256.equals(digest)) {
                continue;
            }
            if (publication == null) {
                publication = new CataloguePublication();
                publication.awardCode = type.code;
            }
            publication.revision++;
            publication.contentSha256 = digest;
            publication.publishedAt = now;
            publication.persist();
            outbox.publish(
                    Topics.AWARD_CATALOGUE,
                    EventTypes.AWARD_TYPE_PUBLISHED,
                    type.code,
                    entry(type, authorities.getOrDefault(type.code, List.of()), publication.revision, now));
            published++;
        }
        return published;
    }

    /** One entry as the event says it; grants in a fixed order, so the same content always has the same digest. */
    static AwardTypePublished entry(
            AwardType type, List<AwardAuthority> authorities, long revision, Instant publishedAt) {
        List<AwardTypePublished.Grant> grants = new ArrayList<>();
        for (AwardAuthority authority : authorities) {
            for (var level : authority.key.authority().levels()) {
                grants.add(new AwardTypePublished.Grant(
                        level,
                        authority.key.authority().name(),
                        authority.key.authority().nameVi(),
                        authority.key.validFrom(),
                        authority.validTo));
            }
        }
        grants.sort(Comparator.comparing((AwardTypePublished.Grant g) -> g.level())
                .thenComparing(AwardTypePublished.Grant::authority)
                .thenComparing(AwardTypePublished.Grant::validFrom));
        return new AwardTypePublished(
                type.code, type.nameVi, type.nameEn, type.recipientKinds(), grants, revision, publishedAt);
    }

    private String sha256(AwardTypePublished content) {
        try {
            byte[] json = objectMapper.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("catalogue entry " + content.code() + " cannot be digested", e);
        }
    }
}
