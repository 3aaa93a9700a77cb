package be.catalog.gateway.database;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Positional parameters ($1, $2, ...) of a statement, numbered as they are added, and the values written into the
 * statement instead.
 * <p>
 * The driver prepares each statement once per connection, and after five executions PostgreSQL keeps one generic
 * plan for it if that plan is estimated no dearer than planning anew. A generic plan knows nothing of its parameters:
 * with the filter's region and category as parameters it walked the newest listings for "Brussels + skincare" too,
 * which has none (the whole catalog, 140 ms), and with the page size as a parameter it estimated a tenth of the
 * catalog, so it was never kept and every page was planned again (1 ms of planning for 0.3 ms of execution). So the
 * values the plan depends on (a filter's regions, agencies, categories, status and prices, and the page size) are
 * {@linkplain #literal written into the statement}: each combination is its own statement, planned for its values
 * once per connection, and the read pool keeps that plan ({@link DatabaseConfig.PlanCacheMode}; src/bench/README.md,
 * finding 24). Values the plan hardly depends on stay parameters: a search term (inside its sub-select, where the
 * planner cannot see it), a name pattern (no index serves {@code ILIKE '%...%'}, every plan reads the rows in order),
 * a keyset position, an id.
 * <p>
 * Each combination of such values is a statement of its own in the driver's per-connection cache and a plan in each
 * PostgreSQL backend. The cache is bounded ({@code DB_STATEMENT_CACHE_SIZE}) and drops the least recently used: a
 * filter seldom asked for is prepared again when it comes back, as every page was planned again before.
 */
public final class SqlParameters {

    /** The longest word written as a literal. */
    private static final int PLAIN_WORD_MAX_LENGTH = 64;
    /** A number's literal, short enough that the statement stays in the driver's cache. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

    private final List<Object> parameters = new ArrayList<>();

    /** Adds a parameter and returns its placeholder. */
    public String parameter(Object value) {
        parameters.add(value);
        return "$" + parameters.size();
    }

    /** The values as a text array literal when they are all plain words, else a parameter holding them. */
    public String literal(String[] values) {
        if (values.length == 0 || !Arrays.stream(values).allMatch(SqlParameters::isPlainWord)) {
            return parameter(values);
        }
        return Arrays.stream(values).collect(Collectors.joining("', '", "ARRAY['", "']"));
    }

    /**
     * The constants' names as a text array literal, in declaration order and each once, so that the same set is the
     * same statement whichever order it was asked in.
     */
    public String literal(Collection<? extends Enum<?>> values) {
        return literal(values.stream().distinct().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name)
                .toArray(String[]::new));
    }

    /** The value as a text literal when it is a plain word, else a parameter. */
    public String literal(String value) {
        return isPlainWord(value) ? "'" + value + "'" : parameter(value);
    }

    /**
     * What is written as a literal: {@code [A-Za-z0-9_-]{1,64}}, words that need no quoting rule, whatever the
     * server's string settings. Checked by hand: a regular expression per value (a category and its descendants are
     * a dozen) was 1.4% of the CPU of a page of listings (src/bench/README.md, finding 30).
     */
    static boolean isPlainWord(String value) {
        int length = value.length();
        if (length == 0 || length > PLAIN_WORD_MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The number as a numeric literal when it is plainly written, else a parameter. */
    public String literal(BigDecimal value) {
        String plain = value.toPlainString();
        return PLAIN_NUMBER.matcher(plain).matches() ? plain : parameter(value);
    }

    public Object[] values() {
        return parameters.toArray();
    }

    public Tuple parameters() {
        return Tuple.from(parameters);
    }
}
