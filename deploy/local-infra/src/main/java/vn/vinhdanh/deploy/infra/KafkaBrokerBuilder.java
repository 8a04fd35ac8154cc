package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Options of a {@link KafkaBroker}; every one has a default that suits a test. */
public final class KafkaBrokerBuilder {

    private static final String KAFKA_DIST_LIB = "deploy/kafka-dist/target/lib";

    private Path libDir;
    private Path dataDir;
    private Path logFile;
    private int port;
    private int controllerPort;
    private Duration startTimeout = Duration.ofSeconds(60);
    private boolean registerShutdownHook = true;

    KafkaBrokerBuilder() {}

    /** Directory with the broker's jars; default {@link KafkaBroker#defaultLibDir()}. */
    public KafkaBrokerBuilder libDir(Path libDir) {
        this.libDir = Objects.requireNonNull(libDir, "libDir");
        return this;
    }

    /**
     * Where config, data and pid file live. Reusing a directory keeps topics and offsets across runs. Default:
     * a fresh temporary directory, deleted by {@link KafkaBroker#close()}.
     */
    public KafkaBrokerBuilder dataDir(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        return this;
    }

    /** Client listener port; 0 (the default) picks a free one. */
    public KafkaBrokerBuilder port(int port) {
        this.port = requirePort(port);
        return this;
    }

    /** KRaft controller listener port; 0 (the default) picks a free one. */
    public KafkaBrokerBuilder controllerPort(int controllerPort) {
        this.controllerPort = requirePort(controllerPort);
        return this;
    }

    /** File for the broker's console output; default {@code broker.log} in the data directory. */
    public KafkaBrokerBuilder logFile(Path logFile) {
        this.logFile = Objects.requireNonNull(logFile, "logFile");
        return this;
    }

    /** How long {@link KafkaBroker#start()} waits for the broker to answer; default 60 s. */
    public KafkaBrokerBuilder startTimeout(Duration startTimeout) {
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
        return this;
    }

    /**
     * Whether the broker stops itself when this JVM exits (default true). An owner that must control the
     * order of shutdown, such as a launcher stopping services before the broker, turns it off and closes the
     * broker from its own hook.
     */
    public KafkaBrokerBuilder registerShutdownHook(boolean registerShutdownHook) {
        this.registerShutdownHook = registerShutdownHook;
        return this;
    }

    /** Resolves defaults and picks free ports; nothing is started yet. */
    public KafkaBroker build() {
        Path lib = requireJars((libDir != null ? libDir : searchLibDir()).toAbsolutePath());
        boolean temporary = dataDir == null;
        Path data;
        try {
            data = temporary
                    ? Files.createTempDirectory("vinhdanh-kafka-")
                    : Files.createDirectories(dataDir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data directory", e);
        }
        List<Integer> free = new ArrayList<>(Ports.freePorts(2));
        free.removeIf(candidate -> candidate == port || candidate == controllerPort);
        int brokerPort = port != 0 ? port : free.remove(0);
        int controller = controllerPort != 0 ? controllerPort : free.remove(0);
        if (brokerPort == controller) {
            throw new IllegalArgumentException("Broker and controller need different ports, both are " + brokerPort);
        }
        return new KafkaBroker(
                lib, data, temporary, logFile, brokerPort, controller, startTimeout, registerShutdownHook);
    }

    private static int requirePort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        return port;
    }

    // --- where the broker's jars are (built by deploy/kafka-dist), and whether they are there

    /** The directory the {@value KafkaBroker#LIB_DIR_PROPERTY} system property names, if it is set. */
    static Optional<Path> configuredLibDir() {
        String configured = System.getProperty(KafkaBroker.LIB_DIR_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured).toAbsolutePath())
                : Optional.empty();
    }

    /** See {@link KafkaBroker#libDirOf(Path)}. */
    static Path libDirOf(Path repoRoot) {
        return configuredLibDir().orElse(repoRoot.resolve(KAFKA_DIST_LIB));
    }

    /** See {@link KafkaBroker#defaultLibDir()}. */
    static Path searchLibDir() {
        Optional<Path> configured = configuredLibDir();
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
    private static Path requireJars(Path libDir) {
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
