package be.catalog.gateway.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseNumberTest {

    @Test
    void acceptsAValidNumberInEveryUsualNotation() {
        // 04031707 mod 97 = 96, and 97 - 96 = 01: the last two digits.
        assertThat(EnterpriseNumber.normalize("0403170701")).contains("0403170701");
        assertThat(EnterpriseNumber.normalize("0403.170.701")).contains("0403170701");
        assertThat(EnterpriseNumber.normalize("BE 0403 170 701")).contains("0403170701");
        assertThat(EnterpriseNumber.normalize("be0403170701")).contains("0403170701");
    }

    @Test
    void acceptsNumbersStartingWithOne() {
        // 10000000 mod 97 = 76, 97 - 76 = 21
        assertThat(EnterpriseNumber.normalize("1000000021")).contains("1000000021");
    }

    @Test
    void refusesWrongCheckDigits() {
        assertThat(EnterpriseNumber.normalize("0403170702")).isEmpty();
        assertThat(EnterpriseNumber.normalize("0403170700")).isEmpty();
    }

    @Test
    void refusesWrongShapes() {
        assertThat(EnterpriseNumber.normalize(null)).isEmpty();
        assertThat(EnterpriseNumber.normalize("")).isEmpty();
        assertThat(EnterpriseNumber.normalize("403170701")).isEmpty();
        assertThat(EnterpriseNumber.normalize("04031707011")).isEmpty();
        assertThat(EnterpriseNumber.normalize("2403170701")).isEmpty();
        assertThat(EnterpriseNumber.normalize("04O3170701")).isEmpty();
    }
}
