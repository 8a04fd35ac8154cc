package vn.vinhdanh.events;

import java.util.List;

/**
 * The criteria of one target group as they stood in one version of a movement's criteria. Versions never change once
 * written, so a snapshot is what the nomination was judged against for good.
 */
public record CriteriaSnapshot(int version, TargetGroup targetGroup, List<Criterion> items) {}
