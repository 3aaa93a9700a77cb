package be.catalog.gateway.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.graphql.PagingConfig;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;

/** Checks one GraphQL operation against the configured bounds; answers the first bound it breaks. */
@ApplicationScoped
public class QueryLimits {

    public static final String INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";
    public static final String INTROSPECTION_DISABLED_MESSAGE = "Introspection (__schema, __type) is switched off on"
            + " this server; the schema is published at /graphql/schema.graphql";

    /** A refused operation: a stable code and a sentence for the client. */
    public record Refusal(String code, String message) {
    }

    private final QueryLimitsConfig limits;
    private final PagingConfig paging;
    private final ParsedDocuments documents;

    public QueryLimits(QueryLimitsConfig limits, PagingConfig paging, ParsedDocuments documents) {
        this.limits = limits;
        this.paging = paging;
        this.documents = documents;
    }

    public int maxBatchSize() {
        return limits.maxBatchSize();
    }

    /**
     * Checks an operation sent as an HTTP request: besides the bounds, it must not be a subscription, which only the
     * websocket carries (over HTTP it would answer nothing useful).
     */
    public Optional<Refusal> checkHttp(String query, Map<String, Object> variables, String operationName) {
        return check(query, variables, operationName, true);
    }

    /** Checks an operation against the bounds, whatever carried it (subscriptions come over the websocket). */
    public Optional<Refusal> check(String query, Map<String, Object> variables, String operationName) {
        return check(query, variables, operationName, false);
    }

    private Optional<Refusal> check(String query, Map<String, Object> variables, String operationName,
            boolean overHttp) {
        if (query == null || query.isBlank()) {
            return Optional.of(new Refusal("INVALID_SYNTAX", "The request has no GraphQL document in `query`"));
        }
        if (query.length() > limits.maxDocumentLength()) {
            return Optional.of(new Refusal("DOCUMENT_TOO_LARGE", "The document has " + query.length()
                    + " characters; at most " + limits.maxDocumentLength() + " are accepted"));
        }
        ParsedDocuments.Parsed parsed = documents.parse(query);
        if (parsed.refusal() != null) {
            return Optional.of(parsed.refusal());
        }
        Document document = parsed.document();
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            if (operationName == null || operations.size() == 1 || operationName.equals(operation.getName())) {
                if (overHttp && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
                    return Optional.of(new Refusal("SUBSCRIPTION_NOT_ALLOWED_OVER_HTTP", "Subscriptions are sent over"
                            + " a websocket to the same path, with the graphql-transport-ws subprotocol"));
                }
                Optional<Refusal> refusal = check(operation, fragments, variables);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> check(OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        if (!limits.introspection() && Introspection.asksFor(operation.getSelectionSet(), fragments)) {
            return Optional.of(new Refusal(INTROSPECTION_DISABLED, INTROSPECTION_DISABLED_MESSAGE));
        }
        int rootFields = operation.getSelectionSet().getSelections().size();
        if (rootFields > limits.maxRootFields()) {
            return Optional.of(new Refusal("TOO_MANY_ROOT_FIELDS", "The operation asks for " + rootFields
                    + " root fields; at most " + limits.maxRootFields() + " are accepted"));
        }
        QueryCost cost = new QueryCost(fragments, variables, paging.defaultPageSize());
        cost.measure(operation.getSelectionSet());
        if (cost.maxDepth > limits.maxDepth()) {
            return Optional.of(new Refusal("QUERY_TOO_DEEP", "The operation nests " + cost.maxDepth
                    + " levels deep; at most " + limits.maxDepth() + " are accepted"));
        }
        if (cost.aliases > limits.maxAliases()) {
            return Optional.of(new Refusal("TOO_MANY_ALIASES", "The operation has " + cost.aliases
                    + " aliases; at most " + limits.maxAliases() + " are accepted"));
        }
        if (cost.cost > limits.maxComplexity()) {
            return Optional.of(new Refusal("QUERY_TOO_COMPLEX", "The operation may resolve about " + cost.cost
                    + " objects (page sizes multiply); at most " + limits.maxComplexity()
                    + " are accepted: ask for smaller pages or fewer nested lists"));
        }
        return Optional.empty();
    }
}
