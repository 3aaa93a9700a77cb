package be.catalog.gateway.catalog;

import java.util.Map;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.graphql.ClientError;

public class DuplicateExternalIdException extends ClientError {

    public DuplicateExternalIdException(AgencyCode agency, String externalId) {
        super("DUPLICATE_EXTERNAL_ID", "Agency " + agency + " already has a listing with externalId '" + externalId + "'");
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("field", "input.externalId");
    }
}
