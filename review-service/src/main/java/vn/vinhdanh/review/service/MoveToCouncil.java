package vn.vinhdanh.review.service;

import java.util.UUID;

public record MoveToCouncil(UUID councilId) {}
