package be.catalog.gateway.security;

import java.util.Set;

import be.catalog.gateway.agency.AgencyCode;

/**
 * Who is asking: the token's subject and the agencies whose listings it may write and see unpublished.
 * Anonymous callers have no subject and no agencies.
 */
public record Viewer(String subject, Set<AgencyCode> agencies) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean actsFor(AgencyCode agency) {
        return agencies.contains(agency);
    }
}
