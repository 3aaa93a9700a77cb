package be.catalog.gateway.graphql;

import java.util.UUID;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import be.catalog.gateway.database.ConnectionFailures;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;

/** Turns any failure of a resolver into the {@link ClientError} the client is allowed to see. */
@ApplicationScoped
public class FailureTranslator {

    private static final Logger LOG = Logger.getLogger(FailureTranslator.class);

    public ClientError translate(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ClientError clientError) {
            return clientError;
        }
        if (isStatementTimeout(cause)) {
            LOG.warnf("statement cancelled by statement_timeout: %s", cause.toString());
            return new RequestTimeoutError();
        }
        if (isDatabaseUnreachable(cause)) {
            LOG.warnf("database unreachable: %s", cause.toString());
            return new ServiceUnavailableError();
        }
        Object requestId = MDC.get(RequestIdExtension.MDC_KEY);
        String reference = requestId != null ? requestId.toString() : UUID.randomUUID().toString();
        LOG.errorf(cause, "unexpected failure, reference %s", reference);
        return new InternalError(reference);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** SQLSTATE 57014: query_canceled, which is what statement_timeout raises. */
    private static boolean isStatementTimeout(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PgException pg && "57014".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** No connection could be had (see {@link ConnectionFailures}), or the pool's bounded wait queue is full. */
    private static boolean isDatabaseUnreachable(Throwable failure) {
        if (ConnectionFailures.cannotConnect(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException) {
                return true;
            }
        }
        return false;
    }
}
