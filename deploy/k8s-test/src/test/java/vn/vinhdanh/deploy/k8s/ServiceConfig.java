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
 * topics its channels read, and the environment variables its configuration expands.
 */
record ServiceConfig(String name, int httpPort, Set<String> inputTopics, Set<String> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");

    /** Every module of the repository with a Quarkus application.properties that names a messaging service. */
    static List<ServiceConfig> discover(Path repoRoot) throws IOException {
        List<ServiceConfig> services = new ArrayList<>();
        try (Stream<Path> modules = Files.list(repoRoot)) {
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(file)) {
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                        properties.load(reader);
                    }
                    if (properties.getProperty("vinhdanh.messaging.service") != null) {
                        services.add(of(properties));
                    }
                }
            }
        }
        return services;
    }

    private static ServiceConfig of(Properties properties) {
        Set<String> inputs = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (INCOMING_TOPIC.matcher(key).matches()) {
                inputs.add(value.trim());
            }
            if (key.startsWith("%")) {
                continue; // a profile (%test, %dev) does not run in the cluster
            }
            Matcher matcher = PLACEHOLDER.matcher(value);
            while (matcher.find()) {
                placeholders.add(matcher.group(1));
            }
        }
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
