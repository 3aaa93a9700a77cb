package be.catalog.gateway.events.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.events.ListingChange;
import be.catalog.gateway.events.ListingChangeFilter;

/**
 * A subscription's filter, applied in memory to every change the instance hears of. Only changes of listings that are
 * or were PUBLISHED ever pass: subscriptions are public, and drafts must not leak to them. Region and category match
 * on the value before or after the change, so a listing moving out of a storefront's filter is announced to it.
 *
 * @param categories the filter's category and its descendants; null for any category
 */
record ChangeMatcher(Set<AgencyCode> agencies, Set<Region> regions, Set<String> categories,
        Set<ListingStatus> statuses) implements Predicate<ListingChange> {

    static ChangeMatcher of(ListingChangeFilter filter, Set<String> categories) {
        ListingChangeFilter f = filter == null ? new ListingChangeFilter() : filter;
        return new ChangeMatcher(enums(f.agencies, AgencyCode.class), enums(f.regions, Region.class), categories,
                enums(f.statuses, ListingStatus.class));
    }

    @Override
    public boolean test(ListingChange change) {
        return change.isPublic()
                && (agencies == null || agencies.contains(change.agency()))
                && (regions == null || regions.contains(change.region()) || regions.contains(change.previousRegion()))
                && (categories == null || categories.contains(change.category())
                        || categories.contains(change.previousCategory()))
                && (statuses == null || statuses.contains(change.status()));
    }

    /** Null (no filter) for an absent or empty list, as in the listings filter. */
    private static <E extends Enum<E>> Set<E> enums(List<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(type);
        values.stream().filter(v -> v != null).forEach(set::add);
        return set;
    }
}
