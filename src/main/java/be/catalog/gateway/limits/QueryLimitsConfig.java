package be.catalog.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what one GraphQL request may ask, checked before anything runs. */
@ConfigMapping(prefix = "catalog.limits")
public interface QueryLimitsConfig {

    /** Characters of the GraphQL document. */
    @WithDefault("16000")
    int maxDocumentLength();

    /** Lexical tokens of the document (graphql-java stops parsing beyond). */
    @WithDefault("3000")
    int maxTokens();

    /** Nesting of selections, fragments expanded. */
    @WithDefault("12")
    int maxDepth();

    /** Aliased fields in the operation. */
    @WithDefault("30")
    int maxAliases();

    /** Fields at the root of the operation. */
    @WithDefault("10")
    int maxRootFields();

    /** Estimated objects resolved: each field costs 1, times the page sizes of the lists around it. */
    @WithDefault("10000")
    int maxComplexity();

    /** Bytes of a GraphQL HTTP request body. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Operations in one batched (JSON array) request. */
    @WithDefault("5")
    int maxBatchSize();

    /** Whether {@code __schema} and {@code __type} are answered; developers need them, a public storefront API not. */
    @WithDefault("true")
    boolean introspection();
}
