package vn.vinhdanh.benchmark;

import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.Service;

/**
 * A stage of the workload, played by one kind of user: a driver thread looks in its service's database every 100 ms
 * for work and hands what it finds to a pool of that user's clients.
 */
abstract class Stage {

    final String name;
    private final Service service;
    final ExecutorService pool;
    /** The run's size: a stage is done once it has taken all N. */
    final int n;

    final WorkloadCounts counts;
    final PlatformClient platform;
    final Errors errors;

    /** @param clients the size of {@link #pool}: how many of the stage's users work at once */
    Stage(
            String name,
            Service service,
            int clients,
            int n,
            WorkloadCounts counts,
            PlatformClient platform,
            Errors errors) {
        this.name = name;
        this.service = service;
        this.pool = Executors.newFixedThreadPool(clients, daemon(name));
        this.n = n;
        this.counts = counts;
        this.platform = platform;
        this.errors = errors;
    }

    /**
     * Looks for work once and hands it to {@link #pool}.
     *
     * @return false when the stage has nothing more to do
     */
    abstract boolean round(Connection connection) throws Exception;

    /** Starts the driver thread, which runs rounds until there is nothing more to do or {@code stop} says so. */
    Thread start(ServiceDatabases db, BooleanSupplier stop) {
        Thread thread = new Thread(
                () -> {
                    try (Connection connection = db.connect(service)) {
                        while (!stop.getAsBoolean()) {
                            if (!round(connection)) {
                                return;
                            }
                            Thread.sleep(100);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        errors.record(name, "driver failed: " + e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void shutDown(Stage... stages) throws InterruptedException {
        for (Stage stage : stages) {
            stage.pool.shutdown();
        }
        for (Stage stage : stages) {
            stage.pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
