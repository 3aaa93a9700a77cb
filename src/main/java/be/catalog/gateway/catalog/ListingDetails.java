package be.catalog.gateway.catalog;

/**
 * The parts of a listing that a read may leave out when nobody asked for them: its descriptions (six locales of free
 * text) and its certifications (a sub-select per listing). Left out where nothing shows them, page 200 of the
 * benchmark answered a fifth to a third more requests per second (finding 22 of src/bench/README.md): less for
 * PostgreSQL to run, fewer values to decode. A listing read without a part holds no descriptions, or null
 * certifications: a field that reads them regardless fails rather than answering an empty list.
 */
public record ListingDetails(boolean descriptions, boolean certifications) {

    public static final ListingDetails ALL = new ListingDetails(true, true);
}
