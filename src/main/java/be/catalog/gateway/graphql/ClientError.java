package be.catalog.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * An error the client caused and can act on. Its message reaches the client (see
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}) and its stable {@link #code()} goes into
 * {@code extensions.code}; every other exception is reported as {@code INTERNAL_ERROR} without details.
 *
 * <p>Implementing {@link GraphQLError} is what lets graphql-java copy {@link #getExtensions()} into the response,
 * after SmallRye's own extensions, so the code given here is the one the client sees.
 */
public abstract class ClientError extends RuntimeException implements GraphQLError {

    private final String code;

    protected ClientError(String code, String message) {
        // No stack trace: these are expected outcomes, not faults, and they are never logged as such.
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Scalar details a client may use besides the code, e.g. the offending field. */
    protected Map<String, Object> details() {
        return Map.of();
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details());
        return extensions;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
