package vn.vinhdanh.deploy.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One overlay rendered by {@code kubectl kustomize} and read into fabric8 model objects. */
final class Render {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String overlay;
    /**
     * The identity provider the overlay's kustomization includes: {@code keycloak} (the in-cluster Keycloak),
     * {@code external-idp} (the province's own provider), or null when it includes neither.
     */
    final String identityProvider;

    final List<HasMetadata> objects;

    private Render(String overlay, String identityProvider, List<HasMetadata> objects) {
        this.overlay = overlay;
        this.identityProvider = identityProvider;
        this.objects = objects;
    }

    /** kubectl from the PATH (or the system property {@code kubectl}); empty when there is none. */
    static Optional<Path> kubectl() {
        String configured = System.getProperty("kubectl");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        return Stream.of(pathVariable.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Render of(Path kubectl, Path overlayDir, String name, String identityProvider)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlayDir.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(process.getErrorStream(), stderr));
        errReader.start();
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kubectl kustomize " + overlayDir + " did not finish within 120 s");
        }
        errReader.join();
        if (process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlayDir + " failed (exit " + process.exitValue() + "):\n"
                    + stderr.toString(StandardCharsets.UTF_8));
        }
        return new Render(name, identityProvider, parse(yaml));
    }

    /** A JSON or YAML document as maps, lists and scalars (the realm file, the user profile's configuration). */
    static Map<String, Object> tree(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = SERIALIZATION.unmarshal(text, Map.class);
        return tree;
    }

    /** Splits the multi-document stream and unmarshals each document; kinds fabric8 does not model become generic. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        StringBuilder document = new StringBuilder();
        for (String line : (yaml + "\n---\n").split("\n", -1)) {
            if (line.equals("---")) {
                String text = document.toString();
                document.setLength(0);
                if (text.lines().anyMatch(l -> !l.isBlank() && !l.startsWith("#"))) {
                    Object parsed = SERIALIZATION.unmarshal(text);
                    if (!(parsed instanceof HasMetadata object)) {
                        throw new AssertionError("not a Kubernetes object: " + parsed + "\n" + text);
                    }
                    objects.add(object);
                }
            } else {
                document.append(line).append('\n');
            }
        }
        return objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    List<GenericKubernetesResource> custom(String apiGroup, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(o -> kind.equals(o.getKind()) && o.getApiVersion().startsWith(apiGroup + "/"))
                .toList();
    }

    Optional<GenericKubernetesResource> custom(String apiGroup, String kind, String name) {
        return custom(apiGroup, kind).stream()
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    /** A value in a generic object's tree: map keys as strings, list indices as integers. */
    static Object at(GenericKubernetesResource resource, Object... path) {
        Object current = resource.getAdditionalProperties();
        for (Object step : path) {
            if (step instanceof String key && current instanceof Map<?, ?> map) {
                current = map.get(key);
            } else if (step instanceof Integer index && current instanceof List<?> list && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
