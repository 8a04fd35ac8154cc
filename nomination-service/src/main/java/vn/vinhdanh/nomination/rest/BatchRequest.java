package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Up to {@value #MAX_ITEMS} submissions at once. The items stay raw JSON here so that one malformed item is refused
 * on its own instead of failing the whole batch.
 */
public record BatchRequest(
        @NotNull @Size(min = 1, max = MAX_ITEMS) List<JsonNode> items) {

    public static final int MAX_ITEMS = 500;
}
