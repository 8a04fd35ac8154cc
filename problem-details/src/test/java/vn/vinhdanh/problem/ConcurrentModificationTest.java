package vn.vinhdanh.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/**
 * A lost optimistic lock is 409 concurrent-modification however it arrives: as itself (a flush inside the use case)
 * or, when the version check fails at commit, wrapped as a @Transactional method throws it then.
 */
class ConcurrentModificationTest {

    /** What an editor's approval that lost the race to an upstream event threw, cause by cause (publicity-service). */
    private static Throwable lostAtCommit() {
        StaleObjectStateException stale = new StaleObjectStateException("Feature", "3f0c…");
        OptimisticLockException lock = new OptimisticLockException(stale.getMessage(), stale);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(lock);
        return new ArcUndeclaredThrowableException("Error invoking subclass method", rollback);
    }

    @Test
    void aLostOptimisticLockIsAConflictToReadAgainAndRetryWrappedOrNot() {
        for (Throwable lost : new Throwable[] {
            lostAtCommit(), new OptimisticLockException("flushed"), new StaleObjectStateException("Feature", 1)
        }) {
            ProblemException problem = ProblemMappers.concurrentModification(lost);
            assertThat(problem).as(lost.toString()).isNotNull();
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.toProblem(null).type()).isEqualTo(Problem.type("concurrent-modification"));
            assertThat(problem.getMessage()).contains("read it again and retry");
            assertThat(problem.vietnameseDetail()).contains("đọc lại rồi thử lại");
        }
    }

    @Test
    void aTransactionThatLostToAConcurrentOneIsTheSameConflict() {
        // a ballot opened under a vote rule withdrawn at the same moment (review-service): the reference fails at
        // commit
        SQLException foreignKey = new SQLException(
                "insert or update on table \"review_ballot\" violates foreign key constraint", "23503");
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new RuntimeException("could not execute statement", foreignKey));
        for (Throwable lost : new Throwable[] {
            new ArcUndeclaredThrowableException("Error invoking subclass method", rollback),
            new RuntimeException(new SQLException("could not serialize access", "40001")),
            new RuntimeException(new SQLException("deadlock detected", "40P01"))
        }) {
            ProblemException problem = ProblemMappers.concurrentModification(lost);
            assertThat(problem).as(lost.toString()).isNotNull();
            assertThat(problem.status()).isEqualTo(409);
        }
    }

    @Test
    void otherFailuresAreNotTakenForOne() {
        assertThat(ProblemMappers.concurrentModification(new IllegalStateException("no")))
                .isNull();
        assertThat(ProblemMappers.concurrentModification(
                        new RollbackException("ARJUNA016053: Could not commit transaction.")))
                .isNull();
        assertThat(ProblemMappers.concurrentModification(new RuntimeException(new SQLException("duplicate", "23505"))))
                .isNull();
        assertThat(ProblemMappers.concurrentModification(new RuntimeException(new SQLException("a check", "23514"))))
                .isNull();
    }

    @Test
    void theCatchAllMapperAnswersTheWrappedOne409NotInternalError() throws Exception {
        Response response = new ProblemMappers(new ObjectMapper(), null).unexpected(lostAtCommit(), null, null);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(new ObjectMapper()
                        .readTree((String) response.getEntity())
                        .path("type")
                        .asText())
                .endsWith("/concurrent-modification");
    }
}
