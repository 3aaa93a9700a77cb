package be.catalog.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * An answer is written character for character as SmallRye GraphQL writes it, whatever its values; what this writer
 * does not know is left to SmallRye.
 */
class ResponseJsonTest {

    private enum Region {
        FLANDERS
    }

    @Test
    void everyValueGraphqlJavaProducesIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("title", "榛子黑巧克力 \"Côte d'Or\" \\ 🍫");
        listing.put("controls", "tab\t line\n return\r feed\f back\b bell\u0007 unit\u001f delete\u007f");
        listing.put("separators", "\u2028\u2029 </script>");
        listing.put("empty", "");
        listing.put("missing", null);
        listing.put("count", 42);
        listing.put("big", Long.MAX_VALUE);
        listing.put("short", (short) -7);
        listing.put("byte", (byte) 3);
        listing.put("huge", new BigInteger("123456789012345678901234567890"));
        listing.put("amount", new BigDecimal("24.60"));
        listing.put("scientific", new BigDecimal("1E+3"));
        listing.put("double", 0.1);
        listing.put("wholeDouble", 100.0);
        listing.put("largeDouble", 1.0e10);
        listing.put("smallDouble", 1.0e-7);
        listing.put("float", 1.1f);
        listing.put("published", true);
        listing.put("archived", false);
        listing.put("region", Region.FLANDERS);
        listing.put("tags", List.of("pralines", "gift"));
        listing.put("none", new ArrayList<>());
        listing.put("nothing", new LinkedHashMap<>());
        listing.put("nulls", Arrays.asList(null, "x", null));
        listing.put("edges", List.of(Map.of("node", Map.of("id", "TGlzdGluZzox")), List.of(List.of(1, 2))));
        ExecutionResult result = data(Map.of("listing", listing));

        assertThat(ResponseJson.render(result, null)).isEqualTo(smallRye(result)).contains("\\u0007", "\\u001f",
                "榛子");
    }

    @Test
    void aNullAnswerIsWrittenAsSmallRyeWritesIt() {
        ExecutionResult result = data(null);

        assertThat(ResponseJson.render(result, Map.of())).isEqualTo(smallRye(result)).isEqualTo("{\"data\":null}");
    }

    @Test
    void answersWithErrorsAreLeftToSmallRye() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(Map.of("listing", "x"))
                .addError(GraphqlErrorBuilder.newError().message("no").build()).build();

        assertThat(ResponseJson.render(result, null)).isNull();
    }

    @Test
    void answersWithExtensionsAreLeftToSmallRye() {
        ExecutionResult withExtensions = ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .extensions(Map.of("cost", 3)).build();

        assertThat(ResponseJson.render(withExtensions, null)).isNull();
        assertThat(ResponseJson.render(data(Map.of("a", 1)), Map.of("cost", 3))).as("added by a resolver").isNull();
    }

    @Test
    void theTextTakenForAnETagIsTheOneWrittenRightAfterOnce() {
        ExecutionResult result = data(Map.of("listing", Map.of("id", "TGlzdGluZzox")));

        String forTheETag = ResponseJson.text(result);

        assertThat(new DirectJsonExecutionService.DirectJsonResponse(result, null).getExecutionResultAsString())
                .isSameAs(forTheETag);
        assertThat(new DirectJsonExecutionService.DirectJsonResponse(result, null).getExecutionResultAsString())
                .as("written anew").isNotSameAs(forTheETag).isEqualTo(forTheETag);
        ResponseJson.text(result);
        assertThat(new DirectJsonExecutionService.DirectJsonResponse(data(Map.of("a", 1)), null)
                .getExecutionResultAsString()).as("another answer").isEqualTo("{\"data\":{\"a\":1}}");
    }

    @Test
    void aResponseWithExtensionsAddedByAResolverIsSmallRyesAndKeepsThem() {
        ExecutionResult result = data(Map.of("a", 1));
        Map<String, Object> added = Map.of("cost", 3);

        assertThat(new DirectJsonExecutionService.DirectJsonResponse(result, added).getExecutionResultAsString())
                .isEqualTo(new ExecutionResponse(result, added).getExecutionResultAsString())
                .contains("\"extensions\":{\"cost\":3}");
    }

    @Test
    void valuesSmallRyeConvertsItselfAreLeftToIt() {
        assertThat(ResponseJson.render(data(Map.of("day", LocalDate.of(2026, 12, 1))), null)).as("through JSON-B")
                .isNull();
        assertThat(ResponseJson.render(data(Map.of("json", Json.createObjectBuilder().add("a", 1).build())), null))
                .as("a jakarta.json value").isNull();
    }

    @Test
    void aResultWithoutDataIsLeftToSmallRye() {
        assertThat(ResponseJson.render(ExecutionResultImpl.newExecutionResult().build(), null)).isNull();
    }

    private static ExecutionResult data(Object data) {
        return ExecutionResultImpl.newExecutionResult().data(data).build();
    }

    private static String smallRye(ExecutionResult result) {
        return new ExecutionResponse(result).getExecutionResultAsString();
    }
}
