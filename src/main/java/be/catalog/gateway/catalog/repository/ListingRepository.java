package be.catalog.gateway.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.catalog.Listing;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

/** Write side: listings as entities, inside the transactions of {@code ListingService}. */
@ApplicationScoped
public class ListingRepository implements PanacheRepository<Listing> {

    public Uni<Listing> findByExternalId(AgencyCode agency, String externalId) {
        return find("agency = ?1 and externalId = ?2", agency, externalId).firstResult();
    }

    /** As {@link #findByExternalId}, with the supplier loaded: an upsert compares its enterprise number. */
    public Uni<Listing> findByExternalIdWithSupplier(AgencyCode agency, String externalId) {
        return find("from Listing l join fetch l.supplier where l.agency = ?1 and l.externalId = ?2", agency,
                externalId).firstResult();
    }
}
