-- Schema 13: MRDIMM as a memory type, and a runtime that runs on CPUs alone.
-- (1) cpus and platforms accept every memory type the engine knows (model/cost.cpp kMemoryTypeIds):
-- ddr4, ddr5, lpddr5, mrdimm (DDR5 multiplexed-rank DIMMs, Xeon 6), lpddr4x, lpddr5x. SQLite cannot
-- alter a CHECK constraint: each table is rebuilt with the same columns in the same order.
-- (2) cpus.mrdimm_mts: the MRDIMM speed the CPU's product page states (Intel ARK "Max Memory Speed":
-- Xeon 6980P "DDR5 6400 MT/s, MRDIMM 8800 MT/s"); NULL = no MRDIMM support. A build states
-- memory_type mrdimm to run the CPU's channels at that speed.
-- (3) runtimes.cpu_backend: the runtime runs without a GPU on its own CPU kernels; with tensor_parallel
-- its ranks map to NUMA nodes (SGLang --device cpu: "we mapped the Tensor Parallel (TP) for multi-GPU
-- to multi-numa on a CPU server", lmsys.org/blog/2025-07-14-intel-xeon-optimization). The seed sets it.
CREATE TABLE cpus_new (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, vendor TEXT NOT NULL,
    cores INTEGER NOT NULL CHECK (cores > 0), base_ghz REAL NOT NULL CHECK (base_ghz > 0),
    memory_channels INTEGER NOT NULL CHECK (memory_channels > 0),
    memory_type TEXT NOT NULL CHECK (memory_type IN ('ddr4', 'ddr5', 'lpddr5', 'mrdimm', 'lpddr4x', 'lpddr5x')),
    memory_mts INTEGER NOT NULL CHECK (memory_mts > 0), amx INTEGER NOT NULL DEFAULT 0, avx512 INTEGER NOT NULL DEFAULT 0,
    tdp_w REAL NOT NULL CHECK (tdp_w > 0), source TEXT NOT NULL, source_date TEXT NOT NULL,
    max_sockets INTEGER CHECK (max_sockets IS NULL OR max_sockets BETWEEN 1 AND 8),
    mrdimm_mts INTEGER CHECK (mrdimm_mts IS NULL OR mrdimm_mts > 0));
INSERT INTO cpus_new (id, name, vendor, cores, base_ghz, memory_channels, memory_type, memory_mts, amx, avx512, tdp_w, source, source_date, max_sockets)
    SELECT id, name, vendor, cores, base_ghz, memory_channels, memory_type, memory_mts, amx, avx512, tdp_w, source, source_date, max_sockets FROM cpus;
DROP TABLE cpus;
ALTER TABLE cpus_new RENAME TO cpus;
CREATE TABLE platforms_new (
    id TEXT PRIMARY KEY, name TEXT NOT NULL,
    gpu_slots INTEGER NOT NULL CHECK (gpu_slots >= 0), sockets INTEGER NOT NULL CHECK (sockets > 0),
    memory_type TEXT NOT NULL CHECK (memory_type IN ('ddr4', 'ddr5', 'lpddr5', 'mrdimm', 'lpddr4x', 'lpddr5x')),
    dimms_per_channel INTEGER NOT NULL DEFAULT 2 CHECK (dimms_per_channel > 0),
    psu_w REAL NOT NULL DEFAULT 0, bundled_cpu TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL, source_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
INSERT INTO platforms_new (id, name, gpu_slots, sockets, memory_type, dimms_per_channel, psu_w, bundled_cpu, source, source_date, note)
    SELECT id, name, gpu_slots, sockets, memory_type, dimms_per_channel, psu_w, bundled_cpu, source, source_date, note FROM platforms;
DROP TABLE platforms;
ALTER TABLE platforms_new RENAME TO platforms;
ALTER TABLE runtimes ADD COLUMN cpu_backend INTEGER NOT NULL DEFAULT 0;
DELETE FROM meta WHERE key = 'seed_version';
