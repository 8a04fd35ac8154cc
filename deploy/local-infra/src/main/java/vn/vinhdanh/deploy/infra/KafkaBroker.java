package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) in its own JVM.
 *
 * <p>It runs as a separate process because the broker cannot share a JVM with the services' kafka-clients and
 * would drag Scala and log4j onto their classpath; a process also gives fault tests a real SIGKILL. The jars
 * come from {@code deploy/kafka-dist/target/lib}, built by that module.</p>
 *
 * <p>Directory layout below {@link #dataDir()}: see {@link BrokerDirectory}. Readiness: {@link BrokerReadiness}.</p>
 *
 * <p>Thread-safe; every state change is synchronised on the instance.</p>
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property naming the directory with the broker's jars; the parent pom passes it to tests. */
    public static final String LIB_DIR_PROPERTY = "vinhdanh.kafka.lib";

    static final String HOST = "127.0.0.1";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 40;

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Path logFile;
    private final int port;
    private final int controllerPort;
    private final Duration startTimeout;
    private final Thread shutdownHook;
    private final BrokerDirectory directory;

    private ManagedProcess process;
    private boolean hookRegistered;
    private boolean closed;

    /** See {@link KafkaBrokerBuilder#build()}. */
    KafkaBroker(
            Path libDir,
            Path dataDir,
            boolean ownsDataDir,
            Path logFile,
            int port,
            int controllerPort,
            Duration startTimeout,
            boolean registerShutdownHook) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.logFile = logFile != null ? logFile.toAbsolutePath() : dataDir.resolve("broker.log");
        this.port = port;
        this.controllerPort = controllerPort;
        this.startTimeout = startTimeout;
        this.shutdownHook =
                registerShutdownHook ? new Thread(this::closeOnJvmExit, "kafka-broker-shutdown-" + port) : null;
        this.directory = new BrokerDirectory(dataDir, libDir, this.logFile);
    }

    public static KafkaBrokerBuilder builder() {
        return new KafkaBrokerBuilder();
    }

    /**
     * Where the broker's jars are: the {@value #LIB_DIR_PROPERTY} system property, else
     * {@code deploy/kafka-dist/target/lib} in the working directory or the nearest parent that has one (so a test
     * run from any module of the repository finds it).
     */
    public static Path defaultLibDir() {
        return KafkaBrokerBuilder.searchLibDir();
    }

    /** The {@value #LIB_DIR_PROPERTY} system property, else that repository's {@code deploy/kafka-dist/target/lib}. */
    public static Path libDirOf(Path repoRoot) {
        return KafkaBrokerBuilder.libDirOf(repoRoot);
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
            directory.stopLeftoverBroker(STOP_GRACE);
            requirePortFree(port, "broker");
            requirePortFree(controllerPort, "controller");
            Path configDir = directory.prepare(port, controllerPort);
            registerShutdownHookOnce();
            process = ManagedProcess.start("kafka-broker", directory.brokerCommand(configDir), dataDir, logFile, true);
            directory.writePid(process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the Kafka broker in " + dataDir, e);
        }
        String notReady = BrokerReadiness.await(process, HOST, port, startTimeout);
        if (notReady != null) {
            stop();
            throw startFailure(notReady);
        }
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
            directory.deletePid();
        }
    }

    /** SIGKILL, as in a crash: no controlled shutdown, the data directory is left as the crash left it. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
            directory.deletePid();
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

    private IllegalStateException startFailure(String reason) {
        return new IllegalStateException(
                reason + ". Last lines of " + logFile + ":\n" + LogFiles.tail(logFile, LOG_TAIL_LINES));
    }

    private static void requirePortFree(int port, String listener) {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Port " + port + " for the Kafka " + listener
                    + " listener is already in use. Is another local stack or Kafka running? Stop it, or use other"
                    + " ports.");
        }
    }
}
