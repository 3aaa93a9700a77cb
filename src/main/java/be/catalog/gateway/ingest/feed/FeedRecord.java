package be.catalog.gateway.ingest.feed;

import java.util.Map;

import be.catalog.gateway.graphql.Violation;

/**
 * One record of a feed: its row number and its fields by name, or, when the row could not even be read (bad encoding,
 * broken quoting or JSON), the reason.
 */
public record FeedRecord(int row, Map<String, String> fields, Violation unreadable) {

    public static FeedRecord of(int row, Map<String, String> fields) {
        return new FeedRecord(row, fields, null);
    }

    public static FeedRecord unreadable(int row, String code, String message) {
        return new FeedRecord(row, Map.of(), new Violation("row", code, message));
    }
}
