package be.catalog.gateway.catalog.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.catalog.gateway.audit.Change;
import be.catalog.gateway.catalog.Listing;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedText;

/**
 * The audited fields of a listing, as JSON-compatible values, and the difference of two such snapshots. The supplier
 * is left out: it is a lazy association that a status change never loads; writes that change it add it themselves.
 */
final class ListingChanges {

    private ListingChanges() {
    }

    static Map<String, Object> snapshot(Listing listing) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("externalId", listing.externalId);
        texts(fields, "title", listing.title);
        texts(fields, "description", listing.description);
        fields.put("category", listing.category);
        fields.put("hsCode", listing.hsCode);
        fields.put("priceEur", listing.priceEur == null ? null : listing.priceEur.setScale(2).toPlainString());
        fields.put("unit", name(listing.unit));
        fields.put("stockQuantity", listing.stockQuantity);
        fields.put("netWeightGrams", listing.netWeightGrams);
        fields.put("originRegion", name(listing.originRegion));
        fields.put("status", name(listing.status));
        fields.put("certifications", List.copyOf(listing.certifications));
        return fields;
    }

    /** Every field whose value differs, in snapshot order. */
    static List<Change> diff(Map<String, Object> before, Map<String, Object> after) {
        List<Change> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new Change(field, old, value));
            }
        });
        return changes;
    }

    /** A new listing: every field that has a value, from nothing. */
    static List<Change> created(Listing listing) {
        List<Change> changes = new ArrayList<>();
        snapshot(listing).forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                changes.add(new Change(field, null, value));
            }
        });
        changes.add(new Change("supplier", null, listing.supplier.enterpriseNumber));
        return changes;
    }

    private static void texts(Map<String, Object> fields, String name, LocalizedText text) {
        for (ContentLocale locale : ContentLocale.values()) {
            fields.put(name + "." + fieldName(locale), text == null ? null : text.get(locale));
        }
    }

    /** The locale as the GraphQL input names it: en, fr, nl, de, zhCn, zhTw. */
    private static String fieldName(ContentLocale locale) {
        String[] parts = locale.name().toLowerCase().split("_");
        return parts.length == 1 ? parts[0] : parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
