package be.catalog.gateway.common;

/** SQL LIKE/ILIKE patterns from user text: {@code %}, {@code _} and {@code \\} match themselves, nothing else. */
public final class LikePattern {

    private LikePattern() {
    }

    /** A pattern matching any text that contains {@code text}; PostgreSQL's default escape character is {@code \\}. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
