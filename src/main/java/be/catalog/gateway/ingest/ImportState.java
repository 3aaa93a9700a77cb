package be.catalog.gateway.ingest;

public enum ImportState {
    RUNNING, SUCCEEDED, FAILED
}
