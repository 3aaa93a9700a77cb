package be.catalog.gateway.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One euro exchange rate as an operator set it. Rows are only ever added (the table is the history of rates); reads
 * of the rates in force go through {@link ExchangeRateView}.
 */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_rate_seq")
    @SequenceGenerator(name = "exchange_rate_seq", sequenceName = "exchange_rate_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, columnDefinition = "char(3)")
    public Currency currency;

    @Column(nullable = false, updatable = false, precision = 18, scale = 8)
    public BigDecimal rate;

    @Column(name = "valid_on", nullable = false, updatable = false)
    public LocalDate validOn;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String source;

    @Column(name = "set_at", nullable = false, updatable = false)
    public Instant setAt;

    /** Subject of the operator's token. */
    @Column(name = "set_by", updatable = false, columnDefinition = "text")
    public String setBy;

    public ExchangeRateView toView() {
        return new ExchangeRateView(currency, rate, validOn, source, setAt.atOffset(ZoneOffset.UTC));
    }
}
