package be.catalog.gateway.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Exchange rates set through the real setExchangeRate mutation, as a catalog operator. */
public final class Rates {

    public static final String SET = """
            mutation Set($input: ExchangeRateInput!) {
              setExchangeRate(input: $input) { currency rate date source setAt }
            }""";

    /** The source the tests' rates are stored with. */
    public static final String TEST_SOURCE = "European Central Bank reference rate (test)";

    private Rates() {
    }

    /** Rates are dated in Brussels time; a rate dated today outranks the migration's seed and older test rates. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    public static Map<String, Object> input(String currency, String rate, LocalDate date, String source) {
        Map<String, Object> input = new HashMap<>();
        input.put("currency", currency);
        input.put("rate", rate);
        input.put("date", date == null ? null : date.toString());
        input.put("source", source);
        return input;
    }

    /** Sets today's rate of {@code currency}; being the latest set for the latest date, it is the one in force. */
    public static GraphQLResponse setToday(String currency, String rate) {
        return GraphQLClient.withToken(Tokens.operator())
                .execute(SET, "input", input(currency, rate, today(), TEST_SOURCE)).ok();
    }
}
