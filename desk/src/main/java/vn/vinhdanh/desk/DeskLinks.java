package vn.vinhdanh.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The four desks, each served by the service that owns its work (self-contained systems), linked from the header of
 * every page. Public URLs: on a developer's machine the four ports of localhost, in a cluster the ingress host.
 */
@ApplicationScoped
@Named("desks")
public class DeskLinks {

    private final String nomination;
    private final String review;
    private final String award;
    private final String publicity;
    private final String service;

    public DeskLinks(
            @ConfigProperty(name = "vinhdanh.desk.nomination-url") String nomination,
            @ConfigProperty(name = "vinhdanh.desk.review-url") String review,
            @ConfigProperty(name = "vinhdanh.desk.award-url") String award,
            @ConfigProperty(name = "vinhdanh.desk.publicity-url") String publicity,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.nomination = nomination;
        this.review = review;
        this.award = award;
        this.publicity = publicity;
        this.service = service;
    }

    public String nomination() {
        return nomination;
    }

    public String review() {
        return review;
    }

    public String award() {
        return award;
    }

    public String publicity() {
        return publicity;
    }

    /** The service serving this page ("review-service"), as the admin's page names it. */
    public String serviceName() {
        return service;
    }

    /** Whether this page is served by {@code name}'s service ("nomination", ...): its link is the current one. */
    public boolean current(String name) {
        return service.equals(name + "-service");
    }
}
