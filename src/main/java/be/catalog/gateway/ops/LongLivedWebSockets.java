package be.catalog.gateway.ops;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.catalog.gateway.common.WebSocketUpgrade;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps subscription websockets out of Quarkus's graceful shutdown. Quarkus counts every HTTP request until its
 * response ends; an upgraded request's response never does, so one websocket opened since start held every shutdown
 * for the whole SHUTDOWN_TIMEOUT (seen in the tests: "Timed out waiting for graceful shutdown"). A websocket lives as
 * long as its subscriptions, which are at-most-once without replay anyway: on shutdown the connection drops and the
 * client subscribes again on another instance. So the upgrade request counts as done once it is upgraded.
 *
 * <p>Quarkus has no public call for "this request is done"; its request wrapper's package-private {@code done()} is
 * called here (registered for reflection for native images). Should a Quarkus upgrade remove it, nothing breaks but
 * the shutdown waiting again, and a warning says so at start.
 */
@ApplicationScoped
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true)
public class LongLivedWebSockets {

    private static final Logger LOG = Logger.getLogger(LongLivedWebSockets.class);
    private static final MethodHandle DONE = done();

    private final String graphqlPath;

    public LongLivedWebSockets(
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String graphqlPath) {
        this.graphqlPath = graphqlPath;
    }

    void register(@Observes Router router) {
        // before SmallRye GraphQL's websocket route (order -99), which upgrades the request
        router.route(graphqlPath).order(-101).handler(this::uncount);
    }

    private void uncount(RoutingContext context) {
        if (DONE != null && WebSocketUpgrade.is(context.request())) {
            try {
                DONE.invoke(QuarkusRequestWrapper.get(context.request()));
            } catch (Throwable e) {
                LOG.debugf("could not take websocket upgrade out of the graceful shutdown count: %s", e);
            }
        }
        context.next();
    }

    private static MethodHandle done() {
        try {
            var method = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("open websockets will hold graceful shutdowns until SHUTDOWN_TIMEOUT: %s", e);
            return null;
        }
    }
}
