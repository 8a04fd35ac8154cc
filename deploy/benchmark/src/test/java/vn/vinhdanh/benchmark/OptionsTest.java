package vn.vinhdanh.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsQuickAndExplicitCounts() {
        assertEquals(21_000, Options.parse(List.of()).n());
        assertEquals(8, Options.parse(List.of()).clients());
        assertEquals(2_000, Options.parse(List.of("--quick")).n());
        Options explicit = Options.parse(List.of("--quick", "-n", "500", "-c", "4", "--use-running"));
        assertEquals(500, explicit.n());
        assertEquals(4, explicit.clients());
        assertTrue(explicit.useRunning());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("-n", "0")));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("--bogus")));
    }

    @Test
    void nearestRankPercentiles() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        Latencies latencies = Latencies.ofMillis(values);
        assertEquals(50, latencies.percentile(50));
        assertEquals(99, latencies.percentile(99));
        assertEquals(100, latencies.max());
    }

    @Test
    void nomineesAreDistinct() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < 21_000; i++) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> nominee = (java.util.Map<String, Object>)
                    Nominations.nomination("m", i).get("nominee");
            keys.add(nominee.get("name") + "/" + nominee.get("birthYear"));
        }
        assertEquals(21_000, keys.size());
    }
}
