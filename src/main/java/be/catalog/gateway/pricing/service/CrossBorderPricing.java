package be.catalog.gateway.pricing.service;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.InvalidInputException;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.pricing.CbecTaxRule;
import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.LandedCost;
import be.catalog.gateway.pricing.TaxRateUnavailableException;
import io.smallrye.mutiny.Uni;

/** What a listing costs a buyer in China, and whether it can be bought through cross-border e-commerce at all. */
@ApplicationScoped
public class CrossBorderPricing {

    /** Larger orders are wholesale, not a consumer's cross-border retail purchase. */
    static final int MAX_QUANTITY = 999;

    private final ExchangeRates rates;
    private final CbecTaxRates taxRates;
    private final CbecPositiveList positiveList;
    private final LandedCostCalculator calculator;

    public CrossBorderPricing(ExchangeRates rates, CbecTaxRates taxRates, CbecPositiveList positiveList,
            LandedCostCalculator calculator) {
        this.rates = rates;
        this.taxRates = taxRates;
        this.positiveList = positiveList;
        this.calculator = calculator;
    }

    /** On China's CBEC positive list and in stock. */
    public boolean eligible(ListingView listing) {
        return listing.stockQuantity() > 0 && positiveList.contains(listing.hsCode());
    }

    /** Delivered to mainland China, the only destination so far. */
    public Uni<LandedCost> landedCost(ListingView listing, int quantity) {
        LandedCostCalculator.Order order = order(listing, quantity);
        CbecTaxRule rule = taxRates.ruleFor(listing.hsCode())
                .orElseThrow(() -> new TaxRateUnavailableException(listing.hsCode()));
        boolean onList = positiveList.contains(listing.hsCode());
        return rates.current().map(table -> calculator.calculate(order, table.require(Currency.CNY), rule, onList));
    }

    private static LandedCostCalculator.Order order(ListingView listing, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidInputException(new Violation("quantity", "INVALID_QUANTITY",
                    "must be between 1 and " + MAX_QUANTITY + ", was " + quantity));
        }
        if ((long) listing.netWeightGrams() * quantity > Integer.MAX_VALUE) {
            throw new InvalidInputException(new Violation("quantity", "INVALID_QUANTITY",
                    "the order's weight is beyond what can be shipped to a consumer"));
        }
        return new LandedCostCalculator.Order(listing.priceEur(), listing.netWeightGrams(), quantity);
    }
}
