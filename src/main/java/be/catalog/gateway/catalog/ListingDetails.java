package be.catalog.gateway.catalog;

/**
 * The parts of a listing that a read may leave out when nobody asked for them: its descriptions (six locales of free
 * text) and its certifications (a sub-select per listing). Left out where nothing shows them, page 200 of the
 * benchmark answered 19 to 48% more requests per second (finding 22 of src/bench/README.md): less for PostgreSQL to
 * run, fewer values to decode. A listing read without a part holds null for it ({@link ListingView#descriptions()},
 * {@link ListingView#certifications()}), so a field that reads it regardless fails instead of answering "none".
 *
 * <p>The GraphQL fields that need them are Listing's {@value #DESCRIPTION_FIELD} and {@value #CERTIFICATIONS_FIELD};
 * a new field that reads either part must be added to what {@code catalog/graphql/SelectedListingDetails} looks for.
 */
public record ListingDetails(boolean descriptions, boolean certifications) {

    public static final ListingDetails ALL = new ListingDetails(true, true);

    public static final String DESCRIPTION_FIELD = "description";
    public static final String CERTIFICATIONS_FIELD = "certifications";
}
