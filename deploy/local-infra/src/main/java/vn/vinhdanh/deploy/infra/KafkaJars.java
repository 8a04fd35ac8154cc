package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a {@link KafkaBroker}'s jars are (built by {@code deploy/kafka-dist}), and whether they are there. */
final class KafkaJars {

    static final String KAFKA_DIST_LIB = "deploy/kafka-dist/target/lib";

    private KafkaJars() {
    }

    /** The directory the {@value KafkaBroker#LIB_DIR_PROPERTY} system property names, if it is set. */
    static Optional<Path> configured() {
        String configured = System.getProperty(KafkaBroker.LIB_DIR_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured).toAbsolutePath())
                : Optional.empty();
    }

    /** See {@link KafkaBroker#defaultLibDir()}. */
    static Path search() {
        Optional<Path> configured = configured();
        if (configured.isPresent()) {
            return configured.get();
        }
        Path workingDir = Path.of("").toAbsolutePath();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(KAFKA_DIST_LIB);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The Kafka broker jars were not found: no " + KAFKA_DIST_LIB + " in "
                + workingDir + " or its parents, and -D" + KafkaBroker.LIB_DIR_PROPERTY + " is not set. Build them"
                + " first: ./mvnw -q -f deploy/kafka-dist/pom.xml package (from the repository root).");
    }

    /** {@code libDir}, once it is known to hold the broker's jar. */
    static Path require(Path libDir) {
        boolean found = false;
        if (Files.isDirectory(libDir)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(libDir, "kafka_2.13-*.jar")) {
                found = jars.iterator().hasNext();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + libDir, e);
            }
        }
        if (!found) {
            throw new IllegalStateException("No Kafka broker jars (kafka_2.13-*.jar) in " + libDir
                    + ". Build them first: ./mvnw -q -f deploy/kafka-dist/pom.xml package (from the repository"
                    + " root).");
        }
        return libDir;
    }
}
