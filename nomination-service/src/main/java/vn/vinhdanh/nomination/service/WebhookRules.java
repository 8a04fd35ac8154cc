package vn.vinhdanh.nomination.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEvent;
import vn.vinhdanh.problem.ProblemException;

/** What a webhook registration must say: a URL the dispatcher may call, and timeline entries that exist. */
final class WebhookRules {

    static final int MAX_URL_LENGTH = 2000;
    /** Registered as the one way to say "every step", beside an empty list. */
    static final String ALL_EVENTS = "*";

    private static final String KNOWN_TYPES =
            Stream.concat(Arrays.stream(NominationStatus.values()), Arrays.stream(TimelineEvent.values()))
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))
                    + " or " + ALL_EVENTS;

    private WebhookRules() {}

    /**
     * An absolute https URL (http only where insecure URLs are allowed), with a host, without a user name or password
     * (they would travel in every request and sit in every log) and without a fragment (it never reaches a server).
     * The addresses it points at are checked at each delivery, because a name can be pointed elsewhere later.
     */
    static String url(String url, boolean allowInsecure) {
        if (url == null || url.isBlank()) {
            throw invalidUrl("required", "Phải ghi địa chỉ URL nhận thông báo.");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw invalidUrl(
                    "at most " + MAX_URL_LENGTH + " characters",
                    "Địa chỉ URL dài tối đa " + MAX_URL_LENGTH + " ký tự.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalidUrl("not a valid URL: " + e.getReason(), "Địa chỉ URL không hợp lệ (" + e.getReason() + ").");
        }
        if (!uri.isAbsolute()) {
            throw invalidUrl(
                    "must be an absolute URL such as https://portal.example.vn/hooks",
                    "Phải là địa chỉ URL đầy đủ, ví dụ https://portal.example.vn/hooks.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !(allowInsecure && scheme.equals("http"))) {
            throw invalidUrl(
                    allowInsecure ? "must use https (or http)" : "must use https",
                    allowInsecure
                            ? "Địa chỉ URL phải dùng giao thức https (hoặc http)."
                            : "Địa chỉ URL phải dùng giao thức https.");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalidUrl(
                    "must not carry a user name or password",
                    "Địa chỉ URL không được chứa tên đăng nhập hoặc mật khẩu.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalidUrl("needs a host name", "Địa chỉ URL phải có tên máy chủ.");
        }
        if (uri.getRawFragment() != null) {
            throw invalidUrl("must not have a fragment (#…)", "Địa chỉ URL không được có phần đánh dấu (#…).");
        }
        return trimmed;
    }

    /**
     * @return the status steps and events to deliver, each once, in the order given; empty for every entry ({@code
     *     "*"} or no list)
     */
    static List<String> eventTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        Set<String> types = new LinkedHashSet<>();
        boolean all = false;
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i) == null ? "" : requested.get(i).strip();
            if (type.equals(ALL_EVENTS)) {
                all = true;
            } else if (isStatus(type) || isEvent(type)) {
                types.add(type);
            } else {
                throw ProblemException.invalidField(
                        "eventTypes[" + i + "]",
                        "unknown event type '" + type + "'; one of " + KNOWN_TYPES,
                        "Loại sự kiện '" + type + "' không tồn tại; chọn một trong " + KNOWN_TYPES + ".");
            }
        }
        return all ? List.of() : new ArrayList<>(types);
    }

    private static boolean isStatus(String type) {
        return Arrays.stream(NominationStatus.values()).anyMatch(s -> s.name().equals(type));
    }

    private static boolean isEvent(String type) {
        return Arrays.stream(TimelineEvent.values()).anyMatch(e -> e.name().equals(type));
    }

    private static ProblemException invalidUrl(String reason, String vietnamese) {
        return ProblemException.invalidField("url", reason, vietnamese);
    }
}
