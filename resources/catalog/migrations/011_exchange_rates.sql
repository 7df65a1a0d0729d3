-- Schema 11: what one unit of a currency was worth in CNY on a date, with who published it (CFETS central
-- parity, or the ECB reference rates crossed through their CNY rate). A price in EUR, JPY, GBP, HKD, INR...
-- converts at the rate of its currency nearest its date; a currency without a rate leaves the part unpriced.
-- USD is not converted through this table: its rate is the user's setting.
CREATE TABLE exchange_rates (
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    cny_per_unit REAL NOT NULL CHECK (cny_per_unit > 0),
    rate_date TEXT NOT NULL,
    source TEXT NOT NULL CHECK (length(source) > 0),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (currency, rate_date));
-- The rates are seed rows: import the seed again after this step.
DELETE FROM meta WHERE key = 'seed_version';
