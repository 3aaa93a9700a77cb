package be.catalog.gateway.graphql;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;

/**
 * Puts {@link DirectJsonExecutionService} in the place of the execution service SmallRye's CDI producer makes. Quarkus's
 * handlers look the service up by its type on their first request, after the schema was built; that lookup is the
 * only use, hence unremovable. SmallRye's own instance is left unused (it builds its engine only when first asked).
 *
 * <p>What SmallRye's producer would add and this one does not: the traffic publisher of
 * {@code quarkus.smallrye-graphql.log-payload}, which stays off here (application.properties), and the execution
 * strategies Quarkus never passes.
 */
@Singleton
public class ExecutionServiceProducer {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    @Unremovable
    ExecutionService executionService(GraphQLSchema graphQLSchema, Schema schema) {
        return new DirectJsonExecutionService(graphQLSchema, schema);
    }
}
