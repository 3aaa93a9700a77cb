package be.catalog.gateway.ingest.feed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingInput;
import be.catalog.gateway.catalog.SalesUnit;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.i18n.LocalizedTextInput;
import be.catalog.gateway.supplier.SupplierInput;

/**
 * The field names of every feed format (CSV columns, JSON keys, XML elements) and how they become a
 * {@link ListingInput}. Only the conversion from text is checked here; the listing rules are those of
 * {@code upsertListings}, applied by the same service. Blank values count as absent.
 */
public final class FeedMapping {

    public static final String EXTERNAL_ID = "externalId";

    /** The field names, in the order of the documented CSV header. */
    public static final List<String> FIELDS = List.of(EXTERNAL_ID, "supplierEnterpriseNumber", "supplierName",
            "supplierCity", "supplierRegion", "supplierWebsite", "titleEn", "titleFr", "titleNl", "titleDe",
            "titleZhCn", "titleZhTw", "descriptionEn", "descriptionFr", "descriptionNl", "descriptionDe",
            "descriptionZhCn", "descriptionZhTw", "category", "hsCode", "priceEur", "unit", "stockQuantity",
            "netWeightGrams", "originRegion", "certifications");

    private FeedMapping() {
    }

    /** The listing of a record; {@code violations} receives what could not be converted. */
    public static ListingInput toInput(AgencyCode agency, Map<String, String> fields, List<Violation> violations) {
        ListingInput input = new ListingInput();
        input.agency = agency;
        input.externalId = value(fields, EXTERNAL_ID);
        SupplierInput supplier = new SupplierInput();
        supplier.enterpriseNumber = value(fields, "supplierEnterpriseNumber");
        supplier.name = value(fields, "supplierName");
        supplier.city = value(fields, "supplierCity");
        supplier.region = enumValue(Region.class, fields, "supplierRegion", violations);
        if (supplier.region == null && value(fields, "supplierRegion") == null) {
            violations.add(new Violation("supplierRegion", "REQUIRED", "is required"));
        }
        supplier.website = value(fields, "supplierWebsite");
        input.supplier = supplier;
        input.title = text(fields, "title");
        input.description = text(fields, "description");
        input.category = value(fields, "category");
        input.hsCode = value(fields, "hsCode");
        String price = value(fields, "priceEur");
        if (price != null) {
            try {
                input.priceEur = new BigDecimal(price.replace(',', '.'));
            } catch (NumberFormatException e) {
                violations.add(new Violation("priceEur", "INVALID_PRICE", "'" + price + "' is not a number"));
            }
        }
        input.unit = enumValue(SalesUnit.class, fields, "unit", violations);
        input.stockQuantity = integer(fields, "stockQuantity", violations);
        input.netWeightGrams = integer(fields, "netWeightGrams", violations);
        input.originRegion = enumValue(Region.class, fields, "originRegion", violations);
        String certifications = value(fields, "certifications");
        input.certifications = certifications == null ? List.of()
                : Arrays.stream(certifications.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return input;
    }

    private static LocalizedTextInput text(Map<String, String> fields, String prefix) {
        LocalizedTextInput text = new LocalizedTextInput();
        text.en = value(fields, prefix + "En");
        text.fr = value(fields, prefix + "Fr");
        text.nl = value(fields, prefix + "Nl");
        text.de = value(fields, prefix + "De");
        text.zhCn = value(fields, prefix + "ZhCn");
        text.zhTw = value(fields, prefix + "ZhTw");
        return text;
    }

    private static String value(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer integer(Map<String, String> fields, String name, List<Violation> violations) {
        String value = value(fields, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            violations.add(new Violation(name, "INVALID_VALUE", "'" + value + "' is not a whole number"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> fields, String name,
            List<Violation> violations) {
        String value = value(fields, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(name, "INVALID_VALUE", "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** A field path of the listing rules ({@code listing.supplier.name}) as the feed names it ({@code supplierName}). */
    public static String feedField(String path) {
        String field = path.startsWith("listing.") ? path.substring("listing.".length()) : path;
        if (field.startsWith("supplier.")) {
            String name = field.substring("supplier.".length());
            return "supplier" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        if (field.startsWith("title.") || field.startsWith("description.")) {
            int dot = field.indexOf('.');
            String locale = field.substring(dot + 1);
            return field.substring(0, dot) + Character.toUpperCase(locale.charAt(0)) + locale.substring(1);
        }
        return field;
    }
}
