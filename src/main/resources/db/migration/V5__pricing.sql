-- Exchange rates for showing euro prices in a buyer's currency (pricing feature).
-- Append-only: every setExchangeRate adds a row, so the history of rates and who set them stays auditable.
-- The rate in force for a currency is the one with the latest date; among rates of the same date, the last one set
-- (a correction). Rates are EUR-based: 1 EUR = rate units of currency.

CREATE SEQUENCE exchange_rate_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE exchange_rate (
    id             bigint         PRIMARY KEY,
    base_currency  char(3)        NOT NULL DEFAULT 'EUR' CHECK (base_currency = 'EUR'),
    currency       char(3)        NOT NULL CHECK (currency ~ '^[A-Z]{3}$' AND currency <> 'EUR'),
    -- exact decimal, never a float; the ECB publishes at most 5 significant digits
    rate           numeric(18,8)  NOT NULL CHECK (rate > 0),
    -- the day the rate is published for (e.g. an ECB reference rate's date)
    valid_on       date           NOT NULL,
    source         text           NOT NULL CHECK (length(btrim(source)) > 0),
    set_at         timestamptz    NOT NULL DEFAULT now(),
    -- subject of the operator's token; NULL for rates shipped with the migrations
    set_by         text
);

-- The read path asks for the latest row per currency: one index walk per currency.
CREATE INDEX exchange_rate_latest_idx ON exchange_rate (currency, valid_on DESC, set_at DESC, id DESC);

-- A starting point so that prices in yuan and dollars work out of the box. Operators replace it with
-- setExchangeRate. Values: euro foreign exchange reference rates of the European Central Bank of 12 April 2024
-- (https://www.ecb.europa.eu/stats/eurofxref/, file eurofxref-hist.csv).
INSERT INTO exchange_rate (id, currency, rate, valid_on, source) VALUES
    (nextval('exchange_rate_seq'), 'CNY', 7.7094, DATE '2024-04-12', 'European Central Bank reference rate'),
    (nextval('exchange_rate_seq'), 'USD', 1.0652, DATE '2024-04-12', 'European Central Bank reference rate');
