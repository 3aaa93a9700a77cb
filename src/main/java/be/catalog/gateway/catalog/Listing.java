package be.catalog.gateway.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.supplier.Supplier;

/**
 * A product offered to Chinese buyers by one agency on behalf of one supplier. This is the write model; reads go
 * through {@link ListingView}, built from one SQL row.
 */
@Entity
@Table(name = "listing")
public class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
    @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_code", nullable = false, updatable = false)
    public AgencyCode agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    public Supplier supplier;

    /** The agency's own id of this listing, unique within the agency. */
    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en", columnDefinition = "text"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr", columnDefinition = "text"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl", columnDefinition = "text"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de", columnDefinition = "text"))
    @AttributeOverride(name = "zhCn", column = @Column(name = "title_zh_cn", columnDefinition = "text"))
    @AttributeOverride(name = "zhTw", column = @Column(name = "title_zh_tw", columnDefinition = "text"))
    public LocalizedText title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en", columnDefinition = "text"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr", columnDefinition = "text"))
    @AttributeOverride(name = "nl", column = @Column(name = "description_nl", columnDefinition = "text"))
    @AttributeOverride(name = "de", column = @Column(name = "description_de", columnDefinition = "text"))
    @AttributeOverride(name = "zhCn", column = @Column(name = "description_zh_cn", columnDefinition = "text"))
    @AttributeOverride(name = "zhTw", column = @Column(name = "description_zh_tw", columnDefinition = "text"))
    public LocalizedText description;

    @Column(name = "category_code", nullable = false)
    public String category;

    /** Harmonized System code, 6 to 10 digits: what customs classifies the goods as. */
    @Column(name = "hs_code", nullable = false)
    public String hsCode;

    @Column(name = "price_eur", nullable = false, precision = 12, scale = 2)
    public BigDecimal priceEur;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SalesUnit unit;

    @Column(name = "stock_quantity", nullable = false)
    public int stockQuantity;

    @Column(name = "net_weight_grams", nullable = false)
    public int netWeightGrams;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_region", nullable = false)
    public Region originRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ListingStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    /** Codes of the certifications and labels the product carries, e.g. organic, fairtrade. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listing_certification", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "certification_code")
    public Set<String> certifications = new TreeSet<>();
}
