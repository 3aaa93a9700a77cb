package be.catalog.gateway.pricing;

import be.catalog.gateway.graphql.ClientError;

/** No exchange rate has been set for a currency a client asked for; an operator must set one. */
public class ExchangeRateUnavailableException extends ClientError {

    public ExchangeRateUnavailableException(Currency currency) {
        super("EXCHANGE_RATE_UNAVAILABLE", "No EUR to " + currency + " exchange rate is available yet");
    }
}
