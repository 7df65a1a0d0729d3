-- Schema 12: the widest instruction set a runtime's CPU matmul kernels use for quantized weights (amx,
-- avx512, avx2); the CPU's own ISA and a build's stated kernels cap it further. Mainline llama.cpp's
-- quantized dot products are 256-bit (ggml-cpu/arch/x86/quants.c), so an AVX-512 or AMX CPU does not
-- raise its prompt-processing arithmetic. The seed sets each runtime's value: import the seed again.
ALTER TABLE runtimes ADD COLUMN cpu_kernels TEXT NOT NULL DEFAULT 'amx' CHECK (cpu_kernels IN ('amx', 'avx512', 'avx2'));
DELETE FROM meta WHERE key = 'seed_version';
