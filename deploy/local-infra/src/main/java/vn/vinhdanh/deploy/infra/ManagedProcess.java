package vn.vinhdanh.deploy.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose console output goes to a log file, with the stop semantics every launcher here needs:
 * a polite SIGTERM first (Kafka and Quarkus both shut down cleanly on it), then SIGKILL if it hangs.
 *
 * <p>Output goes to a file rather than a pipe because nobody drains a pipe once start-up is over; a full pipe
 * buffer would block the child on its next log line.</p>
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} in {@code workingDir}, stdout and stderr both going to {@code logFile}.
     *
     * @param appendToLog keep what an earlier run of the same process wrote (used for restarts, so a fault
     *                    test can read the whole story in one file)
     */
    public static ManagedProcess start(
            String name, List<String> command, Path workingDir, Path logFile, boolean appendToLog) throws IOException {
        return start(name, command, Map.of(), workingDir, logFile, appendToLog);
    }

    /**
     * As {@link #start(String, List, Path, Path, boolean)}, with {@code environment} added to (or overriding)
     * this JVM's environment. Secrets belong here rather than on the command line, which every local user can
     * read with {@code ps}.
     */
    public static ManagedProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDir,
            Path logFile,
            boolean appendToLog)
            throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        if (appendToLog) {
            Files.writeString(
                    logFile,
                    System.lineSeparator() + "===== " + name + " starting at " + Instant.now() + " ====="
                            + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } else {
            Files.deleteIfExists(logFile);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                // nothing is ever typed into these processes; /dev/null rather than a pipe nobody writes to
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        return new ManagedProcess(name, builder.start(), logFile);
    }

    /** The JVM launcher of the running JVM, so children run on exactly the Java the caller was tested with. */
    public static Path javaExecutable() {
        Path fromJavaHome = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (Files.isExecutable(fromJavaHome)) {
            return fromJavaHome;
        }
        return ProcessHandle.current()
                .info()
                .command()
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException("Cannot locate the java executable of this JVM (java.home="
                        + System.getProperty("java.home") + ")"));
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Exit code once the process has ended. */
    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /**
     * Sends SIGTERM and returns at once, so that several processes can shut down in parallel; follow with
     * {@link #stop(Duration)} to wait for each.
     */
    public void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** SIGTERM, then SIGKILL if the process is still there after {@code grace}. Blocks until it is gone. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(grace)) {
            kill();
        }
    }

    /**
     * For a launcher script that runs the real server as its child (Keycloak's {@code kc.sh} forwards SIGTERM to it):
     * SIGTERM to the script, then SIGKILL to the script and every descendant left after {@code grace}.
     */
    public void stopWithDescendants(Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        stop(grace);
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** SIGKILL: what a crash or an OOM killer would do. Blocks until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Waits up to {@code timeout} for the process to end; true if it has. */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last {@code lines} lines of this process's log, for error messages. */
    public String logTail(int lines) {
        return LogFiles.tail(logFile, lines);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + (process.isAlive() ? "" : ", exited " + process.exitValue()) + ")";
    }

    private static File nullDevice() {
        return new File(isWindows() ? "NUL" : "/dev/null");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Runs {@code command} to completion (a short tool such as Kafka's storage formatter), output to the log. */
    static void runToCompletion(String name, List<String> command, Path workingDir, Path logFile, Duration timeout)
            throws IOException {
        runToCompletion(name, command, Map.of(), workingDir, logFile, timeout);
    }

    /** As {@link #runToCompletion(String, List, Path, Path, Duration)}, with {@code environment} added. */
    static void runToCompletion(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDir,
            Path logFile,
            Duration timeout)
            throws IOException {
        ManagedProcess tool = start(name, command, environment, workingDir, logFile, true);
        if (!tool.awaitExit(timeout)) {
            tool.kill();
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s. Log "
                    + logFile + ":\n" + tool.logTail(30));
        }
        int exit = tool.process.exitValue();
        if (exit != 0) {
            throw new IllegalStateException(
                    name + " failed with exit code " + exit + ". Log " + logFile + ":\n" + tool.logTail(30));
        }
    }
}
