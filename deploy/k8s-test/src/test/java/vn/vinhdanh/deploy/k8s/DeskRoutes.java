package vn.vinhdanh.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The desks from outside: each service's own desk URL (what its header links and the desk client redirects to) is an
 * https host that an Ingress routes, under TLS, from "/" to that service's port; the service trusts the scheme the
 * ingress forwards, so that the sign-in's redirect_uri is that https URL, and marks its session cookies Secure.
 */
final class DeskRoutes {

    private DeskRoutes() {}

    static List<String> problems(Render render, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        List<Ingress> ingresses = render.all(Ingress.class);
        for (ServiceConfig service : services) {
            Optional<Deployment> deployment = render.find(Deployment.class, service.name());
            if (deployment.isEmpty()) {
                continue; // reported by the deployment checks
            }
            Container container = deployment
                    .get()
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            String at = Render.id(deployment.get());
            String variable =
                    "VINHDANH_DESK_" + service.name().replace("-service", "").toUpperCase(Locale.ROOT) + "_URL";
            String url = ManifestsTest.envValue(render, container, variable);
            if (url == null) {
                problems.add(at + ": no " + variable);
                continue;
            }
            URI desk = URI.create(url);
            if (!"https".equals(desk.getScheme())) {
                problems.add(at + ": " + variable + " " + url + " is not https");
            }
            for (String flag : List.of(
                    "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                    "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED",
                    "QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE")) {
                if (!"true".equals(ManifestsTest.envValue(render, container, flag))) {
                    problems.add(at + ": " + flag + " is not true; behind the TLS-terminating ingress the sign-in "
                            + "would redirect to http or send its cookies without Secure");
                }
            }
            String host = desk.getHost();
            boolean routed = false;
            for (Ingress ingress : ingresses) {
                for (IngressRule rule :
                        Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
                    if (!host.equals(rule.getHost()) || rule.getHttp() == null) {
                        continue;
                    }
                    for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                        var backend = path.getBackend().getService();
                        boolean root = "/".equals(path.getPath()) && "Prefix".equals(path.getPathType());
                        if (root && backend != null && service.name().equals(backend.getName())) {
                            routed = true;
                            if (backend.getPort() == null
                                    || backend.getPort().getNumber() == null
                                    || backend.getPort().getNumber() != service.httpPort()) {
                                problems.add(Render.id(ingress) + ": " + host + " goes to " + service.name()
                                        + " port "
                                        + (backend.getPort() == null
                                                ? null
                                                : backend.getPort().getNumber())
                                        + ", not " + service.httpPort());
                            }
                            boolean secured = Optional.ofNullable(
                                            ingress.getSpec().getTls())
                                    .orElse(List.of())
                                    .stream()
                                    .map(IngressTLS::getHosts)
                                    .anyMatch(hosts -> hosts != null && hosts.contains(host));
                            if (!secured) {
                                problems.add(Render.id(ingress) + ": " + host + " is routed without TLS");
                            }
                        }
                    }
                }
            }
            if (!routed) {
                problems.add(at + ": no Ingress routes " + host + "/ (its desk, " + url + ") to " + service.name());
            }
        }
        return problems;
    }
}
