package be.catalog.gateway.ingest.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.file.OpenOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.file.AsyncFile;
import io.vertx.mutiny.core.file.FileSystem;
import io.vertx.mutiny.core.http.HttpServerRequest;

/**
 * Keeps an uploaded feed in a temporary file from the moment it is received until its import job ends.
 *
 * <p>Why: an import answers with its job id as soon as the upload is complete, not when the last row is written. Read
 * straight from the socket, the file could only be read as fast as the database takes the rows, so the agency's
 * client waited for the whole import (minutes for 100,000 rows). The file goes to disk at the network's pace, through
 * Vert.x's non-blocking file system, and the job reads it back chunk by chunk: memory still holds one batch.
 *
 * <p>The disk is bounded: an upload stops at {@code quarkus.http.limits.max-body-size} (counted here too, since a
 * chunked upload announces no length), and at most {@code catalog.ingest.max-uploads} files are kept at once. Files
 * live in a directory of this process ({@code java.io.tmpdir}/catalog-imports-&lt;pid&gt;; in Kubernetes the pod's
 * /tmp volume); at start, the directories of processes that are gone, or of an earlier run with this process's pid (a
 * restarted container), are deleted with the files their jobs never finished.
 */
@ApplicationScoped
public class FeedSpool {

    private static final Logger LOG = Logger.getLogger(FeedSpool.class);
    private static final String PREFIX = "catalog-imports-";

    /** The upload is over the body limit. */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException(long limit) {
            super("the file is larger than " + limit + " bytes (HTTP_MAX_BODY_SIZE)");
        }
    }

    /** As many uploads as allowed are waiting for their jobs already. */
    public static final class BusyException extends RuntimeException {
        BusyException(int limit) {
            super(limit + " imports are already running on this instance; send the file again shortly");
        }
    }

    private final Vertx vertx;
    private final long maxBytes;
    private final int maxUploads;
    private final AtomicInteger held = new AtomicInteger();
    private final Path directory;

    public FeedSpool(Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "catalog.ingest.max-uploads", defaultValue = "4") int maxUploads) {
        this.vertx = vertx;
        this.maxBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxUploads = maxUploads;
        this.directory = Path.of(System.getProperty("java.io.tmpdir"), PREFIX + ProcessHandle.current().pid());
    }

    /** Runs on the main thread while the application starts, before any request: blocking file calls are fine. */
    void cleanUp(@Observes StartupEvent start) throws IOException {
        Path tmp = directory.getParent();
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(dir -> dir.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(dir))
                    .filter(dir -> dir.equals(directory) || !alive(dir.getFileName().toString().substring(PREFIX.length())))
                    .forEach(FeedSpool::deleteTree);
        }
        Files.createDirectories(directory);
    }

    /**
     * Writes the request's whole body to a new file; answers its path once the last byte is on disk, or fails with
     * {@link TooLargeException} or {@link BusyException} (and keeps nothing).
     */
    public Uni<String> receive(io.vertx.core.http.HttpServerRequest request) {
        if (held.incrementAndGet() > maxUploads) {
            held.decrementAndGet();
            return Uni.createFrom().failure(new BusyException(maxUploads));
        }
        FileSystem files = vertx.fileSystem();
        return files.createTempFile(directory.toString(), "feed-", ".upload", (String) null).chain(path -> files
                .open(path, new OpenOptions().setWrite(true).setTruncateExisting(true))
                .chain(file -> copy(HttpServerRequest.newInstance(request), file)
                        .onTermination().call(file::close))
                .replaceWith(path)
                .onFailure().call(() -> remove(path)))
                .onFailure().invoke(held::decrementAndGet);
    }

    /** The file's bytes, read as the consumer asks for them. */
    public Multi<byte[]> read(String path) {
        return vertx.fileSystem().open(path, new OpenOptions().setRead(true))
                .onItem().transformToMulti(file -> file.toMulti()
                        .onTermination().invoke(file::closeAndForget))
                .map(Buffer::getBytes);
    }

    /** Deletes a received file, its job has ended, and frees its place among the uploads kept. */
    public Uni<Void> delete(String path) {
        return remove(path).onTermination().invoke(held::decrementAndGet);
    }

    private Uni<Void> remove(String path) {
        return vertx.fileSystem().delete(path)
                .onFailure().invoke(failure -> LOG.warnf("could not delete the uploaded feed %s: %s", path, failure))
                .onFailure().recoverWithNull();
    }

    /** Chunk by chunk, each written before the next is asked for: the socket is read at the disk's pace. */
    private Uni<Void> copy(HttpServerRequest request, AsyncFile file) {
        AtomicLong written = new AtomicLong();
        return request.toMulti()
                .onItem().transformToUniAndConcatenate(chunk -> {
                    if (written.addAndGet(chunk.length()) > maxBytes) {
                        return Uni.createFrom().failure(new TooLargeException(maxBytes));
                    }
                    return file.write(chunk);
                })
                .collect().last().replaceWithVoid();
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            LOG.infof("deleted %s, the uploads of imports that a stopped process never finished", dir);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", dir, e);
        }
    }
}
