package be.catalog.gateway.security;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.graphql.ClientError;

public class ForbiddenAgencyException extends ClientError {

    public ForbiddenAgencyException(AgencyCode agency) {
        super("FORBIDDEN", "Your token does not allow writing listings of agency " + agency);
    }
}
