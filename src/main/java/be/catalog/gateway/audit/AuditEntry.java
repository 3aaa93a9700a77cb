package be.catalog.gateway.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import be.catalog.gateway.agency.AgencyCode;

/**
 * A write of a listing, as the audit trail keeps it. Persisted through the writing transaction's own session, so it
 * commits or rolls back with the write. Read through {@code AuditReadRepository}, never as an entity.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_code", nullable = false)
    public AgencyCode agency;

    @Column(name = "listing_id", nullable = false)
    public long listingId;

    /** The token's subject. */
    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    /**
     * The JSON text of {@code {"field": {"old": ..., "new": ...}}}. Kept as text in Java and cast by the database, so
     * no JSON mapper (and no reflection in a native image) is involved. The parameter is cast to text first: the
     * reactive client would otherwise bind a Java string for a jsonb parameter as a JSON string value.
     */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::text::jsonb")
    public String changes;

    @Column(nullable = false)
    public Instant at;
}
