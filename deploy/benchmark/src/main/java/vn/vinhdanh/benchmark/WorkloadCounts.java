package vn.vinhdanh.benchmark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the stages of the workload have done so far: what each stage waits for, and the progress line reports. */
final class WorkloadCounts {

    /** The nominations of this run: a stage takes only their cases, awards and features. */
    final Set<String> nominationIds = ConcurrentHashMap.newKeySet();

    final AtomicInteger submitted = new AtomicInteger();
    final AtomicInteger casesInMeetings = new AtomicInteger();
    final AtomicInteger decided = new AtomicInteger();
    final AtomicInteger awardsInDecisions = new AtomicInteger();
    final AtomicInteger awardsSigned = new AtomicInteger();
    final AtomicInteger featuresPublished = new AtomicInteger();
    final AtomicInteger meetings = new AtomicInteger();
    final AtomicInteger decisions = new AtomicInteger();
    volatile boolean intakeDone;
}
