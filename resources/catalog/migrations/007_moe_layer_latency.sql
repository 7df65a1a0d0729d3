-- Schema 7: a runtime's latency per MoE layer per decode step (routing and expert kernels), fitted on
-- the calibration corpus for the llama.cpp family like the other efficiency factors; 0 = none.
ALTER TABLE runtimes ADD COLUMN moe_layer_latency_us REAL NOT NULL DEFAULT 0 CHECK (moe_layer_latency_us >= 0);
