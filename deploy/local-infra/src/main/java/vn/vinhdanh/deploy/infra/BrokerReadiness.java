package vn.vinhdanh.deploy.infra;

import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/** Whether a starting broker answers: a describeCluster request that names at least one node. */
final class BrokerReadiness {

    private BrokerReadiness() {}

    /**
     * Polls until the broker at {@code host:port} answers or {@code process} exits or {@code timeout} passes.
     *
     * @return null when ready, else why not
     */
    static String await(ManagedProcess process, String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Admin admin = null;
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    return "The Kafka broker exited during start-up (exit code "
                            + process.exitCode().orElse(-1) + ")";
                }
                // the admin client only once the port is open: before that it would log a warning per attempt
                // and back off, adding up to a second to every start
                if (admin == null && Ports.isListening(host, port, 500)) {
                    admin = Admin.create(probeConfig(host + ":" + port, port));
                }
                if (admin != null && clusterAnswers(admin)) {
                    return null;
                }
                Polling.pause(Duration.ofMillis(100), "waiting for the Kafka broker");
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
        return "The Kafka broker was not ready within " + timeout.toSeconds() + " s";
    }

    private static boolean clusterAnswers(Admin admin) {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes()
                    .get(3, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static Properties probeConfig(String bootstrapServers, int port) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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
}
