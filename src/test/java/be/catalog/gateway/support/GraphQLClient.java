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
    private final Map<String, String> headers;
    private final String endpoint;

    private GraphQLClient(String token, Map<String, String> headers, String endpoint) {
        this.token = token;
        this.headers = headers;
        this.endpoint = endpoint;
    }

    public static GraphQLClient anonymous() {
        return new GraphQLClient(null, Map.of(), "/graphql");
    }

    public static GraphQLClient withToken(String token) {
        return new GraphQLClient(token, Map.of(), "/graphql");
    }

    /** The same client, talking to another instance: {@code graphql} is its endpoint, http://host:port/graphql. */
    public GraphQLClient at(java.net.URI graphql) {
        return new GraphQLClient(token, headers, graphql.toString());
    }

    public String token() {
        return token;
    }

    /** The same client, sending one more header with every request. */
    public GraphQLClient header(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new GraphQLClient(token, more, endpoint);
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
        request.headers(headers);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        Response response = request.body(body).post(endpoint);
        return new GraphQLResponse(response.statusCode(), response.jsonPath());
    }
}
