package vn.vinhdanh.events;

/** What the agency puts forward for one criterion. */
public record Evidence(String criterionCode, String text) {}
