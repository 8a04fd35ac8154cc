package vn.vinhdanh.deploy.infra;

import io.restassured.response.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The RFC 8288 {@code Link} header of a paged list as a client reads it: each {@code rel} to its target. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

    private LinkHeader() {}

    /** @throws AssertionError when the answer has no {@code Link} header */
    public static Map<String, URI> links(Response response) {
        String header = response.header("Link");
        if (header == null) {
            throw new AssertionError("no Link header on " + response.statusLine());
        }
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher matcher = LINK.matcher(header);
        while (matcher.find()) {
            links.put(matcher.group(2), URI.create(matcher.group(1)));
        }
        return links;
    }
}
