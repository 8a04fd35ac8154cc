package vn.vinhdanh.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the run is on, from {@code /proc}: cores, load at the start, memory, CPU model, Java. */
final class Machine {

    private Machine() {}

    /** Also {@code loadavgAtStartRaw} (a one-element double array), which the caller takes out before printing. */
    static Map<String, Object> describe() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String[] parts = load.split(" ");
        machine.put("loadavgAtStart", parts[0] + " " + parts[1] + " " + parts[2]);
        machine.put("loadavgAtStartRaw", new double[] {Double.parseDouble(parts[0])});
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:") || line.startsWith("MemAvailable:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                machine.put(
                        line.startsWith("MemTotal") ? "memTotalGiB" : "memAvailableGiB",
                        Latencies.round(kb / 1024.0 / 1024.0));
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                machine.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                break;
            }
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }
}
