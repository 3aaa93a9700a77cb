package be.catalog.gateway.catalog.repository;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.caching.CachingConfig;
import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.common.SharedReads;
import io.smallrye.mutiny.Uni;

/**
 * {@code totalCount} and facet counts of public searches, shared for {@code catalog.caching.counts-ttl}.
 *
 * <p>Why: both count every published listing that matches, about 90,000 in the benchmark's catalog, while a page
 * reads 21 rows; storefronts ask for the same few filter combinations over and over, and counts that are a few
 * seconds old are what a shopper sees anyway (answers are cached publicly for the same max-age). Counts for agency
 * staff, who see their own drafts, are never shared. A write on this instance drops every shared count at once, and
 * so does every change notification from the database (events/service/ListingChangeFeed), whichever instance wrote;
 * the TTL bounds staleness while that connection is down. A public browse (filters on regions, agencies and a category
 * only) is summed from counts of the whole published catalog ({@link BrowseCounts}), shared the same way.
 */
@ApplicationScoped
public class ListingAggregates {

    /**
     * Expired counts (and facets) read again at once, in the background: two of the read pool's connections at most,
     * whatever the number of filter combinations that expire together.
     */
    private static final int BACKGROUND_REFRESHES = 2;

    private final ListingReadRepository reads;
    private final SharedReads<String, Long> counts;
    private final SharedReads<String, ListingFacets> facets;
    /** The counts every public browse is summed from, one entry; read for every request under a zero TTL. */
    private final SharedReads<String, BrowseCounts> browse;

    public ListingAggregates(ListingReadRepository reads, CachingConfig config) {
        this.reads = reads;
        this.counts = new SharedReads<>(config.countsTtl(), config.countsCapacity(), BACKGROUND_REFRESHES);
        this.facets = new SharedReads<>(config.countsTtl(), config.countsCapacity(), BACKGROUND_REFRESHES);
        // Unshared too: the database keeps them, and reading them is cheaper than counting one filter's listings.
        this.browse = new SharedReads<>(config.countsTtl(), 1);
    }

    /** The total and facets of one page's search, read when a client asks for them. */
    public SearchAggregates of(ListingSearch search) {
        return new SearchAggregates(this, search);
    }

    /**
     * A public browse's are summed from the browse counts, both from the same read; another public search's are
     * shared per filter, and a staff member's read for them alone.
     */
    SearchAggregates.Reads reads(ListingSearch search) {
        ListingCriteria criteria = new ListingCriteria(search);
        if (BrowseCounts.covers(criteria)) {
            String key = key(criteria);
            Uni<BrowseCounts.Totals> totals = Uni.createFrom().deferred(() -> browse.get("", reads::browseCounts))
                    .map(counted -> counted.of(search, key))
                    .memoize().indefinitely();
            return new SearchAggregates.Reads(totals.map(BrowseCounts.Totals::count),
                    totals.map(BrowseCounts.Totals::facets));
        }
        if (!isPublic(search)) {
            return new SearchAggregates.Reads(Uni.createFrom().deferred(() -> reads.count(search)),
                    Uni.createFrom().deferred(() -> reads.facets(search)));
        }
        String key = key(criteria);
        return new SearchAggregates.Reads(Uni.createFrom().deferred(() -> counts.get(key, () -> reads.count(search))),
                Uni.createFrom().deferred(() -> facets.get(key, () -> reads.facets(search))));
    }

    /** Call once a write to listings has been committed. */
    public void invalidate() {
        counts.invalidateAll();
        facets.invalidateAll();
        browse.invalidateAll();
    }

    /** Whether the viewer sees what everybody sees: published listings only. */
    private static boolean isPublic(ListingSearch search) {
        return search.viewer().agencies().isEmpty();
    }

    /** The conditions' SQL with their parameters' values: two searches with the same key count the same rows. */
    private static String key(ListingCriteria criteria) {
        return criteria.where() + '\u0000' + Arrays.deepToString(criteria.sql.values());
    }
}
