package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.award.service.CatalogueAnnouncement;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** The catalogue leaves as award-type.published.v1, once per change, saying who grants each title at which level. */
@QuarkusTest
class CataloguePublicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CatalogueAnnouncement announcement;

    @Inject
    EntityManager entityManager;

    @Test
    void everyEntryIsPublishedAtStartWithItsGrantsByLevel() throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> record =
                    kafka.await("award.catalogue", r -> "LAO_DONG_TIEN_TIEN".equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("award-type.published.v1");
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo("LAO_DONG_TIEN_TIEN");
            JsonNode entry = JSON.readTree(record.value());
            assertThat(entry.path("nameVi").asText()).isEqualTo("Lao động tiên tiến");
            assertThat(texts(entry.path("recipientKinds"))).containsExactly("INDIVIDUAL");
            List<String> grants = new ArrayList<>();
            entry.path("grants")
                    .forEach(g -> grants.add(
                            g.path("level").asText() + " " + g.path("authority").asText() + " "
                                    + g.path("validFrom").asText() + ".."
                                    + g.path("validTo").asText("")));
            // no one at province level grants it: the README's example title that could never become an award
            assertThat(grants)
                    .containsExactly(
                            // Law 2003 until 2023, Law 2022 from 2024, the two-tier government from July 2025
                            "DEPARTMENT UNIT_HEAD 1900-01-01..2023-12-31",
                            "DEPARTMENT UNIT_HEAD 2024-01-01..",
                            "DISTRICT DISTRICT_CHAIRMAN 1900-01-01..2023-12-31",
                            "DISTRICT DISTRICT_CHAIRMAN 2024-01-01..2025-06-30",
                            "COMMUNE COMMUNE_CHAIRMAN 1900-01-01..2023-12-31",
                            "COMMUNE COMMUNE_CHAIRMAN 2024-01-01..2025-06-30",
                            "COMMUNE COMMUNE_CHAIRMAN 2025-07-01..",
                            "ENTERPRISE UNIT_HEAD 1900-01-01..2023-12-31",
                            "ENTERPRISE UNIT_HEAD 2024-01-01..");

            JsonNode flag = JSON.readTree(kafka.await(
                            "award.catalogue",
                            r -> "BANG_KHEN_CHU_TICH_UBND_TINH".equals(r.key()),
                            Duration.ofSeconds(30))
                    .value());
            assertThat(texts(flag.path("recipientKinds"))).containsExactly("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD");
        }
    }

    @Test
    void onlyAChangedEntryIsPublishedAgainWithTheNextRevision() throws Exception {
        // other tests of this app may have added a type behind its back, as a migration would; once published,
        // nothing is left to publish
        announcement.publishChanges();
        assertThat(announcement.publishChanges()).isZero();

        String renamed = "Exemplary Commune " + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update award_type set name_en = ?1 where code = 'XA_TIEU_BIEU'")
                        .setParameter(1, renamed)
                        .executeUpdate());
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            assertThat(announcement.publishChanges()).isEqualTo(1);
            assertThat(announcement.publishChanges()).isZero();
            JsonNode entry = JSON.readTree(kafka.await(
                            "award.catalogue",
                            r -> "XA_TIEU_BIEU".equals(r.key()) && r.value().contains(renamed),
                            Duration.ofSeconds(30))
                    .value());
            assertThat(entry.path("revision").asLong()).isEqualTo(2);
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery(
                                    "update award_type set name_en = 'Exemplary Commune' where code = 'XA_TIEU_BIEU'")
                            .executeUpdate());
            announcement.publishChanges();
        }
    }

    @Test
    void aChangedGrantIsPublishedAgainSoNominationServiceLearnsTheCommuneChairmansNewTitles() throws Exception {
        announcement.publishChanges();
        // the catalogue as V12 left it: Chiến sĩ thi đua cơ sở had no commune grant; publishing that state...
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("delete from award_authority where authority = 'COMMUNE_CHAIRMAN'"
                                + " and award_code = 'CHIEN_SI_THI_DUA_CO_SO' and valid_from = date '2025-07-01'")
                        .executeUpdate());
        try {
            assertThat(announcement.publishChanges()).isEqualTo(1);
        } finally {
            // ... then V13's row, as an upgraded database holds it: the entry's digest changes and it goes again
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("insert into award_authority"
                                    + " (authority, award_code, valid_from, valid_to, source, verified)"
                                    + " values ('COMMUNE_CHAIRMAN', 'CHIEN_SI_THI_DUA_CO_SO', date '2025-07-01',"
                                    + " null, 'NĐ 129/2025 (test)', true)")
                            .executeUpdate());
        }
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            assertThat(announcement.publishChanges()).isEqualTo(1);
            assertThat(announcement.publishChanges()).isZero();
            JsonNode entry = JSON.readTree(kafka.await(
                            "award.catalogue",
                            r -> "CHIEN_SI_THI_DUA_CO_SO".equals(r.key())
                                    && r.value().contains("\"COMMUNE_CHAIRMAN\""),
                            Duration.ofSeconds(30))
                    .value());
            List<String> grants = new ArrayList<>();
            entry.path("grants")
                    .forEach(g -> grants.add(g.path("authority").asText() + " "
                            + g.path("validFrom").asText() + ".."
                            + g.path("validTo").asText("")));
            assertThat(grants)
                    .contains("COMMUNE_CHAIRMAN 2025-07-01..", "DISTRICT_CHAIRMAN 2024-01-01..2025-06-30")
                    .doesNotContain("DISTRICT_CHAIRMAN 2025-07-01..");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
