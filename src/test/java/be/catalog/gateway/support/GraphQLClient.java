package be.catalog.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL documents to /graphql over real HTTP, anonymously or with a bearer token. */
public final class GraphQLClient {

    private final String token;

    private GraphQLClient(String token) {
        this.token = token;
    }

    public static GraphQLClient anonymous() {
        return new GraphQLClient(null);
    }

    public static GraphQLClient withToken(String token) {
        return new GraphQLClient(token);
    }

    public GraphQLResponse execute(String document) {
        return execute(document, Map.of());
    }

    /** Variables as alternating names and values: {@code execute(doc, "id", id, "first", 20)}. */
    public GraphQLResponse execute(String document, Object... variables) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            map.put((String) variables[i], variables[i + 1]);
        }
        return execute(document, map);
    }

    public GraphQLResponse execute(String document, Map<String, Object> variables) {
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        Response response = request.body(body).post("/graphql");
        return new GraphQLResponse(response.statusCode(), response.jsonPath());
    }
}
