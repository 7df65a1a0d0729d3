-- Schema 16 (the 13th file in this branch; numbered 016 to leave 013-015 to other branches): a runtime's
-- fixed part of a request's time to first token, in ms, apart from the prefill arithmetic: a serving
-- benchmark's TTFT (sglang.bench_serving) is the client's wait from sending the request to the first
-- streamed token. Fitted per runtime; 0 = none. The seed sets each runtime's value: import the seed again.
ALTER TABLE runtimes ADD COLUMN first_token_latency_ms REAL NOT NULL DEFAULT 0;
DELETE FROM meta WHERE key = 'seed_version';
