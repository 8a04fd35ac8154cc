package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of one batch item, as a single submission would have answered it: 201 with the id, or the error status
 * with its problem details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(int index, int status, UUID id, Map<String, Object> problem) {}
