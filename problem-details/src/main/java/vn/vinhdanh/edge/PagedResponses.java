package vn.vinhdanh.edge;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One page of a list, as every list of the API answers it: the page's items as the body, {@code X-Total-Count} the
 * matches over all pages, and an RFC 8288 {@code Link} header with {@code first}, {@code prev}, {@code next} and
 * {@code last}, each the request's own URI with only {@code page} changed (so every filter stays).
 */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private PagedResponses() {}

    /**
     * @param page zero-based
     * @param size the page size the request asked for (or its default)
     */
    public static <T> RestResponse<List<T>> ok(List<T> items, long total, int page, int size, UriInfo uri) {
        RestResponse.ResponseBuilder<List<T>> response =
                RestResponse.ResponseBuilder.ok(items).header(TOTAL_COUNT, total);
        List<Link> links = links(total, page, size, uri.getRequestUriBuilder());
        if (!links.isEmpty()) {
            response.header(
                    "Link", String.join(", ", links.stream().map(Link::toString).toList()));
        }
        return response.build();
    }

    static List<Link> links(long total, int page, int size, UriBuilder request) {
        long lastPage = total == 0 ? 0 : (total - 1) / size;
        List<Link> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page > 0) {
            links.add(link(request, Math.min(page - 1, lastPage), "prev"));
        }
        if (page < lastPage) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, lastPage, "last"));
        return links;
    }

    private static Link link(UriBuilder request, long page, String rel) {
        return Link.fromUri(request.clone().replaceQueryParam(PAGE, page).build())
                .rel(rel)
                .build();
    }
}
