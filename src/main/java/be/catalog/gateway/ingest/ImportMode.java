package be.catalog.gateway.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("How an import treats the agency's listings that are not in the file.")
public enum ImportMode {
    @Description("They stay as they are (the default)")
    MERGE,
    @Description("?mode=full-sync: once the file is imported successfully, they are WITHDRAWN (not deleted)")
    FULL_SYNC
}
