package be.catalog.gateway.security;

import java.util.Set;

import be.catalog.gateway.agency.AgencyCode;

/**
 * Who is asking: the token's subject, the agencies whose listings it may write and see unpublished, and whether it is
 * a catalog operator (who keeps the catalog's reference data, e.g. exchange rates). Anonymous callers have no subject,
 * no agencies and are no operator.
 */
public record Viewer(String subject, Set<AgencyCode> agencies, boolean operator) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of(), false);

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean actsFor(AgencyCode agency) {
        return agencies.contains(agency);
    }
}
