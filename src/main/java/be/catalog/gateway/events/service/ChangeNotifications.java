package be.catalog.gateway.events.service;

import java.time.OffsetDateTime;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.events.ListingChange;
import be.catalog.gateway.events.ListingChangeKind;
import be.catalog.gateway.graphql.GlobalId;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Reads the payload of a {@code listing_changed} notification (see V9__listing_change_notifications.sql). Parsed with
 * Vert.x's JsonObject, field by field, so nothing is reached by reflection (native images need no registration).
 */
final class ChangeNotifications {

    private ChangeNotifications() {
    }

    /** The change, with {@code current} as the (lazy) read of the listing as shoppers see it. */
    static ListingChange parse(String payload, java.util.function.LongFunction<Uni<ListingView>> current) {
        JsonObject json = new JsonObject(payload);
        long key = json.getLong("id");
        return new ListingChange(
                ListingChangeKind.valueOf(json.getString("kind")),
                GlobalId.encode(ListingView.TYPE, key),
                AgencyCode.valueOf(json.getString("agency")),
                json.getInteger("version"),
                ListingStatus.valueOf(json.getString("status")),
                enumOrNull(ListingStatus.class, json.getString("previousStatus")),
                Region.valueOf(json.getString("region")),
                json.getString("category"),
                OffsetDateTime.parse(json.getString("changedAt")),
                key,
                enumOrNull(Region.class, json.getString("previousRegion")),
                json.getString("previousCategory"),
                current.apply(key));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
