package be.catalog.gateway.catalog;

/** Harmonized System codes are often written with dots or spaces ("1806.32"); they are stored as digits only. */
final class HsCodes {

    private HsCodes() {
    }

    static String normalize(String hsCode) {
        return hsCode == null ? null : hsCode.replaceAll("[.\\s]", "");
    }

    static boolean isValid(String hsCode) {
        return hsCode != null && hsCode.matches("[0-9]{6,10}");
    }
}
