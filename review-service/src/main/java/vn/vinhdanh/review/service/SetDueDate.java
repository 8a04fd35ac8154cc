package vn.vinhdanh.review.service;

import java.time.LocalDate;

public record SetDueDate(LocalDate dueOn) {}
