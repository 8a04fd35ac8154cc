package vn.vinhdanh.idempotency.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating POST that honours {@code Idempotency-Key}; {@link EmptyIdempotencyKeyFilter} then guards its
 * header. The method itself declares the header as
 * {@code @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey}.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsIdempotencyKey {}
