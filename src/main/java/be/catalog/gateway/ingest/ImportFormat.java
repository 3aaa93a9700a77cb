package be.catalog.gateway.ingest;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

@Description("Format of an imported feed file.")
public enum ImportFormat {
    @Description("CSV, UTF-8 with or without BOM, ';' or ',' (taken from the header line)")
    CSV,
    @Description("JSON Lines: one flat JSON object per line")
    JSONL,
    @Description("XML: <listings><listing>...</listing></listings>")
    XML;

    /** The format of a request: {@code ?format=} first, else its Content-Type. */
    public static Optional<ImportFormat> of(String formatParameter, String contentType) {
        if (formatParameter != null) {
            try {
                return Optional.of(valueOf(formatParameter.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return Optional.of(CSV);
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/x-jsonlines")) {
            return Optional.of(JSONL);
        }
        if (type.startsWith("application/xml") || type.startsWith("text/xml")) {
            return Optional.of(XML);
        }
        return Optional.empty();
    }
}
