package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import jakarta.inject.Singleton;

import be.catalog.gateway.pricing.CbecTaxRule;
import be.catalog.gateway.pricing.Country;
import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.CustomsRegime;
import be.catalog.gateway.pricing.ExchangeRateView;
import be.catalog.gateway.pricing.LandedCost;
import be.catalog.gateway.pricing.Money;
import be.catalog.gateway.pricing.PricingConfig;

/**
 * China's import taxes on an order, by the rules of cross-border e-commerce (CBEC) retail imports. No I/O: the rate,
 * the tax rule and the positive-list verdict are given.
 *
 * <p>The formulas, with V the dutiable value (goods + freight, Caiguanshui [2016] No. 18), d the MFN duty rate, v the
 * VAT rate, c the ad valorem consumption tax rate, s the specific consumption tax per kg and q the net weight in kg:
 * <pre>
 *   duty            D  = V × d
 *   consumption tax CT = (V + D + q·s) / (1 − c) × c + q·s      (composite taxable price: CT is part of its own base)
 *   import VAT      VAT = (V + D + CT) × v
 * </pre>
 * Within the limits (CROSS_BORDER_RETAIL) d is 0 and CT and VAT are charged at 70% of these statutory amounts, so
 * for ad valorem goods the taxes are V × (v + c) / (1 − c) × 70%: 9.1% for 13% VAT goods, 23.06% for high-end
 * cosmetics (13% VAT, 15% consumption tax). Above the single-order limit, or off the positive list, all three are
 * charged in full (GENERAL_TRADE, Caiguanshui [2018] No. 49).
 *
 * <p>Rounding: converted amounts (goods, shipping) are rounded like every converted price, half to even; each tax is
 * computed from exact intermediate amounts and rounded once to the fen half up, as Chinese customs round duties and
 * taxes (四舍五入 to 0.01 yuan). Customs' own notices may differ by a fen where they round step by step, and they
 * convert at the customs exchange rate of the month, so this is an estimate.
 */
@Singleton
public class LandedCostCalculator {

    /** Chinese customs round duty and tax amounts to the fen, half up. */
    static final RoundingMode CUSTOMS_ROUNDING = RoundingMode.HALF_UP;
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

    private final PricingConfig.CrossBorder limits;
    private final ShippingEstimator shipping;

    public LandedCostCalculator(PricingConfig config, ShippingEstimator shipping) {
        this.limits = config.crossBorder();
        this.shipping = shipping;
    }

    /** Taxes of an order whose total weight fits an int (the caller checks). */
    public LandedCost calculate(Order order, ExchangeRateView cny, CbecTaxRule rule, boolean onPositiveList) {
        int grams = order.totalWeightGrams();
        Money goods = Money.converted(order.priceEur().multiply(BigDecimal.valueOf(order.quantity())), cny);
        Money freight = Money.converted(shipping.priceEur(grams), cny);
        BigDecimal dutiable = goods.amount().add(freight.amount());

        boolean exceedsSingleOrderLimit = dutiable.compareTo(limits.singleOrderLimitCny()) > 0;
        boolean crossBorder = onPositiveList && !exceedsSingleOrderLimit;
        BigDecimal share = crossBorder ? limits.taxShare() : BigDecimal.ONE;
        BigDecimal dutyRate = crossBorder ? BigDecimal.ZERO : rule.dutyRate();

        BigDecimal kilograms = BigDecimal.valueOf(grams).divide(GRAMS_PER_KG);
        BigDecimal duty = dutiable.multiply(dutyRate);
        BigDecimal consumptionTax = consumptionTax(rule, dutiable, duty, kilograms, grams);
        BigDecimal vat = dutiable.add(duty).add(consumptionTax).multiply(rule.vatRate());

        Money dutyCharged = cny(duty);
        Money consumptionTaxCharged = cny(consumptionTax.multiply(share));
        Money vatCharged = cny(vat.multiply(share));
        BigDecimal taxes = dutyCharged.amount().add(consumptionTaxCharged.amount()).add(vatCharged.amount());

        return new LandedCost(Country.CN, order.quantity(), grams,
                crossBorder ? CustomsRegime.CROSS_BORDER_RETAIL : CustomsRegime.GENERAL_TRADE,
                goods, freight, shipping.origin(), Money.of(dutiable, Currency.CNY),
                dutyCharged, consumptionTaxCharged, vatCharged, Money.of(taxes, Currency.CNY),
                Money.of(dutiable.add(taxes), Currency.CNY), share, rule, onPositiveList, exceedsSingleOrderLimit,
                dutiable.compareTo(limits.annualLimitCny()) > 0,
                Money.of(limits.singleOrderLimitCny(), Currency.CNY), Money.of(limits.annualLimitCny(), Currency.CNY));
    }

    /** The statutory amount, before the CBEC share. */
    private static BigDecimal consumptionTax(CbecTaxRule rule, BigDecimal dutiable, BigDecimal duty,
            BigDecimal kilograms, int grams) {
        if (!consumptionTaxApplies(rule, dutiable, grams)) {
            return BigDecimal.ZERO;
        }
        BigDecimal specific = kilograms.multiply(rule.consumptionTaxCnyPerKg());
        BigDecimal c = rule.consumptionTaxRate();
        BigDecimal adValorem = dutiable.add(duty).add(specific)
                .multiply(c).divide(BigDecimal.ONE.subtract(c), EXACT_ENOUGH);
        return adValorem.add(specific);
    }

    /** High-end cosmetics only pay from a dutiable value per gram (Caishui [2016] No. 103: CNY 10 per g or ml). */
    private static boolean consumptionTaxApplies(CbecTaxRule rule, BigDecimal dutiable, int grams) {
        BigDecimal threshold = rule.consumptionTaxFromCnyPerGram();
        return threshold == null || dutiable.compareTo(threshold.multiply(BigDecimal.valueOf(grams))) >= 0;
    }

    private static Money cny(BigDecimal amount) {
        return new Money(amount.setScale(Currency.CNY.minorUnits(), CUSTOMS_ROUNDING), Currency.CNY, null, null, null);
    }

    /** What the buyer orders: one listing's unit price and net weight, times a quantity. */
    public record Order(BigDecimal priceEur, int unitWeightGrams, int quantity) {

        int totalWeightGrams() {
            return unitWeightGrams * quantity;
        }
    }
}
