-- Schema 4: models imported from a config.json or a GGUF file. Models gain the architecture numbers the
-- import reads (dense FFN width, sliding-window layers, MTP layers); a model file read from its own
-- tensor table keeps the exact bytes of each tensor group, so placement puts each group where it goes.
ALTER TABLE models ADD COLUMN dense_ffn_dim INTEGER NOT NULL DEFAULT 0;
ALTER TABLE models ADD COLUMN sliding_window INTEGER NOT NULL DEFAULT 0;
ALTER TABLE models ADD COLUMN sliding_layers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE models ADD COLUMN mtp_layers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN attention_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN shared_expert_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN routed_expert_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN dense_ffn_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN embedding_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN output_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN other_bytes REAL NOT NULL DEFAULT 0;
ALTER TABLE model_files ADD COLUMN tensor_type_bytes TEXT NOT NULL DEFAULT '';
