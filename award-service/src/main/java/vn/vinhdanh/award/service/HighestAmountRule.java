package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardCategory;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.RewardPrinciple;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.province.VietnameseText;

/**
 * "Only the highest amount": in one time, for one achievement, a recipient who earns several emulation titles with
 * different amounts receives only the highest (NĐ 91/2017 Điều 66(2)(c), kept by the later decrees as reported).
 * Titles of different achievements, and commendation forms, are each paid. Applied once, at signing, after the awards
 * are priced: within the decision the highest title pays and the lower ones pay nothing; a title signed after others
 * of the same achievement pays only what exceeds what they already paid, so the recipient receives the highest amount
 * once. Where it cannot be told whether two titles are the same person's for the same achievement, nothing is guessed:
 * the award is paid in full and its note says why the rule was not applied.
 */
@ApplicationScoped
public class HighestAmountRule {

    private final EntityManager entityManager;

    public HighestAmountRule(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One recipient's one achievement: the same kind of recipient, the same person or body (an individual by name and
     * birth year, as nomination-service tells people apart; a collective or household by name and place), in the same
     * movement and year. Null when the award does not record enough to tell.
     */
    record Achievement(NomineeKind kind, UUID movementId, int year, String who) {

        static Achievement of(Award award) {
            String distinction = award.recipientKind == NomineeKind.INDIVIDUAL
                    ? award.recipientBirthYear == null ? null : award.recipientBirthYear.toString()
                    : blankToNull(award.organization);
            if (award.movementId == null || award.movementYear == null || distinction == null) {
                return null;
            }
            return new Achievement(
                    award.recipientKind,
                    award.movementId,
                    award.movementYear,
                    VietnameseText.fold(award.recipientName) + "|" + VietnameseText.fold(distinction));
        }
    }

    /**
     * Lowers what the decision's emulation titles pay where the rule says so; called while signing, after pricing
     * and before the total is committed, with {@code listed} the awards the decision grants.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AwardDecision decision, List<Award> listed) {
        RewardPrinciple principle = RewardPrinciple.inForce(RewardPrinciple.HIGHEST_AMOUNT, decision.decisionDate)
                .orElse(null);
        if (principle == null) {
            return;
        }
        Set<String> titleCodes = AwardType.<AwardType>list("category", AwardCategory.EMULATION_TITLE).stream()
                .map(type -> type.code)
                .collect(Collectors.toSet());
        List<Award> titles =
                listed.stream().filter(a -> titleCodes.contains(a.awardCode)).toList();
        if (titles.isEmpty()) {
            return;
        }
        Map<Achievement, List<Award>> byAchievement = new LinkedHashMap<>();
        for (Award award : titles) {
            Achievement achievement = Achievement.of(award);
            if (achievement != null) {
                byAchievement
                        .computeIfAbsent(achievement, k -> new ArrayList<>())
                        .add(award);
            }
        }
        // one signer per recipient and achievement at a time, in a fixed order, so two decisions cannot both find
        // nothing paid yet
        byAchievement.keySet().stream().map(Achievement::toString).sorted().forEach(this::lock);
        PaymentNotes notes = new PaymentNotes(principle);
        GrantedTitles granted = new GrantedTitles(titleCodes);
        for (Map.Entry<Achievement, List<Award>> entry : byAchievement.entrySet()) {
            List<Award> earlier = granted
                    .of(entry.getKey().kind(), entry.getKey().year())
                    .stream()
                    .filter(a -> entry.getKey().equals(Achievement.of(a)))
                    .toList();
            payHighestOnce(entry.getValue(), earlier, notes);
        }
        for (Award award : titles) {
            if (award.paymentNote == null) {
                notUnlessCertain(award, titles, granted, notes);
            }
        }
    }

    /** The highest title pays what exceeds what was already paid for the achievement; the others pay nothing. */
    private static void payHighestOnce(List<Award> signing, List<Award> earlier, PaymentNotes notes) {
        List<Award> highestFirst = signing.stream()
                .sorted(Comparator.comparingLong((Award a) -> a.pricedAmountVnd)
                        .reversed()
                        .thenComparing(a -> a.id))
                .toList();
        Award highest = highestFirst.get(0);
        long alreadyPaid = earlier.stream().mapToLong(a -> a.amountVnd).sum();
        if (alreadyPaid > 0) {
            long difference = Math.max(0, highest.pricedAmountVnd - alreadyPaid);
            highest.pay(difference, notes.afterEarlier(highest, earlier, alreadyPaid, difference));
        }
        for (Award lower : highestFirst.subList(1, highestFirst.size())) {
            lower.pay(0, notes.belowInDecision(lower, highest));
        }
    }

    /**
     * A title whose recipient has a namesake's title of the same kind, year and movement (or of a movement not
     * recorded), in this decision or granted, that the data cannot tell to be or not to be the same person's: paid in
     * full, and the note says so.
     */
    private static void notUnlessCertain(Award award, List<Award> signing, GrantedTitles granted, PaymentNotes notes) {
        if (award.movementYear == null) {
            return;
        }
        Achievement own = Achievement.of(award);
        String name = VietnameseText.fold(award.recipientName);
        List<Award> namesakes = new ArrayList<>(signing);
        namesakes.addAll(granted.of(award.recipientKind, award.movementYear));
        List<Award> uncertain = namesakes.stream()
                .filter(other -> !other.id.equals(award.id))
                .filter(other -> other.recipientKind == award.recipientKind
                        && Objects.equals(other.movementYear, award.movementYear)
                        && VietnameseText.fold(other.recipientName).equals(name))
                // titles of two movements are two achievements, whoever received them
                .filter(other -> award.movementId == null
                        || other.movementId == null
                        || award.movementId.equals(other.movementId))
                .filter(other -> own == null || Achievement.of(other) == null)
                .toList();
        if (!uncertain.isEmpty()) {
            award.paymentNote = notes.notApplied(award, uncertain);
        }
    }

    /** The granted titles of a kind of recipient and a year, read once per signing however many awards ask. */
    private static final class GrantedTitles {

        private final Set<String> titleCodes;
        private final Map<String, List<Award>> byKindAndYear = new HashMap<>();

        GrantedTitles(Set<String> titleCodes) {
            this.titleCodes = titleCodes;
        }

        List<Award> of(NomineeKind kind, int year) {
            return byKindAndYear.computeIfAbsent(
                    kind + ":" + year,
                    key -> Award.list(
                            "status = ?1 and recipientKind = ?2 and movementYear = ?3 and awardCode in ?4",
                            AwardStatus.GRANTED,
                            kind,
                            year,
                            titleCodes));
        }
    }

    private void lock(String achievement) {
        AdvisoryLock.hold(entityManager, "highest-amount:" + achievement.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
