package be.catalog.gateway.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.validation.ConstraintViolationException;

import org.dataloader.BatchLoaderEnvironment;
import org.eclipse.microprofile.graphql.GraphQLException;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationUtil;

/**
 * Quarkus's fetcher of resolvers that return a {@code Uni}, with one change: the context it gives the resolver
 * ({@link FieldContexts}) renders the selected sub-fields as JSON only when something asks for them. SmallRye renders
 * them twice for every call, the whole query below the field: 8% of the CPU of a page of listings in a profile
 * (src/bench/README.md, finding 16), for a list nothing here reads. Everything else is SmallRye's
 * {@code AbstractDataFetcher} as it is: the same events, errors, metrics and blocking rules.
 */
class DeferredSelectionFetcher<K, T> extends QuarkusUniDataFetcher<K, T> {

    DeferredSelectionFetcher(Operation operation, Type type) {
        super(operation, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        SmallRyeContext context = FieldContexts.populate(type, operation, environment);
        eventEmitter.fireBeforeDataFetch(context);
        DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult()
                .localContext(environment.getGraphQlContext());
        try {
            return invokeAndTransform(context, environment, result, argumentHelper.getArguments(environment).toArray());
        } catch (AbstractDataFetcherException e) {
            e.appendDataFetcherResult(result, environment);
            eventEmitter.fireOnDataFetchError(context, e);
        } catch (GraphQLException e) {
            errorResultHelper.appendPartialResult(result, environment, e);
            eventEmitter.fireOnDataFetchError(context, e);
        } catch (ConstraintViolationException e) {
            BeanValidationUtil.addConstraintViolationsToDataFetcherResult(e.getConstraintViolations(),
                    operationInvoker.getMethod(), result, environment);
            return (T) result.build();
        } catch (Throwable e) {
            eventEmitter.fireOnDataFetchError(context, e);
            throw e;
        }
        return invokeFailure(result);
    }

    @Override
    public CompletionStage<List<T>> load(List<K> keys, BatchLoaderEnvironment batch) {
        Map<String, Object> batchContext = batchLoaderHelper.getBatchContext(keys, batch);
        DataFetchingEnvironment environment = batchLoaderHelper.getDataFetchingEnvironment(batchContext);
        try {
            FieldContexts.populate(type, operation, environment);
            return invokeBatch(environment, batchLoaderHelper.getArguments(batchContext));
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }
}
