package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Keeps a withdrawal and a signing apart. Signing holds the lock shared while it prices (signings do not wait for
 * each other); a withdrawal holds it exclusively, so it waits for the signings under way to commit, and its question
 * "did a signed award use this row?" then sees their awards; a signing that starts meanwhile prices without the row.
 * Transaction-scoped: released at commit or rollback.
 */
@ApplicationScoped
public class RewardRuleLock {

    private static final String KEY = "select %s(hashtext('award-service:reward-rule-withdrawal'))";

    private final EntityManager entityManager;

    public RewardRuleLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For a signing, before it reads the rules. */
    public void forPricing() {
        entityManager
                .createNativeQuery(KEY.formatted("pg_advisory_xact_lock_shared"))
                .getSingleResult();
    }

    /** For a withdrawal, before it asks whether a signed award used the row. */
    public void forWithdrawal() {
        entityManager.createNativeQuery(KEY.formatted("pg_advisory_xact_lock")).getSingleResult();
    }
}
