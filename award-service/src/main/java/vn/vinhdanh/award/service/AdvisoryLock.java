package vn.vinhdanh.award.service;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock held until the transaction ends: how this service serialises writers that no single row
 * can (two signings checking one quota, two replicas publishing at start). Keys are names under
 * {@code award-service:}, hashed by the database, so every use reads as what it guards.
 */
final class AdvisoryLock {

    private AdvisoryLock() {}

    /** Waits for and takes the lock named {@code award-service:<name>}. */
    static void hold(EntityManager entityManager, String name) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "award-service:" + name)
                .getSingleResult();
    }
}
