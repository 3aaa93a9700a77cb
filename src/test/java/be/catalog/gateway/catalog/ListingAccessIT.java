package be.catalog.gateway.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The access rules again, against the packaged application: error paths once hung only in packaged and native
 * builds (quarkus#27414), so at least one error-answering suite runs there.
 */
@QuarkusIntegrationTest
class ListingAccessIT extends ListingAccessTest {
}
