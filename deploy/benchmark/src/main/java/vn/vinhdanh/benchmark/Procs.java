package vn.vinhdanh.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What Linux's {@code /proc} says about a process: CPU time, resident memory, children, and which process listens on
 * a TCP port. Linux only; elsewhere every figure is absent.
 */
final class Procs {

    private static final Path PROC = Path.of("/proc");
    /** USER_HZ: clock ticks per second of utime/stime; 100 on every mainstream Linux build. */
    private static final double TICKS_PER_SECOND = 100.0;

    private Procs() {}

    /** utime + stime of one process in seconds, or empty if it is gone. */
    static Optional<Double> cpuSeconds(long pid) {
        return stat(pid).map(fields -> (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND);
    }

    /** The parent pid, or empty if the process is gone. */
    static OptionalLong parent(long pid) {
        Optional<String[]> fields = stat(pid);
        return fields.isPresent() ? OptionalLong.of(Long.parseLong(fields.get()[3])) : OptionalLong.empty();
    }

    /** A field of /proc/pid/status in kB (VmRSS, VmHWM, RssAnon, RssShmem, ...), or empty. */
    static OptionalLong statusKb(long pid, String field) {
        try {
            for (String line :
                    Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
                if (line.startsWith(field + ":")) {
                    String value = line.substring(field.length() + 1).trim();
                    return OptionalLong.of(Long.parseLong(value.split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended, or /proc is not there
        }
        return OptionalLong.empty();
    }

    static String cmdline(long pid) {
        try {
            byte[] bytes = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            return new String(bytes, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException gone) {
            return "";
        }
    }

    /** Every process whose parent is {@code pid}. */
    static List<Long> children(long pid) {
        List<Long> children = new ArrayList<>();
        for (long candidate : allPids()) {
            OptionalLong parent = parent(candidate);
            if (parent.isPresent() && parent.getAsLong() == pid) {
                children.add(candidate);
            }
        }
        return children;
    }

    static List<Long> allPids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    pids.add(Long.parseLong(name));
                }
            }
        } catch (IOException noProc) {
            // not Linux
        }
        return pids;
    }

    /** The process listening on a local TCP port (IPv4 or IPv6), found through the socket's inode. */
    static OptionalLong listeningOn(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve(table))) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st ... inode (field 9); st 0A = LISTEN
                    if (f.length > 9 && f[1].contains(":") && "0A".equals(f[3])) {
                        String hexPort = f[1].substring(f[1].lastIndexOf(':') + 1);
                        if (Integer.parseInt(hexPort, 16) == port) {
                            inodes.add(f[9]);
                        }
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // keep looking in the other table
            }
        }
        if (inodes.isEmpty()) {
            return OptionalLong.empty();
        }
        for (long pid : allPids()) {
            try (DirectoryStream<Path> fds =
                    Files.newDirectoryStream(PROC.resolve(Long.toString(pid)).resolve("fd"))) {
                for (Path fd : fds) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")
                                && inodes.contains(target.substring(8, target.length() - 1))) {
                            return OptionalLong.of(pid);
                        }
                    } catch (IOException closedMeanwhile) {
                        // next descriptor
                    }
                }
            } catch (IOException | SecurityException notOurs) {
                // another user's process, or gone
            }
        }
        return OptionalLong.empty();
    }

    private static Optional<String[]> stat(long pid) {
        try {
            String text = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // the command name (field 2) is in parentheses and may contain spaces: split after the last ')'
            String afterName = text.substring(text.lastIndexOf(')') + 2);
            String[] rest = afterName.split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = Long.toString(pid);
            fields[1] = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return Optional.of(fields);
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    static String mib(long kb) {
        return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
    }
}
