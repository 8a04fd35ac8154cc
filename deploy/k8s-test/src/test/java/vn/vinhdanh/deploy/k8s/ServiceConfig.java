package vn.vinhdanh.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.vinhdanh.events.Topics;

/**
 * What one service's src/main/resources/application.properties says about how it runs: its name, HTTP port, the
 * topics its channels read, and the environment variables its configuration expands, including those of the identity
 * module's META-INF/microprofile-config.properties when the service depends on that module (the bearer-token
 * settings every service gets from it).
 */
record ServiceConfig(String name, int httpPort, Set<String> inputTopics, Set<String> placeholders) {

    /** The identity module's configuration, from the repository root: every service that depends on it reads it. */
    static final String IDENTITY_CONFIG = "identity/src/main/resources/META-INF/microprofile-config.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    private static final Pattern IDENTITY_DEPENDENCY =
            Pattern.compile("<dependency>\\s*<groupId>vn\\.vinhdanh</groupId>\\s*<artifactId>identity</artifactId>");

    /** The desk module's configuration (sign-in at the provider, the desks' links): a service with pages reads it. */
    static final String DESK_CONFIG = "desk/src/main/resources/META-INF/microprofile-config.properties";

    private static final Pattern DESK_DEPENDENCY =
            Pattern.compile("<dependency>\\s*<groupId>vn\\.vinhdanh</groupId>\\s*<artifactId>desk</artifactId>");

    /** Every module of the repository with a Quarkus application.properties that names a messaging service. */
    static List<ServiceConfig> discover(Path repoRoot) throws IOException {
        Set<String> identity = identityPlaceholders(repoRoot);
        List<ServiceConfig> services = new ArrayList<>();
        try (Stream<Path> modules = Files.list(repoRoot)) {
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(file)) {
                    Properties properties = load(file);
                    if (properties.getProperty("vinhdanh.messaging.service") != null) {
                        Set<String> inherited = new TreeSet<>(dependsOnIdentity(module) ? identity : Set.of());
                        if (dependsOn(module, DESK_DEPENDENCY)) {
                            inherited.addAll(placeholders(load(repoRoot.resolve(DESK_CONFIG))));
                        }
                        services.add(of(properties, inherited));
                    }
                }
            }
        }
        return services;
    }

    /** The environment variables the identity module's configuration expands (outside a profile). */
    static Set<String> identityPlaceholders(Path repoRoot) throws IOException {
        Path file = repoRoot.resolve(IDENTITY_CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no " + file + ": where do the services read their token settings now?");
        }
        return placeholders(load(file));
    }

    /** Whether the module's pom.xml declares the dependency on vn.vinhdanh:identity. */
    static boolean dependsOnIdentity(Path module) throws IOException {
        return dependsOn(module, IDENTITY_DEPENDENCY);
    }

    private static boolean dependsOn(Path module, Pattern dependency) throws IOException {
        Path pom = module.resolve("pom.xml");
        return Files.isRegularFile(pom)
                && dependency.matcher(Files.readString(pom)).find();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(Properties properties) {
        Set<String> placeholders = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // a profile (%test, %dev) does not run in the cluster
            }
            Matcher matcher = PLACEHOLDER.matcher(properties.getProperty(key));
            while (matcher.find()) {
                placeholders.add(matcher.group(1));
            }
        }
        return placeholders;
    }

    private static ServiceConfig of(Properties properties, Set<String> inherited) {
        Set<String> inputs = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (INCOMING_TOPIC.matcher(key).matches()) {
                inputs.add(properties.getProperty(key).trim());
            }
        }
        Set<String> placeholders = placeholders(properties);
        placeholders.addAll(inherited);
        return new ServiceConfig(
                properties.getProperty("vinhdanh.messaging.service"),
                Integer.parseInt(properties.getProperty("quarkus.http.port")),
                inputs,
                placeholders);
    }

    /** A service that consumes anything parks what it cannot process on its own dead-letter topic. */
    Set<String> topicsItWritesOrReads() {
        Set<String> topics = new TreeSet<>(inputTopics);
        if (!inputTopics.isEmpty()) {
            topics.add(Topics.deadLetterTopicOf(name));
        }
        return topics;
    }
}
