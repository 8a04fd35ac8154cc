package vn.vinhdanh.nomination.messaging;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * No delivery into the platform's own network (SSRF): the endpoint's host is resolved when the delivery is made, not
 * when it was registered (a name can point elsewhere tomorrow), and every address it resolves to must be public, so
 * a name with one private address among public ones is refused too.
 *
 * <p>The HTTP client resolves the name again to connect. The JVM caches lookups (30 s by default), so it normally
 * connects to what was checked here; a resolver that changes the answer inside that window is the remaining risk.
 */
public final class DestinationGuard {

    /** How host names become addresses: the system resolver, or a table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public DestinationGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public DestinationGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * @return why a delivery to {@code host} is refused ("refused address 10.0.0.7 (private)"), or null to go ahead
     * @throws UnknownHostException when the name does not resolve: a failed attempt like any other
     */
    public String refusal(String host) throws UnknownHostException {
        if (allowPrivate) {
            return null;
        }
        for (InetAddress address : resolver.resolve(host)) {
            String reason = notPublic(address);
            if (reason != null) {
                return "refused address " + address.getHostAddress() + " (" + reason + ")";
            }
        }
        return null;
    }

    /** @return what kind of non-public address this is, or null for a public one */
    public static String notPublic(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return notPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return notPublicIpv6(bytes);
        }
        return null;
    }

    /** The special ranges the JDK's predicates do not name (RFC 6890). */
    private static String notPublicIpv4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if (first == 0) {
            return "unspecified";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "private"; // shared address space of carrier-grade NAT, 100.64.0.0/10
        }
        if (first == 192 && second == 0 && (a[2] & 0xff) == 0) {
            return "private"; // IETF protocol assignments, 192.0.0.0/24
        }
        if (first == 198 && (second == 18 || second == 19)) {
            return "private"; // benchmarking, 198.18.0.0/15
        }
        if (first >= 240) {
            return "reserved"; // 240.0.0.0/4, with the broadcast address
        }
        return null;
    }

    /** Unique local addresses, and IPv4 addresses carried inside IPv6 ones, which reach the IPv4 address. */
    private static String notPublicIpv6(byte[] a) {
        if ((a[0] & 0xfe) == 0xfc) {
            return "private"; // unique local, fc00::/7
        }
        if (allZero(a, 0, 12)) {
            return embedded(a, 12); // IPv4-compatible ::a.b.c.d (:: and ::1 are caught above)
        }
        if (allZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return embedded(a, 12); // IPv4-mapped ::ffff:a.b.c.d
        }
        if ((a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return embedded(a, 12); // NAT64 64:ff9b::/96
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return embedded(a, 2); // 6to4 2002:aabb:ccdd::/48
        }
        return null;
    }

    private static String embedded(byte[] a, int from) {
        byte[] ipv4 = {a[from], a[from + 1], a[from + 2], a[from + 3]};
        try {
            return notPublic(InetAddress.getByAddress(ipv4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
