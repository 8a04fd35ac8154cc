package vn.vinhdanh.review.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewReminder;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.review.config.ReviewConfig;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.ScoreSheet;

/**
 * Reminds reviewers of cases close to or past their due date, once per case and kind: the reminder row and the
 * event are written together, and a second instance running the same job collides on the row's key and skips it.
 */
@ApplicationScoped
public class ReminderJob {

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ReviewConfig config;
    private final CouncilCalendar calendar;
    private final Clock clock;

    public ReminderJob(
            Outbox outbox, EntityManager entityManager, ReviewConfig config, CouncilCalendar calendar, Clock clock) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(
            every = "${vinhdanh.review.reminders.every:15m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind(calendar.today());
    }

    /** @return the number of reminders published */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate soon = today.plusDays(config.dueSoonDays());
        List<ReviewCase> dueSoon = ReviewCase.list(
                "from ReviewCase c where c.status = ?1 and c.dueOn <= ?2"
                        + " and c.dueOn >= ?3 and not exists (select 1 from ReviewReminderSent r where r.key.caseId = c.id"
                        + " and r.key.kind = ?4) order by c.dueOn, c.id",
                CaseStatus.OPEN,
                soon,
                today,
                ReviewReminder.Kind.DUE_SOON.name());
        List<ReviewCase> overdue = ReviewCase.list(
                "from ReviewCase c where c.status = ?1 and c.dueOn < ?2"
                        + " and not exists (select 1 from ReviewReminderSent r where r.key.caseId = c.id"
                        + " and r.key.kind = ?3) order by c.dueOn, c.id",
                CaseStatus.OPEN,
                today,
                ReviewReminder.Kind.OVERDUE.name());
        return send(dueSoon, ReviewReminder.Kind.DUE_SOON) + send(overdue, ReviewReminder.Kind.OVERDUE);
    }

    private int send(List<ReviewCase> cases, ReviewReminder.Kind kind) {
        if (cases.isEmpty()) {
            return 0;
        }
        List<UUID> ids = cases.stream().map(c -> c.id).toList();
        Map<UUID, List<String>> assigned = Assignment.assigneesOf(ids);
        Set<String> submitted =
                ScoreSheet.<ScoreSheet>list("key.caseId in ?1 and status = ?2", ids, ScoreSheet.Status.SUBMITTED)
                        .stream()
                        .map(s -> s.key.caseId() + "|" + s.key.memberId())
                        .collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        int sent = 0;
        for (ReviewCase reviewCase : cases) {
            int claimed = entityManager
                    .createNativeQuery("insert into review_reminder (case_id, kind, sent_at)"
                            + " values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, reviewCase.id)
                    .setParameter(2, kind.name())
                    .setParameter(3, now)
                    .executeUpdate();
            if (claimed == 0) {
                continue;
            }
            List<String> pending = assigned.getOrDefault(reviewCase.id, List.of()).stream()
                    .filter(member -> !submitted.contains(reviewCase.id + "|" + member))
                    .toList();
            outbox.publish(
                    Topics.REVIEW_EVENTS,
                    EventTypes.REVIEW_REMINDER,
                    reviewCase.nominationId,
                    ReviewMapping.reminder(reviewCase, kind, pending, now));
            sent++;
        }
        return sent;
    }
}
