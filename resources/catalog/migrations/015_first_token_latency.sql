-- Schema 15: how a serving engine takes a prompt and what a request waits besides the arithmetic.
-- (1) first_token_latency_ms: a runtime's fixed part of a request's time to first token, in ms: a
-- serving benchmark's TTFT (sglang.bench_serving) is the client's wait from sending the request to
-- the first streamed token. Fitted per runtime; 0 = none.
-- (2) prefill_chunk_tokens / prefill_chunk_below_gb: the prompt tokens one prefill forward pass takes
-- when a build sets no micro-batch, by the GPU's memory: the i-th chunk applies below the i-th memory
-- figure (GB), the last one above them all (SGLang sets --chunked-prefill-size so by default:
-- python/sglang/srt/server_args.py). Empty = llama.cpp's physical batch (-ub, 512 tokens).
-- The seed sets each runtime's values: import the seed again.
ALTER TABLE runtimes ADD COLUMN first_token_latency_ms REAL NOT NULL DEFAULT 0;
ALTER TABLE runtimes ADD COLUMN prefill_chunk_tokens TEXT NOT NULL DEFAULT '';
ALTER TABLE runtimes ADD COLUMN prefill_chunk_below_gb TEXT NOT NULL DEFAULT '';
DELETE FROM meta WHERE key = 'seed_version';
