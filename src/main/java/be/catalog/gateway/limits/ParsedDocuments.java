package be.catalog.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.catalog.gateway.common.LruCache;
import be.catalog.gateway.limits.QueryLimits.Refusal;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;

/**
 * GraphQL documents parsed by the filters that look at a request before SmallRye GraphQL does (limits, GET caching).
 *
 * <p>Why a cache: storefronts send the same few documents with different variables, and parsing one took as long as
 * the rest of the filters together in a profile of {@code listing(id)}. SmallRye keeps its own parsed documents; these
 * are the filters'. Only short documents are kept, so that the cache stays small whatever clients send; graphql-java's
 * documents are immutable, so one is shared by concurrent requests.
 */
@ApplicationScoped
public class ParsedDocuments {

    /** A document, or why it could not be parsed. */
    public record Parsed(Document document, Refusal refusal) {
    }

    private static final int CACHED_DOCUMENT_MAX_LENGTH = 4_000;

    private final LruCache<String, Parsed> parsed;
    private final ParserOptions options;

    public ParsedDocuments(QueryLimitsConfig limits,
            @ConfigProperty(name = "catalog.limits.parsed-documents", defaultValue = "256") int capacity) {
        this.parsed = new LruCache<>(capacity);
        this.options = ParserOptions.newParserOptions().maxTokens(limits.maxTokens()).captureSourceLocation(false)
                .build();
    }

    public Parsed parse(String query) {
        return query.length() <= CACHED_DOCUMENT_MAX_LENGTH ? parsed.computeIfAbsent(query, this::parseNow)
                : parseNow(query);
    }

    private Parsed parseNow(String query) {
        try {
            return new Parsed(Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build()), null);
        } catch (ParseCancelledException e) {
            return new Parsed(null, new Refusal("TOO_MANY_TOKENS", "The document has more than "
                    + options.getMaxTokens() + " tokens"));
        } catch (InvalidSyntaxException e) {
            return new Parsed(null, new Refusal("INVALID_SYNTAX", "The document is not valid GraphQL: "
                    + e.getMessage()));
        }
    }
}
