package be.catalog.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that decides whether a caller may change the catalog's reference data (exchange rates): tokens whose
 * roles include the operator role ({@code catalog.security.operator-role}). Agency staff are not operators.
 */
@ApplicationScoped
public class OperatorAccess {

    public void requireOperator(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new UnauthenticatedException("This operation needs a bearer token of a catalog operator");
        }
        if (!viewer.operator()) {
            throw new ForbiddenOperationException();
        }
    }
}
