package vn.vinhdanh.review.service;

import java.util.List;

/** All the council's seats, replacing the ones it has. */
public record ReplaceSeats(List<SetUpCouncil.Seat> members) {}
