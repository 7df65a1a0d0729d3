-- Schema: the names offers use for parts (e-commerce titles, spec tables, quotes), with memory
-- variants the catalog's part lacks ("4090 48G", "H20 141G", "M3 Ultra 256GB") and CPU families read
-- as their generation's catalog part. The claim extractor reads these rows, not tables in code.
CREATE TABLE part_aliases (
    alias TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('gpu', 'cpu', 'quant', 'runtime', 'model')),
    part_id TEXT NOT NULL,
    memory_gb REAL NOT NULL DEFAULT 0 CHECK (memory_gb >= 0),
    approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, alias));
