package vn.vinhdanh.idempotency;

/**
 * What a creating request answers with: the resource it created or, when {@code replayed}, the one an earlier request
 * with the same {@code Idempotency-Key} created.
 */
public record Creation<T>(T resource, boolean replayed) {}
