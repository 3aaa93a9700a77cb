package be.catalog.gateway.ingest.http;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.graphql.ErrorResponses;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.ingest.ImportFormat;
import be.catalog.gateway.ingest.ImportJobView;
import be.catalog.gateway.ingest.ImportMode;
import be.catalog.gateway.ingest.service.ImportService;
import be.catalog.gateway.security.CurrentViewer;
import be.catalog.gateway.security.TokenRefusal;
import be.catalog.gateway.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /agencies/{code}/imports}: an agency pushes a feed file. A plain Vert.x route rather than a JAX-RS
 * resource, because the body must stream (no body handler: nothing buffers the file in memory) and answers are JSON
 * with a code, like the GraphQL errors. The caller is checked before a byte is read; the file then goes to a temporary
 * file ({@link FeedSpool}), and the answer, 202 with the job's id, comes as soon as the upload is complete.
 */
@ApplicationScoped
public class ImportRoute {

    private static final Logger LOG = Logger.getLogger(ImportRoute.class);

    private final ImportService imports;
    private final CurrentViewer viewers;
    private final FeedSpool spool;

    public ImportRoute(ImportService imports, CurrentViewer viewers, FeedSpool spool) {
        this.imports = imports;
        this.viewers = viewers;
        this.spool = spool;
    }

    void register(@Observes Router router) {
        router.post("/agencies/:code/imports").handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        // Nothing may be read before the caller is known: the body waits, paused, in Vert.x's (bounded) buffer.
        request.pause();
        Optional<AgencyCode> agency = agency(context.pathParam("code"));
        if (agency.isEmpty()) {
            refuse(context, 404, "UNKNOWN_AGENCY", "no agency '" + context.pathParam("code") + "'");
            return;
        }
        Optional<ImportFormat> format = ImportFormat.of(request.getParam("format"), request.getHeader("Content-Type"));
        if (format.isEmpty()) {
            refuse(context, 415, "UNSUPPORTED_FORMAT",
                    "send text/csv, application/x-ndjson or application/xml (or ?format=CSV|JSONL|XML)");
            return;
        }
        String modeParameter = request.getParam("mode");
        if (modeParameter != null && !"full-sync".equals(modeParameter) && !"merge".equals(modeParameter)) {
            refuse(context, 400, "INVALID_MODE", "mode is full-sync or merge (the default)");
            return;
        }
        ImportMode mode = "full-sync".equals(modeParameter) ? ImportMode.FULL_SYNC : ImportMode.MERGE;
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        (identity == null ? Uni.createFrom().item(Viewer.ANONYMOUS) : identity.map(viewers::toViewer))
                .subscribe().with(viewer -> start(context, viewer, agency.get(), format.get(), mode),
                        failure -> {
                            TokenRefusal refusal = TokenRefusal.of(failure, request.getHeader("Authorization"));
                            refuse(context, 401, refusal.name(), refusal.message());
                        });
    }

    private void start(RoutingContext context, Viewer viewer, AgencyCode agency, ImportFormat format,
            ImportMode mode) {
        if (viewer.isAnonymous()) {
            refuse(context, 401, "UNAUTHENTICATED", "an import needs a bearer token of the agency");
            return;
        }
        if (!viewer.actsFor(agency)) {
            refuse(context, 403, "FORBIDDEN", "your token does not allow importing listings of agency " + agency);
            return;
        }
        spool.receive(context.request())
                .onFailure(failure -> !(failure instanceof FeedSpool.TooLargeException
                        || failure instanceof FeedSpool.BusyException))
                .transform(UploadBrokeOff::new)
                .chain(file -> imports.start(viewer, agency, format, mode, spool.read(file),
                        () -> spool.delete(file).subscribe().with(ignored -> { })))
                .subscribe().with(id -> {
                    String jobId = GlobalId.encode(ImportJobView.TYPE, id.toString());
                    context.response().setStatusCode(202)
                            .putHeader("Content-Type", "application/json")
                            .end(new JsonObject().put("jobId", jobId).put("state", "RUNNING").encode());
                }, failure -> refuseUpload(context, agency, failure));
    }

    private static void refuseUpload(RoutingContext context, AgencyCode agency, Throwable failure) {
        if (failure instanceof FeedSpool.TooLargeException) {
            // the rest of an oversized body is not worth reading: answer, then close the connection
            context.response().putHeader("Connection", "close").endHandler(ignored -> context.request().connection()
                    .close());
            ErrorResponses.send(context, 413, "FILE_TOO_LARGE", failure.getMessage());
        } else if (failure instanceof FeedSpool.BusyException) {
            context.response().putHeader("Retry-After", "30");
            refuse(context, 503, "TOO_MANY_IMPORTS", failure.getMessage());
        } else if (failure instanceof UploadBrokeOff) {
            LOG.infof("an upload of %s broke off: %s", agency, failure.getCause().toString());
            refuse(context, 400, "UPLOAD_FAILED", "the upload broke off before its end; send the file again");
        } else {
            LOG.errorf(failure, "could not start an import of %s", agency);
            refuse(context, 503, "SERVICE_UNAVAILABLE", "the import could not start; retry shortly");
        }
    }

    /** The upload failed while it was being received (the client went away, the disk is full). */
    private static final class UploadBrokeOff extends RuntimeException {
        UploadBrokeOff(Throwable cause) {
            super(cause);
        }
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        if (context.response().ended()) {
            return;
        }
        // The unread body is drained, so that the connection can serve the next request.
        context.request().resume();
        ErrorResponses.send(context, status, code, message);
    }

    private static Optional<AgencyCode> agency(String code) {
        try {
            return Optional.of(AgencyCode.valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
