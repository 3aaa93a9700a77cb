package be.catalog.gateway.graphql;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;

/**
 * Puts {@link DirectJsonExecutionService} in the place of the execution service SmallRye's CDI producer makes. Quarkus's
 * HTTP handler and SmallRye's websocket handlers look the service up by its type (programmatically: hence
 * unremovable), after the schema was built. SmallRye's own instance is left unused (it builds its engine only when
 * first asked). Quarkus passes that instance no execution strategies, so this one needs none either.
 *
 * <p>Not in dev mode: there Quarkus hands SmallRye's producer a publisher of the traffic for the Dev UI's GraphQL
 * log, which this producer cannot reach; dev mode keeps SmallRye's service, and its log.
 */
@Singleton
@UnlessBuildProfile("dev")
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
