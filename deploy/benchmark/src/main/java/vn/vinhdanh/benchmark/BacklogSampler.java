package vn.vinhdanh.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vinhdanh.deploy.stack.Service;

/**
 * Every 250 ms: the unsent rows of the four outbox tables (the same figure as the services' vinhdanh_outbox_backlog
 * gauge, read straight from the partial index), and every fourth time the processes' CPU and memory.
 */
final class BacklogSampler implements AutoCloseable {

    static final long INTERVAL_MILLIS = 250;

    private final Map<Service, Long> peak = new EnumMap<>(Service.class);
    private long peakTotal;
    private long peakTotalAtMillis;
    private long samples;
    private final long started = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    BacklogSampler(ServiceDatabases db, ResourceMonitor resources, Errors errors) {
        thread = new Thread(
                () -> {
                    Map<Service, Connection> connections = new EnumMap<>(Service.class);
                    try {
                        for (Service service : Service.values()) {
                            Connection connection = db.connect(service);
                            // the count must come from the partial index of unpublished rows, not from a scan of the
                            // whole
                            // outbox (the relay does the same): measuring must not load what it measures
                            try (java.sql.Statement setup = connection.createStatement()) {
                                setup.execute("set enable_seqscan = off");
                            }
                            connections.put(service, connection);
                        }
                        int tick = 0;
                        while (running) {
                            long total = 0;
                            for (Map.Entry<Service, Connection> entry : connections.entrySet()) {
                                try (PreparedStatement statement = entry.getValue()
                                                .prepareStatement(
                                                        "select count(*) from outbox_event where published_at is null");
                                        ResultSet rs = statement.executeQuery()) {
                                    rs.next();
                                    long backlog = rs.getLong(1);
                                    total += backlog;
                                    synchronized (this) {
                                        peak.merge(entry.getKey(), backlog, Math::max);
                                    }
                                }
                            }
                            synchronized (this) {
                                samples++;
                                if (total > peakTotal) {
                                    peakTotal = total;
                                    peakTotalAtMillis = (System.nanoTime() - started) / 1_000_000;
                                }
                            }
                            if (tick++ % 4 == 0) {
                                resources.sample();
                            }
                            Thread.sleep(INTERVAL_MILLIS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        errors.record("sampler", e.toString());
                    } finally {
                        connections.values().forEach(c -> {
                            try {
                                c.close();
                            } catch (Exception ignored) {
                                // closing
                            }
                        });
                    }
                },
                "sampler");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("intervalMillis", INTERVAL_MILLIS);
        report.put("samples", samples);
        report.put("peakTotalUnsent", peakTotal);
        report.put("peakTotalAtSecond", peakTotalAtMillis / 1000.0);
        Map<String, Long> byService = new LinkedHashMap<>();
        peak.forEach((service, value) -> byService.put(service.moduleName(), value));
        report.put("peakByService", byService);
        return report;
    }

    synchronized long peakTotal() {
        return peakTotal;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
