-- Schema 5: a GPU figure the vendor does not publish can say so. bf16_tflops 0 and tdp_w 0 mean
-- "not published"; fp8_tflops NULL means "FP8 support not published" (0 still means no FP8 hardware).
-- SQLite cannot alter a CHECK constraint: the table is rebuilt with the same columns in the same order.
CREATE TABLE gpus_new (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, vendor TEXT NOT NULL,
    class TEXT NOT NULL CHECK (class IN ('datacenter-training', 'datacenter-inference', 'workstation', 'consumer', 'unified-memory')),
    memory_gb REAL NOT NULL CHECK (memory_gb > 0), bandwidth_gbs REAL NOT NULL CHECK (bandwidth_gbs > 0),
    bf16_tflops REAL NOT NULL DEFAULT 0 CHECK (bf16_tflops >= 0), fp8_tflops REAL DEFAULT NULL CHECK (fp8_tflops IS NULL OR fp8_tflops >= 0),
    tdp_w REAL NOT NULL DEFAULT 0 CHECK (tdp_w >= 0), interconnect TEXT NOT NULL, link_gbs REAL NOT NULL DEFAULT 0,
    unified INTEGER NOT NULL DEFAULT 0, wired_fraction REAL NOT NULL DEFAULT 0,
    source TEXT NOT NULL, source_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
INSERT INTO gpus_new (id, name, vendor, class, memory_gb, bandwidth_gbs, bf16_tflops, fp8_tflops, tdp_w, interconnect, link_gbs, unified, wired_fraction, source, source_date, note)
    SELECT id, name, vendor, class, memory_gb, bandwidth_gbs, bf16_tflops, fp8_tflops, tdp_w, interconnect, link_gbs, unified, wired_fraction, source, source_date, note FROM gpus;
DROP TABLE gpus;
ALTER TABLE gpus_new RENAME TO gpus;
