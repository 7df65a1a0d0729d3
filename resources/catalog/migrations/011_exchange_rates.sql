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
-- Prices may now be stated in any ISO 4217 currency, not only CNY and USD. SQLite cannot alter a CHECK
-- constraint: the table is rebuilt with the same columns in the same order. The rows are copied in id order
-- without their ids, so new ids follow them on SQLite and PostgreSQL alike (nothing refers to a price id).
CREATE TABLE prices_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    part_kind TEXT NOT NULL CHECK (part_kind IN ('gpu', 'cpu', 'memory', 'platform', 'nvme', 'nic', 'system')),
    part_id TEXT NOT NULL, vendor TEXT NOT NULL DEFAULT '',
    price REAL NOT NULL CHECK (price > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    condition TEXT NOT NULL CHECK (condition IN ('new', 'used', 'refurbished')),
    price_date TEXT NOT NULL, source TEXT NOT NULL CHECK (length(source) > 0), note TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (part_kind, part_id, vendor, condition, price_date, price, currency));
INSERT INTO prices_new (part_kind, part_id, vendor, price, currency, condition, price_date, source, note, builtin, added_at)
    SELECT part_kind, part_id, vendor, price, currency, condition, price_date, source, note, builtin, added_at FROM prices ORDER BY id;
DROP TABLE prices;
ALTER TABLE prices_new RENAME TO prices;
CREATE INDEX prices_by_part ON prices (part_kind, part_id, condition, price_date);
-- The rates are seed rows: import the seed again after this step.
DELETE FROM meta WHERE key = 'seed_version';
