package be.catalog.gateway.pricing;

import be.catalog.gateway.graphql.ClientError;

/** The import tax data has no rule for a listing's HS code, so no landed cost can be estimated. */
public class TaxRateUnavailableException extends ClientError {

    public TaxRateUnavailableException(String hsCode) {
        super("TAX_RATE_UNAVAILABLE", "No import tax rates are known for HS code " + hsCode);
    }
}
