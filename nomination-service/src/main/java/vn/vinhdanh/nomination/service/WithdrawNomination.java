package vn.vinhdanh.nomination.service;

/** @param reason why the agency takes the nomination back, for the timeline; may be null */
public record WithdrawNomination(String reason) {}
