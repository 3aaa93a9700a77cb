package be.catalog.gateway.catalog.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.audit.AuditAction;
import be.catalog.gateway.audit.Change;
import be.catalog.gateway.audit.service.AuditTrail;
import be.catalog.gateway.caching.AnswerCache;
import be.catalog.gateway.catalog.DuplicateExternalIdException;
import be.catalog.gateway.catalog.Listing;
import be.catalog.gateway.catalog.ListingInput;
import be.catalog.gateway.catalog.ListingNotFoundException;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingUpdateInput;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.VersionConflictException;
import be.catalog.gateway.catalog.repository.ListingAggregates;
import be.catalog.gateway.catalog.repository.ListingRepository;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.category.UnknownCategoryException;
import be.catalog.gateway.certification.CertificationRepository;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.InvalidInputException;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.security.AgencyAccess;
import be.catalog.gateway.security.UnauthenticatedException;
import be.catalog.gateway.security.Viewer;
import be.catalog.gateway.supplier.EnterpriseNumber;
import be.catalog.gateway.supplier.Supplier;
import be.catalog.gateway.supplier.SupplierInput;
import be.catalog.gateway.supplier.SupplierRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Agencies' writes. Every check that needs no lock (who may write, the input's rules, the category) runs before the
 * transaction; each write is one transaction, together with its audit entry, so a refused or failed write leaves
 * nothing behind and the trail never misses a committed write. Answers the key of the written listing, which the
 * caller re-reads through the read side once the transaction has committed.
 */
@ApplicationScoped
public class ListingService {

    private static final String EXTERNAL_ID_CONSTRAINT = "listing_agency_external_id_key";
    /** Runs again of a write's transaction that the database gave up for another's (a deadlock with a script). */
    private static final int TRANSIENT_RETRIES = 2;

    private final ListingRepository listings;
    private final SupplierRepository suppliers;
    private final CategoryRepository categories;
    private final CertificationRepository certifications;
    private final ListingRules rules;
    private final AgencyAccess access;
    private final AuditTrail audit;
    private final ListingAggregates aggregates;
    private final AnswerCache answers;

    public ListingService(ListingRepository listings, SupplierRepository suppliers, CategoryRepository categories,
            CertificationRepository certifications, ListingRules rules, AgencyAccess access, AuditTrail audit,
            ListingAggregates aggregates, AnswerCache answers) {
        this.audit = audit;
        this.aggregates = aggregates;
        this.answers = answers;
        this.listings = listings;
        this.suppliers = suppliers;
        this.categories = categories;
        this.certifications = certifications;
        this.rules = rules;
        this.access = access;
    }

    public Uni<Long> create(Viewer viewer, ListingInput input) {
        access.requireWriter(viewer, input.agency);
        Listing listing = input.toDraft();
        List<Violation> violations = new ArrayList<>(rules.check(listing, "input"));
        violations.addAll(rules.check(input.supplier, "input.supplier"));
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(violations));
        }
        return requireCategory(listing.category, "input.category")
                .chain(() -> requireCertifications(listing.certifications, "input.certifications"))
                // Each attempt with a draft of its own: a rolled-back insert leaves its id on the draft.
                .chain(() -> Panache.withTransaction(() -> insert(viewer, input.toDraft(), input.supplier,
                        AuditAction.CREATE)).onFailure(PersistenceFailures::isTransient).retry().atMost(TRANSIENT_RETRIES))
                .invoke(this::catalogChanged)
                .onFailure(failure -> PersistenceFailures.violates(failure, EXTERNAL_ID_CONSTRAINT))
                .transform(failure -> new DuplicateExternalIdException(listing.agency, listing.externalId))
                .map(saved -> saved.id);
    }

    public Uni<Long> update(Viewer viewer, String id, int expectedVersion, ListingUpdateInput changes) {
        long key = GlobalId.decode(ListingView.TYPE, id);
        Uni<Void> categoryCheck = changes.category == null ? Uni.createFrom().voidItem()
                : requireCategory(changes.category, "input.category");
        Uni<Void> certificationCheck = changes.certifications == null ? Uni.createFrom().voidItem()
                : requireCertifications(changes.certifications, "input.certifications");
        return categoryCheck
                .chain(() -> certificationCheck)
                .chain(() -> Panache.withTransaction(() -> loadForWrite(viewer, id, key)
                        .call(listing -> {
                            requireVersion(id, listing, expectedVersion);
                            Map<String, Object> before = ListingChanges.snapshot(listing);
                            if (!changes.applyTo(listing)) {
                                return Uni.createFrom().voidItem();
                            }
                            List<Violation> violations = rules.check(listing, "input");
                            if (!violations.isEmpty()) {
                                throw new InvalidInputException(violations);
                            }
                            listing.updatedAt = now();
                            return audit.record(viewer, listing.agency, listing.id, AuditAction.UPDATE,
                                    ListingChanges.diff(before, ListingChanges.snapshot(listing)));
                        })).onFailure(PersistenceFailures::isTransient).retry().atMost(TRANSIENT_RETRIES))
                .invoke(this::catalogChanged)
                .onFailure(PersistenceFailures::isStaleWrite).transform(failure -> new VersionConflictException(id, null))
                .map(listing -> listing.id);
    }

    /** Moves a listing to {@code target}; doing so twice is harmless. */
    public Uni<Long> changeStatus(Viewer viewer, String id, Integer expectedVersion, ListingStatus target) {
        long key = GlobalId.decode(ListingView.TYPE, id);
        return Panache.withTransaction(() -> loadForWrite(viewer, id, key)
                .call(listing -> {
                    if (expectedVersion != null) {
                        requireVersion(id, listing, expectedVersion);
                    }
                    if (listing.status == target) {
                        return Uni.createFrom().voidItem();
                    }
                    Change change = new Change("status", listing.status.name(), target.name());
                    listing.status = target;
                    listing.updatedAt = now();
                    return audit.record(viewer, listing.agency, listing.id,
                            target == ListingStatus.PUBLISHED ? AuditAction.PUBLISH : AuditAction.WITHDRAW,
                            List.of(change));
                }))
                .onFailure(PersistenceFailures::isTransient).retry().atMost(TRANSIENT_RETRIES)
                .invoke(this::catalogChanged)
                .onFailure(PersistenceFailures::isStaleWrite).transform(failure -> new VersionConflictException(id, null))
                .map(listing -> listing.id);
    }

    /**
     * Creates or replaces the listing with the input's (agency, externalId), in one transaction of its own, so a
     * record is written whole or not at all. An input equal to the stored listing changes nothing, not even the
     * version. The caller has checked that the viewer writes for {@code input.agency}: a bulk call checks once.
     * Field paths of violations start with {@code path}, e.g. {@code listings[3]}.
     */
    public Uni<UpsertOutcome> upsert(Viewer viewer, ListingInput input, String path) {
        Listing draft = input.toDraft();
        List<Violation> violations = new ArrayList<>(rules.check(draft, path));
        violations.addAll(rules.check(input.supplier, path + ".supplier"));
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(violations));
        }
        return requireCategory(draft.category, path + ".category")
                .chain(() -> requireCertifications(draft.certifications, path + ".certifications"))
                // Two callers upserting the same new record race to insert it; the loser finds it on its retry. A
                // transaction the database gave up for another (a deadlock with a script) is run again, so that one
                // record of an import does not fail the job; each attempt with a draft of its own, since a rolled-back
                // insert leaves its id on the draft.
                .chain(() -> Uni.createFrom().deferred(() -> Panache.withTransaction(
                        () -> upsertInTransaction(viewer, input, input.toDraft())))
                        .onFailure(failure -> PersistenceFailures.violates(failure, EXTERNAL_ID_CONSTRAINT))
                        .retry().atMost(1)
                        .onFailure(PersistenceFailures::isTransient).retry().atMost(TRANSIENT_RETRIES))
                .invoke(outcome -> {
                    if (outcome.kind() != UpsertOutcome.Kind.UNCHANGED) {
                        catalogChanged();
                    }
                });
    }

    /**
     * The public catalog may differ from what this instance's public reads share: their counts and answers are dropped
     * now, before the listing change is heard from the database (which does it again, on every instance).
     */
    private void catalogChanged() {
        aggregates.invalidate();
        answers.invalidate();
    }

    private Uni<UpsertOutcome> upsertInTransaction(Viewer viewer, ListingInput input, Listing draft) {
        return listings.findByExternalIdWithSupplier(draft.agency, draft.externalId).chain(existing -> {
            if (existing == null) {
                return insert(viewer, draft, input.supplier, AuditAction.UPSERT_CREATE)
                        .map(saved -> new UpsertOutcome(saved.id, UpsertOutcome.Kind.CREATED));
            }
            String oldSupplier = existing.supplier.enterpriseNumber;
            String enterpriseNumber = EnterpriseNumber.normalize(input.supplier.enterpriseNumber).orElseThrow();
            boolean supplierChanged = !enterpriseNumber.equals(oldSupplier);
            Uni<Void> supplier = supplierChanged
                    ? supplierFor(input.supplier).invoke(found -> existing.supplier = found).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            Map<String, Object> before = ListingChanges.snapshot(existing);
            return supplier.chain(() -> {
                List<Change> changes = new ArrayList<>();
                if (input.replace(existing)) {
                    changes.addAll(ListingChanges.diff(before, ListingChanges.snapshot(existing)));
                }
                if (supplierChanged) {
                    changes.add(new Change("supplier", oldSupplier, enterpriseNumber));
                }
                if (changes.isEmpty()) {
                    return Uni.createFrom().item(new UpsertOutcome(existing.id, UpsertOutcome.Kind.UNCHANGED));
                }
                existing.updatedAt = now();
                return audit.record(viewer, existing.agency, existing.id, AuditAction.UPSERT_UPDATE, changes)
                        .replaceWith(new UpsertOutcome(existing.id, UpsertOutcome.Kind.UPDATED));
            });
        });
    }

    private Uni<Listing> insert(Viewer viewer, Listing listing, SupplierInput supplierInput, AuditAction action) {
        return listings.findByExternalId(listing.agency, listing.externalId)
                .chain(existing -> {
                    if (existing != null) {
                        throw new DuplicateExternalIdException(listing.agency, listing.externalId);
                    }
                    return supplierFor(supplierInput);
                })
                .chain(supplier -> {
                    listing.supplier = supplier;
                    listing.createdAt = now();
                    listing.updatedAt = listing.createdAt;
                    return listings.persist(listing);
                })
                .call(saved -> audit.record(viewer, saved.agency, saved.id, action, ListingChanges.created(saved)));
    }

    /** The supplier with this enterprise number, created on first use and otherwise reused as it is. */
    private Uni<Supplier> supplierFor(SupplierInput input) {
        String enterpriseNumber = EnterpriseNumber.normalize(input.enterpriseNumber).orElseThrow();
        return suppliers.findByEnterpriseNumber(enterpriseNumber)
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing);
                    }
                    Supplier supplier = new Supplier();
                    supplier.enterpriseNumber = enterpriseNumber;
                    supplier.name = input.name.strip();
                    supplier.city = input.city.strip();
                    supplier.region = input.region;
                    supplier.website = input.website;
                    supplier.createdAt = now();
                    return suppliers.persist(supplier);
                });
    }

    private Uni<Listing> loadForWrite(Viewer viewer, String id, long key) {
        if (viewer.isAnonymous()) {
            return Uni.createFrom().failure(new UnauthenticatedException());
        }
        return listings.findById(key)
                .map(listing -> {
                    if (listing == null) {
                        throw new ListingNotFoundException(id);
                    }
                    access.requireWriter(viewer, listing.agency);
                    return listing;
                });
    }

    private Uni<Void> requireCategory(String code, String field) {
        return categories.exists(code)
                .invoke(exists -> {
                    if (!exists) {
                        throw new UnknownCategoryException(field, code);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> requireCertifications(Collection<String> codes, String field) {
        return certifications.unknown(codes)
                .invoke(unknown -> {
                    if (!unknown.isEmpty()) {
                        throw new InvalidInputException(new Violation(field, "UNKNOWN_CERTIFICATION",
                                unknown + " are not certifications; see the `certifications` query"));
                    }
                })
                .replaceWithVoid();
    }

    private static void requireVersion(String id, Listing listing, int expectedVersion) {
        if (listing.version != expectedVersion) {
            throw new VersionConflictException(id, listing.version);
        }
    }

    /** PostgreSQL keeps microseconds; truncating here keeps cursors built from stored values exact. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
