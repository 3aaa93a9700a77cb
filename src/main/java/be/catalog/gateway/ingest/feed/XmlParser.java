package be.catalog.gateway.ingest.feed;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML export: {@code <listings><listing><externalId>...</externalId>...</listing>...</listings>}, one child
 * element per field, named as the CSV columns; {@code certifications} holds {@code <certification>} elements or a
 * {@code |}-separated text. Each {@code <listing>} is parsed on its own (the splitter hands them over one by one), so
 * the file is never held whole; DTDs and external entities are refused.
 */
final class XmlParser extends FeedParser {

    private static final Pattern LISTING_START = Pattern.compile("<listing[\\s>/]");
    private static final XMLInputFactory FACTORY = factory();

    private int records;

    @Override
    protected FeedRecord parseText(int row, String text) {
        Matcher start = LISTING_START.matcher(text);
        if (!start.find()) {
            return null; // the closing </listings> and whatever follows the last listing
        }
        int number = ++records;
        try {
            return FeedRecord.of(number, fields(text.substring(start.start())));
        } catch (XMLStreamException | RuntimeException e) {
            return FeedRecord.unreadable(number, "MALFORMED_ROW", "the <listing> element is not well-formed XML");
        }
    }

    @Override
    public boolean sawHeaderOrRecords() {
        return records > 0;
    }

    private static Map<String, String> fields(String listing) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(listing));
        Map<String, String> fields = new HashMap<>();
        StringBuilder certifications = new StringBuilder();
        int depth = 0;
        String field = null;
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 || (depth == 3 && "certification".equals(reader.getLocalName()))) {
                    field = reader.getLocalName();
                    text.setLength(0);
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 3 && "certification".equals(field)) {
                    certifications.append(certifications.length() == 0 ? "" : "|").append(text.toString().strip());
                    field = "certifications";
                } else if (depth == 2 && field != null) {
                    if (!"certifications".equals(field) || certifications.length() == 0) {
                        fields.put(field, text.toString().strip());
                    } else {
                        fields.put(field, certifications.toString());
                    }
                    field = null;
                }
                depth--;
                if (depth == 0) {
                    break;
                }
            }
        }
        reader.close();
        return fields;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
