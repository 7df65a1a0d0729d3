-- Schema 10: a runtime's latency per MoE layer per decode step when the layer's experts sit on a GPU (or in
-- unified memory); moe_layer_latency_us is then the latency with the experts in RAM. Fitted on the
-- calibration corpus for the llama.cpp family; 0 = none.
ALTER TABLE runtimes ADD COLUMN moe_layer_latency_gpu_us REAL NOT NULL DEFAULT 0 CHECK (moe_layer_latency_gpu_us >= 0);
