package be.catalog.gateway.events.graphql;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.events.ListingChange;
import be.catalog.gateway.events.ListingChangeFilter;
import be.catalog.gateway.events.service.ListingChangeFeed;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.limits.QueryLimits;
import be.catalog.gateway.limits.QueryRefusedException;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class ListingChangeSubscriptions {

    /** Set by Quarkus for the operations of one websocket: the request context of its upgrade request. */
    private static final String CONNECTION_STATE = "state";

    private final ListingChangeFeed feed;
    private final QueryLimits limits;

    public ListingChangeSubscriptions(ListingChangeFeed feed, QueryLimits limits) {
        this.feed = feed;
        this.limits = limits;
    }

    @Subscription("listingChanged")
    @Description("Changes of published listings (and of listings leaving PUBLISHED) committed from now on, through"
            + " any instance, import or script: over the graphql-transport-ws websocket at /graphql. At most once, no"
            + " replay: after (re)subscribing, re-read what you cache. Completes when this instance stops hearing of"
            + " changes; subscribe again then.")
    public Multi<ListingChange> listingChanged(@Name("filter") ListingChangeFilter filter) {
        // SmallRye's context of this data fetch, set on this thread just before the call: the document, and the
        // GraphQL context that Quarkus fills per websocket connection
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        checkLimits(context);
        return feed.subscribe(filter, connectionOf(context));
    }

    @Description("The listing as shoppers see it now (it may have changed again since); null once it is not"
            + " published. Read once per change for all subscribers.")
    public Uni<ListingView> listing(@Source ListingChange change) {
        return change.current();
    }

    /**
     * The abuse limits of GraphQL over HTTP apply to subscription documents too: they come as websocket messages,
     * which the HTTP filter never sees. Refused before anything is subscribed.
     */
    private void checkLimits(SmallRyeContext context) {
        if (context == null) {
            return;
        }
        Map<String, Object> variables = context.getVariables().orElse(null);
        Optional<String> operationName = context.getOperationName();
        limits.check(context.getQuery(), variables, operationName.orElse(null)).ifPresent(refusal -> {
            throw new QueryRefusedException(refusal);
        });
    }

    private static Object connectionOf(SmallRyeContext context) {
        DataFetchingEnvironment environment = context == null ? null
                : context.unwrap(DataFetchingEnvironment.class);
        return environment == null ? null : environment.getGraphQlContext().get(CONNECTION_STATE);
    }
}
