package be.catalog.gateway.agency;

import org.eclipse.microprofile.graphql.Description;

@Description("Belgium's three regions, each with its own trade agency.")
public enum Region {
    FLANDERS,
    BRUSSELS,
    WALLONIA
}
