import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Makes sure a PostgreSQL answers at DB_HOST:DB_PORT before dev mode or the tests start, and that the project's
 * databases exist on it.
 *
 * <p>Run by Maven at the initialize phase as a single-file source program ({@code java LocalPostgres.java}), so it
 * needs no compile step of its own. When something already answers (a machine with PostgreSQL installed) it only
 * creates the databases. When nothing answers on a loopback address (a fresh machine without PostgreSQL and without
 * Docker) it unpacks the PostgreSQL binaries that Maven fetched from Maven Central, starts them on that port, and
 * leaves a watchdog that stops the server once the Maven process that asked for it has exited.
 *
 * <p>PostgreSQL refuses to run as root, so as root the server runs as the unprivileged user {@code nobody}, from a
 * directory under the system temp dir that this user can reach.
 */
public final class LocalPostgres {

    private static final String UNPRIVILEGED_USER = "nobody";

    private final String host = env("DB_HOST", "127.0.0.1");
    private final int port = Integer.parseInt(env("DB_PORT", "5432"));
    private final String user = env("DB_USER", "postgres");
    private final String password = env("DB_PASSWORD", "");
    private final boolean root = "root".equals(System.getProperty("user.name"));

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: LocalPostgres <postgres-binaries.jar> <db1,db2,...>");
        }
        new LocalPostgres().run(Paths.get(args[0]), List.of(args[1].split(",")));
    }

    private void run(Path binariesJar, List<String> databases) throws Exception {
        if (answers()) {
            log("PostgreSQL answers at " + host + ":" + port + ", using it");
        } else if (!isLoopback(host)) {
            log("nothing answers at " + host + ":" + port + " and it is not a local address; not starting one");
            return;
        } else {
            startEmbedded(binariesJar);
        }
        createDatabases(databases);
    }

    private void startEmbedded(Path binariesJar) throws Exception {
        Path base = Paths.get(System.getProperty("java.io.tmpdir"), "belgian-catalog-postgres-" + port);
        Path install = base.resolve("pgsql-" + Files.size(binariesJar));
        Path data = base.resolve("data");
        Files.createDirectories(base);
        if (!Files.exists(install.resolve("bin/pg_ctl"))) {
            log("unpacking PostgreSQL binaries into " + install);
            unpack(binariesJar, install);
        }
        if (root) {
            // The server user must reach every directory on the way; the temp dir is world-traversable.
            exec(List.of("chown", "-R", UNPRIVILEGED_USER, base.toString()));
        }
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(install, data);
        }
        log("starting PostgreSQL from Maven Central binaries at 127.0.0.1:" + port + " (data in " + data + ")");
        exec(asServerUser(List.of(install.resolve("bin/pg_ctl").toString(), "-D", data.toString(),
                "-l", base.resolve("postgres.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1", "start")));
        leaveWatchdog(install, data);
    }

    private void initdb(Path install, Path data) throws Exception {
        List<String> initdb = List.of(install.resolve("bin/initdb").toString(), "-D", data.toString(),
                "-U", "postgres", "-A", "trust", "-E", "UTF8");
        List<String> withUtf8Locale = new ArrayList<>(initdb);
        // C.UTF-8 keeps collation byte-wise but classifies CJK characters, which pg_trgm needs.
        withUtf8Locale.add("--locale=C.UTF-8");
        if (exec(asServerUser(withUtf8Locale), false) != 0) {
            deleteRecursively(data);
            List<String> noLocale = new ArrayList<>(initdb);
            noLocale.add("--no-locale");
            exec(asServerUser(noLocale));
        }
    }

    /** Stops the server when the Maven JVM that started us exits (end of the build, or Ctrl-C in dev mode). */
    private void leaveWatchdog(Path install, Path data) throws IOException {
        if (Boolean.getBoolean("local-postgres.keep")) {
            return;
        }
        long mavenPid = mavenProcess().pid();
        String stop = String.join(" ", asServerUser(List.of(install.resolve("bin/pg_ctl").toString(),
                "-D", data.toString(), "-m", "fast", "stop")));
        new ProcessBuilder("setsid", "sh", "-c",
                "while kill -0 " + mavenPid + " 2>/dev/null; do sleep 1; done; " + stop)
                .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static ProcessHandle mavenProcess() {
        Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
        while (ancestor.isPresent()) {
            String commandLine = ancestor.get().info().commandLine().orElse("");
            if (commandLine.contains("classworlds") || commandLine.contains("maven")) {
                return ancestor.get();
            }
            ancestor = ancestor.get().parent();
        }
        return ProcessHandle.current().parent().orElseThrow();
    }

    private void createDatabases(List<String> databases) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String database : databases) {
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    if (!exists.executeQuery().next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                            log("created database " + database);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            log("could not check the databases " + databases + " at " + url + ": " + e.getMessage());
        }
    }

    private static void unpack(Path binariesJar, Path install) throws IOException {
        Path partial = install.resolveSibling(install.getFileName() + ".partial");
        deleteRecursively(partial);
        try (ZipFile jar = new ZipFile(binariesJar.toFile())) {
            ZipEntry txz = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException("no .txz archive in " + binariesJar));
            try (InputStream in = new BufferedInputStream(jar.getInputStream(txz));
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Paths.get(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(target, readableBy(entry.getMode()));
                    }
                }
            }
        }
        Files.move(partial, install, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Set<PosixFilePermission> readableBy(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    private List<String> asServerUser(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void exec(List<String> command) throws Exception {
        int exit = exec(command, true);
        if (exit != 0) {
            throw new IllegalStateException("failed (exit " + exit + "): " + String.join(" ", command));
        }
    }

    private static int exec(List<String> command, boolean showOutput) throws Exception {
        // Output goes to a file, never to a pipe: a server that inherits our pipe would keep Maven waiting on it.
        Path output = Files.createTempFile("local-postgres", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
                    .start();
            int exit = process.waitFor();
            if (exit != 0 && showOutput) {
                System.out.print(Files.readString(output));
            }
            return exit;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void log(String message) {
        System.out.println("[local-postgres] " + message);
    }
}
