package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reading the end of a child process's log, which is what a failure message should show. */
public final class LogFiles {

    /** Enough for a stack trace plus its context; logs of a failed start can be megabytes. */
    private static final int MAX_TAIL_BYTES = 64 * 1024;

    private LogFiles() {}

    /** The last {@code lines} lines of {@code file}, or a note saying why there are none. */
    public static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_TAIL_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            // the first line is probably cut in the middle when we did not read from the start
            int from = Math.max(size < length ? 1 : 0, all.size() - lines);
            String tail = String.join(System.lineSeparator(), all.subList(from, all.size()));
            return tail.isBlank() ? "(log " + file + " is empty)" : tail;
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
