package be.catalog.gateway.supplier;

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

import be.catalog.gateway.agency.Region;

/**
 * The Belgian SME that makes a product. Identified by its enterprise number, so the same company posted by two
 * agencies is one supplier.
 */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    public Long id;

    @Column(name = "enterprise_number", nullable = false, updatable = false, columnDefinition = "char(10)")
    public String enterpriseNumber;

    @Column(nullable = false, columnDefinition = "text")
    public String name;

    @Column(nullable = false, columnDefinition = "text")
    public String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Column(columnDefinition = "text")
    public String website;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
