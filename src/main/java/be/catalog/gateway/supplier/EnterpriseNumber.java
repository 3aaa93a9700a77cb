package be.catalog.gateway.supplier;

import java.util.Optional;

/**
 * Belgian enterprise number (KBO/BCE): ten digits, starting with 0 or 1, whose last two digits are
 * {@code 97 - (first eight digits mod 97)}. Written as 0403.170.701 or BE0403170701; stored as ten digits.
 */
public final class EnterpriseNumber {

    private EnterpriseNumber() {
    }

    /** The ten digits of a valid number, or empty when the format or the check digits are wrong. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().toUpperCase().replaceFirst("^BE", "").replaceAll("[.\\s]", "");
        if (!digits.matches("[01][0-9]{9}")) {
            return Optional.empty();
        }
        long body = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - (body % 97) == check ? Optional.of(digits) : Optional.empty();
    }
}
