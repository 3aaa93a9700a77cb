package be.catalog.gateway.pricing;

import org.eclipse.microprofile.graphql.Description;

/** Destinations whose import rules the catalog knows; an enum so that a new one is a deliberate addition. */
@Description("A destination country (ISO 3166-1 alpha-2) whose import rules the catalog knows.")
public enum Country {
    @Description("Mainland China (cross-border e-commerce retail import rules)")
    CN
}
