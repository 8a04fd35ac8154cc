package vn.vinhdanh.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * TCP port helpers. Free ports are picked by binding to port 0 and releasing it again; another process can take
 * the port in between, but for a single developer machine or CI runner that window is acceptable, and it is what
 * lets several test JVMs run side by side.
 */
public final class Ports {

    private Ports() {}

    /** One currently unused port. */
    public static int freePort() {
        return freePorts(1).get(0);
    }

    /**
     * {@code count} distinct currently unused ports. All sockets are held open until every port is chosen, so the
     * operating system cannot hand out the same port twice.
     */
    public static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(0));
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find " + count + " free TCP ports", e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    /**
     * True if nothing listens on {@code port}. Binds the wildcard address, so a server on 0.0.0.0 as well as one
     * on 127.0.0.1 counts as taking the port.
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if a TCP connection to {@code host:port} is accepted within {@code timeoutMillis}. */
    public static boolean isListening(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port is released either way once this JVM lets go of the descriptor
        }
    }
}
