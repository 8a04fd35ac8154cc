package vn.vinhdanh.deploy.infra;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.Uuid;

/**
 * A {@link KafkaBroker}'s data directory: {@code config/} (server.properties, simplelogger.properties, written on
 * every start), {@code data/} (the log segments and KRaft metadata, formatted once) and {@code broker.pid}, by which
 * a broker left running by a JVM that died is found and ended.
 */
final class BrokerDirectory {

    private static final String HOST = KafkaBroker.HOST;
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path libDir;
    private final Path logFile;

    BrokerDirectory(Path dataDir, Path libDir, Path logFile) {
        this.dataDir = dataDir;
        this.libDir = libDir;
        this.logFile = logFile;
    }

    /** Writes the configuration for these ports and formats the log directory if it is new; the config dir. */
    Path prepare(int port, int controllerPort) throws IOException {
        Path configDir = writeConfiguration(port, controllerPort);
        formatIfNeeded(configDir);
        return configDir;
    }

    /** The broker's command line, with the config directory first on the classpath for slf4j-simple's settings. */
    List<String> brokerCommand(Path configDir) {
        return List.of(
                ManagedProcess.javaExecutable().toString(),
                "-Xms64m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp",
                classpath(configDir),
                "kafka.Kafka",
                configDir.resolve("server.properties").toString());
    }

    private String classpath(Path configDir) {
        return configDir + File.pathSeparator + libDir.resolve("*");
    }

    private Path writeConfiguration(int port, int controllerPort) throws IOException {
        Path configDir = Files.createDirectories(dataDir.resolve("config"));
        Path logDirs = Files.createDirectories(dataDir.resolve("data"));
        String server = String.join(
                "\n",
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
        String logging = String.join(
                "\n",
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
        // "=" form: a random id may start with '-', which the tool would otherwise read as a flag
        List<String> command = List.of(
                ManagedProcess.javaExecutable().toString(),
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath(configDir),
                "kafka.tools.StorageTool",
                "format",
                "-c",
                configDir.resolve("server.properties").toString(),
                "--cluster-id=" + Uuid.randomUuid());
        ManagedProcess.runToCompletion("kafka-storage-format", command, dataDir, logFile, FORMAT_TIMEOUT);
    }

    void writePid(long pid) throws IOException {
        Files.writeString(pidFile(), Long.toString(pid), StandardCharsets.US_ASCII);
    }

    void deletePid() {
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // a stale pid file is harmless: the next start checks the command line before acting on it
        }
    }

    /**
     * A broker whose launching JVM died without running its shutdown hooks (SIGKILL, a crashed IDE) keeps running
     * and holds the ports and the data directory lock. It is ours if its command line names our config
     * directory, so ending it is safe.
     */
    void stopLeftoverBroker(Duration grace) throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        String configPath =
                dataDir.resolve("config").resolve("server.properties").toString();
        try {
            long pid = Long.parseLong(
                    Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info()
                            .commandLine()
                            .map(line -> line.contains("kafka.Kafka") && line.contains(configPath))
                            .orElse(false))
                    .ifPresent(handle -> terminate(handle, grace));
        } catch (NumberFormatException corruptPidFile) {
            // nothing to identify; the port check below reports a broker that really is still there
        }
        Files.deleteIfExists(pidFile);
    }

    private static void terminate(ProcessHandle handle, Duration grace) {
        handle.destroy();
        try {
            handle.onExit().get(grace.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            handle.destroyForcibly();
            handle.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }

    private Path pidFile() {
        return dataDir.resolve("broker.pid");
    }
}
