-- Schema 14: a runtime's latency floor per weight matrix a token passes through in a decode step
-- (us): at decode batch sizes each matmul is a thin kernel whose duration does not fall below launch
-- gap + ramp-up + tail whatever it reads, so a step costs (matrices per token) x this on top of its
-- bytes. Fitted for vLLM on the calibration corpus; 0 (not charged) elsewhere. Import the seed again.
ALTER TABLE runtimes ADD COLUMN matmul_latency_us REAL NOT NULL DEFAULT 0 CHECK (matmul_latency_us >= 0);
DELETE FROM meta WHERE key = 'seed_version';
