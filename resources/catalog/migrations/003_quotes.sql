-- Schema 3: quotes as issued. The data holds every figure the PDF shows (builds, results, bill of
-- materials, checklist, chart series), so a stored quote exports again with the same numbers.
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    total REAL NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'CNY',
    data TEXT NOT NULL,
    file TEXT NOT NULL DEFAULT '');
INSERT OR IGNORE INTO meta (key, value) VALUES ('quote_sequence', '0');
