package be.catalog.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;

/** The one place that decides whether a caller may write an agency's listings. */
@ApplicationScoped
public class AgencyAccess {

    public void requireWriter(Viewer viewer, AgencyCode agency) {
        if (viewer.isAnonymous()) {
            throw new UnauthenticatedException();
        }
        if (!viewer.actsFor(agency)) {
            throw new ForbiddenAgencyException(agency);
        }
    }
}
