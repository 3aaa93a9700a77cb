package be.catalog.gateway.audit.repository;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.audit.AuditEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Write side of the trail: entries are persisted inside the transaction of the write they record. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {
}
