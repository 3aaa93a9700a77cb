package be.catalog.gateway.graphql;

import java.util.List;
import java.util.Map;

/**
 * Input that breaks one or more rules. Nothing was written. {@code extensions.code} and {@code extensions.field}
 * name the first violation; {@code extensions.violations} lists them all, so a form can mark every bad field at once.
 */
public class InvalidInputException extends ClientError {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.get(0).code(), summary(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("field", violations.get(0).field());
    }

    private static String summary(List<Violation> violations) {
        Violation first = violations.get(0);
        String message = first.field() + ": " + first.message();
        return violations.size() == 1 ? message : message + " (and " + (violations.size() - 1) + " more)";
    }
}
