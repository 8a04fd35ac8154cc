package vn.vinhdanh.desk;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells the sign-in which requests htmx made (its {@code HX-Request} header): when their session has expired they get
 * 499 instead of a redirect to the provider that a background request cannot follow, and the page reloads itself
 * (desk.js), which takes the person through the login and back to the same page. A live stream's reconnect
 * ({@code Accept: text/event-stream}, which an EventSource cannot leave out) is one too: it would follow the redirect
 * to the login page and fail there, and leave a fresh state cookie behind on every retry.
 */
@ApplicationScoped
public class HtmxRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return "true".equals(context.request().getHeader("HX-Request"))
                || (accept != null && accept.contains("text/event-stream"));
    }
}
