package be.catalog.gateway.category;

import java.util.Map;

import be.catalog.gateway.graphql.ClientError;

public class UnknownCategoryException extends ClientError {

    private final String field;

    public UnknownCategoryException(String field, String code) {
        super("UNKNOWN_CATEGORY", field + ": '" + code + "' is not a category; see the `categories` query");
        this.field = field;
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("field", field);
    }
}
