#!/usr/bin/env python3
"""offers4: a held-out set of real public offers/claims, written before the checker was run on them.

Each entry: text as a buyer would paste it (condensed; numbers as the source gives them), the source
(URL — title — date), honest flag, expected verdict and the physics behind it. Verdicts were decided
from bandwidth / active-bytes ceilings and memory fit before running hwplanner on any of them.
IDs are assigned by a fixed-seed shuffle so the odd/even halves mix honest and dishonest rows.
Run: python3 build.py  (writes NNN.txt and expected.json beside this file)."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))


def pp(users, per_user, aggregate=None, ttft=None, tpot=None, note=None):
    d = {"users": users, "per_user_tps": per_user,
         "aggregate_tps": aggregate if aggregate is not None else (per_user * users if (per_user and users) else None),
         "ttft_ms": ttft, "tpot_ms": tpot}
    if note:
        d["note"] = note
    return d


def facts(model=None, quant=None, machines=None, gpu=None, gpn=None, gmem=None, cpu=None, ram=None,
          runtime=None, points=(), price=None, currency=None, lines=None, condition=None, warranty=None):
    return {"model": model, "quant": quant, "machines": machines, "gpu": gpu, "gpu_count_per_machine": gpn,
            "gpu_memory_gb": gmem, "cpu": cpu, "ram_gb": ram, "runtime": runtime,
            "performance_points": list(points), "price": price, "currency": currency,
            "line_items_total_matches": lines, "condition": condition, "warranty_months": warranty}


O = []


def offer(key, text, source, honest, verdict, kf, reasoning):
    O.append({"key": key, "text": text.strip() + "\n", "source": source, "honest": honest,
              "expected_verdict": verdict, "key_facts": kf, "reasoning": reasoning})


# ---------------------------------------------------------------- honest, measured runs (GitHub issues)
offer("kt219", """
【性能】测试了下 DeepSeek-R1（KTransformers v0.2），性能没有预期的好
CPU: Intel(R) Xeon(R) Platinum P-8136 CPU @ 2.00GHz，448GB DRAM（2 NUMA nodes）
GPU: 4090 24G VRAM
Memory: DDR4-2400 DRAM（448GB = 64GB x 7）
模型: DeepSeek-R1-Q4_K_M，双路 112 核，显存占用 13GB，内存 378GB
--cpu_infer 112 时只有 0.6 token/s；调整成 --cpu_infer 56，大概 1.7 token/s；--cpu_infer 24，大概 1.87 token/s
""", "https://github.com/kvcache-ai/ktransformers/issues/219 — 【性能】测试了下DeepSeek-R1，性能没有预期的好 (hello2mao) — 2025-02-13. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "Q4_K_M", 1, "RTX 4090 24GB", 1, 24, "2 x Xeon Platinum P-8136 (Skylake-SP OEM part, 6-ch DDR4)", 448,
            "KTransformers v0.2", [pp(1, 1.87, note="best of three thread settings; 0.6 and 1.7 also reported")]),
      "Q4_K_M (~404 GB) fits 448 GB RAM + 24 GB VRAM (378 GB RAM used). Seven DDR4-2400 DIMMs over two sockets is at most 7 x 19.2 = 134 GB/s, unevenly spread and NUMA-crossed. ~11-12 GB of routed experts are read from RAM per token: ceiling ~11 tok/s at full bandwidth; 1.7-1.9 tok/s is far below it (the half-populated channels explain why). A measured, modest figure: plausible.")

offer("kt573", """
本地部署 deepseek-R1/Q4_K_M（KTransformers），eval rate: 4.5 tokens/s，想优化到 15 token/s，如何优化？
配置如下：
1. CPU: Intel(R) Xeon(R) Gold 6133 CPU @ 2.50GHz
2. CPU mem: 502Gi
3. GPU: NVIDIA GeForce RTX 4090
4. GPU mem: 24564MiB
""", "https://github.com/kvcache-ai/ktransformers/issues/573 — 本地部署 deepseek-R1/Q4_K_M. eval rate:4.5tokens/s,想优化到15s/token.如何优化? (snailfrying) — 2025-02-21. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "Q4_K_M", 1, "RTX 4090 24GB", 1, 24, "Xeon Gold 6133 (Skylake-SP, 6-ch DDR4-2666 per socket; socket count not stated)", 502,
            "KTransformers", [pp(1, 4.5, note="measured; 15 tok/s is a wish, not a claim")]),
      "Q4_K_M fits in 502 GiB. A Gold 6133 socket has 6 x DDR4-2666 = 128 GB/s; ~11.6 GB of experts per token from RAM gives a ceiling of ~11 tok/s per socket, more with two. 4.5 tok/s is ~40% of one socket's ceiling, KTransformers' usual efficiency. The 15 tok/s target is asked about, not claimed. Plausible.")

offer("kt220", """
Add optimization config for Deepseek V3/R1 with 4 GPUs (KTransformers PR)
We tested it on our server with the following config:
- CPU: 2 x AMD EPYC 7543 32-Core Processor
- RAM: 16 x 64GB Hynix PC4-25600 3200MHz Dual Rank DDR4 RDIMM
- GPU: 8 x Nvidia RTX 3080 10G
- Motherboard: ASUS KMPG-D32 Series
The decoding speed is ~5 tokens/s.
""", "https://github.com/kvcache-ai/ktransformers/pull/220 — Add optimization config for Deepseek V3/R1 with 4 GPUs (MengshiZhang) — 2025-02-13. Condensed.",
      True, "plausible",
      facts("DeepSeek V3/R1 671B", "not stated (KTransformers GGUF, Q4_K_M in its tutorial)", 1, "RTX 3080 10GB", 8, 10, "2 x EPYC 7543 (8-ch DDR4-3200 each)", 1024,
            "KTransformers", [pp(1, 5)]),
      "1 TB of DDR4-3200 on 16 channels (2 x 204.8 GB/s) holds any 4-bit R1. Per token ~11.6 GB of experts come from RAM: ceiling ~17 tok/s per socket; ~5 tok/s is ~30% of one socket, typical for KTransformers without AMX. Plausible.")

offer("kt220b", """
Verified on HP-Z6G4 2 GPU (KTransformers DeepSeek-R1)
CPU: 1 x W3235
MEM: 6 * 64GB @ 3200 DDR4 (2933 due to CPU limits)
GPU: 2*Titan RTX (linear) / 2*A2 (marlin)
The GPU utilization is around 50%.
Bench (decoding): ~3 tokens/s
Comparison: CPU only llama.cpp reaches around 1~2 tokens/s.
""", "https://github.com/kvcache-ai/ktransformers/pull/220 — comment by yfyang86 on 'Add optimization config for Deepseek V3/R1 with 4 GPUs' — 2025-02-24. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "not stated (KTransformers GGUF)", 1, "Titan RTX 24GB / NVIDIA A2 16GB", 2, 24, "Xeon W-3235 (6-ch DDR4-2933)", 384,
            "KTransformers / llama.cpp", [pp(1, 3, note="KTransformers"), pp(1, 1.5, note="llama.cpp CPU only, '1~2'")]),
      "384 GB RAM + 48 GB VRAM holds a 4-bit R1 (Q4_K_M 404 GB only just; smaller quants easily). Six channels of DDR4-2933 = 141 GB/s: ~11.6 GB of experts per token gives ~12 tok/s at full bandwidth; ~3 tok/s is 25%. Plausible.")

offer("kt726", """
1*3090 + 256G RAM(8通道 DDR4 2666), E5 2630v4 + decode 速度 0.1 tokens/s 都不到
版本: main 源码编译, 0.2.1.post1+cu124torch25avx2
模型: DeepSeek-R1-GGUF/DeepSeek-R1-UD-Q2_K_XL (2.51bit)
（更新）把 cpu_infer 调整为 18 后，速度快了很多：
prompt eval rate: 4.277932695123732 tokens/s
eval count: 300 token(s)
eval rate: 2.863244102057046 tokens/s
""", "https://github.com/kvcache-ai/ktransformers/issues/726 — 1*3090 + 256G RAM(8通道 DDR4 2666),E5 2630v4 + decode 速度 0.1 tokens/s都不到 (xiaoxi91) — 2025-02-28 / 2025-03-04. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "UD-Q2_K_XL (2.51-bit, 212 GB)", 1, "RTX 3090 24GB", 1, 24, "Xeon E5-2630 v4 (4-ch DDR4-2133 per socket; 8 channels = 2 sockets)", 256,
            "KTransformers 0.2.1", [pp(1, 2.86)]),
      "The 212 GB UD-Q2_K_XL fits 256 GB RAM + 24 GB VRAM. Eight channels (two E5-2630 v4 sockets, DDR4 clocked at 2133) give ~136 GB/s in total, ~68 GB/s per socket. ~6.5 GB of 2.5-bit experts per token: ceiling ~10 tok/s per socket; 2.86 tok/s is well inside. Plausible.")

offer("kt1403", """
性能疑惑（KTransformers）
我目前使用的是两个 intel xeon(R) Silver 4410Y（48核）+ NVIDIA RTX 5000 + 512G DDR5，按照教程安装完 Deepseek-r1-q4-k-m 后，
预填充速度只有 7-8 tokens/s，在使用 multi-gpu-4，测试也只有 10 tokens/s，解码速度最佳是维持在 6.5 tokens/s，请问这个速度符合我的工作站配置吗？
""", "https://github.com/kvcache-ai/ktransformers/issues/1403 — 性能疑惑 (kmnns) — 2025-06-27. Condensed ('512GDDR5' in the original read as 512 GB DDR5).",
      True, "plausible",
      facts("DeepSeek-R1 671B", "Q4_K_M", 1, "NVIDIA RTX 5000 (Ada, 32 GB)", 1, 32, "2 x Xeon Silver 4410Y (8-ch DDR5-4000 each)", 512,
            "KTransformers", [pp(1, 6.5)]),
      "Q4_K_M (404 GB) fits 512 GB. One 4410Y socket has 8 x DDR5-4000 = 256 GB/s: ~11.6 GB of experts per token gives ~22 tok/s at full bandwidth; 6.5 tok/s is ~30%. Prefill at 7-10 tok/s is low but not a claim. Plausible.")

offer("unsloth1591", """
DeepSeek-R1 IQ1_S 1.58bit, 2x H100 / 80GB, llama.cpp (llama-bench):
| model | size | params | backend | ngl | threads | type_k | test | t/s |
| deepseek2 671B IQ1_S - 1.5625 bpw | 130.60 GiB | 671.03 B | CUDA | 62 | 12 | q4_0 | pp512 | 276.56 ± 1.24 |
| deepseek2 671B IQ1_S - 1.5625 bpw | 130.60 GiB | 671.03 B | CUDA | 62 | 12 | q4_0 | tg128 | 11.89 ± 0.01 |
matching 12 tokens per second
""", "https://github.com/unslothai/unsloth/issues/1591 — How to run DeepSeek-R1 IQ1_S 1.58bit at 140 Token/Sec (comment by loretoparisi) — 2025-01-29. Condensed; the 140 tok/s of the title is not claimed in this comment.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "UD-IQ1_S (130.60 GiB)", 1, "H100 80GB HBM3", 2, 80, None, None, "llama.cpp",
            [pp(1, 11.89, note="tg128"), ]),
      "130.6 GiB (140 GB) fits 2 x 80 GB with all 62 layers offloaded. Per token ~8-9 GB of 1.58-bit experts plus attention; with layer split the two cards run in turn at 3.35 TB/s: ceiling in the hundreds of tok/s. 11.9 tok/s is far below (llama.cpp's MoE kernels at the time). Plausible.")

offer("tt340", """
Performance Benchmark Sweeps for Qwen3-30B-A3B on A100 (vLLM)
| ISL | OSL | Concurrency | N Req | TTFT (ms) | TPOT (ms) | Tput User (TPS) | Tput Decode (TPS) |
| 128 | 128 | 1 | 8 | 35.7 | 9.6 | 103.92 | 103.9 |
| 128 | 1024 | 1 | 4 | 27.0 | 9.7 | 103.37 | 103.4 |
| 1024 | 128 | 1 | 4 | 70.3 | 9.8 | 102.26 | 102.3 |
| 4096 | 128 | 1 | 2 | 75.2 | 10.3 | 96.91 | 96.9 |
""", "https://github.com/tenstorrent/tt-inference-server/issues/340 — Qwen3 Family: GPU Benchmarks (comment by gtobarTT) — 2025-07-18. Condensed (four of the rows).",
      True, "plausible",
      facts("Qwen3-30B-A3B", "BF16 (release precision; not stated)", 1, "A100 (memory not stated)", 1, None, None, None, "vLLM",
            [pp(1, 103.9, tpot=9.6, ttft=35.7)]),
      "Qwen3-30B-A3B has 3.3B active parameters: ~6.6 GB per token at BF16. On an A100 (1.6-2.0 TB/s) the bandwidth ceiling is ~240-300 tok/s; 104 tok/s (TPOT 9.6 ms) is ~35-43%. The 61 GB of BF16 weights need the 80 GB A100 (the card's memory is not stated). Plausible.")

offer("vllm20890", """
[Performance]: Severe performance on 8x A100 80GB with Qwen3-235B-A22B (v0.9.0)
vllm server: --model /models/Qwen3-235B-A22B --tensor-parallel-size 8 --dtype float16 --max_num_seqs 128 --max-model-len 32768
benchmark: --num-prompts 32 --random-input-len 1024 --random-output-len 1024
I noticed someone was able to achieve over 900 tokens/s throughput using vLLM 0.8.5 on 8×A800 with a batch size of 32, input length of 1k, and output length of 1k.
""", "https://github.com/vllm-project/vllm/issues/20890 — [Performance]: Severe performance on 8x A100 80GB with Qwen3-235B-A22B (v0.9.0) (baoqian426) — 2025-07-14. Condensed; the 900 tok/s is the figure quoted from another user's 8 x A800 run.",
      True, "plausible",
      facts("Qwen3-235B-A22B", "FP16", 1, "A800 80GB (quoted run) / A100 80GB (own run)", 8, 80, None, None, "vLLM 0.8.5",
            [pp(32, 28.1, 900, note="'over 900 tokens/s' at batch 32, 1k in / 1k out")]),
      "FP16 weights are ~470 GB, within 8 x 80 GB with room for 32 x 2k tokens of KV. At batch 32 a step touches ~87% of the 128 experts (~410 GB of FP16 weights, ~51 GB per card): ~25 ms at 2 TB/s, so ~40 steps/s and a bandwidth ceiling of ~1,300 tok/s. 900 tok/s (28 tok/s per user) is ~70% of it, high but not beyond a tuned vLLM. Plausible.")

offer("qwen1536", """
Qwen3-14B-AWQ on 1x A100 80GB (vLLM), --max-num-seq 30, --max-model-len 16384
benchmark: --max-concurrency 1 --num-prompts 30 --random-input-len 16000 --random-output-len 200
Successful requests: 30
Output token throughput (tok/s): 26.84
Total Token throughput (tok/s): 2174.16
Mean TTFT (ms): 3345.37
Mean TPOT (ms): 20.63
""", "https://github.com/QwenLM/Qwen3/issues/1536 — [Performance]: Severe performance drop on 1x A100 80GB with Qwen3-14B-AWQ at >1 concurrency (jinkhyeHW) — 2025. Condensed (the concurrency-1 run).",
      True, "plausible",
      facts("Qwen3-14B", "AWQ 4-bit", 1, "A100 80GB", 1, 80, None, None, "vLLM",
            [pp(1, 48.5, tpot=20.63, ttft=3345.37, note="TPOT 20.63 ms = 48.5 tok/s while decoding; 26.84 tok/s output throughput includes the 16k-token prefill")]),
      "14.8B at ~4.25 bpw is ~8 GB; with a 16k-token KV cache (~2.5 GB) a step reads ~10.5 GB: ceiling ~190 tok/s at 2 TB/s, so TPOT 20.6 ms (48 tok/s) is well within. Prefill of 16,000 tokens needs ~0.47 PFLOP: ~1.5 s at the A100's 312 TFLOPS, so a 3.3 s TTFT is plausible. Plausible.")

# ---------------------------------------------------------------- honest, measured runs (posts, reviews)
offer("k2t_31", """
Kimi K2 Thinking on local hardware: 31 tokens/sec
One developer achieved the 31 tokens/sec benchmark using:
- EPYC 9B45 (128-core, 256 thread) CPU
- 768GB DDR5 6400 MT/s RAM
- 4x RTX 6000 Pro Workstation 96GB GPUs
The K2 Thinking model itself weighs in at 594GB (native INT4 quantization), significantly smaller than the original K2's 1.03TB.
""", "https://www.banandre.com/blog/2025-11/trillion-parameter-ai-on-your-desktop-the-kimi-k2-thinking-revolution-hits-local-hardware — Trillion-Parameter AI on Your Desktop: The Kimi K2 Thinking Revolution Hits Local Hardware — 2025-11-07. Condensed.",
      True, "plausible",
      facts("Kimi K2 Thinking (1T total, 32B active)", "native INT4 (594 GB)", 1, "RTX PRO 6000 Blackwell Workstation 96GB", 4, 96, "EPYC 9B45 (128 cores, 12-ch DDR5-6400)", 768,
            "hybrid GPU/CPU (not named)", [pp(1, 31)]),
      "594 GB fits 384 GB VRAM + 768 GB RAM. With ~384 GB of the weights on the GPUs, ~35% of each token's ~16 GB of INT4 active weights (~6 GB) comes from 12 channels of DDR5-6400 (614 GB/s): ~10 ms, plus the GPU share at 1.8 TB/s per card: a ceiling of ~80 tok/s. 31 tok/s is ~40%. Plausible.")

offer("k25_optane", """
Kimi K2.5 (1T parameters, 32B active) ran on a single Nvidia RTX 3060 graphics card paired with 768 GB of Intel Optane Persistent Memory, generating text at roughly 4 tokens per second (r/LocalLLaMA, user APFrisco).
The full Kimi K2.5 weighs approximately 630 gigabytes, with quantized versions still requiring around 381 gigabytes.
""", "https://www.frontiernews.ai/news/article/how-moonshot-ais-kimi-k2-is-running-on-consumer-ha-0c56c871 — How Moonshot AI's Kimi K2 Is Running on Consumer Hardware That Shouldn't Work — undated (2026). Condensed.",
      True, "unverifiable",
      facts("Kimi K2.5 (1T total, 32B active)", "not stated (a ~381 GB quant implied)", 1, "RTX 3060 12GB", 1, 12, "not stated (Optane PMem needs a 2nd/3rd-gen Xeon)", "768 (Optane PMem)",
            "not stated", [pp(1, 4)]),
      "A 381 GB quant (~3 bpw) fits 768 GB of Optane. Each token reads ~12 GB of active weights, so 4 tok/s needs ~48 GB/s from Optane: that is what six to twelve PMem 200 DIMMs deliver for reads, so it is possible, but the CPU, DIMM count and quant are not stated: the ceiling cannot be computed. Unverifiable; ask for the platform and the quant.")

offer("unsloth_k2", """
Kimi K2: How to Run Locally (Unsloth docs)
The full 1T parameter model from Moonshot AI requires 1.09TB of disk space, while the quantized Unsloth Dynamic 1.8-bit version reduces this to just 245GB.
The 1.8-bit (UD-TQ1_0) quant will fit in a 1x 24GB GPU (with all MoE layers offloaded to system RAM or a fast disk). Expect around 5 tokens/s with this setup if you have bonus 256GB RAM as well.
The full Kimi K2 Q8 quant is 1.09TB in size and will need at least 8 x H200 GPUs.
We suggest using our UD-Q2_K_XL (381GB) quant to balance size and accuracy!
""", "https://docs.unsloth.ai/basics/kimi-k2-how-to-run-locally — Kimi K2: How to Run Locally (Unsloth documentation) — undated (2025-07). Condensed.",
      True, "plausible",
      facts("Kimi K2 Instruct (1T total, 32B active)", "UD-TQ1_0 1.8-bit (245 GB)", 1, "24 GB GPU (not named)", 1, 24, None, 256,
            "llama.cpp", [pp(1, 5)]),
      "245 GB fits 256 GB RAM + 24 GB VRAM. Per token ~32B active at ~1.8 bit is ~7 GB, mostly experts from RAM: 5 tok/s needs ~35 GB/s, which even dual-channel DDR5 provides. The Q8 claim: 1.09 TB on 8 x H200 (1,128 GB) fits, barely. Plausible.")

offer("k25_kt_sglang", """
Kimi-K2.5 via KTransformers+SGLang on a hybrid GPU/CPU memory offload config: 4x RTX Pro 6000 Blackwells + 640GB RAM
Synthetic coding-agent workload, 2k-45k input tokens, 80-3k max output tokens, up to 10 concurrent requests.
The best I could get:
- 23.03 output tokens/s @ 10 concurrent requests
- Mean TTFT: ~60s
- Median TTFT: ~64s
Baseline results (8x GPUs): 74.39 output tokens/s @ 10 concurrent requests, Mean TTFT ~9s
""", "https://web3.okx.com/discover/post/70599795339264 — post by Yannick Nick (Kimi-K2.5 via KTransformers+SGLang, Lium pods) — 2026-02-26. Condensed.",
      True, "plausible",
      facts("Kimi K2.5 (1T total, 32B active)", "RAWINT4 (native INT4, ~595 GB)", 1, "RTX PRO 6000 Blackwell 96GB", 4, 96, "not stated", 640,
            "KTransformers + SGLang", [pp(10, 2.3, 23.03, ttft=60000), pp(10, 7.4, 74.39, ttft=9000, note="baseline on 8 GPUs")]),
      "~595 GB of INT4 weights fit 384 GB VRAM + 640 GB RAM. 23 tok/s in total over 10 requests with 2k-45k-token prompts is modest: each step reads the union of the 10 users' experts (most of the CPU-resident ~210 GB is touched), and TTFT of ~60 s for up to 45k tokens on a hybrid setup is consistent. Nothing claimed is above a ceiling. Plausible.")

offer("simplismart", """
Deploying Kimi K2 Thinking at 173 Tokens per Second (Simplismart)
- 117ms time to first token (TTFT), under production load tuned for real-world latency constraints
- 173+ tokens per second throughput
- Optimized NVFP4 quantization for NVIDIA Blackwell GPUs
- Hybrid Parallelism for optimal latency
""", "https://simplismart.ai/blog/deploying-kimi-k2-thinking — Deploying Kimi K2 Thinking at 173 Tokens per Second: How Simplismart Optimizes for a Trillion-Parameter Model — 2025-12-05. Condensed.",
      True, "unverifiable",
      facts("Kimi K2 Thinking (1T total, 32B active)", "NVFP4", None, "NVIDIA Blackwell (model and count not stated)", None, None, None, None,
            "Simplismart stack", [pp(None, 173, ttft=117)]),
      "NVFP4 K2 is ~550-600 GB, so it needs several Blackwell GPUs, but neither the GPU model nor the count nor the concurrency is stated. 173 tok/s per stream needs ~3 TB/s of effective bandwidth for ~16-18 GB of active weights per token: easy on 8 x B200 with tensor parallelism. Nothing can be weighed without the hardware: unverifiable.")

offer("baem1n", """
Qwen3.5 benchmark: four machines, five engines (cold prefill, median of five runs)
- vLLM GPTQ-Marlin on RTX 3090×2 running Qwen3.5-35B-A3B MoE: 156.3 tok/s
- Qwen3.5-122B-A10B MoE OOMs on the 3090×2 but runs on all three 128GB unified-memory boxes — even the Ryzen AI MAX 395+ pushes 22.9 tok/s
Hardware: M5 Max 128GB (546 GB/s), RTX 3090×2 48GB (~936 GB/s GDDR6X each), DGX Spark GB10 128GB (273 GB/s), Ryzen AI MAX 395 128GB (256 GB/s)
Quantization: Q4_K_M and Q8_0, unsloth GGUF
""", "https://baem1n.dev/en/posts/llm-bench-03-results-tables/ — Qwen3.5 benchmark results tables (baem1n) — 2026. Condensed.",
      True, "plausible",
      facts("Qwen3.5-35B-A3B / Qwen3.5-122B-A10B", "GPTQ 4-bit / Q4_K_M", 1, "RTX 3090 x2 / Ryzen AI Max+ 395 128GB", 2, 24, None, None,
            "vLLM / llama.cpp", [pp(1, 156.3, note="35B-A3B on 2 x 3090"), pp(1, 22.9, note="122B-A10B on Ryzen AI Max+ 395")]),
      "35B-A3B at 4 bit reads ~1.7 GB per token; with tensor parallel over two 3090s (1.87 TB/s) the ceiling is ~1,000 tok/s, so 156 is easy. 122B-A10B at Q4_K_M is ~73 GB (fits 128 GB, not 48 GB: the OOM is right) and reads ~6 GB per token: ceiling ~42 tok/s at 256 GB/s, 22.9 is ~54%. Plausible.")

offer("glm51_m3u", """
GLM 5.1 optimized to run on a Mac Studio M3 512 (MLX, mixed 4.5-bit quant)
Fits into ~420 GB memory.
metric (this model, 4.5 bit): bpw 4.538, base memory 392.992 GB, peak memory (1024/512) 424.067 GB
prompt tok/s (1024): 193.563 ± 0.094
gen tok/s (512): 17.259 ± 0.032
Tested on a Mac Studio M3 Ultra with mlx_lm.benchmark --prompt-tokens 1024 --generation-tokens 512 --num-trials 5
""", "https://huggingface.co/spicyneuron/GLM-5.1-MLX-4.5bit — GLM-5.1-MLX-4.5bit model card (spicyneuron) — 2026. Condensed.",
      True, "plausible",
      facts("GLM-5.1 (~744B total, ~40B active)", "MLX mixed 4.5-bit (4.538 bpw)", 1, "Mac Studio M3 Ultra 512GB", 1, 512, None, None,
            "MLX (mlx_lm)", [pp(1, 17.259)]),
      "393 GB base / 424 GB peak fits 512 GB of unified memory (within the raised GPU wiring limit). ~40B active at 4.54 bpw is ~22.7 GB per token: ceiling 819/22.7 = 36 tok/s; 17.3 tok/s is 48%. Plausible.")

offer("llama3gpu", """
Building LocalLlama Machine – Episode 3: Performance Optimizations (one RTX 3090 + two RTX 3060, llama.cpp)
- Qwen3 8B and Qwen3 14B fit inside the 3090 alone; disabling the 3060s: from 48 to 82 tokens per second, and from 28 to 48.
- Qwen3 32B in Q8 over the three cards: from the default 13.0 tokens per second to 15.6 by adjusting the tensor split, 16.4 with "row" split mode.
- DeepSeek-R1-Distill-Llama-70B in Q4: we start at 10.3 tokens per second and improve to 12.1.
""", "https://redlib.private.coffee/r/LocalLLaMA/new?after=t3_1kh4lbl — r/LocalLLaMA: Building LocalLlama Machine – Episode 3: Performance Optimizations — 2025-05. Condensed.",
      True, "plausible",
      facts("Qwen3 8B/14B/32B, DeepSeek-R1-Distill-Llama-70B", "Q8 (32B), Q4 (70B); 8B/14B not stated", 1, "RTX 3090 24GB + 2 x RTX 3060 12GB", 3, 24, None, None,
            "llama.cpp", [pp(1, 82, note="Qwen3 8B on the 3090"), pp(1, 48, note="Qwen3 14B on the 3090"), pp(1, 16.4, note="Qwen3 32B Q8, 3 cards"), pp(1, 12.1, note="R1-Distill-Llama-70B Q4, 3 cards")]),
      "Qwen3 32B at Q8 is ~35 GB over 24+12+12 GB; with a layer split the 3090 part (~22 GB at 936 GB/s) and the 3060 part (~13 GB at 360 GB/s) run in turn: ~59 ms, a ceiling of ~17 tok/s; 16.4 is close but row split overlaps the cards. The 70B at Q4 (~42 GB) fits 48 GB: same arithmetic gives ~13 tok/s; 12.1 is within. 8B (Q4 ~5 GB: 82 tok/s vs ~190 ceiling) and 14B are easy. Plausible.")

offer("dual3090", """
How to run two RTX 3090s for LLM inference in 2026
Two used RTX 3090s for $1,200 total. 48GB combined VRAM. Llama 70B at Q4 running at 18-22 tokens per second. That is the pitch — and it actually works.
No NVLink required. 850W PSU minimum, 1000W recommended (each 3090 draws up to 350W). 32GB RAM minimum, 64GB recommended.
""", "https://dev.to/thurmon_demich/how-to-run-two-rtx-3090s-for-llm-inference-in-2026-1h1j — How to Run Two RTX 3090s for LLM Inference in 2026 (Best GPU for LLM) — 2026. Condensed.",
      True, "plausible",
      facts("Llama 70B", "Q4 (~40-42 GB)", 1, "RTX 3090 24GB", 2, 24, None, "32-64", "not stated",
            [pp(1, 20, note="'18-22 tokens per second'")], 1200, "USD", condition="used"),
      "A 70B Q4 (~40-42 GB) fits 2 x 24 GB. With a layer split the cards run in turn: 936/42 = 22 tok/s at full bandwidth, so 18-22 would be 80-100% of it (high for llama.cpp, which measures ~16-17); with tensor parallelism (exllama/vLLM) the ceiling doubles to ~44 and 18-22 is ~45%. The runtime is not stated; the figure is inside the tensor-parallel ceiling and matches published TP runs. Plausible.")

offer("qwen27_mtp", """
llama.cpp b9455 finally caught vLLM: 70t/s on 2x3090 Qwen 27B UQ8
Hardware: 2x RTX 3090s (24GB each). Model: Unsloth's Qwen3.6-27B-UD-Q8_K_XL
Flags: --tensor-split 50,50 -sm tensor --flash-attn on --cache-type-k q8_0 --cache-type-v q8_0 --spec-type draft-mtp --spec-draft-n-max 3
ctx 27K · pp 27K/18.8s 1417t/s · out 248/3.0s 81t/s · cold
ctx 68K · pp 68K/54.2s 1247t/s · out 2.0K/28.8s 68t/s · cold
Decode speed is rock-solid at 67-81 t/s.
""", "https://wpnews.pro/news/llama-cpp-b9455-finally-caught-vllm-70t-s-on-2x3090-qwen-27b-uq8.md — llama.cpp b9455 Finally Caught vLLM: 70t/s on 2x3090 Qwen 27B UQ8 (repost of a dev.to / r/LocalLLaMA post) — 2026-06-03. Condensed.",
      True, "plausible",
      facts("Qwen3.6-27B (dense)", "UD-Q8_K_XL (~8.5 bpw)", 1, "RTX 3090 24GB", 2, 24, None, None,
            "llama.cpp b9455, tensor split + MTP speculative decoding", [pp(1, 81, note="with MTP draft (up to 3 tokens per step)"), pp(1, 68, note="at 68K context")]),
      "27B at ~8.5 bpw is ~29 GB, split over two 3090s with tensor parallelism (1.87 TB/s): ~64 tok/s per forward pass at full bandwidth. With MTP speculative decoding (up to 3 drafted tokens verified per pass) 67-81 tok/s needs only ~1.3 accepted tokens per pass: the decoding method is stated, and the figure is within what it allows. Prefill 1.2-1.4k tok/s for 27B is ~70 TFLOPS, within two 3090s. Plausible.")

offer("gptoss_strix", """
GPT-OSS 120B: First Benchmarks on Consumer AMD Hardware
- CPU/GPU: AMD Ryzen AI Max+ 395 (Strix Halo), 128GB LPDDR5x unified, Ollama + llama.cpp (Vulkan)
- The model file is 65GB, sits entirely in unified memory.
- gpt-oss:120b (MoE 120B): 18-25 tokens/second
- qwen3:30b-a3b: 37.3 tok/s; deepseek-r1:1.5b: 91.0; llama3.3:70b: 2.6; deepseek-r1:70b: 2.5
""", "https://fromthematrix.dev/posts/gpt-oss-120b-first-look — GPT-OSS 120B: First Benchmarks on Consumer AMD Hardware — 2026. Condensed.",
      True, "plausible",
      facts("gpt-oss-120b (117B total, 5.1B active)", "MXFP4 (65 GB file)", 1, "Ryzen AI Max+ 395 128GB", 1, 128, None, None, "Ollama (llama.cpp Vulkan)",
            [pp(1, 21.5, note="'18-25'"), pp(1, 37.3, note="qwen3:30b-a3b"), pp(1, 2.6, note="llama3.3:70b")]),
      "65 GB fits 128 GB. gpt-oss-120b reads ~3 GB per token (5.1B active, MXFP4 experts, BF16 attention): ceiling ~85 tok/s at 256 GB/s; 18-25 is 25-30%. 70B at Q4 (~42 GB) has a ceiling of ~6 tok/s, so 2.6 is realistic. Plausible.")

offer("gptoss_cpumoe", """
gpt-oss-120b: the expert layers run amazing on CPU (~17T/s 25T/s on a 14900K) with llama.cpp --cpu-moe / --n-cpu-moe 36.
Offload just the attention layers to GPU (about 5 to 8GB of VRAM). 64GB of system RAM would be minimum, 96GB ideal.
prompt eval time = 28044.75 ms / 3440 tokens (122.66 tokens per second) eval time = 5433.28 ms / 98 tokens (18.04 tokens per second) with 5GB of vram usage!
prompt eval time = 94593.62 ms / 12717 tokens (134.44 tokens per second) eval time = 76741.17 ms / 1966 tokens (25.62 tokens per second)
""", "https://gokawiil.com/article/74814 — repost of a r/LocalLLaMA post on gpt-oss-120b with --cpu-moe — 2025-08. Condensed.",
      True, "plausible",
      facts("gpt-oss-120b (117B total, 5.1B active)", "MXFP4", 1, "not named (5-8 GB VRAM used)", 1, None, "Intel Core i9-14900K (2-ch DDR5)", "64-96",
            "llama.cpp (--n-cpu-moe 36)", [pp(1, 18.04), pp(1, 25.62)]),
      "The MXFP4 experts (~60 GB) sit in system RAM; per token 4 of 128 experts in each of 36 layers are read, ~2 GB at ~4.25 bit. Dual-channel DDR5 on a 14900K gives ~90 GB/s: ceiling ~45 tok/s; 18-26 tok/s is 40-57%. RAM size is stated only as a recommendation. Plausible.")

offer("l40s32", """
使 SGLang 支持在 32 张 L40S 上运行 DeepSeek-R1（INT8），修正网络拓扑后（4 网口 GDRDMA）的测试：
# 128 并发 gen throughput (token/s): 777.92
# 32 并发 gen throughput (token/s): 457.66
# 4 并发 gen throughput (token/s): 153.98
# 1 并发 gen throughput (token/s): 49.02
（每台 8 张 L40S，PCIE 4.0 Switch，共 4 台）
""", "https://yangwenbo.com/articles/update-bench-dsr1-int8-on-l40s.html — 更新:在 32 张 L40S 上运行 DeepSeek-R1 INT8 的测试 (yangwenbo.com) — 2025. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "INT8 (W8A8)", 4, "L40S 48GB", 8, 48, None, None, "SGLang",
            [pp(128, 6.08, 777.92), pp(32, 14.3, 457.66), pp(4, 38.5, 153.98), pp(1, 49.02)]),
      "INT8 R1 (~700 GB) fits 32 x 48 GB = 1,536 GB with room for KV. One user reads ~37 GB of INT8 active weights per token, split over 32 cards (~1.2 GB each at 864 GB/s = 1.4 ms) plus PCIe/RDMA all-reduces: 49 tok/s (20 ms per token) is communication-bound, well under the bandwidth ceiling. At 128 users ~778 tok/s means 6 tok/s each; compute (778 x 74 GFLOP = 58 TFLOP/s over 32 cards) is tiny. Plausible.")

offer("ant_h20", """
Partnering with SGLang: Best Practices for Efficiently Deploying DeepSeek-R1 on H20-96G
- Hardware-aware parallelization: Single-node TP-8 for prefill phase and small-scale EP-16 for decode phase
- Kernel-level optimizations: FlashMLA-FP8 and DeepGEMM swapAB
Experiments show that using our strategies, each node achieves 16.5k input tokens/s and 5.7k output tokens/s on 4096 token input sequences.
H20-96G: FP8 Compute 296 TFLOPS, FP16/BF16 Compute 148 TFLOPS, Memory Capacity 96 GB
""", "https://www.winzheng.com/en/review/deploy-deepseek-r1-on-h20 — Partnering with SGLang: Best Practices for Efficiently Deploying DeepSeek-R1 on H20-96G (Ant Group / SGLang) — 2025. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "FP8 (release precision)", 2, "H20 96GB", 8, 96, None, None, "SGLang (EP-16 decode)",
            [pp(None, None, 5700, note="per node, output tokens/s; concurrency not stated")]),
      "FP8 R1 (~690 GB) fits one 8 x 96 GB node; decode runs expert-parallel over 16 cards. 5.7k output tok/s per node is ~420 TFLOP/s (2 x 37B per token), ~18% of the node's 2.4 PFLOPS FP8, and at large batch every expert is read once per step (~690 GB over 16 cards at 4 TB/s ≈ 11 ms per step, so ~65 users per card at ~20 tok/s each fits). Within both ceilings. Plausible.")

offer("atlas_bf16", """
DeepSeek-R1 昇腾 910B 满血版部署攻略
DeepSeek-R1 在转换前权重约为 640G 左右，在转换后（FP8 → FP16）权重约为 1.3T 左右。
对于昇腾机器的要求，BF16 的 R1 需要至少 4 台 Atlas 800I A2（8*64G）服务器，W8A8 量化版本则至少需要 2 台 Atlas 800I A2（8*64G）。
""", "https://blog.csdn.net/2401_85390073/article/details/147091531 — DeepSeek-R1昇腾910B满血版部署攻略:避开这些坑,快速上手! — 2025-04. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "BF16 / W8A8", 4, "Ascend 910B 64GB (Atlas 800I A2)", 8, 64, None, None, "MindIE"),
      "BF16 R1 is ~1.34 TB: four Atlas 800I A2 (4 x 8 x 64 GB = 2,048 GB) hold it with KV room; three (1,536 GB) would barely hold the weights. W8A8 is ~671-700 GB: two servers (1,024 GB) hold it. The 640 GB / 1.3 TB sizes are right. No speed is claimed. Plausible.")

offer("ewbang_m4pro", """
Mac mini（M4 / M4 Pro）实测 DeepSeek-R1
M4 Pro 高配（32GB/64GB 统一内存），内存带宽 200GB/s
DeepSeek-R1:14B（32GB）：内存占用 12-14GB，推理速度 10-12 tokens/s，首次加载 8.3 秒
DeepSeek-R1:32B（64GB）：内存占用 28-30GB，推理速度 4.8-5 tokens/s，首次加载 27.1 秒
""", "https://ewbang.com/community/article/details/1000267559.html — Mac mini (M4/M4 Pro) 运行 DeepSeek-R1 与 QwQ-32B 实测 — 2025. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1-Distill-Qwen-14B / 32B (ollama deepseek-r1:14b / 32b)", "not stated (ollama default Q4_K_M)", 1, "Mac mini M4 Pro 32GB / 64GB", 1, 64, None, None, "not stated (ollama tags)",
            [pp(1, 11, note="14B on 32 GB"), pp(1, 4.9, note="32B on 64 GB")]),
      "The ollama 14b/32b tags are the Qwen distills (9 GB and 20 GB at Q4_K_M; the 12-14 GB and 28-30 GB used include KV). M4 Pro has 273 GB/s (the page says 200): 14B ceiling ~30 tok/s, 32B ~13.6 tok/s; 10-12 and ~5 tok/s are ~37% of those. Conservative figures. Plausible.")

offer("llmspeed4090", """
DeepSeek-R1 on an RTX 4090: which size actually fits? (measured, signed and reproducible)
DeepSeek-R1 8B decodes 134 tok/s and 14B decodes 81 tok/s, both at Q4 with room to spare on 24 GB.
The 32B does not fit 24 GB at Q4 once context is added, so it offloads layers to system RAM and crawls to under 4 tok/s.
""", "https://llm-speed.com/blog/deepseek-r1-speed-rtx-4090 — DeepSeek-R1 on an RTX 4090: which size actually fits? — 2026-07-02. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1-Distill-Llama-8B / Qwen-14B / Qwen-32B", "Q4", 1, "RTX 4090 24GB", 1, 24, None, None, "not stated",
            [pp(1, 134, note="8B"), pp(1, 81, note="14B"), pp(1, 4, note="32B, 'under 4'")]),
      "8B at Q4 (~4.9 GB): ceiling ~205 tok/s at 1,008 GB/s, 134 is 65%. 14B (~9 GB): ceiling ~112, 81 is 72%. 32B Q4_K_M is ~20 GB, with a long context it spills: a few tok/s is consistent. Plausible.")

offer("groundy", """
Running DeepSeek R1 locally: hardware requirements, quantization and real throughput
The RTX 4090 with 24 GB VRAM is the current practical ceiling for single-card consumer deployment. At Q4_K_M quantization, it handles:
- 14B distilled: ~58 tokens/s through Ollama
- 32B distilled: ~30–35 tokens/s at Q4_K_M
- 70B distilled: Not recommended—requires heavily quantized format with limited context
""", "https://groundy.com/articles/running-deepseek-r1-locally-hardware-requirements-quantization-and-real-throughput — Running DeepSeek R1 Locally: Hardware Requirements, Quantization, and Real Throughput — 2026. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1-Distill-Qwen-14B / 32B", "Q4_K_M", 1, "RTX 4090 24GB", 1, 24, None, None, "Ollama",
            [pp(1, 58, note="14B"), pp(1, 32.5, note="32B, '30-35'")]),
      "14B Q4_K_M (~9 GB): ceiling ~112 tok/s, 58 is 52%. 32B Q4_K_M (~20 GB) fits 24 GB at short context: ceiling ~50 tok/s, 30-35 is 60-70%, at the top of what llama.cpp reaches but reported by several testers. Plausible.")

offer("spark_arena", """
Nvidia DGX Spark: Spark Arena leaderboard (community benchmarks, llama.cpp / vLLM / SGLang)
Current top decode rates:
- gpt-oss-120b on vLLM with MXFP4 precision across two nodes: 75.96 tokens per second
- Qwen3-Coder-Next on SGLang with FP8 precision on two nodes: 60.51 tok/s
- single-node vLLM MXFP4 run of gpt-oss-120b: 58.82 tok/s
""", "https://www.sectorhq.co/news/nvidia-dgx-spark-boosts-openweight-llm-performance-setting-new-benchmarks — Nvidia DGX Spark Boosts Open-Weight LLM Performance, Setting New Benchmarks — 2026. Condensed.",
      True, "plausible",
      facts("gpt-oss-120b (117B total, 5.1B active)", "MXFP4", 1, "DGX Spark (GB10, 128GB, 273 GB/s)", 1, 128, None, None, "vLLM",
            [pp(1, 58.82, note="single node"), pp(1, 75.96, note="two nodes")]),
      "gpt-oss-120b's MXFP4 weights (~63 GB) fit 128 GB. Per token ~3 GB is read (5.1B active, 4.25-bit experts, BF16 attention): ceiling ~90 tok/s at 273 GB/s; 58.8 tok/s is ~65%, high but vLLM on Blackwell reaches it. Two nodes over ConnectX-7 split the weights: 76 tok/s is within the doubled ceiling. Plausible.")

offer("b200_trt", """
Optimizing DeepSeek-R1 on NVIDIA B200 GPUs with TensorRT-LLM
TensorRT-LLM increased DeepSeek-R1 performance from 67 tokens per second to 368 tokens per second on 8×B200 GPUs in min-latency scenarios (1k input, 2k output).
Attention in bf16, the dense FFN and 58 MoE FFN layers in nvfp4. Parallelism TP8EP2.
Three MTP layers reach 253 TPS; relaxed acceptance (top10, delta 0.6) delivers up to 368 TPS.
""", "https://unanswered.io/guide/how-to-optimize-deepseek-r1 — Optimizing DeepSeek-R1 on NVIDIA B200 GPUs with TensorRT-LLM (summary of NVIDIA's TensorRT-LLM blog) — 2025. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "NVFP4 (MoE) + BF16 attention", 1, "B200 180GB", 8, 180, None, None, "TensorRT-LLM",
            [pp(1, 368, note="with 3-layer MTP speculative decoding, relaxed acceptance"), pp(1, 67, note="baseline")]),
      "NVFP4 R1 (~400 GB) fits 8 x 180 GB. One user reads ~21 GB per token; over 8 cards at 8 TB/s that is ~0.3 ms, so the bandwidth ceiling is in the thousands; the limit is kernel and all-reduce latency. 368 tok/s uses MTP speculative decoding (stated), ~2-3 accepted tokens per step at ~150 steps/s. Plausible.")

offer("a6000_iq1", """
Running DeepSeek-R1 at Home with llama.cpp
DeepSeek-R1-UD-IQ1_S: use --n-gpu-layers 62, --ctx-size 7100, --split-mode layer, --temp 0.6, --min-p 0.05 to reach about 17.76 tokens per second on 4× RTX A6000. This setup keeps the model fully in VRAM.
""", "https://unanswered.io/guide/how-to-optimize-deepseek-r1 — section 'Running DeepSeek-R1 at Home with llama.cpp' — 2025. Condensed.",
      True, "plausible",
      facts("DeepSeek-R1 671B", "UD-IQ1_S (131 GB)", 1, "RTX A6000 48GB", 4, 48, None, None, "llama.cpp (layer split)", [pp(1, 17.76)]),
      "131 GB fits 4 x 48 GB = 192 GB with 7k tokens of context. Per token ~9 GB is read; with a layer split the cards run in turn at 768 GB/s: ceiling ~85 tok/s; 17.8 tok/s is ~21%. Plausible.")

# ---------------------------------------------------------------- dishonest or unsupported
offer("rl327", """
Llama 3.3 70B Instruct on NVIDIA GeForce RTX 4090 — measured this month
tok/s 14.8 · TTFT 612 ms · VRAM used 23.4 GB · RAM used 18.5 GB · Power 348 W · Quant Q4_K_M · Context 8K · Run date 2026-05-02 · Source: community
Tight fit. 70B Q4_K_M is 42 GB so a 24 GB card requires ~50% CPU offload (16 of 80 layers stay GPU-resident). Community range: 12-17 tok/s; we cite the conservative middle.
""", "https://runlocalai.co/benchmarks/327 — Llama 3.3 70B Instruct on NVIDIA GeForce RTX 4090 (RunLocalAI benchmark page) — 2026-05. Condensed.",
      False, "unverifiable",
      facts("Llama 3.3 70B Instruct", "Q4_K_M (42 GB)", 1, "RTX 4090 24GB", 1, 24, "not stated", "not stated (18.5 GB used)", "not stated (llama.cpp implied)",
            [pp(1, 14.8, ttft=612)]),
      "18.5 GB of the 42 GB model sit in system RAM and are read every token: 14.8 tok/s needs ~275 GB/s from RAM at 100% efficiency, plus the GPU part (23.4 GB at 1 TB/s = 23 ms, which alone caps it at ~43). A desktop with dual-channel DDR5 (~80-90 GB/s) would give ~4 tok/s; only an 8-12-channel server platform could approach 14.8. 'Measured' figures from typical 4090 desktops for this split are 3-5 tok/s. The CPU/RAM is not stated, so the ceiling rests on an assumption: unverifiable, ask which CPU and memory channels.")

offer("rbat3764958", """
单双卡 RTX 4090 实战 DeepSeek 70B：本地化部署性能与成本全解析
70B 参数模型需至少 140GB 显存（FP16 精度），单卡 A100（80GB）需开启 Tensor Parallel 导致通信开销激增，而双卡 A100 方案成本超 6 万元。
RTX 4090（24GB 显存）通过量化技术（如 GPTQ 4bit）可将模型压缩至 35GB，理论上单卡可加载 70B 模型。
测试平台：单卡 RTX 4090 24GB ×1，i9-13900K，64GB DDR5 5600MHz；双卡 RTX 4090 24GB ×2，128GB DDR5
""", "http://www.ruibaoantu.com/article/detail.html?id=3764958 — 单双卡RTX 4090实战DeepSeek 70B:本地化部署性能与成本全解析 — 2025-09-26. Condensed.",
      False, "impossible",
      facts("DeepSeek-R1-Distill-Llama-70B", "GPTQ 4-bit (stated as 35 GB)", 1, "RTX 4090 24GB", 1, 24, "Intel Core i9-13900K", 64, "not stated"),
      "The text itself says the 4-bit model is 35 GB and then that one 24 GB card can load it: 35 GB > 24 GB. Every input is read (model, precision, size, one 24 GB card). Also '2 x A100 costs over 60,000 CNY' is off by an order of magnitude, and a single A100 80 GB cannot hold 140 GB even with TP. Impossible.")

offer("rbat3734209", """
单双卡 RTX 4090 挑战 DeepSeek70B：本地部署效果揭秘
单卡测试：NVIDIA RTX 4090（24GB 显存），Intel i9-13900K，64GB DDR5 内存
模型版本：DeepSeek-70B（原始 FP16 权重）
Q4_K 量化：模型权重约 17.5GB（70B×4bit/8）；K/V 缓存（batch_size=4，seq_len=2048）额外约 4GB；总计约 21.5GB，接近 24GB 上限
FP16 模式：加载模型需约 140GB 显存，远超单卡 24GB 限制，无法运行。
""", "http://www.ruibaoantu.com/article/detail.html?id=3734209 — 单双卡RTX 4090挑战DeepSeek70B:本地部署效果揭秘 — 2025-09-25. Condensed.",
      False, "impossible",
      facts("DeepSeek-R1-Distill-Llama-70B", "Q4_K (stated as 17.5 GB)", 1, "RTX 4090 24GB", 1, 24, "Intel Core i9-13900K", 64, "vLLM 0.4.0"),
      "70B x 4 bit / 8 = 35 GB, not 17.5 GB (the page's own formula gives 35); Q4_K is ~4.5 bpw, ~40 GB. A 35-40 GB model does not fit one 24 GB card with or without 4 GB of KV. Model, quant and card are all stated. Impossible.")

offer("xfz3785951", """
单双卡 RTX 4090 硬刚 DeepSeek70B：本地部署性能与成本全解析
测试平台：双路 NVIDIA RTX 4090（24GB GDDR6X），AMD Ryzen 9 7950X，64GB DDR5
输出显示两块显卡均被正确识别，且支持 NVLink 2.0 高速互联（带宽达 112.5GB/s）。
4-bit 量化（bitsandbytes nf4）可将模型体积压缩至 35GB（原始 FP16 格式为 140GB），单卡显存占用降至 21.8GB，剩余 2.2GB 用于临时计算。
单卡模式：启用 offload，batch size=1 时推理延迟达 3.2 秒/token。
""", "http://www.xfz.ruibaoantu.com/article/detail.html?id=3785951 — 单双卡RTX 4090硬刚DeepSeek70B:本地部署性能与成本全解析 — 2025-09-26. Condensed.",
      False, "impossible",
      facts("DeepSeek-R1-Distill-Llama-70B", "bitsandbytes NF4 (stated 35 GB)", 1, "RTX 4090 24GB", 2, 24, "AMD Ryzen 9 7950X", 64, "Transformers + bitsandbytes",
            [pp(1, 0.31, note="3.2 s/token single card with offload")]),
      "The RTX 4090 has no NVLink connector (112.5 GB/s is the RTX 3090's NVLink figure): a stated fact that is false. A 35 GB model cannot occupy only 21.8 GB on one card unless 13+ GB is offloaded (then it is not 'loaded'); the 3.2 s/token single-card figure is consistent with offload, so the speed itself is not overstated. The NVLink claim and the memory figure are read from the text. Impossible.")

offer("rbat3606456", """
双 Mac Studio 组局 DeepSeek：家庭 AI 工作站的终极性价比方案
通过两台顶配 Mac Studio（M2 Ultra 芯片，24 核 CPU + 76 核 GPU）组建分布式计算集群，成功实现满血版 DeepSeek-R1（671B 参数）的本地化运行，总价超 10 万元。
- 主节点：Mac Studio（M2 Ultra 24核CPU+76核GPU+128GB内存）
- 从节点：Mac Studio（M2 Ultra 24核CPU+60核GPU+64GB内存）
- 网络架构：Thunderbolt 4 直连（40Gbps 带宽）
实测数据显示，该配置在 16 位精度下可达到 18.7TFLOPS 的有效算力，实际推理速度接近单卡 A100 的 60%。
""", "http://www.ruibaoantu.com/article/detail.html?id=3606456 — 双Mac Studio组局DeepSeek:家庭AI工作站的终极性价比方案 — 2025-09-17. Condensed.",
      False, "impossible",
      facts("DeepSeek-R1 671B", "'满血版', 16-bit", 2, "Mac Studio M2 Ultra 128GB + 64GB", 1, "128 + 64", None, None, "not named (distributed tensor parallel)",
            price=100000, currency="CNY"),
      "Full R1 is ~690 GB at FP8 and ~1.34 TB at 16 bit; the two Macs have 128 + 64 = 192 GB of unified memory (of which ~75% can be wired to the GPU). Even the 1.58-bit quant (131 GB) would be the only thing that fits, and that is not '满血版'. Machines, memory and precision are all stated. Impossible.")

offer("xfz3591788", """
Mac mini 运行 DeepSeek R1 与 QwQ-32B 模型：实测性能全解析
- 基础版：M2 芯片（8核CPU+10核GPU），16GB 统一内存，512GB SSD
- 进阶版：M3 Pro 芯片（12核CPU+18核GPU），32GB 统一内存，1TB SSD
测试目标为验证 Mac mini 能否稳定运行 DeepSeek R1（67B 参数）与 QwQ-32B（32B 参数）模型。
DeepSeek R1：使用 optimum-mlx 进行 4-bit 量化（Q4_K_M），模型体积从 268GB 压缩至 67GB
QwQ-32B：采用 8-bit 量化（Q8_0），模型体积从 128GB 压缩至 32GB
""", "http://www.xfz.ruibaoantu.com/article/detail.html?id=3591788 — Mac mini运行DeepSeek R1与QwQ-32B模型:实测性能全解析 — 2025-09-17. Condensed.",
      False, "impossible",
      facts("'DeepSeek R1 (67B)' / QwQ-32B", "Q4_K_M (stated 67 GB) / Q8_0 (stated 32 GB)", 1, "Mac mini M3 Pro 32GB", 1, 32, None, None, "MLX (optimum-mlx)"),
      "A 67 GB model cannot run in 32 GB of unified memory (and 'DeepSeek R1 67B' does not exist: R1 is 671B, whose Q4_K_M is 404 GB, which fits even less). QwQ-32B at Q8_0 is ~34.8 GB, also more than 32 GB. Also no Mac mini has an M3 Pro. Sizes and memory are stated. Impossible.")

offer("xfz3591751", """
Mac mini 本地化 AI 革命：DeepSeek R1 与 QwQ-32B 运行实测与深度分析
测试平台：Mac mini，M2 Pro 芯片（12核CPU/19核GPU/32GB 统一内存，带宽 200GB/s）
启用 8 位量化（bitsandbytes），ulimit -v 28000000 限制为 28GB
基准测试结果：
| 测试场景 | DeepSeek R1（67 亿参数） | QwQ-32B |
| 首 token 生成延迟 | 820ms | 3.2s |
| 持续生成速度 | 18.7tok/s | 5.3 tok/s |
""", "http://www.xfz.ruibaoantu.com/article/detail.html?id=3591751 — Mac mini本地化AI革命:DeepSeek R1与QwQ-32B运行实测与深度分析 — 2025-09-17. Condensed.",
      False, "impossible",
      facts("'DeepSeek R1 (6.7B)' / QwQ-32B", "8-bit", 1, "Mac mini M2 Pro 32GB", 1, 32, None, None, "PyTorch MPS / Core ML",
            [pp(1, 18.7, ttft=820, note="'DeepSeek R1 6.7B'"), pp(1, 5.3, ttft=3200, note="QwQ-32B 8-bit")]),
      "QwQ-32B at 8 bit is ~33-35 GB of weights: it cannot run in 32 GB, let alone under a 28 GB ulimit, so the 5.3 tok/s measurement cannot be what it says. (At 200 GB/s a 33 GB model would also cap at ~6 tok/s.) The '6.7B DeepSeek R1' at 8 bit (~7 GB) at 18.7 tok/s is within the ceiling (~28), but no R1 of that size exists. Precision, model and memory are stated. Impossible.")

offer("rbat3591754", """
Mac mini 运行 DeepSeek R1 与 QwQ-32B 模型：实测报告与性能分析
测试机型：Mac mini（M2 Pro 16核CPU+19核GPU，32GB 统一内存；M3 Max 16核CPU+40核GPU，64GB 统一内存）
QwQ-32B：FP16 量化下模型约 64GB，INT8 量化后约 32GB
推理速度对比：
| 模型/硬件 | M2 Pro（INT8）| M3 Max（INT8）| M2 Pro（FP16）| M3 Max（FP16）|
| DeepSeek R1 | 12.5 tokens/s | 18.7 tokens/s | 8.2 tokens/s | 12.1 tokens/s |
| QwQ-32B | 3.1 tokens/s | 5.8 tokens/s | 1.9 tokens/s | 3.6 tokens/s |
""", "http://www.ruibaoantu.com/article/detail.html?id=3591754 — Mac mini运行DeepSeek R1与QwQ-32B模型:实测报告与性能分析! — 2025-09-17. Condensed.",
      False, "impossible",
      facts("QwQ-32B / 'DeepSeek R1 (7B)'", "FP16 (64 GB) / INT8 (32 GB)", 1, "Mac mini M2 Pro 32GB / 'M3 Max' 64GB", 1, 32, None, None, "llama.cpp GGUF / MLX",
            [pp(1, 1.9, note="QwQ-32B FP16 on M2 Pro 32 GB"), pp(1, 3.6, note="QwQ-32B FP16 on 64 GB")]),
      "QwQ-32B at FP16 is 64-65 GB: it cannot run on a 32 GB M2 Pro at 1.9 tok/s, and on 64 GB it does not fit the GPU's wired share either (~48 GB). No Mac mini has an M3 Max, and the M2 Pro has at most 12 CPU cores. Model, precision and memory are stated. Impossible.")

offer("aibuild", """
Best GPU for DeepSeek R1: The Ultimate VRAM Guide — why the NVIDIA RTX 5090 and dual-GPU setups have become the gold standard for native inference
DeepSeek R1, at its full uncompressed size (FP16), is over 600GB.
- Full Precision (FP16): ~600GB VRAM required.
- 8-bit Quantization (Q8_0): ~300GB VRAM required.
- 4-bit Quantization (Q4_K_M): ~40GB to 45GB VRAM required.
- Lower Precision (IQ2_XXS): ~20GB to 25GB VRAM.
Dual RTX 5090 (2 x 32GB) runs DeepSeek R1 at 4-bit.
""", "https://ai-build.pages.dev/guides/best-gpu-for-deepseek-r1/ — Best GPU for DeepSeek R1: The Ultimate VRAM Guide (Justin Murray) — 2026. Condensed.",
      False, "impossible",
      facts("DeepSeek-R1 671B", "Q4_K_M (stated 40-45 GB)", 1, "RTX 5090 32GB", 2, 32, None, None, "not stated"),
      "R1's Q4_K_M file is 404 GB (4.82 bpw over 671B); Q8_0 is ~713 GB; FP16 ~1.34 TB; IQ2_XXS ~183-200 GB. The stated 40-45 GB is the 70B distill's size. 404 GB cannot fit 2 x 32 GB = 64 GB. Model, quant and cards are stated. Impossible.")

offer("yunthe467354", """
DeepSeek-R1 满血版部署指南：硅基流动 API 与本地化方案对比解析
混合精度计算层：支持 FP16/BF16/INT8 混合量化，在保持 97.3% 模型精度的前提下，推理速度提升 3.2 倍
实测数据显示，在 A100 80G 显卡上处理 10K 长度文本时，满血版较标准版吞吐量提升 196%，首 token 延迟降低至 127ms。
""", "https://www.yunthe.com/news/467354.html — DeepSeek-R1满血版部署指南:硅基流动API与本地化方案对比解析 — undated (2025). Condensed.",
      False, "unverifiable",
      facts("DeepSeek-R1 671B ('满血版')", "FP16/BF16/INT8 mixed", None, "A100 80GB (count not stated)", None, 80, None, None, "not stated",
            [pp(1, None, ttft=127, note="10K-token prompt")]),
      "A 10,000-token prompt on R1 needs 10k x 2 x 37B = 0.74 PFLOP of prefill: at the A100's 312 TFLOPS BF16 that is 2.4 s on one card and still ~0.3 s on a full 8-card server at 100% utilisation, so 127 ms would need ~19 A100s at peak. Full R1 (1.34 TB at BF16 on A100, no FP8) also needs 17+ cards just to be held. But the card count is not stated ('在 A100 80G 显卡上'), so the finding rests on an assumed count: unverifiable, ask how many cards and servers.")

offer("xfz3661395", """
DeepSeek 一体机：5 分钟解析大模型算力部署革命方案
- 算力密度提升：单台设备支持千亿参数模型推理，性能较传统方案提升 3-5 倍
- 弹性扩展能力：支持横向扩展至数百节点，延迟控制在 2ms 以内
- 全生命周期成本优化：TCO 降低 60% 以上
典型硬件配置：CPU 4th Gen Intel Xeon Platinum 8480+；NPU DeepSeek Custom Accelerator v3；Memory 1TB DDR5 + 4TB NVMe SSD；Network 200Gbps RDMA
""", "http://www.xfz.ruibaoantu.com/article/detail.html?id=3661395 — DeepSeek一体机:5分钟解析大模型算力部署革命方案 — 2025-09-19. Condensed.",
      False, "unverifiable",
      facts("'千亿参数模型' (not named)", None, 1, "'DeepSeek Custom Accelerator v3' (no such product)", None, None, "Xeon Platinum 8480+", 1024, "not stated"),
      "No model is named (only 'a hundred-billion-parameter model'), the accelerator does not exist as a product, and '2 ms latency across hundreds of nodes' has no unit of work. Nothing can be weighed: unverifiable (ask which model, precision, accelerator and speed per user).")


def main():
    rnd = random.Random(20261201)
    order = list(range(len(O)))
    rnd.shuffle(order)
    entries = []
    for new_index, i in enumerate(order, start=1):
        o = O[i]
        oid = f"{new_index:03d}"
        with open(os.path.join(HERE, oid + ".txt"), "w", encoding="utf-8") as f:
            f.write(o["text"])
        entries.append({"id": oid, "file": oid + ".txt", "source": o["source"], "honest": o["honest"],
                        "expected_verdict": o["expected_verdict"], "key_facts": o["key_facts"],
                        "reasoning": o["reasoning"], "key": o["key"]})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(entries), "offers;", sum(e["honest"] for e in entries), "honest")


if __name__ == "__main__":
    main()
