package vn.vinhdanh.award.service;

/** Set a fund's budget for a year. */
public record SetBudget(int year, String fund, long amountVnd) {}
