package vn.vinhdanh.events;

/** How far a state-level form the province proposes has gone ({@link AwardUpwardProposal}). */
public enum UpwardProposalStage {
    /** The council approved it; the province has still to submit it upward (its Tờ trình). */
    PROPOSED,
    /** The province submitted it to the higher level, by a Tờ trình of that number and date. */
    SUBMITTED,
    /** The higher level refused it: no award. A decision is announced as {@link AwardGranted} instead. */
    REFUSED
}
