package be.catalog.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/** A GraphQL answer, with the assertions the specification tests make on it. */
public record GraphQLResponse(int status, JsonPath json) {

    public <T> T data(String path) {
        return json.get("data." + path);
    }

    /** A number of the data exactly as sent (money, rates), where {@link #data} would give a float. */
    public BigDecimal decimal(String path) {
        Object value = JsonPath.from(json.prettify())
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL))
                .get("data." + path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    public List<Map<String, Object>> errors() {
        return json.getList("errors");
    }

    /** Asserts HTTP 200 without errors and returns this for reading data. */
    public GraphQLResponse ok() {
        assertThat(status).as("HTTP status of %s", json.prettify()).isEqualTo(200);
        assertThat(errors()).as("errors of %s", json.prettify()).isNullOrEmpty();
        return this;
    }

    /** Asserts the request failed with exactly this code in {@code errors[0].extensions.code}. */
    public GraphQLResponse failsWith(String code) {
        assertThat(errors()).as("errors of %s", json.prettify()).isNotEmpty();
        assertThat(json.getString("errors[0].extensions.code")).as(json.prettify()).isEqualTo(code);
        return this;
    }

    public String errorField() {
        return json.getString("errors[0].extensions.field");
    }

    public String errorMessage() {
        return json.getString("errors[0].message");
    }
}
