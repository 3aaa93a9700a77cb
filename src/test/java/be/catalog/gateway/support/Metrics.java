package be.catalog.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads /q/metrics (Prometheus text format) as an operator's scraper would. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of one sample, {@code labels} as printed ({@code a="x",b="y"}, empty for none); 0 when absent. */
    public static double value(String name, String labels) {
        String series = labels.isEmpty() ? name : name + "{" + labels + "}";
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)").matcher(scrape());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
