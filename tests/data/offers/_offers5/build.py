#!/usr/bin/env python3
"""offers5: a fourth held-out set of real public offers / measured runs for the claim checker.
Writes NNN.txt and expected.json (corpus format) beside itself, numbered 001-020 as they were held out
(it ran in /work/research/offers5); in tests/data/offers offer NNN is 167+NNN, moved in by hand.
Expected verdicts and reasoning were written from physics BEFORE the checker was run on any of these texts."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def kf(model=None, quant=None, machines=1, gpu=None, gpn=None, gmem=None, cpu=None, ram=None, runtime=None,
       points=(), price=None, currency=None):
    return {"model": model, "quant": quant, "machines": machines, "gpu": gpu, "gpu_count_per_machine": gpn,
            "gpu_memory_gb": gmem, "cpu": cpu, "ram_gb": ram, "runtime": runtime,
            "performance_points": [dict(users=u, per_user_tps=p, aggregate_tps=a, ttft_ms=t, tpot_ms=o, note=n)
                                   for (u, p, a, t, o, n) in points],
            "price": price, "currency": currency, "line_items_total_matches": None, "condition": None,
            "warranty_months": None}

OFFERS = []
def offer(source, honest, verdict, facts, reasoning, text):
    OFFERS.append(dict(source=source, honest=honest, expected_verdict=verdict, key_facts=facts,
                       reasoning=reasoning, text=text.strip() + "\n"))

offer("https://github.com/kvcache-ai/ktransformers/issues/314 — AMD EPYC 工作站运行 DeepSeek-R1-671B-4bit 参考配置 (Pb-207) — 2025-02-15. Condensed.",
      True, "plausible",
      kf("DeepSeek-R1 671B", "4-bit (Q4_K_M GGUF)", 1, "RTX 4090 24GB", 1, 24, "AMD EPYC 9654", 768, "KTransformers",
         [(1, 14, 14, None, None, "1k context decode"), (1, 10, 10, None, None, "10k context decode")]),
      "12 x DDR5-4800 on one EPYC 9654 = 460.8 GB/s, 768 GB holds the ~404 GB Q4_K_M weights. KTransformers keeps attention and the shared expert on the 4090; per token the CPU streams the 8 routed experts of 58 MoE layers (8 x 58 x 44M = 20.4B params, ~11.5 GB at ~4.5 bpw): ceiling ~40 tok/s. 14 tok/s (and 10 at 10k context) is ~35% of it. Plausible.",
      """AMD EPYC 工作站运行 DeepSeek-R1-671B-4bit 参考配置（KTransformers）
CPU：AMD EPYC 9654 96-core ×1
RAM：64G 4800MHz DDR5 ×12
GPU：RTX 4090 24G ×1
关SMT，开AVX-512指令集加速，NPS＝1，推理时调用84核心。
1k上下文Decode速度：14tps
10k上下文Decode速度：10tps""")

offer("https://github.com/ggml-org/llama.cpp/issues/11474 — Research: Benchmarking DeepSeek-R1 IQ1_S 1.58bit (comment by agoralski-qc) — 2025-01-31. Condensed (the EPYC 9654 + RTX 3090 run).",
      True, "plausible",
      kf("DeepSeek-R1 671B", "UD-IQ1_S (1.58-bit dynamic)", 1, "RTX 3090 24GB", 1, 24, "AMD EPYC 9654", 768, "llama.cpp",
         [(1, 3.28, 3.28, None, 304.54, "eval 512 runs; 8 of 61 layers on the GPU, 12 threads")]),
      "UD-IQ1_S is ~131 GB; 768 GB of RAM holds it (and on a 12-channel socket 768 GB means at least 6 populated channels, >= 230 GB/s). Per token ~14 GB are read (routed experts at ~1.6 bpw plus attention/shared at higher bits), mostly from RAM: a ceiling above 15 tok/s. 3.28 tok/s with 12 threads is far below. Plausible.",
      """Research: Benchmarking DeepSeek-R1 IQ1_S 1.58bit — our results
AMD EPYC 9654 96-Core 768GB RAM, 1 * Nvidia RTX 3090 (24GB VRAM)
./llama.cpp/llama-cli --model DeepSeek-R1-GGUF/DeepSeek-R1-UD-IQ1_S/DeepSeek-R1-UD-IQ1_S-00001-of-00003.gguf --cache-type-k q4_0 --threads 12 --n-gpu-layers 8 --ctx-size 8192
llama_perf_context_print: prompt eval time = 2659.54 ms / 13 tokens ( 204.58 ms per token, 4.89 tokens per second)
llama_perf_context_print:        eval time = 155924.77 ms / 512 runs ( 304.54 ms per token, 3.28 tokens per second)""")

offer("https://github.com/vllm-project/vllm/issues/20710 — Unexpected Inference Speed Gain at Concurrency 16 vs 1 on Llama-3.3-70B (FP8, B200, vLLM v0.9.0) (Juno13340) — 2025-07-09. Condensed.",
      True, "plausible",
      kf("Llama 3.3 70B Instruct", "FP8", 1, "B200", 2, 180, None, None, "vLLM",
         [(1, 35.04, 35.04, 50, None, "512 in / 512 out"), (16, 49.97, None, 70, None, "output speed per request at concurrency 16")]),
      "70.6B at FP8 is ~71 GB over 2 x B200 (8 TB/s each): a batch-1 step reads ~35 GB per card, ceiling ~220 tok/s per user; 35 and 50 tok/s are far below. TTFT 50 ms for 512 tokens needs ~72 TFLOP, milliseconds on B200. Plausible.",
      """Unexpected Inference Speed Gain at Concurrency 16 vs 1 on Llama-3.3-70B (FP8, B200, vLLM v0.9.0)
While benchmarking the LLaMA-3.3-70B-Instruct model (FP8 quantized) on vLLM v0.9.0 with 2xB200 GPUs, I observed significantly higher output inference speed at concurrency 16 than at concurrency 1.
Example Results (Fusion task, 512 in / 512 out)
| Concurrency | TTFT | e2e_latency | Output Speed (tok/s) |
| 1 | 0.05 | 8.29 | 35.04 |
| 16 | 0.07 | 5.99 | 49.97 |""")

offer("https://github.com/dmatora/LLM-inference-speed-benchmarks/issues/10 — llama3 8b Q6 RTX 4090 llama.cpp (jggc) — 2024-05-27. Condensed.",
      True, "plausible",
      kf("Llama 3 8B", "Q6_K", 1, "RTX 4090 24GB", 1, 24, None, None, "llama.cpp",
         [(1, 93, 93, None, None, "generation; prompt evaluation 4668 tok/s")]),
      "Llama 3 8B at Q6_K is ~6.6 GB; at 1008 GB/s the batch-1 ceiling is ~150 tok/s, 93 is ~60%. Prompt evaluation at 4668 tok/s is ~75 TFLOPS of 2 x 8B x tokens, under the 4090's 165 dense FP16 tensor TFLOPS. Plausible.",
      """llama3 8b Q6 RTX 4090 llama.cpp
Prompt evaluation speed : 4668 tokens per second
Generation speed : 93 tokens per second
LLaMa.cpp server output from a cold start""")

offer("https://github.com/dmatora/LLM-inference-speed-benchmarks/issues/12 — Llama 3.1 8B Q4_K_M NVIDIA RTX 3080 (ariya) — 2024-08-26. Condensed.",
      True, "plausible",
      kf("Llama 3.1 8B", "Q4_K_M", 1, "RTX 3080 10GB", 1, 10, None, None, "llama.cpp",
         [(1, 111.95, 111.95, None, None, "llama-bench token generation; prompt evaluation 3806.89 tok/s")]),
      "Llama 3.1 8B Q4_K_M is ~4.9 GB and fits the RTX 3080's 10 GB; at its 760 GB/s the ceiling is ~155 tok/s, 112 is ~72%. Prompt evaluation 3807 tok/s is ~61 TFLOPS, within the card's INT8/FP16 tensor throughput. Plausible (the catalog has no 10 GB RTX 3080: a checker that cannot weigh it should not accuse).",
      """Llama 3.1 8B Q4_K_M NVIDIA RTX 3080
Prompt evaluation: 3806.89 ± 15.44.
Token generation: 111.95 ± 2.45.
This is with llama.cpp build: 93bc3839 (3622).""")

offer("https://github.com/AlexsJones/llmfit/pull/755 — bench: add RTX 2080 community benchmark (Qwen3-30B-A3B, MoE offload) (Akciali) — 2026-07-16. Condensed.",
      True, "plausible",
      kf("Qwen3-30B-A3B (Instruct-2507)", "Q4_K_M", 1, "RTX 2080 8GB", 1, 8, "Intel Core i9-10900X", None, "llama.cpp",
         [(1, 36.7, 36.7, None, None, "server-measured generation, --n-cpu-moe 36, single request; bench avg 33.7 incl. prompt")]),
      "Qwen3-30B-A3B Q4_K_M is ~18.6 GB; with the experts of 36 of 48 layers in RAM, a token reads 8 experts x 4.7M params x 36 layers = 1.36B params (~0.8 GB) from quad-channel DDR4 (~102 GB/s measured): ~125 tok/s ceiling, and the GPU part is small. 36.7 tok/s is well within. Plausible.",
      """bench: add RTX 2080 community benchmark (Qwen3-30B-A3B, MoE offload)
Community benchmark for the NVIDIA GeForce RTX 2080 (8 GB) + i9-10900X.
llama.cpp server running Qwen3-30B-A3B-Instruct-2507 Q4_K_M with MoE expert offload (-ngl 99 --n-cpu-moe 36, single request).
llmfit estimates 35.6 tok/s for this model (roofline 448 GB/s x 0.55, expert streaming bounded by the measured ~102 GB/s quad-channel DDR4).
Pure generation speed measured by the server itself is 36.7 tok/s; the bench avg (33.7) includes prompt processing.""")

offer("https://github.com/AlexsJones/llmfit/pull/1046 — bench: community results for nvidia-geforce-rtx-4090 (imharshita) — 2026-09-15. Condensed.",
      True, "plausible",
      kf("Qwen3-8B", "BF16 (Qwen/Qwen3-8B, the released weights)", 1, "RTX 4090 24GB", 1, 24, None, None, "vLLM",
         [(1, 58.7, 58.7, None, None, "300 tokens in 5.1 s")]),
      "Qwen3-8B at its BF16 release precision is ~16.4 GB; at 1008 GB/s the batch-1 ceiling is ~61 tok/s. 58.7 tok/s is ~95% of it: unusually efficient but not above the roofline (and an FP8 cast would halve the bytes). Plausible.",
      """bench: community results for nvidia-geforce-rtx-4090
Automated benchmark contribution from llmfit bench --share.
| Model | Provider | Avg TPS | Avg TTFT (ms) |
| Qwen/Qwen3-8B | vllm | 58.7 | — |
300 tokens in 5.1 s is 58.7 tok/s, with min and max within 0.1.""")

offer("https://github.com/kvcache-ai/ktransformers/issues/1308 — intel gpu推理速度 (comment by Thoughtlesstime) — 2025-05-16. Condensed.",
      True, "plausible",
      kf("DeepSeek-R1 671B", "Q4_K_M", 1, "Intel Arc A770 16GB", 1, 16, "5th-gen Xeon (model not stated)", None, "KTransformers",
         [(1, 7.5, 7.5, None, None, "7-8 tps, local_chat, cpu_infer 53")]),
      "A 5th-gen Xeon has 8 DDR5-5600 channels (358 GB/s). With attention/shared weights on the A770, a token streams ~11.5 GB of routed experts at Q4_K_M: ~30 tok/s ceiling; 7-8 tok/s is ~25%. The RAM size is not stated (R1 Q4_K_M needs ~404 GB), but nothing read contradicts the measurement. Plausible (a user's own run).",
      """intel gpu推理速度（KTransformers）
性能好像跟cpu/mem的配置都有点关系，手头一台第五代至强+一张A770，Deepseek R1 Q4KM 在 local_chat（cpuinfer 53）模式下，差不多能跑到 7-8 tps，感觉也够用了""")

offer("https://github.com/vllm-project/vllm/issues/8669 — [Bug]: Slow Inference Speed with llama 3.1 70B GGUF Q4 on A100 80G (8.7 tokens/s) (studyww0) — 2024-09-20. Condensed.",
      True, "plausible",
      kf("Llama 3.1 70B Instruct", "Q4_K_M (GGUF)", 1, "A100 80GB", 1, 80, None, None, "vLLM",
         [(1, 8.7, 8.7, None, None, "single request")]),
      "Llama 3.1 70B Q4_K_M is ~42.5 GB and fits the A100 80GB; at 2039 GB/s the batch-1 ceiling is ~48 tok/s. 8.7 tok/s is slow (vLLM's GGUF path) but possible. Plausible.",
      """[Bug]: Slow Inference Speed with llama 3.1 70B GGUF Q4 on A100 80G (8.7 tokens/s)
I am running the llama 3.1 70B GGUF Q4 model on an A100 80G GPU using vLLM. However, the inference speed is significantly slower than expected, reaching only 8.7 tokens per second.
vllm serve ./Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf --tokenizer unsloth/Meta-Llama-3.1-70B-Instruct --max-model-len 8192""")

offer("https://github.com/vllm-project/vllm/issues/11705 — [Bug]: Extremely slow inference speed when deploying with vLLM on 16 H100 GPUs according to instructions on DeepSeekV3 (yonghenglh6) — 2025-01-02. Condensed.",
      True, "plausible",
      kf("DeepSeek-V3", "FP8 (release)", 2, "H100 80GB", 8, 80, None, None, "vLLM",
         [(1, 2.9, 2.9, None, None, "Avg generation throughput 2.9 tokens/s, 1 running request")]),
      "V3 at FP8 is ~690 GB; 2 nodes x 8 H100 = 1280 GB hold it. 2.9 tok/s for one request is far below any ceiling (pipeline parallel over two nodes is slow, not impossible). Plausible.",
      """[Bug]: Extremely slow inference speed when deploying with vLLM on 16 H100 GPUs according to instructions on DeepSeekV3
vllm serve local_deepseekv3_path --trust-remote-code --tensor-parallel-size 8 --pipeline-parallel-size 2 --model-max-len 16384
Two nodes, 8 x H100 each, Ray, NCCL enabled.
INFO metrics.py:467] Avg prompt throughput: 0.0 tokens/s, Avg generation throughput: 2.9 tokens/s, Running: 1 reqs, Swapped: 0 reqs, Pending: 0 reqs, GPU KV cache usage: 0.1%""")

offer("https://github.com/lm-sys/FastChat/issues/2746 — Slower inference with vLLM worker on 4 A100 (tacacs1101-debug) — 2023-11-28. Condensed.",
      True, "plausible",
      kf("WizardLM-70B (Llama 2 70B fine-tune)", "FP16", 1, "A100 80GB", 2, 80, None, None, "vLLM (FastChat worker)",
         [(None, None, 700, None, None, "~700 tok/s throughput on 2 x A100, concurrency not stated"),
          (1, 0.2, 0.2, None, None, "0.2 tok/s on 4 x A100 with tensor parallel 4 (misconfiguration)")]),
      "Llama 2 70B at FP16 is ~138 GB; 2 x 80 GB hold it with ~16 GB for KV (327 KB/token with GQA: ~49k tokens). A step reads ~138 GB at 2 x 2039 GB/s: ~30 steps/s, so 700 tok/s needs ~24 concurrent sequences, which the KV room allows. 0.2 tok/s on 4 cards is a configuration problem, not physics. Plausible.",
      """Slower inference with vLLM worker on 4 A100
I deployed wizardLM-70b which is fine-tuned variant of llama2-70b on 4 A100 (80 GB) using vLLM worker. I noticed a much slower response (more than a minute even for a simple prompt like Hi) at a throughput of 0.2 tok/sec. My tensor-parallelism was set to 4 in this case.
When I deployed the same model with 2 A100 (80GB), I noticed a much higher throughput and lower latency. I achieved throughput ~700 tok/sec.""")

offer("https://wangjunjian.com/jetson/llm/2025/10/12/Jetson-Thor-LLM-Benchmarking.html — Jetson Thor LLM Benchmarking (王军建) — 2025-10-12. Condensed (Qwen3-32B-AWQ, vLLM benchmark_serving; TTFT lines left out).",
      True, "plausible",
      kf("Qwen3-32B", "AWQ 4-bit", 1, "NVIDIA Jetson AGX Thor 128GB", 1, 128, None, None, "vLLM",
         [(1, 13.04, 13.01, None, 76.68, "max concurrency 1"), (8, 4.16, 27.06, None, 240.60, "max concurrency 8, ~2k-token prompts")]),
      "Qwen3-32B AWQ is ~19 GB; Jetson AGX Thor has 128 GB LPDDR5X at 273 GB/s (NVIDIA Jetson Thor datasheet): batch-1 ceiling ~14 tok/s, so TPOT 76.7 ms (13.0 tok/s) is ~90% of it; at 8 concurrent, 27 tok/s total is within the batched ceiling. Plausible.",
      """Jetson Thor 性能基准测试：Qwen3-32B-AWQ（vLLM）
低负载：Maximum request concurrency: 1
Successful requests: 10 · Total input tokens: 20431 · Total generated tokens: 1280
Output token throughput (tok/s): 13.01
Mean TPOT (ms): 76.68
高负载：Maximum request concurrency: 8
Successful requests: 100 · Total input tokens: 204169 · Total generated tokens: 12421
Output token throughput (tok/s): 27.06
Mean TPOT (ms): 240.60""")

offer("https://github.com/noonghunna/club-3090/issues/1111 — [bench] Qwen3.8 27B on RTX 3090 (Mateleo) — 2026-08-28. Condensed.",
      True, "plausible",
      kf("Qwen3.8 27B", "UD-Q4_K_XL", 1, "RTX 3090 24GB", 1, 24, "AMD Ryzen 5 2400G", None, "llama.cpp",
         [(1, 40.7, 40.7, None, None, "decode average of 3 runs, MTP draft acceptance 61%")]),
      "A 27B model at ~4.8 bpw is ~16-17 GB and fits the 3090's 24 GB; at 936 GB/s the batch-1 ceiling without speculation is ~56 tok/s, and MTP (61% acceptance) can only raise it. 40.7 tok/s is within. Prefill ~990 tok/s is ~54 TFLOPS, within the 3090's INT8 tensor throughput used by llama.cpp's quantized matmuls. Plausible.",
      """[bench] Qwen3.8 27B on RTX 3090
Model: Unsloth Dynamic UD-Q4_K_XL
GPU: 1× RTX 3090, 24 GB, 245 W power limit
CPU: Ryzen 5 2400G (4C/8T)
Context: 131,072 tokens · Flash Attention · Q4_0 KV · vision + Q4 MTP
Prefill: 1,024 prompt tokens 673.3 tok/s; 8,024 tokens 992.9 tok/s
Decode (three runs, 256 generated tokens each): 40.1 / 41.0 / 40.9, average 40.7 tok/s
MTP draft acceptance: 164/269 tokens (61%).""")

offer("https://github.com/kvcache-ai/ktransformers/issues/527 — when running the DeepSeek-V3 model with llama.cpp, is the model executed on the GPU or the CPU? (comment by KingDada19) — 2025-02-21. Condensed.",
      True, "plausible",
      kf("DeepSeek-V3", "Q4 (GGUF)", 1, None, None, None, "Intel Xeon (Icelake), 64 cores", None, "KTransformers",
         [(1, 7, 7, None, None, "decode; prefill 65 tok/s")]),
      "An Ice Lake Xeon has 8 DDR4-3200 channels (204.8 GB/s); V3 at Q4 reads ~20 GB per token if all of it comes from RAM: ~10 tok/s ceiling, and less with a GPU holding attention. 7 tok/s decode is within. RAM size and GPU are not stated, but nothing read contradicts the run. Plausible (a user's own measurement).",
      """I tested the performance of deepseek-v3-q4 and observed the following results:
Prefill: 65 tokens/s
Decode: 7 tokens/s
These results are significantly lower than the official benchmarks. I suspect the primary reason is that the CPU being used does not support AMX.
Hardware Details:
CPU Model: Intel Xeon Processor (Icelake)
Cores: 64""")

offer("https://github.com/kyuz0/amd-strix-halo-vllm-toolboxes/issues/72 — low output token generation rate on Qwen3.6-35B-A3B-AWQ-4bit (Aleks-0) — 2026-06-30. Condensed.",
      True, "plausible",
      kf("Qwen3.6-35B-A3B", "AWQ 4-bit", 1, "AMD Strix Halo (Ryzen AI Max+ 395)", 1, None, None, None, "vLLM",
         [(5, 7.55, 35.98, 489.53, 132.42, "5 requests at 4 RPS, 128 in / 256 out each")]),
      "A 35B-A3B MoE at AWQ 4-bit reads ~3B active params (~2 GB) per token; Strix Halo's 256-bit LPDDR5X-8000 gives 256 GB/s: a batch-1 ceiling above 100 tok/s. 36 tok/s total over 5 requests (TPOT 132 ms each, on a fallback MoE kernel) is well within. Plausible.",
      """low output token generation rate on Qwen3.6-35B-A3B-AWQ-4bit (AMD Strix Halo vLLM toolbox)
The output 36ts is this a normal generation rate?
WARNING awq_marlin.py:317] Layer 'language_model.model.layers.3.mlp.experts' is not supported by AWQMoeMarlin. Falling back to Moe WNA16 kernels.
Serving Benchmark Result
Successful requests: 5
Request rate configured (RPS): 4.00
Total input tokens: 640 · Total generated tokens: 1280
Output token throughput (tok/s): 35.98
Peak output token throughput (tok/s): 45.00
Peak concurrent requests: 5.00
Mean TTFT (ms): 489.53
Mean TPOT (ms): 132.42""")

offer("https://specpicks.com/reviews/best-gpu-llama-70b-rtx-3060-stack-vs-workstation-2026-refresh — Best GPU for Local Llama 70B in 2026: RTX 3060 12GB Stack vs Single Workstation Card (SpecPicks) — 2026. Condensed.",
      False, "impossible",
      kf("Llama 3 70B", "AWQ-INT4", 1, "RTX 3060 12GB", 2, 12, None, None, "vLLM (TP=2)",
         [(1, 15, 15, None, None, "14-16 tok/s on 2 x RTX 3060 12GB"), (1, 32, 32, None, None, "single RTX A6000 48GB")],
         600, "USD"),
      "Llama 3 70B at AWQ-INT4 is ~39.5 GB (70.6B x ~4.25 bits + fp16 embeddings): it cannot be held in 2 x 12 GB = 24 GB, let alone with an 8K KV cache. On the RTX A6000 (48 GB, 768 GB/s) the batch-1 ceiling is ~19 tok/s, below the 32 tok/s claimed. Impossible.",
      """Best GPU for Local Llama 70B in 2026: RTX 3060 12GB Stack vs Single Workstation Card
Two used RTX 3060 12 GBs at $600 hit 14 tok/s on Llama 3 70B AWQ-INT4. A single RTX A6000 hits 32 tok/s but costs 4.3x more.
A pair of used RTX 3060 12 GB cards at $300 each delivers 14 to 16 tokens per second on AWQ-INT4 quantization at $600 total. A single used RTX A6000 48 GB at $2,800 wins on simplicity.
With tensor parallelism (TP=2), a pair of 3060s exposes 24 GB of total VRAM to vLLM and ExLlamaV2, enough to hold Llama 3 70B at AWQ-INT4 plus the KV-cache for an 8K context window.""")

offer("https://madcoolstuff.com/guides/local-llm-under-4k — Local LLM rig under $4k (2026) (madcoolstuff) — 2026. Condensed.",
      False, "impossible",
      kf("32B-class model (not named)", "Q8", 1, "RTX 5090 32GB", 1, 32, "AMD Ryzen 9 9950X", 64, "llama.cpp",
         [(1, 31, 31, None, None, "32B-class at Q8: 28-34 tok/s, full 32k context"), (1, 11.5, 11.5, None, None, "70B-class IQ3_M: 9-14 tok/s")],
         4000, "USD"),
      "A 32B-class model at Q8 (32.5B x 8.5 bits) is ~34.5 GB: it does not fit the 5090's 32 GB, let alone with a 32k KV cache, so >= 2.5 GB stream from dual-channel DDR5-6000 (96 GB/s) every token: >= 26 ms + 18 ms on the card, a ceiling of ~22 tok/s, below the 28-34 claimed (and 'full 32k context fits' is false). The 70B IQ3_M line (~32 GB, 9-14 tok/s) is possible with a small spill. Impossible.",
      """Local LLM rig under $4k (2026)
The build: GPU NVIDIA RTX 5090 (32 GB) — 32B-class at Q8 with full context; 70B at IQ3.
CPU AMD Ryzen 9 9950X or similar 16-core. RAM 64 GB DDR5-6000 (2x32). Storage 2 TB PCIe 4.0 NVMe. PSU 1000 W.
Numbers — approximate inference throughput on this build with llama.cpp, short prompt:
• 32B-class at Q8 — ~28-34 tok/s, full 32k context fits.
• 70B-class at IQ3_M — ~9-14 tok/s, ~8k context before KV pressure.""")

offer("http://www.ruibaoantu.com/article/detail.html?id=3619173 — 本地部署DeepSeek满血版:硬件配置全解析与实战指南 (新兰) — 2025-09-18. Condensed.",
      False, "impossible",
      kf("DeepSeek 满血版 (stated as 70B)", "FP16", 1, "A100 80GB", 1, 80, "AMD EPYC 7763", None, None,
         [(32, None, 320, None, 18, "A100 80GB, FP16, batch 32"), (32, None, None, None, 25, "2 x RTX 4090 'via NVLink', batch 32")]),
      "A 70B model at FP16 is ~141 GB (and the 671B 满血版 far more): it cannot be loaded on one 80 GB A100. The RTX 4090 has no NVLink connector (NVIDIA's Ada GeForce datasheet), so '2 x 4090 via NVLink, 48 GB' is false as well. Impossible.",
      """本地部署DeepSeek满血版：硬件配置全解析与实战指南
DeepSeek满血版作为70B参数量级的大模型，其本地化部署对硬件提出严苛要求。
GPU选型：满血版推理需要至少48GB显存的GPU支持
• NVIDIA A100 80GB：单卡可加载完整70B模型，FP16精度下吞吐量达320 tokens/s
• 消费级替代方案：2×NVIDIA RTX 4090（24GB×2）通过NVLink互联，显存扩展至48GB
性能实测数据：在Batch Size=32的条件下，A100 80GB的推理延迟为18ms，较双4090方案（25ms）提升28%，但后者硬件成本降低45%。
CPU：AMD EPYC 7763（64核128线程）；内存通道：4通道DDR5-4800，带宽达153.6GB/s""")

offer("https://www.runlocalai.co/models/llama-3.3-70b-instruct — Llama 3.3 70B Instruct (RunLocalAI model page, verdict by Fredoline Eruo) — reviewed 2026-06. Condensed.",
      False, "unverifiable",
      kf("Llama 3.3 70B Instruct", "Q4_K_M (stated 39 GB)", 1, "RTX 4090 24GB", 1, 24, None, None, None,
         [(1, 25, 25, 425, None, "Q4_K_M partial GPU offload: 22-28 tok/s, TTFT 350-500 ms on 1K prompt"), (1, 11.5, 11.5, None, None, "Q5_K_M heavy CPU offload: 9-14 tok/s")]),
      "With 39 GB of weights and ~22 GB on the 4090, ~17 GB stream from system RAM every token: 22 tok/s needs the whole token in 45 ms, i.e. >= ~700 GB/s from RAM on top of the card's 22 ms — no desktop platform has that (dual-channel DDR5 ~90 GB/s gives ~5 tok/s). But no CPU or RAM is stated, so the finding rests on an assumed platform: unverifiable, ask which CPU and memory the figure was measured on.",
      """Llama 3.3 70B Instruct — Our verdict 9.1/10
Single-card runnable: Q4_K_M at 39 GB requires offload on a 24 GB card, but it works — ~22–28 tok/s with the right runner.
Real-world performance on RTX 4090
• Q4_K_M (39 GB) — partial GPU offload: 22–28 tok/s decode, TTFT 350–500 ms on 1K prompt
• Q5_K_M (47 GB) — heavy CPU offload: 9–14 tok/s, only worth it on dual-card setups
• Q8_0 (70 GB) — workstation only (A6000 / dual 4090 / Mac Studio M2 Ultra)""")

offer("https://github.com/syv-ai/qwen38-27b-rtx3090/issues/87 — say Thanks , A request (comment by jikmiko) — 2026-09-09. Condensed.",
      False, "impossible",
      kf("Qwen3.8 27B", "INT8 weights + INT8 activations (W8A8)", 1, "RTX 3090 24GB", 1, 24, None, None, "vLLM",
         [(1, 95, 95, None, None, "typical single-request decode with MTP (3 draft tokens); max 155")]),
      "27B parameters at INT8 are >= 27 GB of weights alone, more than the RTX 3090's 24 GB (the post itself says ~24 GB of 24.5 GB in use, with KV cache): the configuration as stated cannot be held on the card. (Even if it could, 95 tok/s needs ~2.6 TB/s of weight reads without speculation; MTP with 3 drafts could approach it only at high acceptance.) As stated, impossible.",
      """Qwen3.8-27B on RTX 3090 — measured results
Model: Qwen3.8-27B (27B, INT8 weights + INT8 activations)
GPU: 1× RTX 3090 (24 GB), with 93% of the VRAM allocated to the KV cache. Approximately 24 GB of 24.5 GB is in use
Serving: vLLM, MAX_LEN=100k, MAX_SEQS=8, prefix caching enabled, MTP speculative decoding with 3 draft tokens
Short prompt, 256 tokens → 3.14 s = ~81 tokens/s
Short prompt, 417 tokens → 4.41 s = ~95 tokens/s
For single-user chat, my realistic decoding speed: typical ~95 tokens/s, maximum ~155 tokens/s""")

def main():
    rows = []
    for i, o in enumerate(OFFERS, 1):
        nid = "%03d" % i
        with open(os.path.join(HERE, nid + ".txt"), "w", encoding="utf-8") as f:
            f.write(o["text"])
        rows.append({"id": nid, "file": nid + ".txt", "source": o["source"], "honest": o["honest"],
                     "expected_verdict": o["expected_verdict"], "key_facts": o["key_facts"], "reasoning": o["reasoning"]})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(rows), "offers,", sum(r["honest"] for r in rows), "honest")

if __name__ == "__main__":
    main()
