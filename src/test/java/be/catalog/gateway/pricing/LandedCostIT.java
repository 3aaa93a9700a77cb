package be.catalog.gateway.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The landed-cost specification again, against the packaged application: the tax data files must be found in the
 * packaged (and later native) build, and its error paths (TAX_RATE_UNAVAILABLE, INVALID_QUANTITY) answer there too.
 */
@QuarkusIntegrationTest
class LandedCostIT extends LandedCostTest {
}
