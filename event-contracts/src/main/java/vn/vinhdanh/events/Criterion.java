package vn.vinhdanh.events;

import java.math.BigDecimal;

/** One criterion (tiêu chí) of a movement for a target group; a required one needs evidence in every nomination. */
public record Criterion(String code, String description, BigDecimal weight, boolean required) {}
