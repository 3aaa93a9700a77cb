package be.catalog.gateway.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Resolves the caller of the current request. Authentication is lazy (proactive auth is off), so the bearer token
 * is only checked here, when a resolver needs to know who is asking.
 */
@ApplicationScoped
public class CurrentViewer {

    private final CurrentIdentityAssociation identities;
    private final SecurityConfig config;

    public CurrentViewer(CurrentIdentityAssociation identities, SecurityConfig config) {
        this.identities = identities;
        this.config = config;
    }

    public Uni<Viewer> get() {
        return identities.getDeferredIdentity()
                .onFailure().transform(failure -> new InvalidTokenException())
                .map(this::toViewer);
    }

    /** The viewer of an identity that is already known, e.g. on a plain HTTP route. */
    public Viewer toViewer(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Viewer.ANONYMOUS;
        }
        Set<String> roles = identity.getRoles();
        return new Viewer(identity.getPrincipal().getName(), agencies(roles), roles.contains(config.operatorRole()));
    }

    private Set<AgencyCode> agencies(Set<String> roles) {
        Set<AgencyCode> agencies = EnumSet.noneOf(AgencyCode.class);
        String prefix = config.agencyRolePrefix();
        for (AgencyCode agency : AgencyCode.values()) {
            if (roles.contains(prefix + agency.name())) {
                agencies.add(agency);
            }
        }
        return agencies;
    }
}
