package be.catalog.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog.security")
public interface SecurityConfig {

    /** Roles named {@code <prefix><AGENCY CODE>}, e.g. {@code agency:FIT}, let a token write for that agency. */
    @WithDefault("agency:")
    String agencyRolePrefix();

    /** The role of catalog operators, who keep reference data such as exchange rates; not tied to any agency. */
    @WithDefault("catalog:operator")
    String operatorRole();
}
