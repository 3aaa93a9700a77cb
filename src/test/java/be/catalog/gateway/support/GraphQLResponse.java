package be.catalog.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** A GraphQL answer, with the assertions the specification tests make on it. */
public record GraphQLResponse(int status, JsonPath json) {

    public <T> T data(String path) {
        return json.get("data." + path);
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
