package be.catalog.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A TCP relay between the application and the test PostgreSQL that a test can cut and restore, to see what the
 * service does while the database is unreachable without stopping the database other builds share. The application
 * under test connects to the relay's port ({@code catalog.db.port}: both pools, as the read replica's port defaults to
 * the primary's; {@link ReadReplicaProxy} relays the replica's only); a test gets the relay through
 * {@link InjectDatabaseProxy}. It counts the bytes it carries to the database, to tell which pool a request used.
 */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    private final String targetHost = env("DB_HOST", "127.0.0.1");
    private final int targetPort = Integer.parseInt(env("DB_PORT", "5432"));
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final LongAdder bytesToDatabase = new LongAdder();
    private volatile ServerSocket server;
    private int port;

    @Override
    public Map<String, String> start() {
        open(0);
        return configuration(port);
    }

    /** The configuration that sends the application's connections through the relay listening on {@code port}. */
    protected Map<String, String> configuration(int port) {
        return Map.of("catalog.db.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        cut();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this,
                new TestInjector.AnnotatedAndMatchesType(InjectDatabaseProxy.class, DatabaseProxy.class));
    }

    /** The database becomes unreachable: open connections are dropped and new ones refused. */
    public synchronized void cut() {
        closeQuietly(server);
        server = null;
        sockets.forEach(DatabaseProxy::closeQuietly);
        sockets.clear();
    }

    /** Bytes the application has sent to the database through the relay so far: statements, connection set-up. */
    public long bytesToDatabase() {
        return bytesToDatabase.sum();
    }

    /** The database is reachable again, on the same port. */
    public synchronized void restore() {
        if (server == null) {
            open(port);
        }
    }

    private synchronized void open(int requestedPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
            server = socket;
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + requestedPort, e);
        }
        Thread acceptor = new Thread(() -> accept(server), "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                sockets.add(client);
                try {
                    Socket database = new Socket(targetHost, targetPort);
                    sockets.add(database);
                    relay(client, database, bytesToDatabase);
                    relay(database, client, new LongAdder());
                } catch (IOException e) {
                    closeQuietly(client);
                }
            } catch (IOException e) {
                // closed by cut()
            }
        }
    }

    private void relay(Socket from, Socket to, LongAdder counted) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                    counted.add(n);
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "db-proxy-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // already closed
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
