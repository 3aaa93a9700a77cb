package be.catalog.gateway.catalog;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Money")
@Description("An exact amount of money (never a float) in an ISO 4217 currency.")
public record Money(@NonNull BigDecimal amount, @NonNull String currency) {

    public static Money eur(BigDecimal amount) {
        return new Money(amount, "EUR");
    }
}
