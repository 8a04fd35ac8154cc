package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF rule, without Quarkus: which addresses a webhook may never be delivered to, IPv4 and IPv6. */
class DestinationGuardTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.8.9.10, loopback",
        "::1, loopback",
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "::, unspecified",
        "10.0.0.7, private",
        "172.16.0.1, private",
        "172.31.255.254, private",
        "192.168.1.1, private",
        "100.64.0.1, private",
        "fc00::1, private",
        "fd12:3456:789a::1, private",
        "fec0::1, private",
        "169.254.169.254, link-local",
        "fe80::1, link-local",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "ff02::1, multicast",
        "255.255.255.255, reserved",
        "::ffff:127.0.0.1, loopback",
        "::ffff:10.1.2.3, private",
        "64:ff9b::a9fe:a9fe, link-local",
        "2002:c0a8:0101::1, private"
    })
    void anAddressOutsideThePublicInternetIsNamed(String address, String kind) throws Exception {
        assertThat(DestinationGuard.notPublic(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "2606:4700::1111"})
    void aPublicAddressPasses(String address) throws Exception {
        assertThat(DestinationGuard.notPublic(InetAddress.getByName(address))).isNull();
    }

    @Test
    void everyAddressOfTheHostIsChecked() throws Exception {
        DestinationGuard guard = new DestinationGuard(
                false,
                resolving(Map.of(
                        "portal.example.vn", new String[] {"203.0.113.10", "10.0.0.5"},
                        "public.example.vn", new String[] {"8.8.8.8", "2001:4860:4860::8888"})));

        assertThat(guard.refusal("portal.example.vn")).isEqualTo("refused address 10.0.0.5 (private)");
        assertThat(guard.refusal("public.example.vn")).isNull();
    }

    @Test
    void aLiteralAddressInTheUrlIsCheckedToo() throws Exception {
        DestinationGuard guard = new DestinationGuard(false);
        assertThat(guard.refusal("127.0.0.1")).isEqualTo("refused address 127.0.0.1 (loopback)");
        assertThat(guard.refusal("[::1]")).startsWith("refused address 0:0:0:0:0:0:0:1 (loopback)");
    }

    @Test
    void allowingPrivateAddressesSkipsTheCheck() throws Exception {
        DestinationGuard guard = new DestinationGuard(true, host -> {
            throw new AssertionError("no lookup when every address is allowed");
        });
        assertThat(guard.refusal("localhost")).isNull();
    }

    @Test
    void aNameThatDoesNotResolveIsAnAttemptThatFailed() {
        DestinationGuard guard = new DestinationGuard(false, resolving(Map.of()));
        assertThatThrownBy(() -> guard.refusal("nowhere.example.vn")).isInstanceOf(UnknownHostException.class);
    }

    private static DestinationGuard.Resolver resolving(Map<String, String[]> table) {
        return host -> {
            String[] addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        };
    }
}
