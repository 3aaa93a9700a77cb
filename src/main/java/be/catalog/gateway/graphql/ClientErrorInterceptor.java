package be.catalog.gateway.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

@ReportsClientErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ClientErrorInterceptor {

    private final FailureTranslator translator;

    public ClientErrorInterceptor(FailureTranslator translator) {
        this.translator = translator;
    }

    @AroundInvoke
    Object translateFailures(InvocationContext context) throws Exception {
        boolean returnsUni = Uni.class.isAssignableFrom(context.getMethod().getReturnType());
        Object result;
        try {
            result = context.proceed();
        } catch (RuntimeException e) {
            if (returnsUni) {
                return Uni.createFrom().failure(translator.translate(e));
            }
            throw translator.translate(e);
        }
        if (result instanceof Uni<?> uni) {
            return uni.onFailure().transform(translator::translate);
        }
        return result;
    }
}
