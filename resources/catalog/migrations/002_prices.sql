-- Schema 2: platforms and dated price records. 'system' prices are whole machines as quoted (part id "<gpu id>:<GPU count>"),
-- used as market references, never as bill-of-materials lines. Prices are never updated in place: a new quote is a new row.
CREATE TABLE platforms (
    id TEXT PRIMARY KEY, name TEXT NOT NULL,
    gpu_slots INTEGER NOT NULL CHECK (gpu_slots >= 0), sockets INTEGER NOT NULL CHECK (sockets > 0),
    memory_type TEXT NOT NULL CHECK (memory_type IN ('ddr4', 'ddr5', 'lpddr5')),
    dimms_per_channel INTEGER NOT NULL DEFAULT 2 CHECK (dimms_per_channel > 0),
    psu_w REAL NOT NULL DEFAULT 0, bundled_cpu TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL, source_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE TABLE prices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    part_kind TEXT NOT NULL CHECK (part_kind IN ('gpu', 'cpu', 'memory', 'platform', 'nvme', 'nic', 'system')),
    part_id TEXT NOT NULL, vendor TEXT NOT NULL DEFAULT '',
    price REAL NOT NULL CHECK (price > 0),
    currency TEXT NOT NULL CHECK (currency IN ('CNY', 'USD')),
    condition TEXT NOT NULL CHECK (condition IN ('new', 'used', 'refurbished')),
    price_date TEXT NOT NULL, source TEXT NOT NULL CHECK (length(source) > 0), note TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (part_kind, part_id, vendor, condition, price_date, price, currency));
CREATE INDEX prices_by_part ON prices (part_kind, part_id, condition, price_date);
