package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Hands out decision numbers per issuer and year. The upsert takes a row lock held until commit, so concurrent
 * signings queue for the next number, and a rolled-back signing gives its number back: no gaps, no twins.
 */
@ApplicationScoped
public class DecisionNumbers {

    private final EntityManager entityManager;

    public DecisionNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The number part of "123/QĐ-UBND": the next one of this issuer in this year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextNumber(String issuer, int year) {
        Number number = (Number) entityManager
                .createNativeQuery("""
                insert into decision_sequence (issuer, year, last_number) values (?1, ?2, 1)
                on conflict (issuer, year) do update set last_number = decision_sequence.last_number + 1
                returning last_number""")
                .setParameter(1, issuer)
                .setParameter(2, year)
                .getSingleResult();
        return number.intValue();
    }
}
