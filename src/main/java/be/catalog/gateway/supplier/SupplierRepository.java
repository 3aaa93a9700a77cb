package be.catalog.gateway.supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SupplierRepository implements PanacheRepository<Supplier> {

    public Uni<Supplier> findByEnterpriseNumber(String enterpriseNumber) {
        return find("enterpriseNumber", enterpriseNumber).firstResult();
    }
}
