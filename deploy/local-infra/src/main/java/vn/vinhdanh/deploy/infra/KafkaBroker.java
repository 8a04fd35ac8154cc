package vn.vinhdanh.deploy.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) in its own JVM.
 *
 * <p>It runs as a separate process because the broker cannot share a JVM with the services' kafka-clients and
 * would drag Scala and log4j onto their classpath; a process also gives fault tests a real SIGKILL. The jars
 * come from {@code deploy/kafka-dist/target/lib}, built by that module.</p>
 *
 * <p>Directory layout below {@link #dataDir()}: {@code config/} (server.properties, simplelogger.properties),
 * {@code data/} (the log segments and KRaft metadata, formatted once) and {@code broker.pid}.</p>
 *
 * <p>Thread-safe; every state change is synchronised on the instance.</p>
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property naming the directory with the broker's jars; the parent pom passes it to tests. */
    public static final String LIB_DIR_PROPERTY = "vinhdanh.kafka.lib";

    private static final String KAFKA_DIST_LIB = "deploy/kafka-dist/target/lib";
    private static final String HOST = "127.0.0.1";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 40;

    private final Path libDir;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Path logFile;
    private final int port;
    private final int controllerPort;
    private final Duration startTimeout;
    private final Thread shutdownHook;

    private ManagedProcess process;
    private boolean hookRegistered;
    private boolean closed;

    private KafkaBroker(Builder builder, Path libDir, Path dataDir, boolean ownsDataDir, int port,
                        int controllerPort) {
        this.libDir = libDir;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.logFile = builder.logFile != null ? builder.logFile.toAbsolutePath() : dataDir.resolve("broker.log");
        this.port = port;
        this.controllerPort = controllerPort;
        this.startTimeout = builder.startTimeout;
        this.shutdownHook = builder.registerShutdownHook
                ? new Thread(this::closeOnJvmExit, "kafka-broker-shutdown-" + port)
                : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the broker's jars are: the {@value #LIB_DIR_PROPERTY} system property, else
     * {@code deploy/kafka-dist/target/lib} in the working directory or the nearest parent that has one (so a test
     * run from any module of the repository finds it).
     */
    public static Path defaultLibDir() {
        String configured = System.getProperty(LIB_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path workingDir = Path.of("").toAbsolutePath();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(KAFKA_DIST_LIB);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The Kafka broker jars were not found: no " + KAFKA_DIST_LIB + " in "
                + workingDir + " or its parents, and -D" + LIB_DIR_PROPERTY + " is not set. Build them first: "
                + "./mvnw -q -f deploy/kafka-dist/pom.xml package (from the repository root).");
    }

    /**
     * Launches the broker (formatting the data directory on first use) and returns once it answers a
     * describeCluster request. Does nothing if it is already running.
     *
     * @throws IllegalStateException if a port is taken, the broker exits, or it is not ready within the start
     *                               timeout; the message carries the end of the broker's log
     */
    public synchronized KafkaBroker start() {
        if (closed) {
            throw new IllegalStateException("This broker has been closed; build a new one");
        }
        if (isRunning()) {
            return this;
        }
        try {
            stopLeftoverBroker();
            requirePortFree(port, "broker");
            requirePortFree(controllerPort, "controller");
            Path configDir = writeConfiguration();
            formatIfNeeded(configDir);
            registerShutdownHookOnce();
            process = ManagedProcess.start("kafka-broker", brokerCommand(configDir), dataDir, logFile, true);
            Files.writeString(pidFile(), Long.toString(process.pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the Kafka broker in " + dataDir, e);
        }
        awaitReady();
        return this;
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}; known before the broker is started. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the broker process writes its console output (warnings and errors only). */
    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Process id of the running broker, for diagnostics. */
    public synchronized Optional<Long> pid() {
        return isRunning() ? Optional.of(process.pid()) : Optional.empty();
    }

    /** Clean shutdown (SIGTERM), falling back to SIGKILL if the broker hangs. Keeps the data directory. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
            deletePidFile();
        }
    }

    /** SIGKILL, as in a crash: no controlled shutdown, the data directory is left as the crash left it. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
            deletePidFile();
        }
    }

    /**
     * Stops the broker if it runs and starts it again on the same ports and data, so clients reconnect to the same
     * address and find their topics and committed offsets. After a {@link #kill()} this takes a few seconds
     * longer: the controller first waits out the old broker session.
     */
    public synchronized KafkaBroker restart() {
        stop();
        return start();
    }

    /** Stops the broker and, if this instance created its data directory, deletes it. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
            if (ownsDataDir) {
                Directories.deleteRecursively(dataDir);
            }
        } finally {
            unregisterShutdownHook();
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", data " + dataDir + (isRunning() ? ", running" : "") + "]";
    }

    private void closeOnJvmExit() {
        // the hook thread cannot deregister itself, so skip close() and its removeShutdownHook call
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stop();
            if (ownsDataDir) {
                try {
                    Directories.deleteRecursively(dataDir);
                } catch (RuntimeException e) {
                    // a temp directory left behind at JVM exit is not worth a stack trace on the console
                }
            }
        }
    }

    private void registerShutdownHookOnce() {
        if (shutdownHook != null && !hookRegistered) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            hookRegistered = true;
        }
    }

    private void unregisterShutdownHook() {
        if (hookRegistered) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownInProgress) {
                // the JVM is exiting; the hook finds the broker already closed
            }
            hookRegistered = false;
        }
    }

    private List<String> brokerCommand(Path configDir) {
        // the config directory goes first on the classpath so slf4j-simple finds our simplelogger.properties
        String classpath = configDir + File.pathSeparator + libDir.resolve("*");
        return List.of(ManagedProcess.javaExecutable().toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp", classpath,
                "kafka.Kafka", configDir.resolve("server.properties").toString());
    }

    private Path writeConfiguration() throws IOException {
        Path configDir = Files.createDirectories(dataDir.resolve("config"));
        Path logDirs = Files.createDirectories(dataDir.resolve("data"));
        String server = String.join("\n",
                "# Written by " + KafkaBroker.class.getName() + " on every start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDirs,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // one node: every internal topic must get by with a single replica
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // consumers in tests should get their partitions at once, not after the default 3 s delay
                "group.initial.rebalance.delay.ms=0",
                // the default 128 MiB on-heap dedupe buffer does not fit the small heap we give the broker
                "log.cleaner.dedupe.buffer.size=8388608",
                // after a SIGKILL the restarted broker waits out the old session; keep that wait short
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=500",
                // an event carries a whole nomination (up to the 2 MB request body, plus its criteria): the same
                // 8 MiB record limit as the KafkaTopics in deploy/k8s and the services' producers
                "message.max.bytes=8388608",
                "");
        Files.writeString(configDir.resolve("server.properties"), server, StandardCharsets.UTF_8);
        String logging = String.join("\n",
                "# slf4j-simple prints ~1,800 INFO lines per start; warnings and errors are what a reader needs.",
                "org.slf4j.simpleLogger.defaultLogLevel=warn",
                "org.slf4j.simpleLogger.showDateTime=true",
                "org.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "org.slf4j.simpleLogger.showThreadName=false",
                "org.slf4j.simpleLogger.showShortLogName=true",
                "");
        Files.writeString(configDir.resolve("simplelogger.properties"), logging, StandardCharsets.UTF_8);
        return configDir;
    }

    /** KRaft refuses to start on an unformatted log directory; an already formatted one keeps its cluster id. */
    private void formatIfNeeded(Path configDir) throws IOException {
        if (Files.exists(dataDir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        String classpath = configDir + File.pathSeparator + libDir.resolve("*");
        // "=" form: a random id may start with '-', which the tool would otherwise read as a flag
        List<String> command = List.of(ManagedProcess.javaExecutable().toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classpath,
                "kafka.tools.StorageTool", "format",
                "-c", configDir.resolve("server.properties").toString(),
                "--cluster-id=" + Uuid.randomUuid());
        ManagedProcess.runToCompletion("kafka-storage-format", command, dataDir, logFile, FORMAT_TIMEOUT);
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        Admin admin = null;
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    int exitCode = process.exitCode().orElse(-1);
                    stop();
                    throw startFailure("The Kafka broker exited during start-up (exit code " + exitCode + ")");
                }
                // the admin client only once the port is open: before that it would log a warning per attempt
                // and back off, adding up to a second to every start
                if (admin == null && Ports.isListening(HOST, port, 500)) {
                    admin = Admin.create(probeConfig());
                }
                if (admin != null && clusterAnswers(admin)) {
                    return;
                }
                sleep(Duration.ofMillis(100));
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
        stop();
        throw startFailure("The Kafka broker was not ready within " + startTimeout.toSeconds() + " s");
    }

    private static boolean clusterAnswers(Admin admin) {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private Properties probeConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "vinhdanh-broker-readiness-" + port);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "1000");
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "2000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "100");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        config.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "100");
        return config;
    }

    private IllegalStateException startFailure(String reason) {
        return new IllegalStateException(reason + ". Last lines of " + logFile + ":\n"
                + LogFiles.tail(logFile, LOG_TAIL_LINES));
    }

    /**
     * A broker whose launching JVM died without running its shutdown hooks (SIGKILL, a crashed IDE) keeps running
     * and holds the ports and the data directory lock. It is ours if its command line names our config
     * directory, so ending it is safe.
     */
    private void stopLeftoverBroker() throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        String configPath = dataDir.resolve("config").resolve("server.properties").toString();
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine()
                            .map(line -> line.contains("kafka.Kafka") && line.contains(configPath))
                            .orElse(false))
                    .ifPresent(KafkaBroker::terminate);
        } catch (NumberFormatException corruptPidFile) {
            // nothing to identify; the port check below reports a broker that really is still there
        }
        Files.deleteIfExists(pidFile);
    }

    private static void terminate(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            handle.destroyForcibly();
            handle.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }

    private static void requirePortFree(int port, String listener) {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Port " + port + " for the Kafka " + listener
                    + " listener is already in use. Is another local stack or Kafka running? Stop it, or use other"
                    + " ports.");
        }
    }

    private Path pidFile() {
        return dataDir.resolve("broker.pid");
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // a stale pid file is harmless: the next start checks the command line before acting on it
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static void requireBrokerJars(Path libDir) {
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
    }

    /** Options of a {@link KafkaBroker}; every one has a default that suits a test. */
    public static final class Builder {

        private Path libDir;
        private Path dataDir;
        private Path logFile;
        private int port;
        private int controllerPort;
        private Duration startTimeout = Duration.ofSeconds(60);
        private boolean registerShutdownHook = true;

        private Builder() {
        }

        /** Directory with the broker's jars; default {@link KafkaBroker#defaultLibDir()}. */
        public Builder libDir(Path libDir) {
            this.libDir = Objects.requireNonNull(libDir, "libDir");
            return this;
        }

        /**
         * Where config, data and pid file live. Reusing a directory keeps topics and offsets across runs. Default:
         * a fresh temporary directory, deleted by {@link KafkaBroker#close()}.
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** Client listener port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = requirePort(port);
            return this;
        }

        /** KRaft controller listener port; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = requirePort(controllerPort);
            return this;
        }

        /** File for the broker's console output; default {@code broker.log} in the data directory. */
        public Builder logFile(Path logFile) {
            this.logFile = Objects.requireNonNull(logFile, "logFile");
            return this;
        }

        /** How long {@link KafkaBroker#start()} waits for the broker to answer; default 60 s. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /**
         * Whether the broker stops itself when this JVM exits (default true). An owner that must control the
         * order of shutdown, such as a launcher stopping services before the broker, turns it off and closes the
         * broker from its own hook.
         */
        public Builder registerShutdownHook(boolean registerShutdownHook) {
            this.registerShutdownHook = registerShutdownHook;
            return this;
        }

        /** Resolves defaults and picks free ports; nothing is started yet. */
        public KafkaBroker build() {
            Path lib = (libDir != null ? libDir : defaultLibDir()).toAbsolutePath();
            requireBrokerJars(lib);
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
                throw new IllegalArgumentException("Broker and controller need different ports, both are "
                        + brokerPort);
            }
            return new KafkaBroker(this, lib, data, temporary, brokerPort, controller);
        }

        private static int requirePort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Not a TCP port: " + port);
            }
            return port;
        }
    }
}
