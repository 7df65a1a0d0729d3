-- Schema 1: the spec catalog. Every row carries its source and the date of that source.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE models (
    id TEXT PRIMARY KEY, name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('full', 'distill', 'other')),
    total_params_b REAL NOT NULL CHECK (total_params_b > 0),
    active_params_b REAL NOT NULL CHECK (active_params_b > 0 AND active_params_b <= total_params_b),
    layers INTEGER NOT NULL CHECK (layers > 0), dense_layers INTEGER NOT NULL DEFAULT 0,
    hidden_size INTEGER NOT NULL CHECK (hidden_size > 0), attention_heads INTEGER NOT NULL CHECK (attention_heads > 0),
    kv_heads INTEGER NOT NULL DEFAULT 0, head_dim INTEGER NOT NULL DEFAULT 0,
    attention TEXT NOT NULL CHECK (attention IN ('gqa', 'mla')),
    kv_lora_rank INTEGER NOT NULL DEFAULT 0, qk_rope_dim INTEGER NOT NULL DEFAULT 0,
    qk_nope_dim INTEGER NOT NULL DEFAULT 0, v_head_dim INTEGER NOT NULL DEFAULT 0,
    routed_experts INTEGER NOT NULL DEFAULT 0, experts_per_token INTEGER NOT NULL DEFAULT 0,
    shared_experts INTEGER NOT NULL DEFAULT 0, expert_ffn_dim INTEGER NOT NULL DEFAULT 0,
    vocab_size INTEGER NOT NULL CHECK (vocab_size > 0), tied_embeddings INTEGER NOT NULL DEFAULT 0,
    max_context INTEGER NOT NULL CHECK (max_context > 0), native_precision TEXT NOT NULL,
    quality_note TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, source_date TEXT NOT NULL);
CREATE TABLE model_aliases (
    alias TEXT PRIMARY KEY, model_id TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE);
CREATE TABLE quants (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL,
    bits_per_weight REAL NOT NULL CHECK (bits_per_weight > 0 AND bits_per_weight <= 32),
    non_expert_bits REAL NOT NULL DEFAULT 0, needs_native_fp8 INTEGER NOT NULL DEFAULT 0,
    compute_bytes REAL NOT NULL DEFAULT 2, quality_note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL, source_date TEXT NOT NULL);
CREATE TABLE model_files (
    model_id TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    quant_id TEXT NOT NULL REFERENCES quants(id) ON DELETE CASCADE,
    file_gb REAL NOT NULL CHECK (file_gb > 0), source TEXT NOT NULL, source_date TEXT NOT NULL,
    PRIMARY KEY (model_id, quant_id));
CREATE TABLE gpus (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, vendor TEXT NOT NULL,
    class TEXT NOT NULL CHECK (class IN ('datacenter-training', 'datacenter-inference', 'workstation', 'consumer', 'unified-memory')),
    memory_gb REAL NOT NULL CHECK (memory_gb > 0), bandwidth_gbs REAL NOT NULL CHECK (bandwidth_gbs > 0),
    bf16_tflops REAL NOT NULL CHECK (bf16_tflops > 0), fp8_tflops REAL NOT NULL DEFAULT 0,
    tdp_w REAL NOT NULL CHECK (tdp_w > 0), interconnect TEXT NOT NULL, link_gbs REAL NOT NULL DEFAULT 0,
    unified INTEGER NOT NULL DEFAULT 0, wired_fraction REAL NOT NULL DEFAULT 0,
    source TEXT NOT NULL, source_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE TABLE cpus (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, vendor TEXT NOT NULL,
    cores INTEGER NOT NULL CHECK (cores > 0), base_ghz REAL NOT NULL CHECK (base_ghz > 0),
    memory_channels INTEGER NOT NULL CHECK (memory_channels > 0),
    memory_type TEXT NOT NULL CHECK (memory_type IN ('ddr4', 'ddr5', 'lpddr5')),
    memory_mts INTEGER NOT NULL CHECK (memory_mts > 0), amx INTEGER NOT NULL DEFAULT 0, avx512 INTEGER NOT NULL DEFAULT 0,
    tdp_w REAL NOT NULL CHECK (tdp_w > 0), source TEXT NOT NULL, source_date TEXT NOT NULL);
CREATE TABLE runtimes (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, formats TEXT NOT NULL, gpu_vendors TEXT NOT NULL DEFAULT '',
    mla_compressed_kv INTEGER NOT NULL DEFAULT 1, layer_offload INTEGER NOT NULL DEFAULT 0,
    expert_offload INTEGER NOT NULL DEFAULT 0, tensor_parallel INTEGER NOT NULL DEFAULT 0,
    pipeline_across_machines INTEGER NOT NULL DEFAULT 0,
    memory_reservation REAL NOT NULL DEFAULT 0 CHECK (memory_reservation >= 0 AND memory_reservation <= 1),
    gpu_overhead_gb REAL NOT NULL DEFAULT 0, max_batch INTEGER NOT NULL DEFAULT 1 CHECK (max_batch > 0),
    gpu_bw_eff REAL NOT NULL CHECK (gpu_bw_eff > 0 AND gpu_bw_eff <= 1),
    cpu_bw_eff REAL NOT NULL CHECK (cpu_bw_eff > 0 AND cpu_bw_eff <= 1),
    unified_bw_eff REAL NOT NULL CHECK (unified_bw_eff > 0 AND unified_bw_eff <= 1),
    compute_eff REAL NOT NULL CHECK (compute_eff > 0 AND compute_eff <= 1),
    step_overhead_ms REAL NOT NULL DEFAULT 0, hop_latency_ms REAL NOT NULL DEFAULT 0,
    source TEXT NOT NULL, source_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
