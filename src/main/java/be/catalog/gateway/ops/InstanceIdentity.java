package be.catalog.gateway.ops;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which running instance this is: the host name (a Kubernetes pod's name) and a random suffix new at every start, so
 * that a restarted instance is never taken for its previous life. Stored with the work an instance owns (import jobs).
 */
@ApplicationScoped
public class InstanceIdentity {

    private final String id;

    public InstanceIdentity(@ConfigProperty(name = "HOSTNAME") Optional<String> hostname) {
        this.id = hostname.filter(h -> !h.isBlank()).orElse("instance") + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }
}
