package be.catalog.gateway.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import be.catalog.gateway.ingest.ImportFormat;

/**
 * Turns the records of a feed, as cut by {@link RecordSplitter}, into fields by name. One parser per import: the CSV
 * parser keeps its header.
 */
public abstract class FeedParser {

    private boolean first = true;

    public static FeedParser of(ImportFormat format) {
        return switch (format) {
            case CSV -> new CsvParser();
            case JSONL -> new JsonLinesParser();
            case XML -> new XmlParser();
        };
    }

    public static RecordSplitter splitterFor(ImportFormat format) {
        return format == ImportFormat.XML ? RecordSplitter.xmlListings() : RecordSplitter.lines();
    }

    /** The record numbered {@code row}; null for a record that holds no listing (a blank line, the CSV header). */
    public FeedRecord parse(int row, byte[] bytes) {
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            if (first) {
                throw new FeedFailure("INVALID_ENCODING", "the file does not start as UTF-8 text; save it as UTF-8");
            }
            return FeedRecord.unreadable(row, "INVALID_ENCODING", "the row is not UTF-8 text; save the file as UTF-8");
        }
        if (first && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        first = false;
        return parseText(row, text);
    }

    protected abstract FeedRecord parseText(int row, String text);

    /** Whether a listing record was ever seen, to tell an empty feed from one with only rejected rows. */
    public abstract boolean sawHeaderOrRecords();

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }
}
