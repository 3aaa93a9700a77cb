package be.catalog.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.Region;

/**
 * The values a plan depends on are written into the statement, but only as words and numbers that need no quoting;
 * anything else becomes a parameter, numbered with the others.
 */
class SqlParametersTest {

    @Test
    void plainWordsAreWrittenAsLiteralsAndASetOfConstantsInOneOrder() {
        SqlParameters sql = new SqlParameters();

        assertThat(sql.literal("PUBLISHED")).isEqualTo("'PUBLISHED'");
        assertThat(sql.literal(new String[] { "chocolate", "chocolate-bars" }))
                .isEqualTo("ARRAY['chocolate', 'chocolate-bars']");
        assertThat(sql.literal(List.of(Region.WALLONIA, Region.BRUSSELS, Region.WALLONIA)))
                .isEqualTo("ARRAY['BRUSSELS', 'WALLONIA']");
        assertThat(sql.values()).isEmpty();
    }

    @Test
    void anythingThatWouldNeedQuotingBecomesAParameter() {
        SqlParameters sql = new SqlParameters();

        assertThat(sql.parameter(7L)).isEqualTo("$1");
        assertThat(sql.literal("o'brien")).isEqualTo("$2");
        assertThat(sql.literal(new String[] { "beer", "x\\' OR TRUE --" })).isEqualTo("$3");
        assertThat(sql.literal(new String[0])).isEqualTo("$4");
        assertThat(sql.literal("")).isEqualTo("$5");
        assertThat(sql.literal("a".repeat(65))).isEqualTo("$6");
        assertThat(sql.literal("crème")).isEqualTo("$7");
        assertThat(sql.literal("巧克力")).isEqualTo("$8");
        assertThat(sql.literal("beer; DROP")).isEqualTo("$9");
        assertThat(sql.literal("ｂｅｅｒ")).as("fullwidth letters").isEqualTo("$10");
        assertThat(sql.literal("a".repeat(64))).isEqualTo("'" + "a".repeat(64) + "'");
        assertThat(sql.values()).hasSize(10).startsWith(7L, "o'brien");
    }

    @Test
    void plainNumbersAreWrittenAsLiteralsAndOthersAsParameters() {
        SqlParameters sql = new SqlParameters();

        assertThat(sql.literal(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(sql.literal(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(sql.literal(new BigDecimal("-3"))).isEqualTo("-3");
        assertThat(sql.literal(new BigDecimal("1E+40"))).isEqualTo("$1");
        assertThat(sql.literal(new BigDecimal("0.0000001"))).isEqualTo("$2");
        assertThat(sql.values()).containsExactly(new BigDecimal("1E+40"), new BigDecimal("0.0000001"));
    }
}
