package be.catalog.gateway.ingest.http;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.file.OpenOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.file.FileSystem;
import io.vertx.mutiny.core.http.HttpServerRequest;

/**
 * Keeps an uploaded feed in a temporary file (java.io.tmpdir; in Kubernetes the pod's /tmp volume) from the moment
 * it is received until its import job ends.
 *
 * <p>Why: an import answers with its job id as soon as the upload is complete, not when the last row is written. Read
 * straight from the socket, the file could only be read as fast as the database takes the rows, so the agency's
 * client waited for the whole import (minutes for 100,000 rows). The file goes to disk at the network's pace, through
 * Vert.x's non-blocking file system, and the job reads it back chunk by chunk: memory still holds one batch, and the
 * disk holds at most one upload per running job, each bounded by {@code HTTP_MAX_BODY_SIZE}.
 */
@ApplicationScoped
public class FeedSpool {

    private static final Logger LOG = Logger.getLogger(FeedSpool.class);

    private final Vertx vertx;

    public FeedSpool(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Writes the request's whole body to a new temporary file; answers its path once the last byte is on disk. */
    public Uni<String> receive(io.vertx.core.http.HttpServerRequest request) {
        FileSystem files = vertx.fileSystem();
        return files.createTempFile("catalog-import-", ".feed").chain(path -> files
                .open(path, new OpenOptions().setWrite(true).setTruncateExisting(true))
                .chain(file -> HttpServerRequest.newInstance(request).pipeTo(file))
                .replaceWith(path)
                .onFailure().call(() -> delete(path)));
    }

    /** The file's bytes, read as the consumer asks for them. */
    public Multi<byte[]> read(String path) {
        return vertx.fileSystem().open(path, new OpenOptions().setRead(true))
                .onItem().transformToMulti(file -> file.toMulti()
                        .onTermination().invoke(file::closeAndForget))
                .map(Buffer::getBytes);
    }

    public Uni<Void> delete(String path) {
        return vertx.fileSystem().delete(path)
                .onFailure().invoke(failure -> LOG.warnf("could not delete the uploaded feed %s: %s", path, failure))
                .onFailure().recoverWithNull();
    }
}
