package be.catalog.gateway.graphql;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Adds {@code extensions.violations}: a structured list, which {@link ClientError#getExtensions()} cannot carry
 * because SmallRye renders those values as strings. Registered in META-INF/services.
 */
public class ViolationsExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "violations";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (!(exception instanceof InvalidInputException invalid)) {
            return null;
        }
        JsonArrayBuilder violations = Json.createArrayBuilder();
        for (Violation violation : invalid.violations()) {
            violations.add(Json.createObjectBuilder()
                    .add("field", violation.field())
                    .add("code", violation.code())
                    .add("message", violation.message()));
        }
        return violations.build();
    }
}
