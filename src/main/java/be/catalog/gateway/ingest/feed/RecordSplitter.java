package be.catalog.gateway.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a byte stream into records at a delimiter (a line end, or {@code </listing>}), as the chunks arrive. Works on
 * bytes, not characters, so a UTF-8 character split across two chunks is never mangled, and each record is decoded on
 * its own: a bad byte costs one row, not the file. Only the record being read is held in memory, and at most
 * {@link #MAX_RECORD_BYTES} of it.
 */
public final class RecordSplitter {

    public static final int MAX_RECORD_BYTES = 1 << 20;

    private final byte[] delimiter;
    private final boolean keepDelimiter;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int matched;

    private RecordSplitter(byte[] delimiter, boolean keepDelimiter) {
        this.delimiter = delimiter;
        this.keepDelimiter = keepDelimiter;
    }

    public static RecordSplitter lines() {
        return new RecordSplitter(new byte[] { '\n' }, false);
    }

    public static RecordSplitter xmlListings() {
        return new RecordSplitter("</listing>".getBytes(StandardCharsets.US_ASCII), true);
    }

    /** The records completed by this chunk. */
    public List<byte[]> feed(byte[] chunk) {
        List<byte[]> records = new ArrayList<>();
        for (byte b : chunk) {
            current.write(b);
            matched = b == delimiter[matched] ? matched + 1 : (b == delimiter[0] ? 1 : 0);
            if (matched == delimiter.length) {
                byte[] bytes = current.toByteArray();
                records.add(keepDelimiter ? bytes : trimLineEnd(bytes, bytes.length - delimiter.length));
                current.reset();
                matched = 0;
            } else if (current.size() > MAX_RECORD_BYTES) {
                throw new FeedFailure("ROW_TOO_LONG", "a record is longer than " + MAX_RECORD_BYTES + " bytes");
            }
        }
        return records;
    }

    /** What is left after the last delimiter (a last line without line end), if anything. */
    public List<byte[]> finish() {
        byte[] rest = current.toByteArray();
        current.reset();
        return rest.length == 0 ? List.of() : List.of(keepDelimiter ? rest : trimLineEnd(rest, rest.length));
    }

    private static byte[] trimLineEnd(byte[] bytes, int end) {
        int length = end > 0 && bytes[end - 1] == '\r' ? end - 1 : end;
        byte[] line = new byte[length];
        System.arraycopy(bytes, 0, line, 0, length);
        return line;
    }
}
