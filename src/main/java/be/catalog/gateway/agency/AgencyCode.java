package be.catalog.gateway.agency;

import org.eclipse.microprofile.graphql.Description;

@Description("The regional trade agency that posts and manages a listing.")
public enum AgencyCode {
    @Description("Flanders Investment & Trade")
    FIT,
    @Description("hub.brussels")
    HUB,
    @Description("AWEX, Wallonia Export & Investment Agency")
    AWEX
}
