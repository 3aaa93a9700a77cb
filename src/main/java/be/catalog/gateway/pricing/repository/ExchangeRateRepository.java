package be.catalog.gateway.pricing.repository;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.pricing.ExchangeRate;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Write side: exchange rates as entities, inside the transactions of {@code ExchangeRateService}. */
@ApplicationScoped
public class ExchangeRateRepository implements PanacheRepository<ExchangeRate> {
}
