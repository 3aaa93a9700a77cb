package be.catalog.gateway.catalog.service;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.catalog.Listing;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.supplier.EnterpriseNumber;
import be.catalog.gateway.supplier.SupplierInput;

/**
 * The rules a listing must meet before it is stored, checked all at once so that an agency learns every problem
 * of a record in one answer. Field paths are those of the GraphQL input, e.g. {@code input.title.en}.
 */
@ApplicationScoped
public class ListingRules {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_DESCRIPTION_LENGTH = 5000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    public List<Violation> check(Listing listing, String path) {
        List<Violation> violations = new ArrayList<>();
        if (listing.externalId == null || !listing.externalId.matches("[A-Za-z0-9._:/-]{1,128}")) {
            violations.add(new Violation(path + ".externalId", "INVALID_EXTERNAL_ID",
                    "must be 1 to 128 letters, digits or . _ - : /"));
        }
        if (listing.title == null || listing.title.en == null) {
            violations.add(new Violation(path + ".title.en", "MISSING_ENGLISH_TITLE",
                    "an English title is required; it is the fallback of every other locale"));
        }
        checkLengths(listing.title, path + ".title", MAX_TITLE_LENGTH, violations);
        checkLengths(listing.description, path + ".description", MAX_DESCRIPTION_LENGTH, violations);
        if (listing.category == null || !listing.category.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            violations.add(new Violation(path + ".category", "UNKNOWN_CATEGORY",
                    "'" + listing.category + "' is not a category code"));
        }
        if (listing.hsCode == null || !listing.hsCode.matches("[0-9]{6,10}")) {
            violations.add(new Violation(path + ".hsCode", "INVALID_HS_CODE",
                    "a Harmonized System code has 6 to 10 digits, was '" + listing.hsCode + "'"));
        }
        checkPrice(listing.priceEur, path + ".priceEur", violations);
        if (listing.stockQuantity < 0) {
            violations.add(new Violation(path + ".stockQuantity", "INVALID_STOCK_QUANTITY",
                    "must be zero or more, was " + listing.stockQuantity));
        }
        if (listing.netWeightGrams <= 0) {
            violations.add(new Violation(path + ".netWeightGrams", "INVALID_WEIGHT",
                    "must be more than zero grams, was " + listing.netWeightGrams));
        }
        if (listing.unit == null) {
            violations.add(new Violation(path + ".unit", "REQUIRED", "is required"));
        }
        for (String certification : listing.certifications) {
            if (certification == null || !certification.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                violations.add(new Violation(path + ".certifications", "UNKNOWN_CERTIFICATION",
                        "'" + certification + "' is not a certification code"));
            }
        }
        if (listing.originRegion == null) {
            violations.add(new Violation(path + ".originRegion", "REQUIRED", "is required"));
        }
        return violations;
    }

    public List<Violation> check(SupplierInput supplier, String path) {
        List<Violation> violations = new ArrayList<>();
        if (supplier == null) {
            violations.add(new Violation(path, "REQUIRED", "is required"));
            return violations;
        }
        if (EnterpriseNumber.normalize(supplier.enterpriseNumber).isEmpty()) {
            violations.add(new Violation(path + ".enterpriseNumber", "INVALID_ENTERPRISE_NUMBER",
                    "'" + supplier.enterpriseNumber + "' is not a valid Belgian enterprise number"
                            + " (10 digits starting with 0 or 1, last two = 97 - first eight mod 97)"));
        }
        requireText(supplier.name, path + ".name", 200, violations);
        requireText(supplier.city, path + ".city", 100, violations);
        if (supplier.website != null && !isWebAddress(supplier.website)) {
            violations.add(new Violation(path + ".website", "INVALID_URL",
                    "must be an http or https address, was '" + supplier.website + "'"));
        }
        return violations;
    }

    private static void checkPrice(BigDecimal price, String field, List<Violation> violations) {
        if (price == null) {
            violations.add(new Violation(field, "REQUIRED", "is required"));
        } else if (price.signum() < 0) {
            violations.add(new Violation(field, "INVALID_PRICE", "must not be negative, was " + price.toPlainString()));
        } else if (price.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, "INVALID_PRICE",
                    "euro prices have at most 2 decimals, was " + price.toPlainString()));
        } else if (price.compareTo(MAX_PRICE) > 0) {
            violations.add(new Violation(field, "INVALID_PRICE", "must be at most " + MAX_PRICE.toPlainString()));
        }
    }

    private static void checkLengths(LocalizedText text, String path, int max, List<Violation> violations) {
        if (text == null) {
            return;
        }
        text.asMap().forEach((locale, value) -> {
            if (value.length() > max) {
                violations.add(new Violation(path + "." + fieldName(locale), "TEXT_TOO_LONG",
                        "at most " + max + " characters, was " + value.length()));
            }
        });
    }

    private static String fieldName(ContentLocale locale) {
        return locale == ContentLocale.ZH_CN ? "zhCn" : locale.tag();
    }

    private static void requireText(String value, String field, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "REQUIRED", "is required"));
        } else if (value.length() > max) {
            violations.add(new Violation(field, "TEXT_TOO_LONG", "at most " + max + " characters"));
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
