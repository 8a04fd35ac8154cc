package vn.vinhdanh.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.vinhdanh.deploy.stack.PlatformOptions;

/** The command line of {@code ./benchmark.sh}. */
record Options(
        int n,
        int clients,
        boolean quick,
        boolean useRunning,
        Path output,
        Duration floorDuration,
        int kafkaMessages,
        Duration timeout,
        List<String> serviceJvmOptions) {

    static final int DEFAULT_N = 21_000;
    static final int QUICK_N = 2_000;
    static final int DEFAULT_CLIENTS = 8;

    static final String USAGE = """
            Usage: ./benchmark.sh [--quick] [-n N] [-c C] [--use-running] [-o PATH] [--floor-seconds S] [--timeout S]

              --quick            N = 2,000 (about a minute after start-up) unless -n is given
              -n N               nominations to take from intake to the feed (default 21,000)
              -c C               concurrent clients for the intake and the floors (default 8)
              --use-running      use the stack of ./run-local.sh (ports 8081-8084, Kafka 9092, the vinhdanh_*
                                 databases) instead of starting an isolated one
              -o, --output PATH  also write the JSON results there (always: deploy/benchmark/target/benchmark-results.json)
              --floor-seconds S  how long each throughput floor runs (default 15, quick 6)
              --timeout S        give up waiting for the feed after S seconds (default 1800)
              --service-jvm-options "..."  JVM flags of the four services and the CRUD floor in an isolated stack
                                 (default the launcher's: -Xmx96m -Xmn24m -Xss512k -XX:+UseSerialGC
                                 -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m), for what-if runs
            """;

    static Options parse(List<String> args) {
        Integer n = null;
        int clients = DEFAULT_CLIENTS;
        boolean quick = false;
        boolean useRunning = false;
        Path output = null;
        Integer floorSeconds = null;
        int timeoutSeconds = 1800;
        List<String> jvmOptions = PlatformOptions.DEFAULT_SERVICE_JVM_OPTIONS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> quick = true;
                case "--use-running" -> useRunning = true;
                case "-n" -> n = positive(arg, value(args, ++i, arg));
                case "-c" -> clients = positive(arg, value(args, ++i, arg));
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                case "--floor-seconds" -> floorSeconds = positive(arg, value(args, ++i, arg));
                case "--timeout" -> timeoutSeconds = positive(arg, value(args, ++i, arg));
                case "--service-jvm-options" ->
                    jvmOptions = List.of(value(args, ++i, arg).trim().split("\\s+"));
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        int count = n != null ? n : quick ? QUICK_N : DEFAULT_N;
        if (count > 168_000) {
            throw new IllegalArgumentException("-n at most 168000 (the distinct nominee names of one movement)");
        }
        int floor = floorSeconds != null ? floorSeconds : quick ? 6 : 15;
        return new Options(
                count,
                clients,
                quick,
                useRunning,
                output,
                Duration.ofSeconds(floor),
                quick ? 1_000 : 3_000,
                Duration.ofSeconds(timeoutSeconds),
                jvmOptions);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String option, String value) {
        try {
            int parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (parsed <= 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a positive number, got " + value);
        }
    }
}
