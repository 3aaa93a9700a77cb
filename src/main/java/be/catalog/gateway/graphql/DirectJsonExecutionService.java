package be.catalog.gateway.graphql;

import java.util.Map;

import jakarta.json.JsonObject;

import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Schema;

/**
 * SmallRye GraphQL's execution service, whose answers write their text with {@link ResponseJson}. Quarkus's HTTP
 * handler asks the {@link ExecutionResponse} it is handed for that text, so it is changed there: each response handed
 * to a writer is replaced by a {@link DirectJsonResponse} of the same result and added extensions. (The websocket
 * protocols ask for a {@code jakarta.json} object instead, which stays SmallRye's.)
 *
 * <p>SmallRye keeps the added extensions to itself; the context it has just restored for the write holds them. A
 * response that cannot be matched with that context (its result is another) goes to the writer unchanged.
 */
final class DirectJsonExecutionService extends ExecutionService {

    DirectJsonExecutionService(GraphQLSchema graphQLSchema, Schema schema) {
        super(graphQLSchema, schema);
    }

    @Override
    public void execute(JsonObject jsonInput, Map<String, Object> context, ExecutionResponseWriter writer,
            boolean async) {
        super.execute(jsonInput, context, new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                writer.write(direct(response));
            }

            @Override
            public void fail(Throwable failure) {
                writer.fail(failure);
            }
        }, async);
    }

    private static ExecutionResponse direct(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (result == null || context == null || context.unwrap(ExecutionResult.class) != result) {
            return response;
        }
        return new DirectJsonResponse(result, context.getAddedExtensions());
    }

    /** SmallRye's response, but its text written by {@link ResponseJson} wherever that can. */
    static final class DirectJsonResponse extends ExecutionResponse {

        private final Map<String, Object> addedExtensions;

        DirectJsonResponse(ExecutionResult result, Map<String, Object> addedExtensions) {
            super(result, addedExtensions);
            this.addedExtensions = addedExtensions;
        }

        @Override
        public String getExecutionResultAsString() {
            String text = ResponseJson.written(getExecutionResult(), addedExtensions);
            return text != null ? text : super.getExecutionResultAsString();
        }
    }
}
