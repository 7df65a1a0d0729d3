#!/usr/bin/env python3
"""Map measurements.csv rows to hwplanner.calibration/1 points (corpus.json).

Each row becomes one point. Builds are validated with the current engine:
    HOME=/tmp/calhome /tmp/hwplanner-cal estimate BUILD.json --json
(the binary's default catalog = the seed catalog created in $HOME/.local/share/hwplanner/hwplanner;
the folder has to exist beforehand, the binary does not create nested folders).

Hand-mapped points (ids N*, P*, V*, ...: built straight in build/1 form from sources that do not fit the CSV
columns) live in hand_points.json beside this script; they are appended verbatim after the CSV points, so a
rerun reproduces every point of corpus.json. Their builds are run through the engine too, and a build the
engine rejects is reported (the point itself is kept as mapped).

Run:  python3 map_corpus.py [--out PATH]   (default: writes ../corpus.json)
"""
import argparse, csv, json, os, subprocess, copy, re

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("HWPLANNER", os.path.join(HERE, "../../../../build/app/hwplanner"))
TMP = "/tmp/eng_calbuilds"
HOME = "/tmp/eng_calhome"

# ---------------------------------------------------------------- hardware and model tables
# Inline specs only from public spec sheets; the URL is written into mapping_notes.
CPU_INLINE = {
    "Intel Core Ultra 7 265K": ({"name": "Intel Core Ultra 7 265K", "cores": 20, "base_ghz": 3.3, "memory_channels": 2,
                                 "memory_type": "ddr5", "memory_mts": 6400, "amx": False, "avx512": False, "sockets": 1},
                                "https://www.intel.com/content/www/us/en/products/sku/241060/intel-core-ultra-7-processor-265k-36m-cache-up-to-5-50-ghz/specifications.html (20 cores, 2ch DDR5-6400; same inline form as tests/data/calibration/points.json S01)"),
    "AmpereOne A192-32X": ({"name": "AmpereOne A192-32X", "cores": 192, "base_ghz": 3.2, "memory_channels": 8,
                            "memory_type": "ddr5", "memory_mts": 5200, "amx": False, "avx512": False, "sockets": 1},
                           "https://amperecomputing.com/briefs/ampereone-family-product-brief (192 cores, 3.2 GHz, 8ch DDR5-5200; same inline form as points.json D06)"),
    "AMD Ryzen AI Max+ 395": ({"name": "AMD Ryzen AI Max+ 395", "cores": 16, "base_ghz": 3.0, "memory_channels": 4,
                               "memory_type": "lpddr5", "memory_mts": 8000, "amx": False, "avx512": True, "sockets": 1},
                              "https://www.amd.com/en/products/processors/laptop/ryzen/ai-300-series/amd-ryzen-ai-max-plus-395.html (16 Zen 5 cores, 3.0 GHz base, LPDDR5X-8000 on a 256-bit bus = 4 x 64-bit channels = 256 GB/s; Zen 5 has AVX-512)"),
    "AMD Ryzen AI MAX 385": ({"name": "AMD Ryzen AI Max 385", "cores": 8, "base_ghz": 3.6, "memory_channels": 4,
                              "memory_type": "lpddr5", "memory_mts": 8000, "amx": False, "avx512": True, "sockets": 1},
                             "https://www.amd.com/en/products/processors/laptop/ryzen/ai-300-series/amd-ryzen-ai-max-385.html (8 cores, 3.6 GHz base, LPDDR5X-8000 256-bit)"),
    "AMD EPYC 7713": ({"name": "AMD EPYC 7713", "cores": 64, "base_ghz": 2.0, "memory_channels": 8,
                       "memory_type": "ddr4", "memory_mts": 3200, "amx": False, "avx512": False, "sockets": 1},
                      "https://www.amd.com/en/products/processors/server/epyc/7003-series/amd-epyc-7713.html (64 cores, 2.0 GHz, 8ch DDR4-3200, AVX2 only)"),
    "AMD Ryzen Threadripper PRO 5975WX": ({"name": "AMD Ryzen Threadripper PRO 5975WX", "cores": 32, "base_ghz": 3.6, "memory_channels": 8,
                                           "memory_type": "ddr4", "memory_mts": 3200, "amx": False, "avx512": False, "sockets": 1},
                                          "https://www.amd.com/en/products/processors/workstations/ryzen-threadripper/5000-wx-series/amd-ryzen-threadripper-pro-5975wx.html (32 cores, 3.6 GHz, 8ch DDR4-3200)"),
    "Intel Core i9-10900X": ({"name": "Intel Core i9-10900X", "cores": 10, "base_ghz": 3.7, "memory_channels": 4,
                              "memory_type": "ddr4", "memory_mts": 2933, "amx": False, "avx512": True, "sockets": 1},
                             "https://www.intel.com/content/www/us/en/products/sku/198019/intel-core-i910900x-xseries-processor-19-25m-cache-3-70-ghz/specifications.html (10 cores, 4ch DDR4-2933, AVX-512)"),
    "AMD Ryzen 9 7900X": ({"name": "AMD Ryzen 9 7900X", "cores": 12, "base_ghz": 4.7, "memory_channels": 2,
                           "memory_type": "ddr5", "memory_mts": 5200, "amx": False, "avx512": True, "sockets": 1},
                          "https://www.amd.com/en/products/processors/desktops/ryzen/7000-series/amd-ryzen-9-7900x.html (12 cores, 2ch DDR5-5200)"),
    "AMD Ryzen 7 7800X3D": ({"name": "AMD Ryzen 7 7800X3D", "cores": 8, "base_ghz": 4.2, "memory_channels": 2,
                             "memory_type": "ddr5", "memory_mts": 5200, "amx": False, "avx512": True, "sockets": 1},
                            "https://www.amd.com/en/products/processors/desktops/ryzen/7000-series/amd-ryzen-7-7800x3d.html (8 cores, 2ch DDR5-5200)"),
}
CPU_CATALOG = {  # CSV cpu prefix -> catalog id
    "Intel Xeon Gold 6454S": "xeon-6454s", "AMD EPYC 9654": "epyc-9654", "Intel Xeon 6980P": "xeon-6980p",
    "Intel Core i9-13900K": "i9-13900k", "Intel Xeon Platinum 8480": "xeon-8480",
}
GPU_CATALOG = {  # CSV gpu prefix -> catalog id
    "NVIDIA RTX 4090D": "rtx-4090d", "NVIDIA RTX 4090 24GB": "rtx-4090", "NVIDIA RTX 3090 24GB": "rtx-3090",
    "NVIDIA RTX 3060 12GB": "rtx-3060-12g", "NVIDIA RTX 2080 Ti 11GB": "rtx-2080ti", "NVIDIA H200 141GB": "h200",
    "NVIDIA H800 80GB": "h800", "NVIDIA H20 96GB": "h20", "NVIDIA RTX 6000 Ada 48GB": "rtx-6000-ada",
    "NVIDIA RTX A6000 48GB": "rtx-a6000", "AMD Instinct MI300X 192GB": "mi300x", "NVIDIA A100 80GB": "a100-80g",
    "Apple M3 Ultra 80-core GPU 512GB": "mac-studio-m3-ultra-512g",
    "NVIDIA GB10 (DGX Spark)": "dgx-spark", "NVIDIA GB10 (Dell Pro Max with GB10": "dgx-spark",
    "AMD Radeon 8060S (Ryzen AI Max+ 395": "framework-desktop-395-128g", "NVIDIA RTX 5090 32GB": "rtx-5090", "NVIDIA RTX 4080 16GB": "rtx-4080",
}
UNIFIED_GPU_IDS = ("dgx-spark", "framework-desktop-395-128g", "gmktec-evo-x2-395-128g", "mi300a")
GPU_INLINE = {
    "NVIDIA RTX 4080 16GB": ({"name": "NVIDIA GeForce RTX 4080 16GB", "memory_gb": 16, "bandwidth_gbs": 716.8, "bf16_tflops": 97.5,
                              "fp8_tflops": 194.9, "tdp_w": 320},
                             "https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf (RTX 4080: 716.8 GB/s, FP16/BF16 tensor FP32-acc 97.5 dense, FP8 194.9 dense, 320 W)"),
    "NVIDIA RTX 5090 32GB": ({"name": "NVIDIA GeForce RTX 5090 32GB", "memory_gb": 32, "bandwidth_gbs": 1792, "bf16_tflops": 209.5,
                              "fp8_tflops": 419, "tdp_w": 575},
                             "https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf (RTX 5090: 1792 GB/s, FP16/BF16 tensor FP32-acc 209.5 dense, FP8 419 dense, 575 W)"),
}
# GPUs whose full spec (bandwidth and dense BF16 tensor TFLOPS) has no public spec sheet we could cite here:
# the build keeps name/count/memory only and the point says which field is missing.

MODEL_CATALOG = {
    "DeepSeek-V3": "deepseek-v3", "DeepSeek-R1 671B": "deepseek-r1", "DeepSeek-R1": "deepseek-r1",
    "DeepSeek-R1-0528": "deepseek-r1-0528", "DeepSeek-R1-Distill-Qwen-14B": "r1-distill-qwen-14b",
    "DeepSeek-V3/R1 (SGLang v0.4.8 study)": "deepseek-v3",
    # catalog models added since the first mapping (seed.json, 25 models)
    "gpt-oss-120b": "gpt-oss-120b", "gpt-oss-20b": "gpt-oss-20b", "gpt-oss-120b-mxfp4": "gpt-oss-120b", "gpt-oss-20b-mxfp4": "gpt-oss-20b",
    "Qwen3-30B-A3B": "qwen3-30b-a3b", "Qwen3-235B-A22B": "qwen3-235b-a22b", "Qwen3-8B": "qwen3-8b",
    "Qwen3-Coder-30B-A3B-Instruct": "qwen3-coder-30b-a3b-instruct", "DeepSeek-V3.1": "deepseek-v3.1",
    "Llama 3.1 70B": "llama-3.1-70b-instruct",
}


def import_id(name):
    """Proposed catalog id for a model to import: the CSV name without quant suffixes / chat variants."""
    n = re.sub(r"(-UD)?-(Q\d\w*|BF16|mxfp4)$", "", name, flags=re.I)
    n = re.sub(r"\.Q\d_\w+$", "", n)
    n = re.sub(r"\s*\(.*\)$", "", n)
    n = re.sub(r"[- ](Instruct|it)$", "", n, flags=re.I)
    return slug(n)
# Checkpoints with an architecture identical to a catalog model (same config.json shape): mapped, and flagged.
MODEL_SAME_ARCH = {
    "Llama 3.3 70B Instruct": ("llama-3.1-70b-instruct", "Llama-3.3-70B-Instruct has the Llama-3.1-70B config (LlamaForCausalLM, 80 layers, GQA 64/8; https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/config.json): mapped to llama-3.1-70b-instruct"),
    "Qwen3-Coder-30B-A3B": ("qwen3-coder-30b-a3b-instruct", "Qwen3-Coder-30B-A3B is the Qwen3-Coder-30B-A3B-Instruct checkpoint (https://huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct/blob/main/config.json)"),
    "Kimi K2 Thinking": ("kimi-k2-instruct", "Kimi-K2-Thinking has the Kimi-K2 architecture (DeepseekV3ForCausalLM, 61 layers, 384 experts; https://huggingface.co/moonshotai/Kimi-K2-Thinking/blob/main/config.json): mapped to kimi-k2-instruct"),
    "DeepSeek-V3.2": ("deepseek-v3.2-exp", "DeepSeek-V3.2 has the V3.2-Exp architecture (DeepseekV32ForCausalLM with DSA; https://huggingface.co/deepseek-ai/DeepSeek-V3.2/blob/main/config.json): mapped to deepseek-v3.2-exp"),
    "MiniMax-M2.7-UD-Q3_K_S": ("minimax-m2", "MiniMax-M2.7 is in the catalog's MiniMax-M2 family row (same config)"),
    "DeepSeek-V3.1": ("deepseek-v3", "DeepSeek-V3.1 has the DeepSeek-V3 architecture (DeepseekV3ForCausalLM, 61 layers, 256 experts, MLA; https://huggingface.co/deepseek-ai/DeepSeek-V3.1/blob/main/config.json): mapped to deepseek-v3"),
    "DeepSeek-V3-0324": ("deepseek-v3", "DeepSeek-V3-0324 is a V3 checkpoint with the same config (https://huggingface.co/deepseek-ai/DeepSeek-V3-0324/blob/main/config.json): mapped to deepseek-v3"),
}
# Catalog models that share the architecture of a model the CSV names (used only for predicted_by_arch_twin, never for usable)
ARCH_TWIN = {
    "Llama 3.1 70B": "r1-distill-llama-70b", "Llama 3.3 70B Instruct": "r1-distill-llama-70b",
    "Llama 3.1 8B Instruct": "r1-distill-llama-8b", "Llama 3 8B": "r1-distill-llama-8b",
    "Qwen2.5-Coder-7B": "r1-distill-qwen-7b",
}

RUNTIME_MAP = [  # (prefix of CSV runtime, catalog id)
    ("ik_llama.cpp", "ik_llama.cpp"), ("ktransformers", "ktransformers"), ("sglang", "sglang"), ("vllm", "vllm"),
    ("trtllm", "trtllm"), ("ollama", "ollama"), ("exo", "exo"), ("mlx", "mlx"), ("rapid-mlx", "mlx"),
    ("lmstudio", "llama.cpp"), ("llama.cpp", "llama.cpp"),
]


def slug(s):
    return re.sub(r"[^a-z0-9.]+", "-", s.lower()).strip("-")


def fnum(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def runtime_of(row):
    r = row["runtime"].strip()
    if not r:
        return None
    if "Docker Model Runner" in r:
        return "llama.cpp"
    for p, rid in RUNTIME_MAP:
        if r.lower().startswith(p.lower()):
            return rid
    return None


def vllm_engine(row, notes):
    """vLLM's V0 engine (before 0.8.0, VLLM_USE_V1=0, or a V0-only option such as --num-scheduler-steps) is
    its own runtime row; V1 (the default from 0.8.0) stays vllm. Only the source's stated version/settings decide."""
    v = re.match(r"v?(\d+)\.(\d+)", row["runtime_version"].strip())
    fl = row["flags"]
    if v and (int(v.group(1)), int(v.group(2))) < (0, 8) and "VLLM_USE_V1=1" not in fl:
        notes.append(f"runtime vllm-v0: the source states vLLM {row['runtime_version'].strip()} (before 0.8.0, where V1 became the default) -> the V0 engine")
        return "vllm-v0"
    if "model_runner V0" in fl:
        notes.append("runtime vllm-v0: the stated settings name the V0 model runner -> the V0 engine")
        return "vllm-v0"
    if "VLLM_USE_V1=0" in fl or "--num-scheduler-steps" in fl:
        notes.append("runtime vllm-v0: the stated settings select the V0 engine (VLLM_USE_V1=0, --num-scheduler-steps or the V0 model runner)")
        return "vllm-v0"
    if not v and not row["runtime_version"].strip():
        notes.append("vLLM version not stated: mapped to the current vllm row (V1 engine, 0.8 and later)")
    return "vllm"


def gpu_of(row, notes, missing):
    g = row["gpu"].strip()
    if not g:
        return None
    count = int(fnum(row["gpu_count"]) or 1)
    for p, gid in GPU_CATALOG.items():
        if g.startswith(p):
            return {"id": gid, "count": count}
    for p, (spec, src) in GPU_INLINE.items():
        if g.startswith(p):
            notes.append("GPU inline from " + src)
            d = dict(spec); d["count"] = count
            return d
    stub = {"name": g, "count": count}
    if fnum(row["gpu_memory_each"]):
        stub["memory_gb"] = fnum(row["gpu_memory_each"])
    missing.append("GPU not in catalog and no cited spec sheet for bandwidth_gbs/bf16_tflops: " + g)
    return stub


def cpu_of(row, notes, missing):
    c = row["cpu"].strip()
    if not c:
        return None
    for p, cid in CPU_CATALOG.items():
        if c.startswith(p):
            d = {"id": cid, "sockets": int(fnum(row["cpu_sockets"]) or 1)}
            if fnum(row["threads"]):
                d["threads"] = int(fnum(row["threads"]))
            return d
    for p, (spec, src) in CPU_INLINE.items():
        if c.startswith(p):
            notes.append("CPU inline from " + src)
            d = dict(spec)
            d["sockets"] = int(fnum(row["cpu_sockets"]) or 1)
            if fnum(row["threads"]):
                d["threads"] = int(fnum(row["threads"]))
            return d
    missing.append("CPU not in catalog and no cited spec sheet: " + c)
    return {"name": c}


QUANT_MAP = {"MXFP4": "mxfp4", "Q4_0": "q4_0", "IQ4_XS": "iq4_xs", "Q5_K_M": "q5_k_m", "Q3_K_M": "q3_k_m", "UD-Q4_K_XL": "ud-q4_k_xl",
             "UD-Q2_K_XL": "ud-q2_k_xl", "W8A8 INT8": "int8", "Q4_K_M": "q4_k_m", "Q8_0": "q8_0", "BF16": "bf16", "FP8": "fp8", "Q6_K": "q6_k", "AWQ 4-bit": "awq-int4",
             "UD-IQ1_S (1.58-bit)": "ud-iq1_s", "Q5_K_XL": None}


def quant_of(row, notes):
    q = row["quant"].strip()
    fgb = fnum(row["weights_file_gb"])
    for k, v in QUANT_MAP.items():
        if q == k or q.startswith(k + " ") and v:
            if v:
                return v
    if q.startswith("FP8"):
        return "fp8"
    if fgb:
        notes.append(f"quant {q or '(unstated)'} -> custom file_gb {fgb} (file size from the CSV)")
        return {"id": "custom", "file_gb": fgb}
    if "4-bit (MLX)" in q:
        notes.append("MLX 4-bit (group 64, fp16 scale+bias) = 4 + 32/64 = 4.5 bits per weight")
        return {"id": "custom", "bits_per_weight": 4.5}
    if "8-bit (MLX)" in q:
        notes.append("MLX 8-bit (group 64, fp16 scale+bias) = 8.5 bits per weight")
        return {"id": "custom", "bits_per_weight": 8.5}
    return None


# ---------------------------------------------------------------- per-row overrides (catalog models)
# Each entry: dict merged into the generic build, plus 'notes', 'usable', 'reason', 'confidence', 'workload', 'metric', 'measured'.
OLLAMA_WL = {"context": 2048, "prompt_tokens": 64, "output_tokens": 512}
OLLAMA_WL_NOTE = ("Geerling ai-benchmarks ollama eval rate: workload not in the table; context 2048 / prompt 64 / output 512 "
                  "assumed, as in tests/data/calibration/points.json S01-S05")

O = {}


def ov(ids, **kw):
    for i in ids:
        O.setdefault(i, {}).update(copy.deepcopy(kw))


# S01 KTransformers tutorial (DeepSeek-V3 Q4_K_M; 4090D / 4090; 2 x Xeon Gold 6454S, 1 TB DDR5-4800, 8 ch per socket)
DUAL = {"cpu": {"id": "xeon-6454s", "sockets": 2, "threads": 65}, "ram": {"gb": 1024, "mts": 4800, "channels": 16}}
SINGLE = {"cpu": {"id": "xeon-6454s", "sockets": 1, "threads": 33}, "ram": {"gb": 512, "mts": 4800, "channels": 8}}
ov(["M001", "M002"], build=DUAL, workload={"prompt_tokens": 500, "output_tokens": 512},
   notes=["dual socket USE_NUMA=1, --cpu_infer 65 -> cpu.threads 65; 1 TB = 1024 GB, 8 ch per socket -> ram.channels 16 per node",
          "output length not stated in the V0.2 table: 512 assumed; context = prompt + output"], confidence="high")
ov(["M003", "M004"], build=SINGLE, workload={"prompt_tokens": 500, "output_tokens": 512},
   notes=["numactl -N 1 -m 1: one socket and its 8 channels / half of 1 TB (512 GB); --cpu_infer 33 -> cpu.threads 33",
          "output length not stated: 512 assumed; context = prompt + output"], confidence="high")
ov(["M005", "M006"], build=SINGLE, workload={"prompt_tokens": 500, "output_tokens": 512},
   notes=["tutorial's single-socket memory figure ('382G DRAM, at least 14GB VRAM'); workload not stated: same as M003 assumed"],
   confidence="medium")
ov(["M006"], notes_extra=["'at least 14GB VRAM' is a stated minimum, compared with memory_gb.gpu_per_device"])
ov(["M007", "M008", "M009", "M010", "M011"], build={"cpu": {"id": "xeon-6454s", "sockets": 2}, "ram": {"gb": 1024, "mts": 4800, "channels": 16}},
   notes=["V0.2.1 dual socket; threads not stated (engine default); 1 TB = 1024 GB, 16 channels per node; context = prompt + output"],
   confidence="high")
ov(["M012", "M013"], build=DUAL, quant={"id": "custom", "bits_per_weight": 8},
   notes=["V0.3-preview loads BF16 weights and quantizes the CPU experts online to int8 (GPU part int4): custom 8 bits per weight (~671 GB); "
          "the catalog's int8 (W8A8 safetensors) is refused by the engine for KTransformers ('does not load safetensors weights'); AMX kernel"],
   confidence="medium")
ov(["M012"], workload={"prompt_tokens": 2048, "output_tokens": 128}, notes_extra=["prompt '2K' -> 2048; output not stated, 128 assumed"])
ov(["M013"], workload={"prompt_tokens": 2048, "output_tokens": 512}, notes_extra=["workload not stated for the memory figure: 2048/512 assumed"])

# S02 Geerling ollama table
ov(["M014"], model="deepseek-r1", quant="q4_k_m", build={"gpu": {"id": "mac-studio-m3-ultra-512g", "count": 1, "wired_limit_gb": 500}},
   workload=OLLAMA_WL, notes=[OLLAMA_WL_NOTE, "ollama deepseek-r1:671b = Q4_K_M 404 GB; the whole model ran on the GPU, so the macOS wired limit was raised: 500 GB assumed as in points.json D01"],
   confidence="medium")
ov(["M015"], model="r1-distill-qwen-14b", quant="q4_k_m", build={"gpu": {"id": "mac-studio-m3-ultra-512g", "count": 1}},
   workload=OLLAMA_WL, notes=[OLLAMA_WL_NOTE, "ollama deepseek-r1:14b = Q4_K_M 9.0 GB"], confidence="medium")
ov(["M024"], model="r1-distill-qwen-14b", quant="q4_k_m", workload=OLLAMA_WL,
   build={"gpu": {"name": "NVIDIA GB10 (DGX Spark)", "memory_gb": 128, "bandwidth_gbs": 273, "unified": True, "count": 1}},
   usable=False, reason="GPU spec incomplete: NVIDIA publishes GB10 bandwidth (273 GB/s) and FP4-sparse 1 PFLOP / FP32 31 TFLOPS, but no dense BF16 tensor TFLOPS (required inline field bf16_tflops)",
   notes=[OLLAMA_WL_NOTE, "GB10: 128 GB LPDDR5X 273 GB/s per https://www.nvidia.com/en-us/products/workstations/dgx-spark/"])
ov(["M027"], model="deepseek-r1", quant="q4_k_m", workload=OLLAMA_WL, build={"ram": {"gb": 512}, "kv_cache": {"mla": False}},
   notes=[OLLAMA_WL_NOTE, "ollama in Jan 2025 expanded MLA to full heads -> kv_cache.mla false (as points.json D06)"], confidence="medium")
ov(["M030"], model="r1-distill-qwen-14b", quant="q4_k_m", workload=OLLAMA_WL,
   build={"cpu": {"name": "Broadcom BCM2712 (Raspberry Pi 5)", "cores": 4, "base_ghz": 2.4, "memory_channels": 1, "memory_type": "lpddr4x",
                  "memory_mts": 4267, "amx": False, "avx512": False, "sockets": 1}, "ram": {"gb": 16}},
   notes=[OLLAMA_WL_NOTE, "Pi 5: 4x Cortex-A76 2.4 GHz, LPDDR4X-4267 on a 32-bit bus (https://www.raspberrypi.com/documentation/computers/processors.html#bcm2712); "
          "a 32-bit bus is half a 64-bit channel, which build/1 cannot state (integer channels)"])
ov(["M031"], model="r1-distill-qwen-14b", quant="q4_k_m", workload=OLLAMA_WL, build={"ram": {"gb": 128}},
   notes=[OLLAMA_WL_NOTE, "CPU-only row for the Framework mainboard; memory_type lpddr5 (the engine treats it as DDR5)"], confidence="medium")
for i, g in (("M032", "rtx-4090"), ("M034", "rtx-3060-12g"), ("M036", "rtx-2080ti")):
    ov([i], model="r1-distill-qwen-14b", quant="q4_k_m", workload=OLLAMA_WL, build={"ram": {"gb": 64}},
       notes=[OLLAMA_WL_NOTE, "ollama deepseek-r1:14b = Q4_K_M 9.0 GB; test PC RAM 64 GB (as points.json S01)"], confidence="medium")

# S03 llama-bench on M3 Ultra 512 GB
ov(["M041", "M042", "M043"], build={"gpu": {"id": "mac-studio-m3-ultra-512g", "count": 1, "wired_limit_gb": 500}},
   notes=["-ngl 99 with a 404 GB file on the GPU means the wired limit was raised: 500 GB assumed (as points.json D01); -fa 1, -mmp 0; threads 24 not expressible without a cpu block"],
   confidence="high")

# S04 InferenceX 8 x H200 SGLang TP8
ov([f"M0{n}" for n in range(48, 58)], build={"gpu": {"id": "h200", "count": 8}},
   notes=["TP=8 -> gpu count 8, nodes 1; 1k/1k -> prompt 1024, output 1024, context 2048; catalog fp8 has no file size for deepseek-r1-0528 (uses 671 x 8 bit = 671 GB, the published file is ~685-689 GB)"],
   confidence="high")
ov(["M056", "M057"], confidence="low")

# S05 Tenstorrent 16 x H100 SGLang + IB
ov(["M058", "M059", "M060", "M061", "M062"], build={"gpu": {"id": "h100-sxm", "count": 8}, "nodes": 2},
   notes=["16 x H100 over InfiniBand = 2 nodes x 8 (HGX, SXM variant assumed: memory variant 80 GB given, form factor not stated); "
          "the engine models pipeline over nodes while the run was TP16"], confidence="high")
ov(["M059"], usable=False, reason="duplicate of M058 (same run: TPOT 23.1 ms = 43.3 tok/s, the 'Tput User' value)")
ov(["M061"], usable=False, reason="duplicate of M060 (same run: 1024 / 0.3917 s = 2614 tok/s, the 'Tput Prefill' value)")
ov(["M062"], usable=False, reason="runtime not stated (issue lists TRT-LLM, SGLang, vLLM; the excerpt does not say which)")

# S06 2 x 8 H800 SGLang TP16
ov(["M063", "M064", "M065", "M066"], build={"gpu": {"id": "h800", "count": 8}, "nodes": 2},
   workload={"prompt_tokens": 217, "output_tokens": 253},
   notes=["--tp 16 --nnodes 2 -> 8 GPUs per node, 2 nodes; average lengths 216.79 in / 253.47 out rounded to 217 / 253; context = prompt + output"],
   confidence="medium")
ov(["M066"], confidence="low")

# S07 prose claims, workload unknown
ov(["M067", "M068"], build={"gpu": {"id": "h100-sxm", "count": 8}, "nodes": 2}, workload={"users": 1, "prompt_tokens": 512, "output_tokens": 512},
   notes=["prose claim; concurrency and lengths not stated: 1 user, 512/512 assumed; 2 x 8 H100 with InfiniBand, SXM assumed"], confidence="low")

# S08 1P1D on two H200 nodes
ov(["M069", "M070"], build={"gpu": {"id": "h200", "count": 8}, "nodes": 1},
   notes=["PD disaggregation 1P1D: decode (and, separately, prefill) runs on one 8 x H200 node -> modelled as one node of 8; "
          "the engine has no PD mode and charges prefill interference the decode node does not have"], confidence="low")

# S12 4 x 3090 llama.cpp -ngl 7, CPU not stated
ov(["M078", "M079"], build={"offload": {"gpu_layers": 7}}, usable=False,
   reason="CPU and RAM not stated: 54 of 61 layers run on the CPU, so the speed depends on a RAM bandwidth the source does not give")

# S13 EPYC 9654 + 4090 ktransformers
ov(["M080", "M081"], quant="q4_k_m", build={"ram": {"gb": 768, "mts": 4800, "channels": 12}},
   notes=["'Q4' GGUF exact type not stated: q4_k_m assumed (the KTransformers R1 tutorial file)", "12 x 64 GB DDR5-4800 -> ram 768 GB, 12 channels; 84 cores used -> threads 84",
          "'1k/10k context' -> context 1024 / 10240; split not stated: output 128, prompt = context - 128 assumed"], confidence="low")
ov(["M080"], workload={"context": 1024, "prompt_tokens": 896, "output_tokens": 128})
ov(["M081"], workload={"context": 10240, "prompt_tokens": 10112, "output_tokens": 128})

# S14 2 x EPYC 7C13
ov(["M082"], usable=False, quant="q4_k_m",
   reason="CPU spec: EPYC 7C13 is an OEM/cloud SKU with no public AMD spec sheet (cores, base clock); DIMM layout across the 2 sockets also unclear",
   build={"ram": {"gb": 512, "mts": 2933, "channels": 8}})

# S15 Xeon 6980P CPU only
ov(["M083"], build={"cpu": {"id": "xeon-6980p", "sockets": 1, "threads": 64}},
   notes=["numactl -N 0 -m 0: one socket; RAM size/speed not in the excerpt: ram block omitted (the engine then uses all 12 channels at top speed); "
          "prefill is compute-bound (AMX), so the RAM figures do not move this point", "-mla 2 -fa 1 -fmoe 1 -rtr 1 (ik_llama.cpp options without a build/1 field)"],
   confidence="high")

# S16 16 x 3090 ik_llama.cpp, all layers on GPU
ov(["M084", "M085", "M086", "M087"], quant={"id": "custom", "file_gb": 329.9}, build={"offload": {"gpu_layers": 61}, "kv_cache": {"mla": True}},
   notes=["-ngl 63 = all 61 layers + output (the engine accepts at most 61) -> gpu_layers 61",
          "quant labelled Q8_0 but llama-bench printed 307.20 GiB = 329.9 GB (~3.9 bpw; a real R1 Q8_0 is ~713 GB and cannot fit 16 x 24 GB): custom file_gb 329.9",
          "-mla 2 -> compressed MLA KV; layer split over 16 GPUs in one box (not TP); CPU not stated (not used)"], confidence="high")

# S17 llama.cpp IQ1_S
ov(["M088", "M089"], quant="ud-iq1_s", build={"gpu": {"id": "rtx-3090", "count": 1}, "cpu": {"id": "epyc-9654", "sockets": 1, "threads": 12},
                                             "ram": {"gb": 768}, "offload": {"gpu_layers": 8}, "kv_cache": {"type": "q4_0", "mla": False}},
   workload={"context": 8192, "prompt_tokens": 13, "output_tokens": 512},
   notes=["--n-gpu-layers 8 -> gpu_layers 8; --cache-type-k q4_0 -> kv_cache.type q4_0 (V stays f16; build/1 has one KV type); llama.cpp Jan 2025 expanded MLA -> mla false",
          "--ctx-size 8192 -> context 8192; 13-token prompt (M089 run); RAM speed/channels not stated: engine default (12 ch DDR5-4800)"], confidence="high")
ov(["M089"], usable=False, reason="prompt of 13 tokens: the prompt-eval rate is latency-bound, not the compute-bound prefill the engine predicts")
ov(["M117"], quant="ud-iq1_s", build={"gpu": {"id": "rtx-6000-ada", "count": 2}, "ram": {"gb": 256}, "offload": {"gpu_layers": 36},
                                     "kv_cache": {"type": "q4_0", "mla": False}},
   workload={"context": 8192, "prompt_tokens": 64, "output_tokens": 964},
   notes=["--n-gpu-layers 36 --tensor-split 19,20 -> 2 GPUs, gpu_layers 36; --cache-type-k q4_0; --threads 16; --ctx-size 8192 -> context 8192; prompt length not stated: 64 assumed",
          "llama.cpp Feb 2025 expanded MLA -> mla false; RAM speed not stated: engine default (8 ch DDR4-3200)"], confidence="high")

# S24 exo 4 x Mac Studio 192 GB
ov(["M113", "M114"], build={"gpu": {"id": "mac-studio-m2-ultra-192g", "count": 1}, "nodes": 4},
   notes=["Mac Studio 192 GB in March 2025 = M2 Ultra (M1 Ultra tops at 128 GB; M3 Ultra shipped 2025-03-12 in 96/256/512 GB) -> mac-studio-m2-ultra-192g x 4 nodes (exo splits layers)",
          "prompt/output not stated: engine defaults"], confidence="low")
ov(["M113"], usable=False, reason="pathological run (ConnectionTimeoutError during the run; the maintainer says the bug was fixed in exo 1.0): not representative")

# S47 exo 1.0 RDMA 4 x M3 Ultra
ov(["M165"], build={"gpu": {"id": "mac-studio-m3-ultra-512g", "count": 1}, "nodes": 4},
   notes=["4 x M3 Ultra (2 x 512 GB + 2 x 256 GB): build/1 has identical nodes -> 4 x 512 GB (both have the 819 GB/s M3 Ultra memory system); "
          "exo 1.0 ran tensor parallel over RDMA, the engine models exo as a layer pipeline", "number from a secondary page quoting the primary blog; workload not stated: engine defaults"],
   confidence="low")

# S48 exo 8 x M4 Pro Mac mini
ov(["M168"], build={"gpu": {"id": "mac-mini-m4-pro-64g", "count": 1}, "nodes": 8},
   notes=["8 x Mac mini M4 Pro 64 GB, exo pipeline; secondary prose; workload not stated: engine defaults"], confidence="low")

# S50 heterogeneous GPUs
ov(["M173", "M174"], usable=False,
   reason="heterogeneous GPU set (RTX 5090 + 2x 4090 + 3090 + A6000) with -ot layer overrides: build/1 has one GPU type per node; UD-IQ3_XXS not in the catalog",
   build={"ram": {"gb": 192, "mts": 6000, "channels": 2}})

# S37/S38 large PD + EP deployments
ov(["M143", "M144"], usable=False, build={"gpu": {"id": "h100-sxm", "count": 8}, "nodes": 12},
   reason="concurrency not stated and the value is per node of a PD-disaggregated, EP72 deployment over 12 nodes: not expressible in build/1 (no PD, no expert parallel)")
ov(["M145", "M146"], usable=False,
   reason="implausible as stated: 25,000 tok/s at concurrency 50 is 500 tok/s per user (55,000 at 150 = 367/user) for R1; PD/EP layout (P4D9 etc.) not expressible")


# W01-W23: 113 rows gathered 2026-12-02 from 23 sources new to the corpus (sources.md W01-W23). Their hardware and
# model names map here, per row, so the older CSV rows those prefixes would also match keep their mapping.
def W(a, b):
    return [f"W{n:03d}" for n in range(a, b + 1)]


MM25 = "MiniMax-M2.5 and M2.7 are MiniMaxM2ForCausalLM checkpoints with the MiniMax-M2 config (230B total, 10B active): mapped to minimax-m2"
ov(W(1, 11), model="minimax-m2", build={"gpu": {"id": "mi300x"}}, notes=[MM25, "TP=EP over 2/4/8 MI300X in one node (expert parallel is not modelled: TP)"])
ov(W(12, 17), model="minimax-m2", build={"gpu": {"id": "h100-sxm"}}, notes=[MM25, "InferenceX H100 nodes are HGX SXM (as S05)"])
ov(W(42, 53), model="minimax-m2", build={"gpu": {"id": "b200"}}, notes=[MM25])
ov(W(54, 59), model="minimax-m2", build={"gpu": {"id": "h100-sxm"}}, notes=[MM25, "'NVIDIA H100 80GB HBM3' in the source: the SXM card"])
ov(W(18, 21), build={"gpu": {"id": "rtx-5090"}, "cpu": {"name": "AMD Ryzen 9 9900X", "cores": 12, "base_ghz": 4.4, "memory_channels": 2, "memory_type": "ddr5",
                                                   "memory_mts": 5600, "amx": False, "avx512": True, "sockets": 1},
                       "ram": {"gb": 64, "mts": 5600, "channels": 2}, "offload": {"experts_on_cpu": True}},
   notes=["Ryzen 9 9900X inline: 12 cores, 4.4 GHz base, 2 channels DDR5 per AMD's specification export (github.com/JosuaCarl/cpu-spec-dataset dataset/amd-cpus.csv, 2025-02); "
          "memory_mts 5600 = the source's DDR5-5600 DIMMs; Zen 5 has AVX-512",
          "llama-server -fit on put the MoE experts that did not fit on the CPU: modelled as experts_on_cpu (the fit keeps some on the GPU)"], confidence="medium")
ov(W(18, 21), usable=False, reason="-fit on keeps as many experts on the 32 GB card as fit and overflows the rest to the CPU: build/1 can put all routed experts on the CPU or none, not a share (VRAM used 28.6 GiB says most stayed on the GPU)")
ov(W(22, 25), build={"cpu": {"id": "ryzen-9-7950x", "sockets": 1}}, notes=["CPU only; threads and RAM not in the excerpt: engine defaults (all cores, 2 channels at the CPU's rated speed)"],
   confidence="medium")
ov(W(26, 29), build={"gpu": {"id": "rtx-4080"}}, notes=["full offload on the RTX 4080 (CUDA), ik_llama.cpp main branch"])
ov(W(30, 37), model="llama-3.1-8b-instruct")
ov(W(30, 31), build={"gpu": {"id": "mac-mini-m4-16g", "count": 1}}, notes=["Mac mini M4 16 GB (10-core GPU), Metal"])
ov(W(32, 33), build={"gpu": {"id": "mac-studio-m1-max-64g", "count": 1}},
   notes=["MacBook Pro M1 Max 64 GB read as the catalog's Mac Studio M1 Max 64 GB: the same chip and 400 GB/s memory system (GPU core count not stated)"], confidence="medium")
ov(W(34, 35), build={"cpu": {"id": "tr-3970x", "sockets": 1}, "ram": {"gb": 64}}, notes=["CPU backend on the Threadripper 3970X; DIMM layout not stated: engine default channels"],
   confidence="medium")
ov(W(36, 37), usable=False, build={"gpu": {"id": "rtx-4080-super"}},
   reason="suspect submission: tg128 30 tok/s for an 8B Q4_K_M on an RTX 4080 SUPER is a partial offload or a CPU run (ngl not shown)")
ov(W(38, 41), model="glm-5.1", build={"gpu": {"id": "h200"}}, usable=False,
   reason="EAGLE speculative decoding (accept length ~3.5): the engine does not model speculative decoding")
ov(W(60, 63), model="kimi-k2-instruct", build={"gpu": {"id": "b200"}},
   notes=["--tp 8 --dp 4 --enable-dp-attention (and --ep 4 at conc 100): SGLang's DP attention is not modelled (KV counted per TP group)"])
ov(W(64, 67), model="deepseek-v3", build={"gpu": {"id": "mi300x"}},
   notes=["--tp 8 --dp 8 --enable-dp-attention (--ep 8 at conc 100): DP attention and expert parallel not modelled"])
ov(W(64, 65), usable=False, reason="EAGLE speculative decoding at concurrency 1: not modelled")
ov(W(68, 71), model="qwen3-next-80b-a3b-instruct", build={"gpu": {"id": "b200"}})
ov(W(72, 76), model="qwen3-32b", build={"gpu": {"id": "ascend-910b"}},
   notes=["Ascend 910B3 (64 GB) read as the catalog's Ascend 910B row (approximate: the 910B3 is one of its bins)"], confidence="medium")
ov(W(75, 76), usable=False, reason="EAGLE3 speculative decoding: not modelled")
ov(W(77, 80), model="qwen3-30b-a3b", build={"gpu": {"id": "ascend-910c"}}, usable=False, reason="EAGLE3 speculative decoding: not modelled")
ov(["W081"], model="qwen3-8b", build={"gpu": {"id": "rtx-4090"}},
   notes=["llmfit's average TPS over ~300 tokens includes the short prompt's processing (a few ms on an RTX 4090)"], confidence="low")
ov(W(82, 91), model="kimi-k2-instruct", build={"gpu": {"id": "h200"}},
   notes=["Kimi-K2.5 is the Kimi-K2 language model (DeepseekV3ForCausalLM, 61 layers, 384 experts) with a vision tower: mapped to kimi-k2-instruct"], confidence="medium")
ov(W(92, 98), build={"gpu": {"id": "mac-studio-m3-ultra-256g", "count": 1}}, notes=["Mac Studio M3 Ultra 256 GB (60-core GPU), MLX 4-bit"])
ov(["W092", "W093", "W094", "W095"], model="llama-3.1-8b-instruct")
ov(W(96, 98), model="qwen3-8b")
ov(W(99, 101), build={"gpu": {"id": "rtx-pro-6000-bw"}}, notes=["RTX PRO 6000 Blackwell Workstation Edition (600 W)"])
ov(["W102"], build={"gpu": {"id": "rtx-5090"}, "offload": {"experts_on_cpu": True}}, usable=False,
   reason="CPU and RAM not stated: --n-cpu-moe 3 leaves three layers' experts on a CPU the source does not name")
ov(["W103"], model="deepseek-v3", build={"gpu": {"id": "b200"}}, notes=["DeepSeek-V3-0324 has the V3 config: deepseek-v3"])
ov(["W104"], model="deepseek-v3", build={"gpu": {"id": "h200", "count": 8}, "nodes": 2}, notes=["TP16 over 2 x 8 H200 (the engine models pipeline over nodes)"])
ov(["W105"], model="deepseek-v3", build={"gpu": {"id": "h20"}}, notes=["DeepSeek-V3-0324 has the V3 config: deepseek-v3; untuned fused-MoE config"])
ov(W(106, 108), model="kimi-k2-instruct", build={"gpu": {"id": "l20"}, "cpu": {"id": "xeon-6454s", "sockets": 2}},
   usable=False, reason="200 of 384 experts per layer on the GPUs (--kt-num-gpu-experts): the engine puts all routed experts on the CPU")
ov(W(109, 111), usable=False, reason="the table states neither the metric (per user or total) nor the concurrency")
ov(W(112, 113), usable=False, reason="model variant, quant and lengths not stated (prose report)")
# Concurrency 1: the total throughput and 1000 / TPOT are one measurement; the TPOT row is kept.
for a, b in (("W001", "W002"), ("W042", "W043"), ("W048", "W049"), ("W054", "W055"), ("W060", "W061"), ("W068", "W069"), ("W072", "W073"),
             ("W082", "W083"), ("W088", "W089")):
    ov([a], usable=False, reason=f"same run as {b} (at one request the total rate is the per-user rate; the TPOT row is kept)")


# Points that are (or are taken from the same run as) rows of /work/main/tests/data/calibration.csv,
# on which the engine's runtime factors were fitted: NOT out-of-sample.
IN_SAMPLE = {"M041": "D01", "M042": "D01 (pp4096 in its run_settings)", "M043": "D01", "M027": "D06", "M088": "D10",
             "M003": "D18", "M004": "D18", "M005": "D18", "M006": "D18",
             "M048": "D33", "M052": "D33", "M053": "D33 (points.json D33@16)", "M054": "D33 (points.json D33@32)",
             "M055": "D33 (points.json D33@64)", "M049": "D33 (notes: output/GPU at c16)", "M050": "D33 (notes: c32)",
             "M051": "D33 (notes: c64)", "M032": "S01", "M034": "S05"}

# ---------------------------------------------------------------- generic mapping

def metric_of(row, notes):
    m, v = row["metric"], fnum(row["value"])
    unit = row["unit"]
    if m in ("decode_per_user", "decode_aggregate", "prefill"):
        return m, v
    if m == "tpot_ms":
        notes.append(f"TPOT {v} ms -> decode_per_user {1000.0 / v:.2f} tok/s (1000 / TPOT)")
        return "decode_per_user", round(1000.0 / v, 3)
    if m == "ttft_ms":
        p = fnum(row["prompt_tokens"])
        if p:
            notes.append(f"TTFT {v} ms with a {int(p)}-token prompt -> prefill ~ {p / v * 1000:.1f} tok/s (prompt / TTFT; TTFT includes queueing and scheduling: lower confidence)")
            return "prefill", round(p / v * 1000, 2)
        return None, None
    if m == "vram_used_gb":
        if unit == "GiB":
            notes.append(f"{v} GiB -> {v * 1.073741824:.2f} GB")
            v = round(v * 1.073741824, 2)
        return "gpu_per_device", v
    if m == "ram_used_gb":
        return "ram", v
    if m == "total_memory_gb":
        return "total_memory", v
    return None, None


PRED_FIELD = {"decode_per_user": ("decode_tps", "per_user"), "decode_aggregate": ("decode_tps", "aggregate"),
              "prefill": ("prefill_tps", None), "gpu_per_device": ("memory_gb", "gpu_per_device"),
              "ram": ("memory_gb", "ram"), "total_memory": ("memory_gb", "gpu_total")}


def predicted(est, metric):
    a, b = PRED_FIELD[metric]
    v = est.get(a)
    if b:
        v = (v or {}).get(b)
    if metric == "total_memory" and est.get("placement") == "cpu":
        v = est["memory_gb"].get("ram")
    return v


def workload_of(row, metric_csv, notes):
    ctx = fnum(row["ctx"]); p = fnum(row["prompt_tokens"]); o = fnum(row["output_tokens"]); c = fnum(row["concurrency"])
    flags = row["flags"]
    w = {"users": int(c) if c else 1}
    if not c:
        notes.append("concurrency not stated: 1 user assumed")
    is_bench = ("llama-bench" in flags or "sweep-bench" in flags or "llama-benchy" in flags or "mlx_lm.benchmark" in flags
                or re.search(r"\b(pp|tg)\d+", row["notes"]) is not None)
    if is_bench and metric_csv == "prefill" and p and not o:
        w.update(prompt_tokens=int(p), output_tokens=1)
        notes.append(f"pp{int(p)} -> prefill with prompt_tokens {int(p)} (no generation: output_tokens 1)")
    elif is_bench and metric_csv == "decode_per_user" and o and not p:
        depth = int(ctx) if ctx else 0
        w.update(prompt_tokens=max(depth, 1), output_tokens=int(o))
        notes.append(f"tg{int(o)}" + (f" @ depth {depth} -> prompt_tokens {depth}" if depth else " on an empty context -> prompt_tokens 1") + f", output_tokens {int(o)}, users 1")
        ctx = None
    else:
        if p:
            w["prompt_tokens"] = int(round(p))
        if o:
            w["output_tokens"] = int(round(o))
    if ctx:
        w["context"] = int(ctx)
        notes.append(f"context {int(ctx)} (ctx given)")
    elif "prompt_tokens" in w and "output_tokens" in w:
        w["context"] = w["prompt_tokens"] + w["output_tokens"]
    return w


def deep_merge(a, b):
    for k, v in b.items():
        if k in ("gpu", "cpu") and isinstance(v, dict) and ("id" in v or "name" in v):
            a[k] = copy.deepcopy(v)  # an override names the part: replace, do not merge with the CSV-derived stub
        elif isinstance(v, dict) and isinstance(a.get(k), dict) and k != "workload":
            deep_merge(a[k], v)
        else:
            a[k] = copy.deepcopy(v)
    return a


def run_estimate(pid, build):
    os.makedirs(TMP, exist_ok=True)
    path = os.path.join(TMP, pid + ".json")
    with open(path, "w") as f:
        json.dump(build, f, indent=1)
    env = dict(os.environ, HOME=HOME)
    r = subprocess.run([BIN, "estimate", path, "--json"], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        return r.returncode, (r.stderr or r.stdout).strip().replace(path, pid + ".json"), None
    return 0, "", json.loads(r.stdout)


def load_hand_points(ids_seen):
    """Hand-mapped points, verbatim. Ids must be unique across the CSV and the hand file."""
    path = os.path.join(HERE, "hand_points.json")
    if not os.path.exists(path):
        return []
    hp = json.load(open(path))["points"]
    for p in hp:
        if p["id"] in ids_seen:
            raise SystemExit(f"hand_points.json: duplicate point id {p['id']}")
        ids_seen.add(p["id"])
        for k in ("url", "date", "settings", "build", "mapping_notes", "source_id", "class", "metric", "measured"):
            if p.get(k) in (None, ""):
                raise SystemExit(f"hand_points.json: point {p['id']} lacks {k}")
    return hp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "..", "corpus.json"))
    ap.add_argument("--no-check-hand", action="store_true", help="do not run the hand-mapped builds through the engine")
    args = ap.parse_args()
    os.makedirs(os.path.join(HOME, ".local/share/hwplanner/hwplanner"), exist_ok=True)
    rows = list(csv.DictReader(open(os.path.join(HERE, "measurements.csv"), newline="")))
    points = []
    for row in rows:
        pid = row["id"]
        o = O.get(pid, {})
        notes, missing = [], []
        metric, measured = metric_of(row, notes)
        usable, reason = True, None

        # model
        mname = row["model"].strip()
        model, twin = MODEL_CATALOG.get(mname), None
        if not model and mname in MODEL_SAME_ARCH:
            model, n = MODEL_SAME_ARCH[mname]; notes.append(n)
        if "model" in o:
            model = o["model"]
        if not model:
            usable, reason = False, f"model not in catalog: {mname} (needs import)"
            model = import_id(mname)
            twin = ARCH_TWIN.get(mname)
        build = {"format": "hwplanner.build/1", "name": f"{pid} {row['source_id']}", "model": model}

        q = o.get("quant") or quant_of(row, notes)
        if q is None and model in ("gpt-oss-120b", "gpt-oss-20b") and not row["quant"].strip():
            q = "mxfp4"
            notes.append("quant not stated: gpt-oss ships its MoE weights in MXFP4 only (https://huggingface.co/openai/gpt-oss-120b, "
                         "ollama's gpt-oss tags are MXFP4): mxfp4")
        if q is None:
            missing.append(f"quant not mappable: '{row['quant'] or '(unstated)'}'")
            q = slug(row["quant"]) if row["quant"] else "unknown"
        build["quant"] = q
        rt = runtime_of(row)
        if rt is None:
            missing.append(f"runtime not in catalog / not stated: '{row['runtime'] or '(unstated)'}'")
            rt = slug(row["runtime"]) if row["runtime"] else "unknown"
        build["runtime"] = rt
        nodes = int(fnum(row["nodes"]) or 1)
        obuild = o.get("build", {})
        g = gpu_of(row, notes, [] if "gpu" in obuild else missing)
        if g:
            # TP/PP: the CSV gpu_count is the total; build/1 counts GPUs per node
            if nodes > 1 and g.get("count", 1) >= nodes and g["count"] % nodes == 0:
                g["count"] //= nodes
            build["gpu"] = g
        if nodes > 1:
            build["nodes"] = nodes
        unified = row["class"] in ("apple_unified", "other_unified") or (g and (g.get("id", "").startswith("mac-") or g.get("id") in UNIFIED_GPU_IDS))
        if row["cpu"].strip() and unified and row["class"] != "cpu_only":
            notes.append("unified-memory machine: the CPU is part of the same chip, no cpu block")
        else:
            c = cpu_of(row, notes, [] if "cpu" in obuild else missing)
            if c:
                build["cpu"] = c
        # offload / kv from flags
        fl = row["flags"]
        m = re.search(r"(?:-ngl|--n-gpu-layers)\s+(\d+)", fl)
        if m and row["class"] in ("layer_split_hybrid",):
            build.setdefault("offload", {})["gpu_layers"] = int(m.group(1))
        if "exps=CPU" in fl:
            build.setdefault("offload", {})["experts_on_cpu"] = True
            notes.append("-ot exps=CPU -> offload.experts_on_cpu true")
        m = re.search(r"(?:--pipeline-parallel-size|--pp-size|--pp)[\s=]+(\d+)", fl)
        if m and int(m.group(1)) > 1 and rt in ("vllm", "vllm-v0", "sglang", "trtllm"):
            build["pipeline_parallel"] = int(m.group(1))
            notes.append(f"--pipeline-parallel-size {m.group(1)} -> pipeline_parallel {m.group(1)} (tensor parallel inside each stage)")
        m = re.search(r"-ctk\s+(q8_0|q4_0|f16)", fl)
        if m:
            build.setdefault("kv_cache", {})["type"] = m.group(1)
        wl = workload_of(row, row["metric"], notes)
        if rt == "vllm":  # after the workload notes, the order the corpus was first written in
            rt = vllm_engine(row, notes)
            build["runtime"] = rt
        if "build" in o:
            ob = o["build"]
            if g and "gpu" in ob and "count" not in ob["gpu"]:  # an override naming the card keeps the CSV's card count
                ob = copy.deepcopy(ob)
                ob["gpu"]["count"] = g["count"]
            deep_merge(build, ob)
        if "workload" in o:
            wl.update(o["workload"])
            if "context" not in o["workload"] and "prompt_tokens" in wl and "output_tokens" in wl:
                wl["context"] = wl["prompt_tokens"] + wl["output_tokens"]
        build["workload"] = wl
        m = re.search(r"\bB=(\d+)", row["notes"])
        if "llama-batched-bench" in row["flags"] + row["notes"] and m:
            build["max_batch"] = int(m.group(1))
            notes.append(f"llama-batched-bench decodes all B={m.group(1)} sequences together -> max_batch {m.group(1)}")
        if rt == "ktransformers" and re.match(r"v?0\.2", row["runtime_version"].strip(), re.I) and "cpu" in build:
            build["cpu"]["kernels"] = "avx512"
            notes.append("KTransformers V0.2.x ran the CPU experts on llamafile AVX-512 kernels; AMX kernels came with V0.3 "
                         "(https://github.com/kvcache-ai/ktransformers/blob/main/doc/en/AMX.md) -> cpu.kernels avx512")
        notes = o.get("notes", []) + notes + o.get("notes_extra", [])
        # llama.cpp micro-batch (prefill chunk); llama-batched-bench rows keep the default (their n_ubatch is the batch tool's)
        m = re.search(r"(?:-ub|--ubatch-size|n_ubatch)[\s=]+(\d+)", fl)
        if m and rt in ("llama.cpp", "ik_llama.cpp", "ollama") and "max_batch" not in build:
            build["ubatch"] = int(m.group(1))
            notes.append(f"-ub / n_ubatch {m.group(1)} in the settings -> ubatch {m.group(1)}" + (" (the default)" if m.group(1) == "512" else "")
                         + " (eng17l, 2026-12-01)")

        if metric is None:
            usable, reason = False, (reason + "; " if reason else "") + (
                "TTFT with unknown prompt length (dropped)" if row["metric"] == "ttft_ms" else f"metric {row['metric']} has no estimate figure")
        if usable and missing:
            usable, reason = False, "; ".join(missing)
        if usable and "usable" in o and not o["usable"]:
            usable, reason = False, o["reason"]
        elif not usable and o.get("reason") and o["reason"] not in (reason or ""):
            reason = reason + "; " + o["reason"]
        if not usable and missing and "; ".join(missing) not in reason:
            reason = reason + "; also: " + "; ".join(missing)

        conf = o.get("confidence") or ("medium" if row["source_id"] else "low")
        if row["metric"] == "ttft_ms":
            conf = "low"
        pt = {"id": pid, "source_id": row["source_id"], "class": row["class"], "metric": metric or row["metric"],
              "measured": measured, "url": row["url"], "date": row["date"],
              "settings": "; ".join(x for x in [row["runtime"], row["runtime_version"], row["flags"]] if x.strip()),
              "build": build, "mapping_notes": "; ".join(notes), "usable": usable, "confidence": conf}
        if row["metric"] not in ("decode_per_user", "decode_aggregate", "prefill"):
            pt["csv_metric"] = f"{row['metric']} = {row['value']} {row['unit']}"
        if row["notes"]:
            pt["csv_notes"] = row["notes"]
        if not usable:
            pt["reason"] = reason
        pt["in_engine_calibration"] = IN_SAMPLE.get(pid)
        # validate
        if usable:
            rc, err, est = run_estimate(pid, build)
            if rc != 0:
                pt["usable"] = False
                pt["reason"] = f"estimate exit {rc}: {err}"
            else:
                pv = predicted(est, metric)
                pt["predicted_by_current_engine"] = pv
                dec = (est.get("decode_tps") or {}).get("per_user", 0) or 0
                pt["engine_ran"] = bool(est.get("fits") and est.get("runs") and dec > 0)
                pt["engine_fits"] = bool(est.get("fits")); pt["engine_decode_gt0"] = dec > 0
                pt["engine"] = {"fits": est.get("fits"), "runs": est.get("runs"), "placement": est.get("placement"),
                                "decode_bound": (est.get("decode_tps") or {}).get("bound"), "gpu_layers": est.get("gpu_layers")}
                if not pt["engine_ran"]:
                    pt["engine"]["explanation"] = est.get("explanation")
        elif twin:
            tb = copy.deepcopy(build); tb["model"] = twin
            rc, err, est = run_estimate(pid + "_twin", tb)
            if rc == 0 and metric:
                pt["arch_twin"] = {"model": twin, "predicted": predicted(est, metric),
                                   "note": f"catalog model with the same architecture as {mname}; informative only, not part of the error table"}
        points.append(pt)

    hand = load_hand_points({p["id"] for p in points})
    bad = 0
    if not args.no_check_hand:
        for p in hand:
            if p["usable"]:
                rc, err, _ = run_estimate(p["id"], p["build"])
                if rc != 0:
                    bad += 1
                    print(f"warning: hand point {p['id']}: estimate exit {rc}: {err[:200]}")
    points += hand

    out = {"format": "hwplanner.calibration/1",
           "note": "Generated by map_corpus.py from measurements.csv (sources.md). predicted_by_current_engine = "
                   "build/app/hwplanner estimate (seed catalog, branch engine-ranges) on the point's build; hwplanner accuracy recomputes it at run time. "
                   "Points N*/T* and P*/U* (2026-12-01) and V* (2026-12-02) were gathered from further public sources (listed per point "
                   "with url, date and settings) and mapped by hand; they live in corpus/hand_points.json and are appended verbatim. "
                   "Their source ids group them for leave-one-source-out.",
           "points": points}
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    nu = sum(p["usable"] for p in points)
    print(f"{len(points)} points ({len(hand)} hand-mapped), {nu} usable; {bad} hand builds rejected by the engine")


if __name__ == "__main__":
    main()
