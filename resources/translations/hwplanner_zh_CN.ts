<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hw::Catalog</name>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="12"/>
        <source>The original reasoning model (reference quality). The opinion of “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: Q2 quants keep ~70%, Q4 and the 1.58-bit dynamic quant ~75-80% of it.</source>
        <translation>原版推理模型（质量基准）。《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》的看法：Q2 量化约保留其 70% 的水平，Q4 和 1.58 位动态量化约保留 75-80%。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="13"/>
        <source>May 2025 update of R1, same architecture and size (not 12.8B parameters, not a 2,048-token window as “DeepSeek R1-0528本地部署全攻略:五千至六万预算最优解” claims).</source>
        <translation>R1 的 2025 年 5 月更新版，架构和规模相同（并非《DeepSeek R1-0528本地部署全攻略:五千至六万预算最优解》所说的 12.8B 参数、2,048 token 上下文窗口）。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="14"/>
        <source>The non-reasoning base chat model R1 was trained from; same architecture.</source>
        <translation>R1 训练所基于的非推理对话模型；架构相同。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="15"/>
        <source>Distilled into Qwen2.5-Math-1.5B: far weaker than R1 (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: the best distill is roughly o1-mini class).</source>
        <translation>蒸馏到 Qwen2.5-Math-1.5B：远弱于 R1（《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》：最好的蒸馏版大致相当于 o1-mini 水平）。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="16"/>
        <source>Distilled into Qwen2.5-Math-7B: far weaker than R1.</source>
        <translation>蒸馏到 Qwen2.5-Math-7B：远弱于 R1。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="17"/>
        <source>Distilled into Llama-3.1-8B: far weaker than R1. Note: ollama&apos;s deepseek-r1:8b tag was later re-pointed to R1-0528-Qwen3-8B.</source>
        <translation>蒸馏到 Llama-3.1-8B：远弱于 R1。注意：ollama 的 deepseek-r1:8b 标签后来改为指向 R1-0528-Qwen3-8B。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="18"/>
        <source>Distilled into Qwen2.5-14B: far weaker than R1.</source>
        <translation>蒸馏到 Qwen2.5-14B：远弱于 R1。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="19"/>
        <source>Distilled into Qwen2.5-32B: far weaker than R1.</source>
        <translation>蒸馏到 Qwen2.5-32B：远弱于 R1。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="20"/>
        <source>Distilled into Llama-3.3-70B-Instruct: the strongest distill, roughly o1-mini class (the opinion of “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”). &quot;DeepSeek R1 70B&quot; means this model.</source>
        <translation>蒸馏到 Llama-3.3-70B-Instruct：最强的蒸馏版，大致相当于 o1-mini 水平（《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》的看法）。“DeepSeek R1 70B”指的就是这个模型。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="21"/>
        <source>DeepSeek&apos;s release precision for R1/V3: the full model.</source>
        <translation>DeepSeek 发布 R1/V3 时的精度：满血模型。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="22"/>
        <source>Full precision. For R1 this is the FP8 release cast up (fp8_cast_bf16.py): no quality gain, twice the memory.</source>
        <translation>全精度。对 R1 而言，这是把发布的 FP8 向上转换而来（fp8_cast_bf16.py）：质量没有提升，内存翻倍。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="23"/>
        <source>Full precision.</source>
        <translation>全精度。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="24"/>
        <source>Datacenter alternative to FP8 on A100-class GPUs.</source>
        <translation>在 A100 级 GPU 上替代 FP8 的数据中心方案。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="25"/>
        <source>4-bit weight-only quant for vLLM/SGLang.</source>
        <translation>用于 vLLM/SGLang 的 4 位仅权重量化。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="26"/>
        <source>Near-lossless GGUF.</source>
        <translation>接近无损的 GGUF 量化。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="27"/>
        <source>ollama&apos;s default; “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~75-80% of R1&apos;s quality.</source>
        <translation>ollama 的默认量化；《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》：约为 R1 质量的 75-80%。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="28"/>
        <source>“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~70% of R1&apos;s quality.</source>
        <translation>《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》：约为 R1 质量的 70%。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="29"/>
        <source>Routed experts ~1.58 bit, attention and dense layers 4-6 bit. “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~75-80% of R1.</source>
        <translation>路由专家约 1.58 位，注意力和稠密层 4-6 位。《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》：约为 R1 的 75-80%。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="30"/>
        <source>Routed experts ~1.73 bit, attention and dense layers 4-6 bit.</source>
        <translation>路由专家约 1.73 位，注意力和稠密层 4-6 位。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="31"/>
        <source>Routed experts ~2.2 bit, attention and dense layers 4-6 bit.</source>
        <translation>路由专家约 2.2 位，注意力和稠密层 4-6 位。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="32"/>
        <source>Routed experts ~2.5 bit, attention and dense layers 4-6 bit.</source>
        <translation>路由专家约 2.5 位，注意力和稠密层 4-6 位。</translation>
    </message>
</context>
<context>
    <name>hw::Message</name>
    <message>
        <location filename="../../model/claimchecks.cpp" line="84"/>
        <source>&quot;Full&quot; (满血) %1</source>
        <translation>“满血”%1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="85"/>
        <source>%1 is a %2B distill, not the 671B R1/V3.</source>
        <translation>%1 是 %2B 的蒸馏模型，不是 671B 的 R1/V3。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="86"/>
        <source>Checklist 1: full means DeepSeek R1/V3 671B at FP8 or BF16 (INT8 W8A8 when stated).</source>
        <translation>避坑清单第 1 条：“满血”指 DeepSeek R1/V3 671B，精度为 FP8 或 BF16（明确说明时也可为 INT8 W8A8）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="87"/>
        <source>Which model file exactly runs on the machine? Show its name and size on disk.</source>
        <translation>机器上实际运行的是哪个模型文件？请出示文件名和磁盘上的大小。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="90"/>
        <source>&quot;Full&quot; (满血) at %1</source>
        <translation>“满血”但为 %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="91"/>
        <source>%1 keeps %2 bits per weight; the release is FP8 (8 bits).</source>
        <translation>%1 每个权重只保留 %2 位；官方发布的是 FP8（8 位）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="92"/>
        <source>%1 is not the release&apos;s FP8 (8 bits).</source>
        <translation>%1 不是官方发布的 FP8（8 位）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="93"/>
        <source>Checklist 1: quants and distills are not the full model.</source>
        <translation>避坑清单第 1 条：量化版和蒸馏版都不是满血模型。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="94"/>
        <source>Is it a quantized model? Which quant, and what quality loss was measured?</source>
        <translation>是量化模型吗？哪种量化？实测效果损失多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="96"/>
        <source>Full DeepSeek R1/V3</source>
        <translation>满血 DeepSeek R1/V3</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="97"/>
        <source>671B at %1.</source>
        <translation>671B，精度 %1。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="98"/>
        <source>Checklist 1.</source>
        <translation>避坑清单第 1 条。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="99"/>
        <source>Confirm the exact checkpoint (R1, R1-0528 or V3).</source>
        <translation>请确认具体版本（R1、R1-0528 还是 V3）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="103"/>
        <source>&quot;DeepSeek R1&quot; for %1</source>
        <translation>把 %1 称为“DeepSeek R1”</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="104"/>
        <source>%1: a distill of R1 into a %2B dense model, far weaker than the 671B R1.</source>
        <translation>%1：把 R1 蒸馏到 %2B 稠密模型，能力远弱于 671B 的 R1。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="105"/>
        <source>Checklist 1: distills are not R1.</source>
        <translation>避坑清单第 1 条：蒸馏模型不是 R1。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="106"/>
        <source>Say plainly that this is the distilled model.</source>
        <translation>请明确写明这是蒸馏模型。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="110"/>
        <source>%1B parameters for %2</source>
        <translation>%2 有 %1B 参数</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="111"/>
        <source>%1 has %2B parameters (%3B active per token), per its config.json.</source>
        <translation>按其 config.json，%1 有 %2B 参数（每 token 激活 %3B）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="113"/>
        <location filename="../../model/claimchecks.cpp" line="120"/>
        <source>Model facts must match the published configuration.</source>
        <translation>模型参数必须与官方发布的配置一致。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="114"/>
        <source>Where does the parameter count come from?</source>
        <translation>这个参数量的依据是什么？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="118"/>
        <source>%1-token window for %2</source>
        <translation>%2 的上下文窗口为 %1 token</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="119"/>
        <source>%1&apos;s window is %2 tokens (config.json max_position_embeddings).</source>
        <translation>%1 的上下文窗口是 %2 token（config.json 中的 max_position_embeddings）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="121"/>
        <source>Is the window limited by the serving configuration? What context will users get?</source>
        <translation>上下文窗口是否被部署配置限制？用户实际能用多长的上下文？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="12"/>
        <source>%1 GB for %2 %3</source>
        <translation>%2 %3 只需 %1 GB</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="15"/>
        <source>%1 %2 on the offered hardware</source>
        <translation>在所报硬件上运行 %1 %2</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="28"/>
        <source>The weights alone are %1 GB (%2B params at %3).</source>
        <translation>仅权重就有 %1 GB（%2B 参数，%3）。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="30"/>
        <source>Weights = parameters x bits per weight / 8, or the published file size.</source>
        <translation>权重大小 = 参数量 × 每权重位数 / 8，或以发布的文件大小为准。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="31"/>
        <source>Which file is it, and how large is it on disk?</source>
        <translation>是哪个文件？在磁盘上有多大？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="39"/>
        <source>Weights %1 GB + KV %2 GB = %3 GB before any overhead.</source>
        <translation>权重 %1 GB + KV %2 GB = %3 GB，尚未计入任何开销。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="41"/>
        <source>Memory must hold weights, KV cache and overhead, device by device.</source>
        <translation>每个设备的内存都必须装下各自的权重、KV 缓存和运行开销。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="42"/>
        <source>Where do the remaining weights live, and at what speed do they run?</source>
        <translation>装不下的权重放在哪里？运行速度是多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="55"/>
        <source>The weights are %1 GB and the KV cache for %2 user(s) at %3 tokens %4 GB.</source>
        <translation>权重为 %1 GB，%2 个用户、每人 %3 token 的 KV 缓存为 %4 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="59"/>
        <source>The GPUs have %1 GB of memory in all.</source>
        <translation>GPU 显存合计 %1 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="61"/>
        <source>There is no GPU.</source>
        <translation>没有 GPU。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="63"/>
        <source>Each GPU needs %1 GB of its %2 GB.</source>
        <translation>每张 GPU 需要 %1 GB，而它只有 %2 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="65"/>
        <source>No CPU and RAM are named to hold the rest.</source>
        <translation>未指定用来存放其余部分的 CPU 和内存。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="74"/>
        <source>Weights and KV fit the memory offered; only the runtime&apos;s overhead does not.</source>
        <translation>权重和 KV 缓存装得下所给的内存，只有运行时开销装不下。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="76"/>
        <location filename="../../model/claimcheckspeed.cpp" line="153"/>
        <source>Every device must hold its share.</source>
        <translation>每个设备都必须装下自己那一份。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="77"/>
        <location filename="../../model/claimunknown.cpp" line="56"/>
        <location filename="../../model/claimunknown.cpp" line="118"/>
        <location filename="../../model/claimunknown.cpp" line="125"/>
        <source>Which model, precision and offload make it fit?</source>
        <translation>用哪个模型、什么精度、怎样卸载才能放得下？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="82"/>
        <source>It does not fit in memory as a whole: it runs by paging weights from the SSD at about %1 tok/s per user.</source>
        <translation>内存放不下整个模型：靠从 SSD 换页读取权重运行，每用户约 %1 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="83"/>
        <source>It does not fit in memory as a whole: it runs with offload at about %1 tok/s per user.</source>
        <translation>显存放不下整个模型：靠卸载运行，每用户约 %1 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="85"/>
        <source>Whatever does not fit the GPUs sits in RAM; whatever does not fit RAM is read from the SSD.</source>
        <translation>GPU 放不下的部分放在内存里；内存也放不下的部分要从固态盘读取。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="86"/>
        <source>What speed did you measure, with how many users?</source>
        <translation>实测速度是多少？当时有多少用户？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="88"/>
        <location filename="../../model/claimcheckmemory.cpp" line="95"/>
        <source>Offered hardware</source>
        <translation>所报硬件</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="89"/>
        <source>Fits with all the weights on the CPU.</source>
        <translation>放得下，全部权重在 CPU 上。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="90"/>
        <source>Fits with the weights partly on the CPU (hybrid).</source>
        <translation>放得下，部分权重在 CPU 上（CPU+GPU 混合）。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="92"/>
        <source>Hybrid CPU+GPU is slower than GPU-only.</source>
        <translation>CPU+GPU 混合推理比纯 GPU 慢。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="93"/>
        <source>Confirm the run mode (KTransformers, llama.cpp -ngl) and the measured speed.</source>
        <translation>请确认运行方式（KTransformers、llama.cpp -ngl）和实测速度。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="96"/>
        <source>Fits: %1 of %2 GB per device.</source>
        <translation>放得下：每台设备 %2 GB 中用 %1 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="97"/>
        <source>Device-by-device memory.</source>
        <translation>逐设备计算内存。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="129"/>
        <source>%1 tok/s per user with %2 GB of weights in RAM</source>
        <translation>每用户 %1 tok/s，内存中有 %2 GB 权重</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="130"/>
        <source>A dense model reads every weight held in RAM once per token: RAM bytes x tok/s is the RAM bandwidth it needs.</source>
        <translation>稠密模型每生成一个 token 都要把内存中的全部权重读取一遍：内存字节数 × tok/s 就是所需的内存带宽。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="131"/>
        <source>It needs at least %1 GB/s from RAM.</source>
        <translation>它至少需要 %1 GB/s 的内存带宽。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="134"/>
        <source>%1 peaks at %2 GB/s.</source>
        <translation>%1 的峰值为 %2 GB/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="137"/>
        <source>How was the speed measured, and where were the weights held?</source>
        <translation>速度是如何测得的？权重放在哪里？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="142"/>
        <source>No CPU is named: the slowest platform in the catalog gives %1 GB/s.</source>
        <translation>未指明 CPU：目录中最慢的平台提供 %1 GB/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="143"/>
        <source>Which CPU, and how many memory channels at what speed?</source>
        <translation>是哪款 CPU？有多少个内存通道，频率是多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="154"/>
        <source>There is no BF8 format: DeepSeek ships FP8 (E4M3) weights.</source>
        <translation>不存在 BF8 格式：DeepSeek 发布的是 FP8（E4M3）权重。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="155"/>
        <source>R1/V3 are released in FP8 with block scales (DeepSeek&apos;s model card).</source>
        <translation>R1/V3 以带分块缩放的 FP8 格式发布（DeepSeek 的模型卡）。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="156"/>
        <source>Do you mean FP8? Which GPUs run it natively?</source>
        <translation>您指的是 FP8 吗？哪些 GPU 原生支持？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="158"/>
        <source>FP8 weights on %1</source>
        <translation>在 %1 上运行 FP8 权重</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="159"/>
        <source>%1 has no FP8: the weights are cast to BF16, %2 GB instead of ~%3.</source>
        <translation>%1 不支持 FP8：权重转为 BF16，占 %2 GB，而不是约 %3 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="161"/>
        <source>FP8 needs Hopper, Ada, MI300 or Blackwell (checklist 2).</source>
        <translation>FP8 需要 Hopper、Ada、MI300 或 Blackwell 架构（避坑清单第 2 条）。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="162"/>
        <source>Will you cast to BF16 (twice the memory) or use INT8?</source>
        <translation>是转成 BF16（显存翻倍）还是使用 INT8？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="38"/>
        <source>First token in %1 ms for a %2-token prompt</source>
        <translation>提示词 %2 个 token，首 token 用时 %1 ms</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="39"/>
        <source>The prompt needs %1 PFLOP (2 x %2B active parameters x %3 tokens): at least %4 ms on %5 x %6 at twice its %7 dense TFLOPS.</source>
        <translation>该提示词需要 %1 PFLOP 的计算（2 × %2B 激活参数 × %3 个 token）：%5 张 %6 即使按其 %7 TFLOPS 稠密算力的两倍计算，也至少需要 %4 ms。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="42"/>
        <source>The first token waits for the whole prompt&apos;s prefill: 2 x active parameters FLOP per prompt token.</source>
        <translation>首 token 要等整个提示词预填充完成：每个提示词 token 需要 2 × 激活参数次浮点运算。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="44"/>
        <source>At that rate %1 ms needs at least %2 cards.</source>
        <translation>按这个算力，要在 %1 ms 内完成至少需要 %2 张卡。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="47"/>
        <source>How long was the prompt, on how many cards, and was it served from a prefix cache?</source>
        <translation>提示词有多长？用了几张卡？是否命中了前缀缓存？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="76"/>
        <source>%1 tok/s in all, users not stated</source>
        <translation>总计 %1 tok/s，未写明用户数</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="77"/>
        <source>At its best concurrency (%1 users) the planner estimates %2 tok/s in all; the physical ceiling is %3.</source>
        <translation>在最有利的并发数（%1 个用户）下，规划器估算总计 %2 tok/s；物理上限为 %3。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="79"/>
        <source>A total without its users is checked at the concurrency that serves it best.</source>
        <translation>未写明用户数的总吞吐，按对其最有利的并发数核查。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="80"/>
        <source>How many users at once gave this total, and what speed did each get?</source>
        <translation>这个总吞吐是多少个用户同时使用时测得的？每个用户的速度是多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="94"/>
        <source>%1 users at %2 tok/s each with %3 tok/s in all</source>
        <translation>%1 个用户每人 %2 tok/s，总计 %3 tok/s</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="95"/>
        <source>%1 x %2 = %3 tok/s, more than the stated %4.</source>
        <translation>%1 x %2 = %3 tok/s，高于所称的总计 %4。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="97"/>
        <source>Aggregate throughput is at least users x per-user speed.</source>
        <translation>总吞吐至少等于用户数 × 每用户速度。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="98"/>
        <source>Which figure was measured, and with how many users at once?</source>
        <translation>哪个数字是实测的？当时同时有多少用户？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="100"/>
        <source>Throughput of %1 tok/s</source>
        <translation>吞吐 %1 tok/s</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="101"/>
        <source>The figure counts prompt (input) tokens; users see output tokens.</source>
        <translation>这个数字包含了提示词（输入）token；用户看到的是输出 token。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="102"/>
        <source>tok/s means output tokens unless said otherwise.</source>
        <translation>除非另有说明，tok/s 指输出 token。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="103"/>
        <source>What is the output-token throughput?</source>
        <translation>输出 token 的吞吐是多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="151"/>
        <source>At %1 the weights alone are %2 GB; the offered hardware holds %3 GB.</source>
        <translation>按 %1 计，仅权重就有 %2 GB；所报硬件只能装下 %3 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="154"/>
        <source>Which quant was this row measured with, and on which hardware?</source>
        <translation>这一行是用哪种量化、在什么硬件上测得的？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="184"/>
        <source>%1 tok/s per user at %2 user(s)</source>
        <translation>%2 个用户时每用户 %1 tok/s</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="189"/>
        <source>Even at 100% of memory bandwidth and no overhead the build gives %1 tok/s per user (the planner&apos;s estimate: %2).</source>
        <translation>即使内存带宽利用率 100% 且没有任何开销，该配置每用户也只有 %1 tok/s（本工具估算：%2）。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="193"/>
        <location filename="../../model/claimunknown.cpp" line="82"/>
        <source>Decode reads the active weights and KV every token: bytes / bandwidth is a hard floor on time per token.</source>
        <translation>解码每个 token 都要读取激活的权重和 KV：字节数 / 带宽是每个 token 耗时的硬下限。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="194"/>
        <location filename="../../model/claimunknown.cpp" line="85"/>
        <source>How was the speed measured (model, quant, prompt, users)?</source>
        <translation>速度是怎样测的（模型、量化、提示词、用户数）？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="197"/>
        <source>The planner estimates %1 tok/s; the claim is %2x that.</source>
        <translation>本工具估算为 %1 tok/s；所称数字是它的 %2 倍。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="200"/>
        <source>More than 50% above the calibrated estimate.</source>
        <translation>比校准后的估算高出 50% 以上。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="201"/>
        <source>Show a measurement at this concurrency.</source>
        <translation>请出示该并发下的实测数据。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="204"/>
        <source>The planner estimates %1 tok/s.</source>
        <translation>本工具估算为 %1 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="205"/>
        <source>Within 50% of the calibrated estimate.</source>
        <translation>与校准后的估算相差在 50% 以内。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="228"/>
        <source>%1 concurrent users at %2 tok/s</source>
        <translation>%1 个并发用户，每人 %2 tok/s</translation>
    </message>
    <message>
        <source>The build serves at most %1 users at %2 tok/s with a %3-token context (KV %4 GB for the claimed users).</source>
        <translation type="vanished">在 %3 token 上下文下，该配置最多支持 %1 个用户达到 %2 tok/s（所称用户数需要 %4 GB KV）。</translation>
    </message>
    <message>
        <source>A build supports N users only if each gets the speed at the same time and their KV fits (checklist 3).</source>
        <translation type="vanished">只有每个用户同时都达到该速度、且所有用户的 KV 都放得下，才算支持 N 个用户（避坑清单第 3 条）。</translation>
    </message>
    <message>
        <source>Measured with how many simultaneous users and what context?</source>
        <translation type="vanished">实测时同时有多少用户？上下文多长？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="231"/>
        <source>At %1 users each gets about %2 tok/s (ceiling %3); %4 users get %5 tok/s.</source>
        <translation>%1 个用户时每人约 %2 tok/s（理论上限 %3）；%4 个用户时才能达到 %5 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="233"/>
        <source>Checklist 3: 6 tok/s per user is acceptable, 14 comfortable, for every user at once.</source>
        <translation>避坑清单第 3 条：所有用户同时在线时，每用户 6 tok/s 可接受，14 tok/s 舒适。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="234"/>
        <source>What speed does each user get at that concurrency?</source>
        <translation>在该并发下每个用户的速度是多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="236"/>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="237"/>
        <source>Each gets about %1 tok/s; up to %2 users at %3 tok/s.</source>
        <translation>每人约 %1 tok/s；最多 %2 个用户可达 %3 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="239"/>
        <source>Checklist 3.</source>
        <translation>避坑清单第 3 条。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="130"/>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="152"/>
        <source>%1 CNY for %2 %3</source>
        <translation>%2 %3 报价 %1 元</translation>
    </message>
    <message>
        <source>The weights alone need %1 GB of memory; at the cheapest price in the catalog (%2, %3 CNY/GB) that memory costs %4 CNY.</source>
        <translation type="vanished">仅权重就需要 %1 GB 内存；按目录中最便宜的价格（%2，%3 元/GB），这些内存就要 %4 元。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="155"/>
        <source>A build must at least hold its weights in memory.</source>
        <translation>一套配置至少要能把权重装进内存。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="156"/>
        <source>What hardware does the price buy, and which model file runs on it?</source>
        <translation>这个价格买的是什么硬件？上面运行的是哪个模型文件？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="169"/>
        <source>%1 CNY for %2 x %3</source>
        <translation>%2 x %3 报价 %1 元</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="170"/>
        <source>Machines with %1 x %2 are quoted at %3 CNY (%4, %5): about %6 CNY for %7 GPUs.</source>
        <translation>配 %1 x %2 的整机报价 %3 元（%4，%5）：%7 张 GPU 约合 %6 元。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="172"/>
        <source>Checklist 4: prices far below market mean used, refurbished, grey-market or different parts.</source>
        <translation>避坑清单第 4 条：价格远低于市场价，意味着二手、翻新、水货或配件不同。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="173"/>
        <source>Which exact GPUs (model, memory), new or refurbished, and with which warranty?</source>
        <translation>具体是哪款 GPU（型号、显存）？全新还是翻新？质保如何？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="179"/>
        <source>The offer does not name enough hardware to price it part by part.</source>
        <translation>报价没有列出足够的硬件，无法逐项核价。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="180"/>
        <source>List every part.</source>
        <translation>请列出每一个部件。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="191"/>
        <source>The GPUs and CPUs alone cost %1 CNY new at the catalog&apos;s latest prices.</source>
        <translation>按目录最新价格，仅全新的 GPU 和 CPU 就要 %1 元。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="192"/>
        <source>Checklist 4: prices far below new parts mean used, refurbished, grey-market or different parts.</source>
        <translation>避坑清单第 4 条：价格远低于全新部件价，意味着二手、翻新、水货或配件不同。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="193"/>
        <source>Are the parts new? Which warranty, from whom, for how long?</source>
        <translation>部件是全新的吗？谁提供质保？质保多久？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="198"/>
        <source>No price in the catalog for %1.</source>
        <translation>目录中没有 %1 的价格。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="200"/>
        <source>Prices are compared with sourced quotes only.</source>
        <translation>只与有来源的报价做比较。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="201"/>
        <source>Itemise the offer so each part can be compared.</source>
        <translation>请把报价逐项列出，以便逐个部件比较。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="204"/>
        <source>The bill of materials comes to %1 CNY.</source>
        <translation>物料清单合计 %1 元。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="207"/>
        <source>No condition stated</source>
        <translation>未说明新旧</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="208"/>
        <source>Warranty %1 months.</source>
        <translation>质保 %1 个月。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="209"/>
        <source>No warranty stated.</source>
        <translation>未说明质保。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="210"/>
        <source>Checklist 4: confirm new or refurbished, and the warranty.</source>
        <translation>避坑清单第 4 条：确认全新还是翻新，以及质保。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="211"/>
        <source>New or refurbished? Who gives the warranty, and for how long?</source>
        <translation>全新还是翻新？谁提供质保？质保多久？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="230"/>
        <source>InfiniBand %1 is %2 Gb/s per port, not %3.</source>
        <translation>InfiniBand %1 每端口为 %2 Gb/s，不是 %3。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="231"/>
        <source>EDR 100, HDR 200, NDR 400, XDR 800 Gb/s (InfiniBand Trade Association roadmap).</source>
        <translation>EDR 100、HDR 200、NDR 400、XDR 800 Gb/s（InfiniBand 行业协会路线图）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="232"/>
        <source>Which adapters and switches exactly?</source>
        <translation>具体是哪款网卡和交换机？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="242"/>
        <source>Datasheet of %1: %2 GB of memory.</source>
        <translation>%1 规格书：显存 %2 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="245"/>
        <source>Datasheet of %1: %2 GB/s of memory bandwidth.</source>
        <translation>%1 规格书：显存带宽 %2 GB/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="248"/>
        <source>Datasheet of %1: %2 W TDP.</source>
        <translation>%1 规格书：TDP %2 W。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="256"/>
        <source>Datasheet of %1: %2 dense %3 TFLOPS.</source>
        <translation>%1 规格书：%3 稠密算力 %2 TFLOPS。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="268"/>
        <location filename="../../model/claimchecks.cpp" line="290"/>
        <source>Vendor datasheet (catalog source).</source>
        <translation>厂商规格书（目录中的来源）。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="271"/>
        <source>%1 is the 2:4 sparsity figure.</source>
        <translation>%1 是 2:4 稀疏的数字。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="272"/>
        <source>Dense throughput is what LLM inference gets.</source>
        <translation>大模型推理用到的是稠密算力。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="273"/>
        <source>Quote dense figures.</source>
        <translation>请给出稠密算力数字。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="277"/>
        <source>%1 is the BF16/FP16 dense figure.</source>
        <translation>%1 是 BF16/FP16 稠密算力的数字。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="278"/>
        <source>%1 is the FP8 dense figure.</source>
        <translation>%1 是 FP8 稠密算力的数字。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="279"/>
        <source>%1 is the BF16/FP16 figure with sparsity.</source>
        <translation>%1 是 BF16/FP16 含稀疏的数字。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="280"/>
        <source>%1 is the FP8 figure with sparsity.</source>
        <translation>%1 是 FP8 含稀疏的数字。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="291"/>
        <source>Which part and which precision does the figure refer to?</source>
        <translation>这个数字指的是哪个部件、哪种精度？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="303"/>
        <source>The CPU has no AMX.</source>
        <translation>该 CPU 没有 AMX。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="305"/>
        <source>The memory is DDR4.</source>
        <translation>内存是 DDR4。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="307"/>
        <source>%1 of %2 memory channels are populated.</source>
        <translation>%2 个内存通道只插了 %1 个。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="309"/>
        <source>The CPU part bounds the speed.</source>
        <translation>CPU 部分限制了速度。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="311"/>
        <source>Hybrid CPU+GPU on %1</source>
        <translation>在 %1 上做 CPU+GPU 混合推理</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="312"/>
        <source>Checklist 2: hybrid builds need a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated.</source>
        <translation>避坑清单第 2 条：混合推理需要第四代至强或更新（AMX）、DDR5，并插满每个内存通道。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="313"/>
        <source>Which CPU generation, memory type and DIMM layout?</source>
        <translation>CPU 是哪一代？内存类型和插法如何？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="318"/>
        <source>Training or fine-tuning on %1</source>
        <translation>在 %1 上训练或微调</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="319"/>
        <source>%1 is a graphics card: inference only in practice.</source>
        <translation>%1 是图形卡：实际上只适合推理。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="320"/>
        <source>Checklist 2: graphics cards (RTX 6000 Ada, A6000, 4090) are not training cards.</source>
        <translation>避坑清单第 2 条：图形卡（RTX 6000 Ada、A6000、4090）不是训练卡。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="321"/>
        <source>What training was actually run on these cards, with which model size?</source>
        <translation>这些卡上实际跑过什么训练？模型多大？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="325"/>
        <source>Full fine-tuning of %1</source>
        <translation>对 %1 做全参数微调</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="326"/>
        <source>Needs ~%1 GB (16 bytes per parameter) against %2 GB of GPU memory.</source>
        <translation>需要约 %1 GB（每参数 16 字节），而 GPU 显存只有 %2 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="327"/>
        <source>Full fine-tuning keeps weights, gradients and optimizer states: ~16 bytes per parameter. LoRA does not shrink inference memory.</source>
        <translation>全参微调要保存权重、梯度和优化器状态：每个参数约 16 字节。LoRA 不会减少推理所需内存。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="328"/>
        <source>Full fine-tuning or LoRA? Of which model?</source>
        <translation>全参微调还是 LoRA？针对哪个模型？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="341"/>
        <source>%1 x %2 = %3, not %4.</source>
        <translation>%1 x %2 = %3，而不是 %4。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="347"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="350"/>
        <location filename="../../model/claimchecks.cpp" line="355"/>
        <source>The %1 priced lines add up to %2.</source>
        <translation>%1 条有价格的明细合计为 %2。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="352"/>
        <source>Which lines make up the total?</source>
        <translation>合计由哪些明细组成？</translation>
    </message>
    <message>
        <source>Needs confirmation: %1.</source>
        <translation type="vanished">需要确认：%1。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="439"/>
        <source>%1: %2 -&gt; %3 called an improvement</source>
        <translation>%1：%2 -&gt; %3 被称为改进</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="440"/>
        <source>It changes by %1%: higher is worse.</source>
        <translation>变化 %1%：越高越差。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="441"/>
        <source>It changes by %1%: lower is worse.</source>
        <translation>变化 %1%：越低越差。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="443"/>
        <source>The offer&apos;s own numbers must agree with its conclusion.</source>
        <translation>报价自身的数字必须与其结论一致。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="343"/>
        <location filename="../../model/claimchecks.cpp" line="444"/>
        <location filename="../../model/claimchecks.cpp" line="449"/>
        <source>Which figure is right?</source>
        <translation>哪个数字是对的？</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="153"/>
        <source>The weights alone need %1 GB of memory; at the lowest price the catalog has recorded (%2, %3 CNY/GB on %4) that memory costs %5 CNY.</source>
        <translation>仅权重就需要 %1 GB 内存；按目录记录过的最低价格（%2，%3 元/GB，%4）计算，这些内存就要 %5 元。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="384"/>
        <source>Assumed:</source>
        <translation>假设：</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="422"/>
        <source>Needs confirmation:</source>
        <translation>需确认：</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="447"/>
        <source>%1 -&gt; %2 is %3%.</source>
        <translation>%1 -&gt; %2 是 %3%。</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="342"/>
        <location filename="../../model/claimchecks.cpp" line="351"/>
        <location filename="../../model/claimchecks.cpp" line="356"/>
        <location filename="../../model/claimchecks.cpp" line="448"/>
        <source>The offer&apos;s own numbers must agree.</source>
        <translation>报价自身的数字必须前后一致。</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="24"/>
        <source>%1 is a distill, far weaker than the 671B R1 (%2)</source>
        <translation>%1 是蒸馏模型，远弱于 671B 的 R1（%2）</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="27"/>
        <source>%1 is a quantized R1, not the full model (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: Q4 and 1.58-bit keep ~75-80%)</source>
        <translation>%1 是量化版 R1，不是满血模型（《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》：Q4 和 1.58-bit 约保留 75-80% 的效果）</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="29"/>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="36"/>
        <source>Hybrid CPU+GPU on %1: needs a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated for speed.</source>
        <translation>在 %1 上做 CPU+GPU 混合推理：要有速度，需要第四代至强或更新（AMX）、DDR5，并插满每个内存通道。</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="41"/>
        <source>%1 is a graphics card: fine for inference, not for training or fine-tuning.</source>
        <translation>%1 是游戏/图形卡：可以做推理，不适合训练或微调。</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="45"/>
        <source>%1 has no FP8: the weights are cast to BF16 (twice the memory).</source>
        <translation>%1 不支持 FP8：权重会转成 BF16（显存占用翻倍）。</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="50"/>
        <source>The model does not fit in this build&apos;s memory: it cannot run.</source>
        <translation>模型装不进此配置的内存：无法运行。</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="53"/>
        <source>GPUs and run mode suit the model</source>
        <translation>GPU 与运行方式适合该模型</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="59"/>
        <source>cannot run, so no speed for %2 users</source>
        <translation>无法运行，%2 个用户时没有速度</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="61"/>
        <source>%1 tok/s per user at %2 users: below the %3 tok/s target</source>
        <translation>%2 个用户时每用户 %1 tok/s：低于 %3 tok/s 的目标</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="63"/>
        <source>%1 tok/s per user at %2 users: meets the %3 tok/s target, below the acceptable 6</source>
        <translation>%2 个用户时每用户 %1 tok/s：达到 %3 tok/s 的目标，但低于可接受的 6</translation>
    </message>
    <message>
        <source>%1 tok/s per user at %2 users: below the acceptable 6</source>
        <translation type="vanished">%2 个用户时每用户 %1 tok/s：低于可接受的 6</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="65"/>
        <source>%1 tok/s per user at %2 users: acceptable (6), not comfortable (14)</source>
        <translation>%2 个用户时每用户 %1 tok/s：可接受（6），未达舒适（14）</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="67"/>
        <source>%1 tok/s per user at %2 users: comfortable</source>
        <translation>%2 个用户时每用户 %1 tok/s：舒适</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="72"/>
        <source>%1 is priced used;</source>
        <translation>%1 按二手计价；</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="73"/>
        <source>%1 is priced refurbished;</source>
        <translation>%1 按翻新计价；</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="76"/>
        <source>Priced as new parts; confirm the warranty</source>
        <translation>按全新部件计价；请确认质保</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="78"/>
        <source>ask for the warranty terms</source>
        <translation>请向供应商索取质保条款</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="304"/>
        <source>Platform with %1 GPU slots, %2 socket(s), %3, &gt;= %4 W PSU</source>
        <translation>整机平台：%1 个 GPU 插槽，%2 路 CPU，%3，电源 ≥ %4 W</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="316"/>
        <source>%1 x %2 GB %3 per node (all %4 channels populated)</source>
        <translation>每节点 %1 条 %2 GB %3（插满全部 %4 个通道）</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="319"/>
        <source>NVMe for the weights (%1 GB x %2)</source>
        <translation>存放权重的 NVMe 固态盘（%1 GB × %2）</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="288"/>
        <location filename="../../model/cost.cpp" line="322"/>
        <source>400 Gb/s InfiniBand NDR adapter</source>
        <translation>400 Gb/s InfiniBand NDR 网卡</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="59"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="61"/>
        <source>incomplete: at least %1 %2, 1 part unpriced</source>
        <translation>不完整：至少 %1 %2，1 个部件无报价</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="62"/>
        <source>incomplete: at least %1 %2, %3 parts unpriced</source>
        <translation>不完整：至少 %1 %2，%3 个部件无报价</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="68"/>
        <source>%1 %2/year</source>
        <translation>%1 %2/年</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="69"/>
        <source>at least %1 %2/year (capex incomplete)</source>
        <translation>至少 %1 %2/年（资本支出不完整）</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="276"/>
        <source>%1 x %2 server (as quoted: %3)</source>
        <translation>%1 x %2 整机（按报价：%3）</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="284"/>
        <source>%1 priced as a whole system per node (%2): taken to include its CPUs, RAM and storage; check that it holds %3 and %4 GB of RAM</source>
        <translation>%1 按每节点整机报价计价（%2）：视为已含处理器、内存和存储；请核实其包含 %3 和 %4 GB 内存</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="345"/>
        <source>power: %1 W at full TDP x utilisation %2 x PUE %3 x %4 h = %5 kWh/year at %6 %7/kWh</source>
        <translation>电费：满载 TDP %1 W × 利用率 %2 × PUE %3 × %4 小时 = 每年 %5 千瓦时，电价 %6 %7/千瓦时</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="348"/>
        <source>operations (cluster of %1 nodes): %2 FTE per node x %3 %4/year</source>
        <translation>运维（%1 节点集群）：每节点 %2 人 x %3 %4/年</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="351"/>
        <source>operations (server): %1 FTE x %2 %3/year</source>
        <translation>运维（服务器）：%1 人 x %2 %3/年</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="352"/>
        <source>operations (workstation): %1 FTE x %2 %3/year</source>
        <translation>运维（工作站）：%1 人 x %2 %3/年</translation>
    </message>
    <message>
        <source>operations: %1 FTE x %2 %3/year</source>
        <translation type="vanished">运维：%1 人 × %2 %3/年</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="353"/>
        <source>depreciation: straight line over %1 years</source>
        <translation>折旧：按 %1 年直线折旧</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="354"/>
        <source>per million tokens: aggregate decode speed at %1% of the year</source>
        <translation>每百万 token 成本：按全年 %1% 时间以总解码速度运行计算</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="355"/>
        <source>USD converted at %1 CNY; prices older than %2 days are marked stale</source>
        <translation>美元按 %1 元折算；超过 %2 天的报价标记为价格已过时</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="358"/>
        <source>power: %1 has no published TDP, so its power is not counted (the energy cost is too low)</source>
        <translation>功耗：%1 没有公布 TDP，其功耗未计入（电费偏低）</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="120"/>
        <source>The slowest part of a step is reading GPU memory: decode is bound by GPU memory bandwidth.</source>
        <translation>每步最慢的部分是读取显存：解码受 GPU 显存带宽限制。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="122"/>
        <source>The slowest part of a step is reading RAM: decode is bound by CPU memory bandwidth.</source>
        <translation>每步最慢的部分是读取内存：解码受 CPU 内存带宽限制。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="124"/>
        <source>The slowest part of a step is arithmetic: decode is bound by compute.</source>
        <translation>每步最慢的部分是计算：解码受算力限制。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="126"/>
        <source>The slowest part of a step is communication between GPUs or nodes: decode is bound by the interconnect.</source>
        <translation>每步最慢的部分是 GPU 或节点之间的通信：解码受互联限制。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="128"/>
        <source>The slowest part of a step is paging weights from the SSD: decode is bound by SSD reads.</source>
        <translation>每步最慢的部分是从 SSD 换页读取权重：解码受 SSD 读取速度限制。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="130"/>
        <source>The largest part of a step is the runtime&apos;s fixed work (scheduling, kernel launches, MoE routing): faster memory would help little.</source>
        <translation>一步中最大的部分是运行时的固定工作（调度、内核启动、MoE 路由）：更快的内存帮助不大。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="135"/>
        <source>No part of a step dominates.</source>
        <translation>每步中没有哪一部分占主导。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="275"/>
        <source>It cannot run as configured: speeds are 0.</source>
        <translation>按当前配置无法运行：速度为 0。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="327"/>
        <source>%1 sequence(s) per step read %2 of %3 experts per MoE layer: %3 x (1 - (1 - %4/%3)^%1).</source>
        <translation>每步 %1 个序列，每个 MoE 层读取 %3 个专家中的 %2 个：%3 x (1 - (1 - %4/%3)^%1)。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="339"/>
        <source>Per step, %1 (each of %6) reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms.</source>
        <translation>每步 %1（%6 个中的每一个）读取 %2 GB 权重，带宽 %3 GB/s x 效率 %4 = %5 ms。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="341"/>
        <source>Per step, %1 reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms.</source>
        <translation>每步 %1 读取 %2 GB 权重，带宽 %3 GB/s x 效率 %4 = %5 ms。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="345"/>
        <source>Decode step at %1 sequence(s), each stage taking the longer of its memory reads and its arithmetic: GPU memory %2 ms, CPU memory %3 ms, SSD %4 ms, compute-bound stages %5 ms, interconnect %6 ms, runtime overhead %7 ms.</source>
        <translation>%1 个序列的一个解码步（每个阶段取内存读取与计算两者中较长的一个）：GPU 显存 %2 ms，CPU 内存 %3 ms，SSD %4 ms，受计算限制的阶段 %5 ms，互联 %6 ms，运行时开销 %7 ms。</translation>
    </message>
    <message>
        <source>Decode step at %1 sequence(s): GPU memory %2 ms, CPU memory %3 ms, SSD %4 ms, compute %5 ms, interconnect %6 ms, runtime overhead %7 ms.</source>
        <translation type="vanished">%1 个序列的一个解码步：GPU 显存 %2 ms，CPU 内存 %3 ms，SSD %4 ms，计算 %5 ms，互联 %6 ms，运行时开销 %7 ms。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="351"/>
        <source>The runtime overhead includes %1 MoE layers x %2 us: each MoE layer&apos;s routing and expert kernels take that long per step whatever they read (fitted on public measurements of %3).</source>
        <translation>运行时开销中含 %1 个 MoE 层 x %2 微秒：每个 MoE 层的路由和专家内核每步都要花这么久，与读取多少数据无关（按 %3 的公开实测数据拟合）。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="355"/>
        <source>The runtime overhead includes %1 weight matrices a token passes through x %2 us: each is a small-batch matmul kernel with a latency floor whatever it reads (fitted on public measurements of %3).</source>
        <translation>运行时开销包含每个 token 经过的 %1 个权重矩阵 x %2 微秒：每个都是小批量矩阵乘法内核，无论读取多少数据都有一个延迟下限（根据 %3 的公开测量数据拟合）。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="359"/>
        <source>%1 decodes %2 sequences together (its default limit %3, and the KV room); the other %4 users wait their turn.</source>
        <translation>%1 同时解码 %2 个序列（受其默认上限 %3 和 KV 空间限制）；其余 %4 个用户排队等待。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="361"/>
        <source>Decode: %1 tok/s per user, %2 tok/s aggregate for %3 user(s).</source>
        <translation>解码：%3 个用户时每用户 %1 tok/s，总吞吐 %2 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="365"/>
        <source>Compute is not checked on %1 (no published BF16 TFLOPS figure): decode is taken as memory bound.</source>
        <translation>未检查 %1 的算力（没有公布的 BF16 TFLOPS 数据）：解码按内存带宽受限计算。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="367"/>
        <source>Prefill: not estimated: %1 has no published BF16 TFLOPS figure.</source>
        <translation>预填充：未估算：%1 没有公布的 BF16 TFLOPS 数据。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="369"/>
        <source>Prefill: %1 tok/s on a %2-token prompt (compute bound: 2 x %3B active params per token at %4 of peak; time to first token ~%5 s).</source>
        <translation>预填充：%2 token 的提示词为 %1 tok/s（受算力限制：每 token 2 x %3B 激活参数，按峰值的 %4 计；首 token 时间约 %5 s）。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="376"/>
        <source>Max users at &gt;= %1 tok/s each with %2-token context: %3 (KV room for any number).</source>
        <translation>每用户 &gt;= %1 tok/s、上下文 %2 token 时最多用户数：%3（KV 空间不限人数）。</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="378"/>
        <source>Max users at &gt;= %1 tok/s each with %2-token context: %3 (KV room for %4).</source>
        <translation>每用户 &gt;= %1 tok/s、上下文 %2 token 时最多用户数：%3（KV 空间可容纳 %4 人）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="133"/>
        <source>Memory is short by %1 GB: %2% of the CPU-side weights are paged from the SSD (mmap) at %3 GB/s on every token that needs them. It runs, slowly.</source>
        <translation>内存不足 %1 GB：CPU 侧 %2% 的权重在每个需要它们的 token 上从 SSD 换页读取（mmap），速度 %3 GB/s。能运行，但很慢。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="158"/>
        <source>%1 pipeline stages do not divide the %2 GPUs (or the %3 layers) evenly: each stage needs the same number of GPUs and at least one layer.</source>
        <translation>%1 个流水线阶段无法均分 %2 块 GPU（或 %3 层）：每个阶段需要相同数量的 GPU，且至少一层。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="172"/>
        <source>%1 splits the %2 attention heads of %3 evenly over the tensor-parallel GPUs: %4 GPUs do not divide them. Use a GPU count that divides %2 (for example 4 or 8).</source>
        <translation>%1 把 %3 的 %2 个注意力头平均分到张量并行的各张 GPU 上：%4 张 GPU 无法整除。请选用能整除 %2 的 GPU 数量（例如 4 或 8）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="199"/>
        <location filename="../../model/placement.cpp" line="459"/>
        <source>GPU x%1 (%2)</source>
        <translation>GPU x%1（%2）</translation>
    </message>
    <message>
        <source>Tensor parallel over %1 GPUs, pipeline over %8 nodes: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</source>
        <translation type="vanished">%1 张 GPU 张量并行、%8 个节点流水线并行：每张 GPU 存放 %2 GB 权重（%3 GB / %4）、%5 GB 运行时开销和 %6 GB KV 缓存（%7 个用户 x %9 token）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="217"/>
        <source>Tensor parallel over %1 GPUs: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</source>
        <translation>%1 张 GPU 张量并行：每张 GPU 存放 %2 GB 权重（%3 GB / %4）、%5 GB 运行时开销和 %6 GB KV 缓存（%7 个用户 x %9 token）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="224"/>
        <source>%1 reserves %2% of each GPU up front (%3 of %4 GB) and fills what the weights leave with a KV pool of %5 GB = %6 tokens; nvidia-smi shows the pool, not the minimum.</source>
        <translation>%1 启动时预占每张 GPU 的 %2%（%4 GB 中的 %3 GB），权重之外的空间全部用作 %5 GB 的 KV 池 = %6 token；nvidia-smi 显示的是这个池，而不是最低需求。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="231"/>
        <source>Does not fit: the weights and one %1-token sequence need more than the %2 GB usable per GPU. %3 does not offload weights to RAM, so it cannot start.</source>
        <translation>放不下：权重加一个 %1 token 的序列超过每张 GPU 可用的 %2 GB。%3 不会把权重卸载到内存，因此无法启动。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="237"/>
        <source>The KV pool holds %1 full-context users, not %2: the others queue.</source>
        <translation>KV 池可容纳 %1 个满上下文用户，而不是 %2 个：其余用户排队。</translation>
    </message>
    <message>
        <source>Two all-reduces per layer over %1: 2 x %2 x %3 us = %4 ms per step.</source>
        <translation type="vanished">每层经 %1 做两次 all-reduce：2 x %2 x %3 us = 每步 %4 ms。</translation>
    </message>
    <message>
        <source>Pipeline across %1 nodes adds %2 network hop(s) of %3 ms per step; nodes add memory, not single-user speed.</source>
        <translation type="vanished">跨 %1 个节点的流水线每步增加 %2 次网络跳转，每次 %3 ms；增加节点增加的是内存，而不是单用户速度。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="215"/>
        <source>Tensor parallel over %1 GPUs on %8 nodes: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</source>
        <translation>%8 个节点上的 %1 张 GPU 张量并行：每张 GPU 存放 %2 GB 权重（%3 GB / %4）、%5 GB 运行时开销和 %6 GB KV 缓存（%7 个用户 x %9 token）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="268"/>
        <source>Two all-reduces per layer over %1 inside a node and the network between nodes: 2 x %2 x (%3 + %5 us) = %4 ms per step, plus the hidden state of every sequence.</source>
        <translation>每层做两次 all-reduce，节点内经 %1、节点间经网络：2 x %2 x (%3 + %5 us) = 每步 %4 ms，另加每个序列隐藏状态的传输。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="270"/>
        <source>Two all-reduces per layer over %1: 2 x %2 x %3 us = %4 ms per step, plus the hidden state of every sequence.</source>
        <translation>每层经 %1 做两次 all-reduce：2 x %2 x %3 us = 每步 %4 ms，另加每个序列隐藏状态的传输。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="286"/>
        <source>Pipeline parallel: %1 stages of %2 layers, each on %3 GPUs in tensor parallel; the stages hand the hidden states on (%4 ms a step), and %1 micro-batches are in flight, so a sequence waits for every stage while the stages work at once on the others&apos; micro-batches.</source>
        <translation>流水线并行：%1 个阶段，每阶段 %2 层，各在 %3 块 GPU 上做张量并行；阶段之间传递隐藏状态（每步 %4 ms），同时有 %1 个微批次在流水线中：一个序列要依次经过每个阶段，而各阶段同时处理其他微批次。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="304"/>
        <source>Expert offload runs on one machine; %1 nodes cannot be combined.</source>
        <translation>专家卸载只在一台机器上运行；%1 个节点无法合并使用。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="309"/>
        <source>Expert offload keeps the routed experts in RAM and computes them on the CPU: the build names no CPU.</source>
        <translation>专家卸载把路由专家放在内存中并由 CPU 计算：该配置未指定 CPU。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="320"/>
        <source>GPU 1 (%1)</source>
        <translation>GPU 1（%1）</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="331"/>
        <source>The GPU part does not fit: %1 GB needed on %2 (%3 GB).</source>
        <translation>GPU 部分放不下：%2（%3 GB）上需要 %1 GB。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="335"/>
        <source>Expert offload: attention, shared experts, dense layers and KV on the GPU (%1 GB weights + %2 GB KV + %3 GB overhead); the %4 GB of routed experts in RAM, computed by the CPU.</source>
        <translation>专家卸载：注意力、共享专家、稠密层和 KV 在 GPU 上（%1 GB 权重 + %2 GB KV + %3 GB 开销）；%4 GB 路由专家在内存中，由 CPU 计算。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="340"/>
        <source>Only the first GPU is used: more GPUs add little to expert offload (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”).</source>
        <translation>只使用第一张 GPU：对专家卸载而言，更多 GPU 提升很小（《DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth》）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="352"/>
        <location filename="../../model/placement.cpp" line="497"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="362"/>
        <source>NUMA mode: the experts are copied to each of %1 sockets (%2 GB) so each socket reads local memory.</source>
        <translation>NUMA 模式：专家复制到全部 %1 个 CPU 插槽（%2 GB），每个插槽读取本地内存。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="423"/>
        <source>GPU layers set by the build: %1 of %2.</source>
        <translation>配置指定的 GPU 层数：%2 层中的 %1 层。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="427"/>
        <source>%1 layers do not fit the GPUs (at most %2 do): the runtime would fail to allocate.</source>
        <translation>%1 层放不进 GPU（最多放得下 %2 层）：推理框架会分配内存失败。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="434"/>
        <source>ollama&apos;s scheduler offloads as many layers as fit: %1 of %2.</source>
        <translation>ollama 的调度器尽可能多地把层放到 GPU：%2 层中的 %1 层。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="440"/>
        <source>GPU layers: all %1 fit the GPUs, so all are offloaded (llama.cpp -ngl auto or 99).</source>
        <translation>GPU 层数：全部 %1 层都放得下 GPU，因此全部卸载到 GPU（llama.cpp -ngl auto 或 99）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="445"/>
        <source>GPU layers: %1 of %2 = min(what fits, %3; Unsloth&apos;s rule floor(%4 GB / %5 GB x %2) - 4 = %6).</source>
        <translation>GPU 层数：%2 层中的 %1 层 = min(放得下的 %3 层；Unsloth 的经验公式 floor(%4 GB / %5 GB x %2) - 4 = %6)。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="476"/>
        <source>Each GPU holds up to %1 layers x %2 GB plus the output head (%5 GB), %3 GB KV and %4 GB runtime overhead + %6 GB logits buffer.</source>
        <translation>每张 GPU 最多存放 %1 层 x %2 GB，加上输出层（%5 GB）、%3 GB KV 和 %4 GB 运行时开销 + %6 GB logits 缓冲区。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="478"/>
        <source>Each GPU holds up to %1 layers x %2 GB, %3 GB KV and %4 GB runtime overhead.</source>
        <translation>每张 GPU 最多存放 %1 层 x %2 GB、%3 GB KV 和 %4 GB 运行时开销。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="488"/>
        <source>%1 of %2 layers do not fit the GPUs and the build names no CPU and RAM to run them.</source>
        <translation>%2 层中有 %1 层放不进 GPU，而该配置未指定运行它们的 CPU 和内存。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="525"/>
        <source>Layers split over %1 nodes (RPC): %2 network hop(s) per token.</source>
        <translation>各层分布在 %1 个节点上（RPC）：每个 token 有 %2 次网络跳转。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="592"/>
        <source>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (limit raised by the build).</source>
        <translation>每台机器的统一内存中存放 %1 GB 权重、%2 GB KV 和 %3 GB 开销；GPU 可锁定 %5 GB 中的 %4 GB（配置已调高上限）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="594"/>
        <source>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (macOS default).</source>
        <translation>每台机器的统一内存中存放 %1 GB 权重、%2 GB KV 和 %3 GB 开销；GPU 可锁定 %5 GB 中的 %4 GB（macOS 默认值）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="596"/>
        <source>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (limit raised by the build).</source>
        <translation>这台机器的统一内存中存放 %1 GB 权重、%2 GB KV 和 %3 GB 开销；GPU 可锁定 %5 GB 中的 %4 GB（配置已调高上限）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="598"/>
        <source>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (macOS default).</source>
        <translation>这台机器的统一内存中存放 %1 GB 权重、%2 GB KV 和 %3 GB 开销；GPU 可锁定 %5 GB 中的 %4 GB（macOS 默认值）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="601"/>
        <source>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).</source>
        <translation>每台机器在统一内存中存放 %1 GB 权重、%2 GB KV 和 %3 GB 开销；GPU 可使用 %5 GB 中的 %4 GB（没有公布的 GPU 上限：除操作系统预留外全部可用）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="603"/>
        <source>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).</source>
        <translation>该机器在统一内存中存放 %1 GB 权重、%2 GB KV 和 %3 GB 开销；GPU 可使用 %5 GB 中的 %4 GB（没有公布的 GPU 上限：除操作系统预留外全部可用）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="622"/>
        <source>Pipeline over %1 machines: each reads its own layers in turn, plus %2 network hop(s) of %3 ms per token.</source>
        <translation>%1 台机器流水线并行：每台依次读取自己的层，另加每个 token %2 次网络跳转，每次 %3 ms。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="634"/>
        <source>Exceeds the GPU-wired limit by %1 GB: raise it (sudo sysctl iogpu.wired_limit_mb) or the remaining %2% of the weights run on the CPU cores, more slowly.</source>
        <translation>超出 GPU 可锁定内存上限 %1 GB：调高上限（sudo sysctl iogpu.wired_limit_mb），否则剩余 %2% 的权重在 CPU 核心上运行，速度更慢。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="722"/>
        <source>%1 does not load %2 weights (%3).</source>
        <translation>%1 不能加载 %2 格式的权重（%3）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="728"/>
        <source>%1 is a dynamic quant of MoE experts; it does not exist for the dense %2.</source>
        <translation>%1 是针对 MoE 专家的动态量化；稠密模型 %2 没有这种量化。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="734"/>
        <source>%1 does not run on %2 GPUs (%3).</source>
        <translation>%1 不能在 %2 GPU 上运行（%3）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="740"/>
        <source>%1 needs a GPU for attention and the KV cache; it does not run on CPUs alone.</source>
        <translation>%1 需要 GPU 来运行注意力和 KV 缓存；不能只用 CPU 运行。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="746"/>
        <source>The build has neither a GPU nor a CPU.</source>
        <translation>该配置既没有 GPU 也没有 CPU。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="755"/>
        <source>Weights: %1 GB (FP8 cast to BF16 because %2 has no native FP8: %3B params x 2 bytes).</source>
        <translation>权重：%1 GB（%2 不支持原生 FP8，FP8 转为 BF16：%3B 参数 x 2 字节）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="757"/>
        <source>Weights: %1 GB (FP8 cast to BF16 because the CPU has no native FP8: %2B params x 2 bytes).</source>
        <translation>权重：%1 GB（CPU 不支持原生 FP8，FP8 转为 BF16：%2B 参数 x 2 字节）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="760"/>
        <source>Weights: %1 GB (published file size of %2 %3, less its %4 GB of multi-token-prediction layers, which are loaded only for speculative decoding).</source>
        <translation>权重：%1 GB（%2 %3 的公开文件大小，减去其中 %4 GB 的多 token 预测（MTP）层，这些层仅在推测解码时加载）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="764"/>
        <source>Weights: %1 GB (published file size of %2 %3).</source>
        <translation>权重：%1 GB（%2 %3 公开发布的文件大小）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="765"/>
        <source>Weights: %1 GB (%2B params x %3 bits / 8).</source>
        <translation>权重：%1 GB（%2B 参数 x %3 位 / 8）。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="769"/>
        <source>Of the weights, the routed experts are %1 GB.</source>
        <translation>其中路由专家占 %1 GB。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="777"/>
        <source>KV cache: %1 KiB per token (2 x %8 KV heads x %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</source>
        <translation>KV 缓存：每 token %1 KiB（2 x %8 个 KV 头 x %9 x %2 层 x %3 B %4）x %5 token x %6 个用户 = %7 GB。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="782"/>
        <source>KV cache: %1 KiB per token (MLA latent (%8 + %9) x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</source>
        <translation>KV 缓存：每 token %1 KiB（MLA 潜向量 (%8 + %9) x %2 层 x %3 B %4）x %5 token x %6 个用户 = %7 GB。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="786"/>
        <source>KV cache: %1 KiB per token (MLA expanded to %8 full heads by %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</source>
        <translation>KV 缓存：每 token %1 KiB（%9 把 MLA 展开为 %8 个完整的头 x %2 层 x %3 B %4）x %5 token x %6 个用户 = %7 GB。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="801"/>
        <source>%1 cannot run this build without GPUs.</source>
        <translation>没有 GPU 时 %1 无法运行该配置。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="805"/>
        <source>%1 needs GPUs.</source>
        <translation>%1 需要 GPU。</translation>
    </message>
    <message>
        <location filename="../../model/claimmemory.cpp" line="119"/>
        <source>%1 with MRDIMMs: read as the catalog&apos;s strongest Xeon that takes them, %2</source>
        <translation>%1 配 MRDIMM：按目录中支持 MRDIMM 的最强至强处理器 %2 计</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="537"/>
        <source>%1 runs tensor parallel over the NUMA nodes of %2 sockets: each rank reads its share of the weights from local memory.</source>
        <translation>%1 在 %2 路 CPU 的各 NUMA 节点上做张量并行：每个 rank 从本地内存读取自己那份权重。</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="808"/>
        <source>No RAM size given: the RAM check is skipped.</source>
        <translation>未给出内存容量：跳过内存检查。</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="19"/>
        <source>does not fit in memory: it only runs degraded (paged from SSD)</source>
        <translation>内存装不下：只能降级运行（从 SSD 换页）</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="18"/>
        <source>cannot run: the model does not fit in its memory</source>
        <translation>无法运行：模型装不进它的内存</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="20"/>
        <source>does not fit in memory for %1 users: it runs, with the rest queued or offloaded</source>
        <translation>%1 个用户时内存放不下：能运行，其余用户排队或部分卸载</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="23"/>
        <source>%1 tok/s per user for %2 users is below the %3 tok/s target</source>
        <translation>%2 个用户时每用户 %1 tok/s，低于 %3 tok/s 的目标</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="27"/>
        <source>a buyer check fails: %1</source>
        <translation>一项采购检查未通过：%1</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="46"/>
        <source>recommended: the cheapest fully priced build that meets the workload</source>
        <translation>推荐：满足该负载且价格完整的配置中最便宜的一个</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="48"/>
        <source>meets the workload, but %1 parts have no price, so its cost cannot be compared</source>
        <translation>满足该负载，但有 %1 个部件没有价格，成本无法比较</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="51"/>
        <source>meets the workload, but costs more than build %1</source>
        <translation>满足该负载，但比配置 %1 贵</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="58"/>
        <source>%1 users at %2 tok/s each, %3-token context</source>
        <translation>%1 个用户，每人 %2 tok/s，上下文 %3 个 token</translation>
    </message>
    <message>
        <location filename="../../model/claimfigures.cpp" line="94"/>
        <source>several amounts, no total named: the first taken as the price</source>
        <translation>有多个金额、未写明总价：取第一个金额作为价格</translation>
    </message>
    <message>
        <location filename="../../model/claimfigures.cpp" line="128"/>
        <source>some items are not priced (&quot;%1&quot;)</source>
        <translation>部分项目未标价（“%1”）</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="123"/>
        <source>a model the catalog does not hold: %1</source>
        <translation>目录中没有的模型：%1</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="127"/>
        <source>read as %1 (same size): %2</source>
        <translation>按同规模的 %1 理解：%2</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="146"/>
        <source>several models named; checked as %1</source>
        <translation>提到了多个模型；按 %1 核查</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="167"/>
        <source>a table of several configurations; checked as %1</source>
        <translation>表格列出了多种配置；按 %1 核查</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="180"/>
        <source>&quot;full&quot; read as DeepSeek-R1 671B</source>
        <translation>“满血”按 DeepSeek-R1 671B 理解</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="202"/>
        <source>assumed dense (every parameter read per token): %1</source>
        <translation>假定为稠密模型（每个 token 读取全部参数）：%1</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="232"/>
        <source>&quot;%1&quot; read as %2</source>
        <translation>“%1”按 %2 理解</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="243"/>
        <source>read as %1</source>
        <translation>按 %1 理解</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="283"/>
        <source>memory configuration not stated: %1</source>
        <translation>未写明显存配置：%1</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="335"/>
        <location filename="../../model/claimparts.cpp" line="343"/>
        <source>one card: named once, with one card&apos;s memory (%1)</source>
        <translation>一张卡：只提到一次，且写明的是单卡显存（%1）</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="351"/>
        <source>assumed 1 card</source>
        <translation>假定为 1 张卡</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="365"/>
        <source>the first accelerator named, %1, is not in the catalog</source>
        <translation>最先提到的加速卡 %1 不在目录中</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="460"/>
        <source>%1 in all over %2 machines</source>
        <translation>%1 为 %2 台机器的合计</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="476"/>
        <source>the cluster&apos;s GPUs as stated: %1 %2</source>
        <translation>按所述集群的 GPU：%1 %2</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="478"/>
        <source>assumed 1 server (&quot;%1&quot; names several, no count read)</source>
        <translation>假定为 1 台服务器（“%1”指多台，但未读到台数）</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="480"/>
        <source>one machine: the text names no other</source>
        <translation>一台机器：文中没有提到其他机器</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="484"/>
        <source>one chip per machine</source>
        <translation>每台机器一颗芯片</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="523"/>
        <source>CPU not in the catalog (%1): read as its family&apos;s %2, RAM bandwidth estimated</source>
        <translation>CPU 不在目录中（%1）：按同系列的 %2 理解，内存带宽为估算值</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="544"/>
        <source>the unified-memory machine&apos;s own processor: %1</source>
        <translation>统一内存整机自带的处理器：%1</translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="546"/>
        <source>CPU not in the catalog: %1 (RAM bandwidth unknown)</source>
        <translation>CPU 不在目录中：%1（内存带宽未知）</translation>
    </message>
    <message>
        <location filename="../../model/claimmemory.cpp" line="41"/>
        <source>%1 with %2 DIMMs of %3-%4 as stated: read as %5&apos;s %6 channels at the stated speed</source>
        <translation>%1，按所述 %2 条 %3-%4 内存：按 %5 的 %6 通道、以所述频率理解</translation>
    </message>
    <message>
        <location filename="../../model/claimpoints.cpp" line="408"/>
        <source>no concurrency stated: the speed read as one user&apos;s</source>
        <translation>未写明并发：速度按单个用户理解</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="80"/>
        <source>longer than 1 MiB: not read</source>
        <translation>超过 1 MiB：未读取</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="159"/>
        <source>&quot;full&quot; means the release&apos;s precision: %1</source>
        <translation>“满血”即官方发布的精度：%1</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="161"/>
        <source>precision not stated: assumed the release&apos;s native precision</source>
        <translation>未写明精度：假定为官方发布的原生精度</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="166"/>
        <source>none beside the unified memory: the machine&apos;s memory is the GPU&apos;s</source>
        <translation>统一内存之外没有单独的内存：整机内存即 GPU 显存</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="169"/>
        <source>no RAM size read: at least the %1 GB used (%2), its size unknown</source>
        <translation>未读到内存容量：至少为已占用的 %1 GB（%2），实际容量未知</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="172"/>
        <source>no RAM size read, though the text runs weights on the CPU (%1): RAM unknown</source>
        <translation>未读到内存容量，但文中将权重放在 CPU 上运行（%1）：内存容量未知</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="177"/>
        <source>no RAM size read: assumed none</source>
        <translation>未读到内存容量：假定没有内存</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="179"/>
        <source>none stated: the GPUs are offered to hold the model</source>
        <translation>未写明：按由 GPU 装下整个模型理解</translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="182"/>
        <source>not named: the catalog&apos;s best runtime for the build</source>
        <translation>未写明：取目录中最适合该配置的推理框架</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="47"/>
        <source>%1B parameters at %2 (a model the catalog does not hold)</source>
        <translation>%1B 参数，%2 精度（目录中没有的模型）</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="53"/>
        <source>At %1 bits per weight the weights alone are %2 GB; the offered hardware holds %3 GB.</source>
        <translation>按每权重 %1 位计算，仅权重就有 %2 GB；所报硬件共可容纳 %3 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="55"/>
        <location filename="../../model/claimunknown.cpp" line="64"/>
        <location filename="../../model/claimunknown.cpp" line="107"/>
        <source>Every weight must be held somewhere: parameters x bits per weight / 8 bytes.</source>
        <translation>每个权重都必须存放在某处：参数量 × 每权重位数 / 8 字节。</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="62"/>
        <source>At %1 bits per weight the weights are %2 GB of the %3 GB offered.</source>
        <translation>按每权重 %1 位计算，权重为 %2 GB，所报内存共 %3 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="79"/>
        <source>%1 tok/s per user</source>
        <translation>每用户 %1 tok/s</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="80"/>
        <source>Reading %1 GB of active weights per token at %2 GB/s gives at most %3 tok/s per user.</source>
        <translation>每个 token 以 %2 GB/s 读取 %1 GB 激活权重，每用户最多 %3 tok/s。</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="104"/>
        <source>%1 GB holds a %2B-parameter model</source>
        <translation>%1 GB 可容纳 %2B 参数的模型</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="105"/>
        <source>%1B parameters are %2 GB at 16 bits and %3 GB at %4 (%5 bits per weight, the fewest the catalog holds).</source>
        <translation>%1B 参数在 16 位下为 %2 GB，在 %4（每权重 %5 位，目录中最少的）下为 %3 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="114"/>
        <source>%1B parameters at %2 bits are %3 GB.</source>
        <translation>%1B 参数按 %2 位计为 %3 GB。</translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="128"/>
        <source>At which precision, and with what quality loss?</source>
        <translation>在什么精度下？质量损失多少？</translation>
    </message>
    <message>
        <location filename="../../model/claimceiling.cpp" line="101"/>
        <source>It is above the ceiling at every %1-bit quant the catalog holds, not only at %2.</source>
        <translation>在目录收录的每一种 %1 位量化下都高于上限，而不只是 %2。</translation>
    </message>
    <message>
        <location filename="../../model/claimceiling.cpp" line="106"/>
        <source>Read as a total at any concurrency instead of one user&apos;s speed, it is above the ceiling too.</source>
        <translation>即使把它看作任意并发下的总吞吐而非单用户速度，也仍高于上限。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="286"/>
        <source>Prefill range:</source>
        <translation>预填充区间：</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="286"/>
        <source>Decode ranges:</source>
        <translation>解码区间：</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="288"/>
        <source>10th-90th percentile of measured/predicted on %1 public measurements from %2 sources the factors were not fitted on,</source>
        <translation>取自 %2 个来源、未用于拟合系数的 %1 个公开实测点的实测/预测比值第 10 至第 90 百分位，</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="290"/>
        <source>10th-90th percentile of measured/predicted on %1 public measurements the factors were not fitted on,</source>
        <translation>取自未用于拟合系数的 %1 个公开实测点的实测/预测比值第 10 至第 90 百分位，</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="292"/>
        <source>of builds on an Apple computer&apos;s unified memory.</source>
        <translation>这些实测点都是运行在 Apple 电脑统一内存上的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="293"/>
        <source>of builds on unified memory other than Apple&apos;s.</source>
        <translation>这些实测点都是运行在非 Apple 统一内存上的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="294"/>
        <source>of builds that split the layers over several machines or unified-memory GPUs.</source>
        <translation>这些实测点都是把各层分到多台机器或多块统一内存 GPU 上的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="295"/>
        <source>of builds on the CPU and RAM alone.</source>
        <translation>这些实测点都是只用 CPU 和内存的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="296"/>
        <source>of builds that keep the routed experts in RAM and the rest on GPUs.</source>
        <translation>这些实测点都是把路由专家放在内存、其余部分放在 GPU 上的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="297"/>
        <source>of builds that split the layers between GPUs and RAM.</source>
        <translation>这些实测点都是把各层分在 GPU 和内存之间的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="298"/>
        <source>of builds that split every layer over the GPUs of several nodes.</source>
        <translation>这些实测点都是把每一层切分到多个节点的 GPU 上的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="299"/>
        <source>of builds on one GPU.</source>
        <translation>这些实测点都是单块 GPU 的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="300"/>
        <source>of builds that split every layer over the GPUs of one node.</source>
        <translation>这些实测点都是把每一层切分到同一节点内多块 GPU 上的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="302"/>
        <source>of every kind of build.</source>
        <translation>这些实测点涵盖所有类型的配置。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="308"/>
        <source>All of them served one user at a time.</source>
        <translation>它们都一次只服务一位用户。</translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="310"/>
        <source>All of them served several users at once.</source>
        <translation>它们都同时服务多位用户。</translation>
    </message>
</context>
<context>
    <name>hwui</name>
    <message numerus="yes">
        <source>incomplete: at least %1, %n part(s) unpriced</source>
        <translation type="vanished">
            <numerusform>不完整：至少 %1，%n 个部件无报价</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured accuracy on %1 public measurements the factors were not fitted on (%2 sources): median error %3%, %4% within a factor of 2; speed ranges are the 10th-90th percentile of the measured/predicted ratios of the build&apos;s class.</source>
        <translation type="vanished">在未用于拟合系数的 %1 个公开实测点（%2 个来源）上的实测精度：中位误差 %3%，%4% 在 2 倍以内；速度区间取该配置所属类别实测/预测比值的第 10 至第 90 百分位。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="84"/>
        <source>incomplete: at least %1, 1 part unpriced</source>
        <translation>不完整：至少 %1，1 个部件无报价</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="85"/>
        <source>incomplete: at least %1, %2 parts unpriced</source>
        <translation>不完整：至少 %1，%2 个部件无报价</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="93"/>
        <source>none: the capex is incomplete</source>
        <translation>无：资本支出不完整</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="95"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="102"/>
        <source>GPU only</source>
        <translation>纯 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="104"/>
        <source>hybrid CPU+GPU</source>
        <translation>CPU+GPU 混合</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="18"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="20"/>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="22"/>
        <location filename="../../ui/quotewriter.cpp" line="106"/>
        <source>CPU only</source>
        <translation>纯 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="24"/>
        <source>%1, %2 × %3</source>
        <translation>%1，%2 × %3</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="25"/>
        <source>%1 on %2, %3</source>
        <translation>%1，%2 运行，%3</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="26"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="33"/>
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="35"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="37"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="55"/>
        <source>full model</source>
        <translation>满血版</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="57"/>
        <source>quantised</source>
        <translation>量化版</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="59"/>
        <source>distilled</source>
        <translation>蒸馏版</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="56"/>
        <source>Measured accuracy on %1 public measurements the factors were not fitted on (%2 sources): median error %3%, %4% within a factor of 2; speed ranges are the 10th-90th percentile of the measured/predicted ratios of the narrowest group of similar builds with enough of them, named beside each build.</source>
        <translation>在未用于拟合系数的 %1 个公开实测点（%2 个来源）上的实测精度：中位误差 %3%，%4% 在 2 倍以内；速度区间取实测点足够的最窄一组相似配置的实测/预测比值第 10 至第 90 百分位，每个配置旁注明所用的组。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="107"/>
        <source>unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="142"/>
        <source>Memory per device, % of its capacity</source>
        <translation>各设备内存占用（占容量百分比）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="169"/>
        <source>% of capacity</source>
        <translation>占容量 %</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="180"/>
        <source>Decode speed per user against concurrent users</source>
        <translation>每用户解码速度与并发用户数</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="182"/>
        <source>Per user (tok/s)</source>
        <translation>每用户（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="190"/>
        <source>6 tok/s acceptable</source>
        <translation>6 tok/s 可接受</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="193"/>
        <source>14 tok/s comfortable</source>
        <translation>14 tok/s 舒适</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="203"/>
        <source>Concurrent users</source>
        <translation>并发用户数</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="208"/>
        <source>tok/s per user</source>
        <translation>每用户 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="222"/>
        <source>Where this build sits against the cost versus tok/s frontier</source>
        <translation>本配置相对成本—速度帕累托前沿的位置</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="224"/>
        <source>Pareto frontier (priced builds)</source>
        <translation>帕累托前沿（有价格的配置）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="234"/>
        <source>This build</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="247"/>
        <source>This build: not placed, parts without a price</source>
        <translation>本配置：有部件缺价格，未标出</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="259"/>
        <source>Capex (%1, log scale)</source>
        <translation>资本支出（%1，对数刻度）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="265"/>
        <source>Aggregate tok/s at the target users</source>
        <translation>目标用户数下的总 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="287"/>
        <source>Hardware quote</source>
        <translation>硬件报价单</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="288"/>
        <source>Quote number</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="288"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="289"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="290"/>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="304"/>
        <location filename="../../ui/quotewriter.cpp" line="433"/>
        <location filename="../../ui/quotewriter.cpp" line="615"/>
        <source>Build</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="310"/>
        <source>Model and precision</source>
        <translation>模型与精度</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="312"/>
        <source>Runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="313"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="313"/>
        <source>no GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="319"/>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="319"/>
        <source>%1 users, %2-token context, target %3 tok/s per user</source>
        <translation>%1 个用户，上下文 %2 tokens，目标每用户 %3 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>no, runs degraded</source>
        <translation>否，降级运行</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>no, cannot run</source>
        <translation>否，无法运行</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="322"/>
        <source>Placement</source>
        <translation>部署方式</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="326"/>
        <source>(likely %1-%2 tok/s)</source>
        <translation>（可能 %1-%2 tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="328"/>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="328"/>
        <source>%1 tok/s per user, %2 tok/s aggregate at %3 users; bound: %4</source>
        <translation>每用户 %1 tok/s，%3 个用户时总吞吐 %2 tok/s；瓶颈：%4</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="334"/>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="334"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="335"/>
        <source>not estimated: the GPU has no published TFLOPS figure</source>
        <translation>未估算：该 GPU 没有公开的 TFLOPS 数据</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="342"/>
        <source>Likely ranges</source>
        <translation>可能区间</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="343"/>
        <location filename="../../ui/quotewriter.cpp" line="447"/>
        <source>Most users at the target</source>
        <translation>达标的最多用户数</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Price date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="354"/>
        <location filename="../../ui/quotewriter.cpp" line="355"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="357"/>
        <source>(stale: price %1 days old)</source>
        <translation>（价格已过时：报价已 %1 天）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="358"/>
        <source>(stale)</source>
        <translation>（价格已过时）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="361"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="362"/>
        <source>VAT %1%</source>
        <translation>增值税 %1%</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="364"/>
        <location filename="../../ui/quotewriter.cpp" line="448"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="371"/>
        <source>Incomplete:</source>
        <translation>不完整：</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="371"/>
        <source>no sourced price for %1; the totals leave them out.</source>
        <translation>%1 没有带来源的价格；合计未包含它们。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="373"/>
        <source>Total cost of ownership</source>
        <translation>总拥有成本</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="374"/>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="375"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="375"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="377"/>
        <source>Operations per year</source>
        <translation>每年运维费用</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="377"/>
        <source>%1 (%2, %3 FTE)</source>
        <translation>%1（%2，%3 人）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="381"/>
        <source>Opex per year</source>
        <translation>年运营支出</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="383"/>
        <source>Depreciation per year</source>
        <translation>每年折旧</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="384"/>
        <location filename="../../ui/quotewriter.cpp" line="453"/>
        <source>TCO per year</source>
        <translation>年总拥有成本</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="386"/>
        <source>3-year total</source>
        <translation>三年总成本</translation>
    </message>
    <message>
        <source>3-year total (capex + 3 years of opex)</source>
        <translation type="vanished">三年总成本（资本支出 + 三年运营支出）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="387"/>
        <source>Capex per user</source>
        <translation>每用户资本支出</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="388"/>
        <source>Per million output tokens</source>
        <translation>每百万输出 token</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="397"/>
        <source>Buyer checklist</source>
        <translation>采购避坑清单</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>Findings on the vendor&apos;s claims</source>
        <translation>对供应商声明的核查结果</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <location filename="../../ui/quotewriter.cpp" line="457"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>The offer says</source>
        <translation>报价声称</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>The planner computes</source>
        <translation>规划器计算</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>Ask the vendor</source>
        <translation>向供应商提问</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="428"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="430"/>
        <source>Every build is evaluated for the same workload:</source>
        <translation>所有配置按同一负载评估：</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="441"/>
        <source>Decode per user (tok/s)</source>
        <translation>每用户解码速度（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="444"/>
        <source>Decode aggregate (tok/s)</source>
        <translation>总解码吞吐（tok/s）</translation>
    </message>
    <message>
        <source>incomplete: parts without a price</source>
        <translation type="vanished">不完整：有部件缺价格</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="462"/>
        <source>Recommended: build %1, the cheapest fully priced build that fits and gives every user the target speed.</source>
        <translation>推荐：配置 %1，它是价格完整、放得下且每个用户都达到目标速度的配置中最便宜的。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="463"/>
        <source>No build is recommended: none is fully priced, fits and gives every user the target speed.</source>
        <translation>无推荐配置：没有一个配置同时价格完整、放得下且每个用户都达到目标速度。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="464"/>
        <source>The builds are alternatives: each has its own total, and the totals are not added up.</source>
        <translation>这些配置是互相替代的方案：各有各的合计，合计不相加。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="467"/>
        <source>How the figures were computed</source>
        <translation>数据如何计算</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="468"/>
        <source>Memory is counted device by device (weights, KV cache, runtime overhead); decode speed from the bytes each token reads over the memory bandwidth, with efficiency factors fitted on public measurements; prefill from compute; prices are the latest sourced quotes in the catalog, each with its date and source.</source>
        <translation>内存按设备逐一计算（权重、KV 缓存、运行时开销）；解码速度由每个 token 需读取的字节数除以内存带宽得出，效率系数由公开实测数据拟合；预填充按算力计算；价格取目录中带来源的最新报价，每条都注明日期和来源。</translation>
    </message>
    <message>
        <source>Measured accuracy on the public calibration points: median error 3.1% for decode tokens/s (15 points) and 4.4% for memory footprints (4 points); individual builds can differ by more.</source>
        <translation type="vanished">在公开校准数据上的实测精度：解码 tokens/s 中位误差 3.1%（15 个点），内存占用中位误差 4.4%（4 个点）；个别配置的误差可能更大。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="472"/>
        <source>This quote is an estimate for planning and negotiation, not a vendor&apos;s offer; confirm prices, availability and warranty with the vendor.</source>
        <translation>本报价单是用于规划和议价的估算，并非供应商报价；请向供应商确认价格、供货和质保。</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="574"/>
        <source>Hardware quote %1</source>
        <translation>硬件报价单 %1</translation>
    </message>
</context>
<context>
    <name>hwui::BomModel</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="230"/>
        <source>card</source>
        <translation>张</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="232"/>
        <source>machine</source>
        <translation>台</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="234"/>
        <source>platform</source>
        <translation>套</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="236"/>
        <source>NIC</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="252"/>
        <location filename="../../ui/resultmodels.cpp" line="254"/>
        <location filename="../../ui/resultmodels.cpp" line="256"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="254"/>
        <location filename="../../ui/resultmodels.cpp" line="256"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>%1 (%2 days)%3</source>
        <translation type="vanished">%1（%2 天）%3</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation type="vanished">，已过期</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="266"/>
        <source>new</source>
        <translation>全新</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="268"/>
        <source>used</source>
        <translation>二手</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="270"/>
        <source>refurbished</source>
        <translation>翻新</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="289"/>
        <source>No sourced price in the catalog: the capex leaves this line out. Import a vendor quote (File &gt; Import prices).</source>
        <translation>目录中没有带来源的价格：资本支出未计入此行。请导入供应商报价（文件 &gt; 导入价格）。</translation>
    </message>
    <message>
        <source>This price is %1 days old (older than 180 days): ask for a current quote.</source>
        <translation type="vanished">此价格已有 %1 天（超过 180 天）：请索取最新报价。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resultmodels.cpp" line="260"/>
        <source>%1, stale: price %n day(s) old</source>
        <translation>
            <numerusform>%1，价格已过时：报价已 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resultmodels.cpp" line="261"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resultmodels.cpp" line="291"/>
        <source>Stale: this price is %n day(s) old, older than the %1 days set in Settings. Ask for a current quote.</source>
        <translation>
            <numerusform>价格已过时：此报价已 %n 天，超过设置中的 %1 天。请索取最新报价。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="306"/>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="308"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="310"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="312"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="314"/>
        <source>Price date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="316"/>
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="318"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>hwui::BuildDocument</name>
    <message>
        <location filename="../../ui/builddocument.cpp" line="103"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="121"/>
        <source>Untitled build</source>
        <translation>未命名配置</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="137"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="145"/>
        <source>%1:%2: not a build file: %3</source>
        <translation>%1:%2：不是配置文件：%3</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="145"/>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="150"/>
        <source>%1: field &apos;format&apos;: &quot;%2&quot; is not %3; a newer hwplanner may have written it</source>
        <translation>%1：字段 &apos;format&apos;：&quot;%2&quot; 不是 %3；可能由更新版本的 hwplanner 写入</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="165"/>
        <location filename="../../ui/builddocument.cpp" line="170"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>hwui::BuildEditor</name>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="43"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="246"/>
        <source>full model</source>
        <translation>满血版</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="246"/>
        <source>distill</source>
        <translation>蒸馏版</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="246"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="247"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="248"/>
        <source>%1
Source: %2 (%3)</source>
        <translation>%1
来源：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="251"/>
        <source>%1 (%2 bits/weight)</source>
        <translation>%1（每权重 %2 位）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="51"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="52"/>
        <source>&amp;Quantization:</source>
        <translation>量化(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="53"/>
        <source>&amp;Runtime:</source>
        <translation>推理框架(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="57"/>
        <source>Hardware (per node)</source>
        <translation>硬件（每节点）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="258"/>
        <source>None (CPU only)</source>
        <translation>无（纯 CPU）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="260"/>
        <source>%1 — %2 GB, %3 GB/s</source>
        <translation>%1 — %2 GB，%3 GB/s</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="261"/>
        <source>Source: %1 (%2)
%3</source>
        <translation>来源：%1（%2）
%3</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="263"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="265"/>
        <source>%1 — %2 cores, %3 × %4-%5</source>
        <translation>%1 — %2 核，%3 × %4-%5</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="268"/>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="65"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="65"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="66"/>
        <source> MT/s</source>
        <translation> MT/s</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="66"/>
        <source>CPU maximum</source>
        <translation>CPU 最高频率</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="68"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="69"/>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="70"/>
        <source>GPU &amp;count:</source>
        <translation>GPU 数量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="71"/>
        <source>N&amp;odes:</source>
        <translation>节点数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="72"/>
        <source>P&amp;ipeline stages:</source>
        <translation>流水线阶段(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="73"/>
        <source>C&amp;PU:</source>
        <translation>CPU(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="74"/>
        <source>&amp;Sockets:</source>
        <translation>路数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="75"/>
        <source>R&amp;AM:</source>
        <translation>内存(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="76"/>
        <source>RAM &amp;speed:</source>
        <translation>内存频率(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="77"/>
        <source>Populated c&amp;hannels:</source>
        <translation>已插内存通道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="80"/>
        <source>Run mode</source>
        <translation>运行模式</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="82"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="87"/>
        <source>The runtime&apos;s behaviour</source>
        <translation>按推理框架默认</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="88"/>
        <source>Compressed latent (MLA)</source>
        <translation>压缩潜向量（MLA）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="89"/>
        <source>Expanded to full heads</source>
        <translation>展开为完整注意力头</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="90"/>
        <source>GPU &amp;layers (-ngl):</source>
        <translation>GPU 层数(&amp;L)（-ngl）：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="91"/>
        <source>&amp;KV cache type:</source>
        <translation>KV 缓存类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="92"/>
        <source>MLA KV cache:</source>
        <translation>MLA KV 缓存：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="95"/>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="98"/>
        <location filename="../../ui/buildeditor.cpp" line="100"/>
        <location filename="../../ui/buildeditor.cpp" line="101"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="103"/>
        <source>6 tok/s (acceptable)</source>
        <translation>6 tok/s（可接受）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="104"/>
        <source>14 tok/s (comfortable)</source>
        <translation>14 tok/s（舒适）</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="105"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="108"/>
        <source> tok/s</source>
        <translation> tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="110"/>
        <source>Concurrent &amp;users:</source>
        <translation>并发用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="111"/>
        <source>Con&amp;text per user:</source>
        <translation>每用户上下文(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="112"/>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="113"/>
        <source>O&amp;utput (thinking included):</source>
        <translation>输出（含思考）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="114"/>
        <source>&amp;Target speed per user:</source>
        <translation>每用户目标速度(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="139"/>
        <source>Which model: the full 671B R1/V3, or a distill (a much smaller model trained on R1&apos;s answers).</source>
        <translation>哪个模型：满血 671B R1/V3，或蒸馏版（用 R1 的回答训练的小得多的模型）。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="140"/>
        <source>Weight format. Lower bits need less memory and lose some quality; FP8 needs a GPU with native FP8.</source>
        <translation>权重格式。位数越低，占用内存越少，质量略有损失；FP8 需要原生支持 FP8 的 GPU。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="141"/>
        <source>The inference software. It decides how memory is split, how many users decode together and the efficiency.</source>
        <translation>推理软件。它决定内存如何划分、多少用户同时解码以及效率。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="142"/>
        <source>GPU type, or a unified-memory machine (Mac) counted as one device.</source>
        <translation>GPU 型号，或统一内存整机（Mac），按一台设备计。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="143"/>
        <source>GPUs in each node (machine).</source>
        <translation>每个节点（每台机器）的 GPU 数。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="144"/>
        <source>Identical machines working together.</source>
        <translation>协同工作的相同机器数。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="145"/>
        <source>Serving engines only (vLLM --pipeline-parallel-size, SGLang --pp-size): the layers are split into this many stages, each on its share of the GPUs in tensor parallel. 1 = every layer split over all GPUs. It must divide the GPUs.</source>
        <translation>仅适用于推理服务引擎（vLLM --pipeline-parallel-size、SGLang --pp-size）：把各层分成这么多个阶段，每个阶段在分给它的 GPU 上做张量并行。1 = 每一层都切分到全部 GPU 上。必须能整除 GPU 数量。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="147"/>
        <source>CPU type; it matters when weights run on the CPU (hybrid or CPU-only).</source>
        <translation>CPU 型号；权重在 CPU 上运行时（混合或纯 CPU）起作用。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="148"/>
        <source>CPUs per node.</source>
        <translation>每节点 CPU 数。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="149"/>
        <source>System memory per node, in GB (10^9 bytes).</source>
        <translation>每节点系统内存，单位 GB（10^9 字节）。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="150"/>
        <source>Memory speed; the CPU&apos;s maximum when not set.</source>
        <translation>内存频率；未设置时取 CPU 支持的最高值。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="151"/>
        <source>Memory channels with a DIMM, per node. Half the channels is half the bandwidth.</source>
        <translation>每节点插有内存条的通道数。通道减半，带宽减半。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="152"/>
        <source>llama.cpp -ngl: how many layers go to the GPUs. Automatic: what fits, following Unsloth&apos;s rule.</source>
        <translation>llama.cpp -ngl：放到 GPU 上的层数。自动：按 Unsloth 规则放下能放下的层。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="153"/>
        <source>Precision of the KV cache: q8_0 and q4_0 halve and quarter its memory.</source>
        <translation>KV 缓存精度：q8_0 和 q4_0 分别把其内存减半和减到四分之一。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="154"/>
        <source>DeepSeek&apos;s MLA cache is 70 times smaller when the runtime keeps it compressed.</source>
        <translation>推理框架保持 MLA 压缩时，DeepSeek 的 KV 缓存小 70 倍。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="155"/>
        <source>Users generating at the same time.</source>
        <translation>同时生成的用户数。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="156"/>
        <source>Tokens each user&apos;s KV cache must hold: prompt plus answer, including R1&apos;s thinking (often thousands of tokens).</source>
        <translation>每个用户 KV 缓存需容纳的 token 数：提示词加回答，含 R1 的思考过程（常达数千 token）。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="157"/>
        <source>Typical prompt length.</source>
        <translation>典型提示词长度。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="158"/>
        <source>Typical answer length, thinking included.</source>
        <translation>典型回答长度，含思考过程。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="159"/>
        <source>“本地部署DeepSeek R1到底需要什么配置?”: 6 tok/s per user is acceptable, 14 is comfortable.</source>
        <translation>《本地部署DeepSeek R1到底需要什么配置?》：每用户 6 tok/s 可接受，14 tok/s 比较舒服。</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="189"/>
        <source>Remove the GPUs</source>
        <translation>移除 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="191"/>
        <source>Change GPU</source>
        <translation>更换 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="198"/>
        <source>Remove the CPU</source>
        <translation>移除 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="202"/>
        <source>Change CPU</source>
        <translation>更换 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="209"/>
        <source>Change MLA cache</source>
        <translation>修改 MLA 缓存</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="217"/>
        <location filename="../../ui/buildeditor.cpp" line="221"/>
        <source>Change target speed</source>
        <translation>修改目标速度</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="296"/>
        <location filename="../../ui/buildeditor.cpp" line="305"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
</context>
<context>
    <name>hwui::CatalogColumns</name>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="24"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="26"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="27"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="29"/>
        <source>Memory (GB)</source>
        <translation>显存/内存 (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="30"/>
        <source>Memory bandwidth (GB/s)</source>
        <translation>内存带宽 (GB/s)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="31"/>
        <source>BF16 compute (TFLOPS)</source>
        <translation>BF16 算力 (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="32"/>
        <source>FP8 compute (TFLOPS)</source>
        <translation>FP8 算力 (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="33"/>
        <source>Power (W, TDP)</source>
        <translation>功耗 (W, TDP)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="34"/>
        <source>Interconnect</source>
        <translation>互联</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="35"/>
        <source>Link bandwidth (GB/s)</source>
        <translation>互联带宽 (GB/s)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="36"/>
        <source>Unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="37"/>
        <source>Share the GPU may use</source>
        <translation>GPU 可用比例</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="38"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="39"/>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="40"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="41"/>
        <source>Cores</source>
        <translation>核心数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="42"/>
        <source>Base clock (GHz)</source>
        <translation>基础频率 (GHz)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="43"/>
        <source>Memory channels</source>
        <translation>内存通道数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="44"/>
        <source>Memory type</source>
        <translation>内存类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="45"/>
        <source>Memory speed (MT/s)</source>
        <translation>内存速率 (MT/s)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="46"/>
        <source>AMX</source>
        <translation>AMX</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="47"/>
        <source>AVX-512</source>
        <translation>AVX-512</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="48"/>
        <source>Sockets per board (max)</source>
        <translation>每板最多路数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="49"/>
        <source>MRDIMM speed (MT/s)</source>
        <translation>MRDIMM 速率 (MT/s)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="50"/>
        <source>Runs on CPUs alone</source>
        <translation>可仅用 CPU 运行</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="51"/>
        <source>GPUs per server board</source>
        <translation>每台服务器的 GPU 数（基板规格）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="52"/>
        <source>Parameters (billions)</source>
        <translation>参数量（十亿）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="53"/>
        <source>Active per token (billions)</source>
        <translation>每 token 激活参数（十亿）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="54"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="55"/>
        <source>Dense layers</source>
        <translation>稠密层数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="56"/>
        <source>Hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="57"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="58"/>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="59"/>
        <source>Head size</source>
        <translation>头维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="60"/>
        <source>Attention type</source>
        <translation>注意力类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="61"/>
        <source>MLA latent size</source>
        <translation>MLA 潜向量维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="62"/>
        <source>MLA RoPE size</source>
        <translation>MLA RoPE 维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="63"/>
        <source>MLA query/key size without RoPE</source>
        <translation>MLA 不含 RoPE 的 Q/K 维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="64"/>
        <source>Value head size</source>
        <translation>V 头维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="65"/>
        <source>Routed experts</source>
        <translation>路由专家数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="66"/>
        <source>Experts used per token</source>
        <translation>每 token 使用专家数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="67"/>
        <source>Shared experts</source>
        <translation>共享专家数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="68"/>
        <source>Expert FFN size</source>
        <translation>专家 FFN 维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="69"/>
        <source>Vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="70"/>
        <source>Tied embeddings</source>
        <translation>共享嵌入</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="71"/>
        <source>Longest context (tokens)</source>
        <translation>最长上下文（token）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="72"/>
        <source>Released precision</source>
        <translation>发布精度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="73"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="74"/>
        <source>Dense FFN size</source>
        <translation>稠密 FFN 维度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="75"/>
        <source>Sliding window (tokens)</source>
        <translation>滑动窗口（token）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="76"/>
        <source>Sliding-window layers</source>
        <translation>滑动窗口层数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="77"/>
        <source>MTP layers</source>
        <translation>MTP 层数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="78"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="79"/>
        <source>Bits per weight</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="80"/>
        <source>Bits per weight outside the experts</source>
        <translation>专家以外的每权重位数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="81"/>
        <source>Needs hardware FP8</source>
        <translation>需要硬件 FP8</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="82"/>
        <source>Bytes per value in compute</source>
        <translation>计算时每个数值的字节数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="83"/>
        <source>GPU slots</source>
        <translation>GPU 插槽数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="84"/>
        <source>CPU sockets</source>
        <translation>CPU 路数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="85"/>
        <source>DIMMs per channel</source>
        <translation>每通道内存条数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="86"/>
        <source>Power supply (W)</source>
        <translation>电源 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="87"/>
        <source>CPU included</source>
        <translation>含 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="88"/>
        <source>Part type</source>
        <translation>部件类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="89"/>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="90"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="91"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="92"/>
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="93"/>
        <source>Price date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="94"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="95"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="114"/>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
</context>
<context>
    <name>hwui::CatalogDialog</name>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="78"/>
        <source>Edit %1 %2 %3</source>
        <translation>编辑 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="120"/>
        <source>Add a row to %1</source>
        <translation>向 %1 添加一行</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="149"/>
        <source>Add a price for %1</source>
        <translation>为 %1 添加报价</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="176"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="180"/>
        <source>The catalog could not be opened:
%1</source>
        <translation>无法打开目录：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="185"/>
        <source>Filter the rows (any column)</source>
        <translation>筛选行（任意列）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="187"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="188"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="189"/>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="190"/>
        <source>&amp;Import prices…</source>
        <translation>导入价格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="191"/>
        <source>&amp;Export prices…</source>
        <translation>导出价格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="192"/>
        <source>Import &amp;model…</source>
        <translation>导入模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="193"/>
        <source>Add a model from a Hugging Face config.json or a GGUF file (only its header is read)</source>
        <translation>从 Hugging Face 的 config.json 或 GGUF 文件添加模型（只读取文件头）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="209"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="209"/>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="209"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="210"/>
        <source>Quantizations</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="210"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="211"/>
        <source>Prices (history)</source>
        <translation>价格（历史）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="271"/>
        <source>Edits are checked by the catalog&apos;s rules and saved at once; an edited specification is marked as a user edit with today&apos;s date.</source>
        <translation>修改会按目录规则校验并立即保存；被修改的规格会标记为用户修改，并记录今天的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="304"/>
        <source>%1, row &apos;%2&apos;, %3: %4</source>
        <translation>%1，行 &apos;%2&apos;，%3：%4</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="311"/>
        <source>%1: no row &apos;%2&apos;</source>
        <translation>%1：没有行 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="352"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="372"/>
        <source>user entry</source>
        <translation>用户录入</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="374"/>
        <source>New GPU</source>
        <translation>新 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="377"/>
        <source>New CPU</source>
        <translation>新 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="380"/>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="384"/>
        <source>New quantization</source>
        <translation>新量化</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="386"/>
        <source>New platform</source>
        <translation>新平台</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="394"/>
        <source>Add price</source>
        <translation>添加报价</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="398"/>
        <source>GPU (per card)</source>
        <translation>显卡（每张）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="398"/>
        <source>CPU (each)</source>
        <translation>处理器（每颗）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="398"/>
        <source>Memory (per GB)</source>
        <translation>内存（每 GB）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="399"/>
        <source>Platform</source>
        <translation>平台（准系统）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="399"/>
        <source>NVMe (per TB)</source>
        <translation>NVMe 固态硬盘（每 TB）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="399"/>
        <source>NIC</source>
        <translation>网卡</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="400"/>
        <source>Whole system (per machine)</source>
        <translation>整机（每台）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="406"/>
        <source>A catalog id. Memory: ddr4, ddr5 or with a speed, ddr5-4800. Whole systems: &lt;gpu id&gt;:&lt;GPU count&gt;, e.g. a100-80g:8.</source>
        <translation>目录编号。内存：ddr4、ddr5 或带频率，如 ddr5-4800。整机：&lt;显卡编号&gt;:&lt;显卡数量&gt;，如 a100-80g:8。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="416"/>
        <source>CNY</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="416"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="418"/>
        <source>CNY, USD (at the settings&apos; rate) or a currency the catalog has exchange rates for (converted at the rate nearest the price&apos;s date).</source>
        <translation>人民币、美元（按设置中的汇率）或目录中有汇率的币种（按最接近报价日期的汇率折算）。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="420"/>
        <source>new</source>
        <translation>全新</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="421"/>
        <source>used</source>
        <translation>二手</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="422"/>
        <source>refurbished</source>
        <translation>翻新</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="428"/>
        <source>Required: URL, quote number or document</source>
        <translation>必填：网址、报价单号或文件</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="430"/>
        <source>For a whole system: what it includes (CPUs, RAM, storage)</source>
        <translation>整机报价请注明所含配置（处理器、内存、存储）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="431"/>
        <source>Add &amp;price</source>
        <translation>添加报价(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="439"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="440"/>
        <source>Pa&amp;rt:</source>
        <translation>部件(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="441"/>
        <source>&amp;Vendor:</source>
        <translation>供应商(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="442"/>
        <source>Pri&amp;ce:</source>
        <translation>单价(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="443"/>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="444"/>
        <source>Co&amp;ndition:</source>
        <translation>成色(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="445"/>
        <source>&amp;Date:</source>
        <translation>报价日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="446"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="447"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="527"/>
        <source>Part: no %1 &quot;%2&quot; in the catalog</source>
        <translation>部件：目录中没有 %1“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="529"/>
        <source>Price: must be more than 0</source>
        <translation>单价：必须大于 0</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="532"/>
        <source>Currency: CNY, USD or one the catalog has an exchange rate for</source>
        <translation>币种：人民币、美元或目录中有汇率的币种</translation>
    </message>
    <message>
        <source>Currency: CNY or USD</source>
        <translation type="vanished">币种：人民币或美元</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="534"/>
        <source>Condition: new, used or refurbished</source>
        <translation>成色：全新、二手或翻新</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="537"/>
        <source>Date: not a date YYYY-MM-DD</source>
        <translation>报价日期：不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="539"/>
        <source>Date: %1 is in the future; a price is dated when it was quoted</source>
        <translation>报价日期：%1 晚于今天；报价日期应为报价当日</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="541"/>
        <source>Source: required (URL, quote number or document), so the price can be checked</source>
        <translation>来源：必填（网址、报价单号或文件），以便核查报价</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="558"/>
        <source>Price added: %1 %2 %3 (%4). Undo takes it back.</source>
        <translation>已添加报价：%1 %2 %3（%4）。撤销可将其删除。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="569"/>
        <source>prices: %1</source>
        <translation>报价：%1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="573"/>
        <source>This price is already in the history (same part, vendor, condition, date and price).</source>
        <translation>此报价已在历史记录中（部件、供应商、成色、日期和单价均相同）。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="585"/>
        <location filename="../../ui/catalogdialog.cpp" line="591"/>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="585"/>
        <source>Price lists (*.csv *.tsv *.txt)</source>
        <translation>价格表 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="592"/>
        <source>%1 rows read: %2 new prices, %3 already stored. Import them?</source>
        <translation>读取 %1 行：%2 条新价格，%3 条已存在。要导入吗？</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="600"/>
        <source>Imported %1 prices from %2</source>
        <translation>已从 %2 导入 %1 条价格</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="621"/>
        <source>Export prices</source>
        <translation>导出价格</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="621"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="630"/>
        <source>Exported %1 prices to %2</source>
        <translation>已将 %1 条价格导出到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="635"/>
        <location filename="../../ui/catalogdialog.cpp" line="642"/>
        <location filename="../../ui/catalogdialog.cpp" line="651"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="635"/>
        <source>Model descriptions (config.json *.json *.gguf);;All files (*)</source>
        <translation>模型描述 (config.json *.json *.gguf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>hwui::ChecklistModel</name>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="31"/>
        <source>1. Which model exactly</source>
        <translation>1. 确认模型版本</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="33"/>
        <source>2. Hardware and run mode</source>
        <translation>2. 确认硬件与运行模式</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="35"/>
        <source>3. Speed at the real concurrency</source>
        <translation>3. 确认真实并发下的速度</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="37"/>
        <source>4. New parts and warranty</source>
        <translation>4. 确认全新与质保</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="44"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="46"/>
        <source>warn</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="48"/>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="147"/>
        <source>Buyer checklist</source>
        <translation>采购避坑清单</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="149"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="151"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>hwui::ClaimForm</name>
    <message>
        <location filename="../../ui/claimform.cpp" line="71"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="73"/>
        <source>&amp;Quantization:</source>
        <translation>量化(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="75"/>
        <source>R&amp;untime:</source>
        <translation>推理框架(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="78"/>
        <source>Mac&amp;hines:</source>
        <translation>机器台数(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="82"/>
        <location filename="../../ui/claimform.cpp" line="225"/>
        <location filename="../../ui/claimform.cpp" line="245"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="83"/>
        <source>Cards per machine</source>
        <translation>每台机器的卡数</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="84"/>
        <source>&amp;Cards:</source>
        <translation>显卡(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="84"/>
        <location filename="../../ui/claimform.cpp" line="89"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="88"/>
        <source>Sockets per machine</source>
        <translation>每台机器的路数</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="89"/>
        <source>C&amp;PU:</source>
        <translation>CPU(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="90"/>
        <location filename="../../ui/claimform.cpp" line="93"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="91"/>
        <source>&amp;RAM:</source>
        <translation>内存(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="94"/>
        <source>The model file&apos;s size as the offer states it</source>
        <translation>报价中所称的模型文件大小</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="95"/>
        <source>Model &amp;file:</source>
        <translation>模型文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="96"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="97"/>
        <source>The prompt the first-token latency was measured with</source>
        <translation>测量首 token 延迟时所用的提示词长度</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="98"/>
        <source>Promp&amp;t:</source>
        <translation>提示词(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="104"/>
        <source>Performance:</source>
        <translation>性能：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="105"/>
        <source>users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="106"/>
        <source>tok/s per user</source>
        <translation>每用户 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="107"/>
        <source>tok/s total</source>
        <translation>总计 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="112"/>
        <source>&amp;Add a performance point</source>
        <translation>添加性能数据点(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="117"/>
        <source>CNY</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="118"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="119"/>
        <source>Pri&amp;ce:</source>
        <translation>价格(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="121"/>
        <location filename="../../ui/claimform.cpp" line="128"/>
        <location filename="../../ui/claimform.cpp" line="194"/>
        <location filename="../../ui/claimform.cpp" line="222"/>
        <location filename="../../ui/claimform.cpp" line="223"/>
        <location filename="../../ui/claimform.cpp" line="224"/>
        <location filename="../../ui/claimform.cpp" line="226"/>
        <location filename="../../ui/claimform.cpp" line="246"/>
        <location filename="../../ui/claimform.cpp" line="340"/>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="122"/>
        <source>new</source>
        <translation>全新</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="123"/>
        <source>used</source>
        <translation>二手</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="124"/>
        <source>refurbished</source>
        <translation>翻新</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="125"/>
        <source>Con&amp;dition:</source>
        <translation>成色(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="129"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="130"/>
        <source>&amp;Warranty:</source>
        <translation>质保(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="245"/>
        <location filename="../../ui/claimform.cpp" line="246"/>
        <source>not in the catalog: %1</source>
        <translation>目录中没有：%1</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="269"/>
        <location filename="../../ui/claimform.cpp" line="352"/>
        <location filename="../../ui/claimform.cpp" line="395"/>
        <location filename="../../ui/claimform.cpp" line="396"/>
        <source>corrected by you</source>
        <translation>已由您修改</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="276"/>
        <source>assumed: %1</source>
        <translation>假定：%1</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="279"/>
        <source>not stated, taken as: %1</source>
        <translation>未说明，按此处理：%1</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="281"/>
        <location filename="../../ui/claimform.cpp" line="352"/>
        <source>read from: “%1”</source>
        <translation>读自：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="282"/>
        <source>not in the offer</source>
        <translation>报价中未提及</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="335"/>
        <source>Point %1:</source>
        <translation>数据点 %1：</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="346"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="349"/>
        <source>Tokens per second per user</source>
        <translation>每用户每秒 token 数</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="350"/>
        <source>Total tokens per second</source>
        <translation>每秒总 token 数</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="354"/>
        <source>%1 (assumed 1 user)</source>
        <translation>%1（假定为 1 个用户）</translation>
    </message>
</context>
<context>
    <name>hwui::CompareModel</name>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="106"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="114"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="114"/>
        <source>no, runs degraded</source>
        <translation>否，降级运行</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="114"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="118"/>
        <source>%1 of %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <source>incomplete (no price)</source>
        <translation type="vanished">不完整（缺价格）</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="127"/>
        <location filename="../../ui/comparemodel.cpp" line="130"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="127"/>
        <location filename="../../ui/comparemodel.cpp" line="130"/>
        <source>none (capex incomplete)</source>
        <translation>无（资本支出不完整）</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="128"/>
        <location filename="../../ui/comparemodel.cpp" line="131"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="169"/>
        <source>Workload (the same for every build)</source>
        <translation>负载（所有配置相同）</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="171"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="173"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="175"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="177"/>
        <source>Runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="179"/>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="181"/>
        <source>Decode per user (tok/s)</source>
        <translation>每用户解码速度（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="183"/>
        <source>Decode aggregate (tok/s)</source>
        <translation>总解码吞吐（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="185"/>
        <source>Prefill (tok/s)</source>
        <translation>预填充（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="187"/>
        <source>Most users at the target</source>
        <translation>达标的最多用户数</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="189"/>
        <source>Bound</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="191"/>
        <source>GPU memory per device</source>
        <translation>每卡显存</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="193"/>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="195"/>
        <source>TCO per year</source>
        <translation>年总拥有成本</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="197"/>
        <source>Capex per user</source>
        <translation>每用户资本支出</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="199"/>
        <source>Per million output tokens</source>
        <translation>每百万输出 token</translation>
    </message>
</context>
<context>
    <name>hwui::ConcurrencyModel</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="208"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="210"/>
        <source>Per user (tok/s)</source>
        <translation>每用户（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="212"/>
        <source>Aggregate (tok/s)</source>
        <translation>总吞吐（tok/s）</translation>
    </message>
</context>
<context>
    <name>hwui::FindingsModel</name>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="50"/>
        <source>ok</source>
        <translation>无误</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="52"/>
        <source>warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="54"/>
        <source>unverifiable</source>
        <translation>无法核实</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="56"/>
        <source>optimistic</source>
        <translation>偏乐观</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="58"/>
        <source>impossible</source>
        <translation>不可能</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="199"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="201"/>
        <source>The offer says</source>
        <translation>报价声称</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="203"/>
        <source>The planner computes</source>
        <translation>规划器计算</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="205"/>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="207"/>
        <source>Ask the vendor</source>
        <translation>向供应商提问</translation>
    </message>
</context>
<context>
    <name>hwui::HelpDialog</name>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="14"/>
        <source>How to use the planner</source>
        <translation>使用方法</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="15"/>
        <source>Choose a model, a quantization and a runtime on the left, then the GPUs, CPU and RAM of one node.</source>
        <translation>在左侧选择模型、量化和推理框架，再选择单个节点的 GPU、CPU 和内存。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="16"/>
        <source>Enter the workload: how many people use it at once, how long their conversations are, and the speed each needs (6 tok/s is acceptable, 14 comfortable).</source>
        <translation>填写负载：同时有多少人使用、对话有多长、每人需要多快的速度（6 tok/s 可接受，14 tok/s 比较舒服）。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="18"/>
        <source>Read the verdict at the top: whether the model fits on every device and whether each user gets the target speed. The checklist beside it lists what to confirm with the vendor.</source>
        <translation>看顶部的结论：模型能否装进每个设备，每个用户能否达到目标速度。旁边的清单列出需要向供应商确认的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="20"/>
        <source>Memory shows each device&apos;s share; Speed vs users shows how speed falls as users are added; Cost gives the bill of materials, the running cost and the 3-year total; How it was computed gives every figure&apos;s arithmetic.</source>
        <translation>“内存”显示每个设备的占用；“速度与用户数”显示用户增加时速度如何下降；“成本”给出物料清单、运行成本和三年总成本；“计算过程”给出每个数字的算法。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="22"/>
        <source>Pin builds (Ctrl+P) to compare them for the same workload; File &gt; Export quote writes a numbered PDF quote.</source>
        <translation>固定配置（Ctrl+P）可在同一负载下比较；“文件 &gt; 导出报价单”生成带编号的 PDF 报价单。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="23"/>
        <source>Check an offer: paste a vendor&apos;s text or open its file; the planner checks every claim against its own numbers.</source>
        <translation>核查报价：粘贴供应商的文字或打开其文件，规划器用自己的计算逐条核对其说法。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="25"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="27"/>
        <source>tok/s (tokens per second)</source>
        <translation>tok/s（每秒 token 数）</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="27"/>
        <source>How fast the answer is written. A token is about one Chinese character or three quarters of an English word.</source>
        <translation>回答生成的速度。一个 token 大约是一个汉字或四分之三个英文单词。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="28"/>
        <source>Per user / aggregate</source>
        <translation>每用户 / 总吞吐</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="28"/>
        <source>Per user: the speed each person sees. Aggregate: all users together, what the machine produces in total.</source>
        <translation>每用户：每个人看到的速度。总吞吐：所有用户合计，即机器的总产出。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="29"/>
        <source>Decode / prefill</source>
        <translation>解码 / 预填充</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="29"/>
        <source>Prefill reads the question (fast, limited by compute); decode writes the answer one token at a time (limited by memory bandwidth).</source>
        <translation>预填充读入问题（快，受算力限制）；解码逐个 token 写出回答（受内存带宽限制）。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="30"/>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="30"/>
        <source>Storing the weights with fewer bits (for example 4 instead of 8): smaller and faster, with some loss of quality.</source>
        <translation>用更少的位数存储权重（例如 4 位而不是 8 位）：更小更快，质量略有损失。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="31"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="31"/>
        <source>The memory each conversation keeps while it runs; it grows with the context length and the number of users.</source>
        <translation>每个对话运行时占用的内存；随上下文长度和用户数增长。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="32"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="32"/>
        <source>How many tokens of conversation (question, thinking and answer) the model keeps in view.</source>
        <translation>模型能同时看到的对话 token 数（问题、思考和回答）。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="33"/>
        <source>Fits / runs degraded</source>
        <translation>装得下 / 降级运行</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="33"/>
        <source>Fits: everything is in GPU memory or RAM. Runs degraded: part of the model is read from the SSD, at a fraction of the speed.</source>
        <translation>装得下：全部在显存或内存中。降级运行：部分模型从 SSD 读取，速度只有几分之一。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="34"/>
        <source>Distill</source>
        <translation>蒸馏模型</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="34"/>
        <source>A small model trained to imitate R1: much cheaper to run, much weaker than the 671B model.</source>
        <translation>模仿 R1 训练出的小模型：运行便宜得多，但比 671B 模型弱得多。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="35"/>
        <source>Capex / TCO</source>
        <translation>资本支出 / 总拥有成本</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="35"/>
        <source>Capex: the purchase price. TCO (total cost of ownership): purchase spread over the depreciation years plus electricity and operations.</source>
        <translation>资本支出：购买价格。总拥有成本（TCO）：购买价按折旧年限分摊，加上电费和运维。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="36"/>
        <source>Target speed</source>
        <translation>目标速度</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="36"/>
        <source>The speed per user the build must reach; a build below it is not recommended.</source>
        <translation>配置必须达到的每用户速度；低于它的配置不予推荐。</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="47"/>
        <source>hwplanner guide</source>
        <translation>hwplanner 使用指南</translation>
    </message>
</context>
<context>
    <name>hwui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="58"/>
        <source>Cost &amp;vs tok/s</source>
        <translation>成本与速度(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="66"/>
        <source>&amp;Pin this build</source>
        <translation>固定此配置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="67"/>
        <source>C&amp;lear pins</source>
        <translation>清除固定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="74"/>
        <source>Com&amp;pare</source>
        <translation>对比(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>Check an &amp;offer</source>
        <translation>核查报价(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="85"/>
        <source>Open the offer as a build</source>
        <translation>将报价作为配置打开</translation>
    </message>
    <message>
        <source>Load %1 from the chart</source>
        <translation type="vanished">从图表载入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="89"/>
        <source>Load %1 from the sweep</source>
        <translation>从扫描载入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="111"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="112"/>
        <source>&amp;New build</source>
        <translation>新建配置(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="117"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="121"/>
        <source>&amp;Import prices (CSV)…</source>
        <translation>导入价格（CSV）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="123"/>
        <source>Export &amp;quote (PDF)…</source>
        <translation>导出报价单 PDF(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="124"/>
        <source>Export &amp;results (JSON, CSV)…</source>
        <translation>导出结果 JSON/CSV(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Export &amp;bill of materials (CSV)…</source>
        <translation>导出物料清单 CSV(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Pin build for comparison</source>
        <translation>固定配置以便对比(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="138"/>
        <source>&amp;Catalog…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Quotes…</source>
        <translation>报价单(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="157"/>
        <location filename="../../ui/mainwindow.cpp" line="180"/>
        <source>Catalog: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Guide and glossary</source>
        <translation>指南和术语表(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="169"/>
        <source>&amp;About hwplanner</source>
        <translation>关于 hwplanner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="170"/>
        <source>About hwplanner</source>
        <translation>关于 hwplanner</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="171"/>
        <source>&lt;b&gt;hwplanner %1&lt;/b&gt;&lt;br&gt;Plans hardware for running large language models on your own machines: whether a model fits, how fast it answers, what it costs.</source>
        <translation>&lt;b&gt;hwplanner %1&lt;/b&gt;&lt;br&gt;为在自己的机器上运行大语言模型规划硬件：模型能否装下、回答有多快、要花多少钱。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <location filename="../../ui/mainwindow.cpp" line="200"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <source>The catalog was damaged (%1).

It was moved to %2 and a fresh catalog was created.

%3</source>
        <translation>目录数据库已损坏（%1）。

已将其移至 %2，并新建了目录。

%3</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196"/>
        <source>No prices or quotes of your own could be read from it.</source>
        <translation>无法从中读出您自己录入的价格或报价单。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197"/>
        <source>Your prices and quotes were saved first to: %1. Import the prices with File &gt; Import prices.</source>
        <translation>您录入的价格和报价单已先保存到：%1。可通过“文件 &gt; 导入价格”重新导入价格。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="200"/>
        <source>The catalog could not be opened:
%1</source>
        <translation>无法打开目录：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="213"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="230"/>
        <source>Build %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="241"/>
        <source>%1 is already pinned</source>
        <translation>%1 已经固定过了</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257"/>
        <source>Pinned %1 for comparison (%2 pinned)</source>
        <translation>已固定 %1 用于对比（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>%1[*] — hwplanner</source>
        <translation>%1[*] — hwplanner</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>Save the changes to %1 first?</source>
        <translation>先保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="289"/>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>Open build</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>Build files (*.hwplan *.json)</source>
        <translation>配置文件 (*.hwplan *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="309"/>
        <location filename="../../ui/mainwindow.cpp" line="324"/>
        <source>Save build</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="313"/>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <location filename="../../ui/mainwindow.cpp" line="451"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="324"/>
        <source>Build files (*.hwplan)</source>
        <translation>配置文件 (*.hwplan)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="338"/>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354"/>
        <source>Current: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="361"/>
        <source>Pinned: %1</source>
        <translation>已固定：%1</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder does not exist or is not writable</source>
        <translation type="vanished">%1：无法写入：文件夹不存在或不可写</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="391"/>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <location filename="../../ui/mainwindow.cpp" line="412"/>
        <source>Export quote</source>
        <translation>导出报价单</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="391"/>
        <source>There is no valid build to quote: correct the build or pin one first.</source>
        <translation>没有可报价的有效配置：请先修正配置或固定一个配置。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <source>quote-%1.pdf</source>
        <translation>报价单-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="404"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="415"/>
        <source>Quote %1 saved to %2; Tools &gt; Quotes lists it.</source>
        <translation>报价单 %1 已保存到 %2；可在“工具 &gt; 报价单”中查看。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <location filename="../../ui/mainwindow.cpp" line="425"/>
        <location filename="../../ui/mainwindow.cpp" line="433"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <source>The build is not valid; correct it first.</source>
        <translation>配置无效，请先修正。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="425"/>
        <source>JSON (*.json);;CSV for Excel and WPS (*.csv)</source>
        <translation>JSON (*.json);;适用于 Excel 和 WPS 的 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <location filename="../../ui/mainwindow.cpp" line="444"/>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>Export bill of materials</source>
        <translation>导出物料清单</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="444"/>
        <source>CSV for Excel and WPS (*.csv)</source>
        <translation>适用于 Excel 和 WPS 的 CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>hwui::MemoryModel</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="96"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="98"/>
        <source>The build names no size for this memory, so whether it fits is not checked.</source>
        <translation>该配置未给出此内存的容量，因此不检查是否放得下。</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="136"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="138"/>
        <source>Weights (GB)</source>
        <translation>权重（GB）</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="140"/>
        <source>KV cache (GB)</source>
        <translation>KV 缓存（GB）</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="142"/>
        <source>Overhead (GB)</source>
        <translation>开销（GB）</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="144"/>
        <source>Free (GB)</source>
        <translation>空闲（GB）</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="146"/>
        <source>Capacity (GB)</source>
        <translation>容量（GB）</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="148"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="150"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="152"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="154"/>
        <source>Does not fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="156"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>hwui::OfferPage</name>
    <message>
        <location filename="../../ui/offerpage.cpp" line="33"/>
        <source>1. Paste the vendor&apos;s offer (Chinese or English):</source>
        <translation>1. 粘贴供应商的报价（中文或英文）：</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="37"/>
        <source>e.g. 满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，19.8万元</source>
        <translation>例如：满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，19.8万元</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="40"/>
        <source>&amp;Read the text</source>
        <translation>读取文本(&amp;R)</translation>
    </message>
    <message>
        <source>2. What was understood (a claim file: correct it before checking):</source>
        <translation type="vanished">2. 读取结果（声明文件：核查前可修改）：</translation>
    </message>
    <message>
        <source>&amp;Check the offer</source>
        <translation type="vanished">核查报价(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="41"/>
        <source>&amp;Open as build</source>
        <translation>作为配置打开(&amp;O)</translation>
    </message>
    <message>
        <source>the claim</source>
        <translation type="vanished">声明</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="50"/>
        <source>2. What was understood: correct any field and the verdict follows.</source>
        <translation>2. 读取结果：修改任一字段，结论随即更新。</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="130"/>
        <source>impossible</source>
        <translation>不可能</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="130"/>
        <source>optimistic</source>
        <translation>偏乐观</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="131"/>
        <source>unverifiable: needs confirmation</source>
        <translation>无法核实：需要确认</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="132"/>
        <source>plausible</source>
        <translation>合理</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="136"/>
        <source>Checked as: %1 %2 with %3, %4 machine(s) × %5 × %6.</source>
        <translation>按此核查：%1 %2，推理框架 %3，%4 台机器 × %5 × %6。</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="141"/>
        <source>Checked as: %1 %2 with %3 on the CPU.</source>
        <translation>按此核查：%1 %2，推理框架 %3，在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="143"/>
        <source>Overall verdict: &lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (the worst finding). %3</source>
        <translation>总体结论：&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt;（取最严重的一项）。%3</translation>
    </message>
    <message>
        <source>Checked as: %1</source>
        <translation type="vanished">按此配置核查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="135"/>
        <source>The offer names too little hardware to build it.</source>
        <translation>报价给出的硬件信息不足，无法构成配置。</translation>
    </message>
</context>
<context>
    <name>hwui::QuoteDialog</name>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="36"/>
        <source>Export quote</source>
        <translation>导出报价单</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="57"/>
        <source> users</source>
        <translation> 个用户</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="59"/>
        <source>Concurrent users every build of the quote is evaluated for</source>
        <translation>报价中每个配置按此并发用户数评估</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="64"/>
        <source> tok/s per user</source>
        <translation> tok/s/用户</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="66"/>
        <source>The decode speed each user must get; a build below it is not recommended</source>
        <translation>每个用户必须得到的解码速度；低于它的配置不予推荐</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="71"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="73"/>
        <source>Tokens each user&apos;s KV cache must hold, thinking included</source>
        <translation>每个用户的 KV 缓存必须容纳的 token 数（含思考过程）</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="80"/>
        <source>Your company, shown in the header</source>
        <translation>贵公司名称，显示在页眉</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="84"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="89"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="91"/>
        <source>China&apos;s standard VAT on goods is 13%.</source>
        <translation>中国货物增值税标准税率为 13%。</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="92"/>
        <source>Include the findings on the checked offer</source>
        <translation>附上对已核查报价的核查结果</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="95"/>
        <source>Remember company, author, validity and VAT as defaults</source>
        <translation>将公司、编制人、有效期和增值税记为默认值</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="96"/>
        <source>&amp;Builds:</source>
        <translation>配置(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="97"/>
        <source>&amp;Users:</source>
        <translation>用户数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="98"/>
        <source>&amp;Target speed:</source>
        <translation>目标速度(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="99"/>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="101"/>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="102"/>
        <source>&amp;Prepared by:</source>
        <translation>编制人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="103"/>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="104"/>
        <source>&amp;VAT:</source>
        <translation>增值税(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="108"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="148"/>
        <source>Tick at least one build for the quote.</source>
        <translation>请至少勾选一个配置。</translation>
    </message>
</context>
<context>
    <name>hwui::QuotesDialog</name>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="166"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Builds</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="vanished">含税合计</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Each build&apos;s total incl. VAT</source>
        <translation>各配置含税合计</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="177"/>
        <source>&amp;Export again…</source>
        <translation>再次导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="178"/>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="187"/>
        <source>This quote&apos;s PDF is not there any more; export it again.</source>
        <translation>该报价单的 PDF 已不存在，请再次导出。</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="211"/>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="212"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="249"/>
        <source>Export quote %1 again</source>
        <translation>再次导出报价单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="250"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>hwui::ResultsView</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="29"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="31"/>
        <source>hybrid CPU+GPU</source>
        <translation>CPU+GPU 混合</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="33"/>
        <source>CPU only</source>
        <translation>纯 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="35"/>
        <source>unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="44"/>
        <source>GPU memory bandwidth</source>
        <translation>GPU 显存带宽</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="46"/>
        <source>CPU memory bandwidth</source>
        <translation>CPU 内存带宽</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="48"/>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="50"/>
        <source>interconnect</source>
        <translation>互联</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="52"/>
        <source>SSD paging</source>
        <translation>SSD 换页</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="54"/>
        <source>runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="56"/>
        <location filename="../../ui/resultsview.cpp" line="314"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="80"/>
        <source>Cannot run as configured: the model does not fit in this build&apos;s memory (see How it was computed)</source>
        <translation>按当前配置无法运行：模型装不进此配置的内存（见“计算过程”）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="82"/>
        <source>Does not fit in memory: runs degraded at %1 tok/s per user against the %2 tok/s target (see How it was computed)</source>
        <translation>内存装不下：降级运行，每用户 %1 tok/s，目标为 %2 tok/s（见“计算过程”）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="85"/>
        <source>Fits, but %1 tok/s per user is below the %2 tok/s target</source>
        <translation>装得下，但每用户 %1 tok/s 低于 %2 tok/s 的目标</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="86"/>
        <source>Fits, and %1 tok/s per user meets the %2 tok/s target</source>
        <translation>装得下，且每用户 %1 tok/s 达到 %2 tok/s 的目标</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="291"/>
        <source>Memory per device, % of its capacity (the table below is in GB = 10^9 bytes)</source>
        <translation>各设备内存占用（占容量的百分比；下表单位 GB = 10^9 字节）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="131"/>
        <source>% of capacity</source>
        <translation>占容量 %</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="148"/>
        <source>&amp;Memory</source>
        <translation>内存(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="152"/>
        <source>Decode speed against concurrent users</source>
        <translation>解码速度与并发用户数</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="154"/>
        <source>Per user (tok/s)</source>
        <translation>每用户（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="156"/>
        <source>Aggregate (tok/s, right axis)</source>
        <translation>总吞吐（tok/s，右轴）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="166"/>
        <source>6 tok/s acceptable</source>
        <translation>6 tok/s 可接受</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="168"/>
        <source>14 tok/s comfortable</source>
        <translation>14 tok/s 舒适</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="176"/>
        <source>Target users</source>
        <translation>目标用户数</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="185"/>
        <source>Concurrent users</source>
        <translation>并发用户数</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="191"/>
        <source>tok/s per user (left: per-user line, 6 and 14 tok/s marks)</source>
        <translation>每用户 tok/s（左轴：每用户曲线、6 和 14 tok/s 标线）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="195"/>
        <source>tok/s aggregate, all users together (right)</source>
        <translation>总 tok/s，所有用户合计（右轴）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="215"/>
        <source>Likely range per user (error on held-out measurements)</source>
        <translation>每用户速度的可能范围（留出实测上的误差）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="263"/>
        <source>%1 GB of %2 GB</source>
        <translation>%1 GB / %2 GB</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="298"/>
        <source>%1 of %2 users decode at once; %3 wait</source>
        <translation>%2 个用户中 %1 个同时解码；%3 个排队等待</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="303"/>
        <source>The KV cache left in memory holds the context (%1 tokens) of %2 of %3 users: the other %4 wait their turn</source>
        <translation>剩余显存中的 KV 缓存只容得下 %3 位用户中 %2 位的上下文（每位 %1 token），其余 %4 位需排队等候</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="318"/>
        <source>likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="385"/>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="387"/>
        <source>3-year total (capex + 3 years of opex): &lt;b&gt;%1%2 %3&lt;/b&gt; · depreciation %1%4 %3/year</source>
        <translation>三年总成本（资本支出 + 三年运营支出）：&lt;b&gt;%1%2 %3&lt;/b&gt; · 折旧 %1%4 %3/年</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="390"/>
        <source>Operations charged as a %1: %2 FTE · %3 %4/year</source>
        <translation>运维按%1计：%2 人 · %3 %4/年</translation>
    </message>
    <message>
        <source>tok/s per user</source>
        <translation type="vanished">每用户 tok/s</translation>
    </message>
    <message>
        <source>tok/s aggregate</source>
        <translation type="vanished">总 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="227"/>
        <source>&amp;Speed vs users</source>
        <translation>速度与用户数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="241"/>
        <source>&amp;Cost</source>
        <translation>成本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="245"/>
        <source>&amp;How it was computed</source>
        <translation>计算过程(&amp;H)</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="vanished">放得下</translation>
    </message>
    <message>
        <source>Does not fit everywhere: runs degraded (see How it was computed)</source>
        <translation type="vanished">并非处处放得下：降级运行（见“计算过程”）</translation>
    </message>
    <message>
        <source>Cannot run as configured (see How it was computed)</source>
        <translation type="vanished">按此配置无法运行（见“计算过程”）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="314"/>
        <source>none (capex incomplete)</source>
        <translation>无（资本支出不完整）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="326"/>
        <source>%1 — placement: %2, GPU layers %3&lt;br&gt;Decode: &lt;b&gt;%4 tok/s per user&lt;/b&gt;, %5 tok/s aggregate at %6 users (bound: %7)&lt;br&gt;Prefill: %8 tok/s &amp;nbsp; Most users at ≥ %9 tok/s each: &lt;b&gt;%10&lt;/b&gt;&lt;br&gt;Capex: &lt;b&gt;%11&lt;/b&gt; &amp;nbsp; TCO: %12</source>
        <translation>%1 — 部署方式：%2，GPU 层数 %3&lt;br&gt;解码：&lt;b&gt;每用户 %4 tok/s&lt;/b&gt;，%6 个用户时总吞吐 %5 tok/s（瓶颈：%7）&lt;br&gt;预填充：%8 tok/s &amp;nbsp; 每用户 ≥ %9 tok/s 时最多用户数：&lt;b&gt;%10&lt;/b&gt;&lt;br&gt;资本支出：&lt;b&gt;%11&lt;/b&gt; &amp;nbsp; 总拥有成本：%12</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="342"/>
        <source>This build cannot run as configured: the model does not fit in its memory, so there is no speed to chart. The table below and How it was computed give the sizes.</source>
        <translation>此配置按当前设置无法运行：模型装不进它的内存，没有可画的速度。下表和“计算过程”给出各项大小。</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="345"/>
        <source>This build cannot run as configured, so it has no decode speed. Add memory or choose a smaller quantization.</source>
        <translation>此配置按当前设置无法运行，因此没有解码速度。请增加内存或选择更小的量化。</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="380"/>
        <source>Capex %1 · power %2 W · energy %3 kWh/year · opex %4 %5/year · TCO %6 · per user %7 · per million output tokens %8</source>
        <translation>资本支出 %1 · 功率 %2 W · 能耗 %3 kWh/年 · 运营成本 %4 %5/年 · 总拥有成本 %6 · 每用户 %7 · 每百万输出 token %8</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="382"/>
        <location filename="../../ui/resultsview.cpp" line="383"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — placement: %2, GPU layers %3&lt;br&gt;Decode: &lt;b&gt;%4 tok/s per user&lt;/b&gt;, %5 tok/s aggregate at %6 users (bound: %7)&lt;br&gt;Prefill: %8 tok/s &amp;nbsp; Most users at ≥ %9 tok/s each: &lt;b&gt;%10&lt;/b&gt;&lt;br&gt;Capex: &lt;b&gt;%11 %12&lt;/b&gt;%13 &amp;nbsp; TCO: %14 %12/year</source>
        <translation type="vanished">%1 — 部署方式：%2，GPU 层数 %3&lt;br&gt;解码：&lt;b&gt;每用户 %4 tok/s&lt;/b&gt;，%6 个用户时总吞吐 %5 tok/s（瓶颈：%7）&lt;br&gt;预填充：%8 tok/s &amp;nbsp; 每用户 ≥ %9 tok/s 时最多用户数：&lt;b&gt;%10&lt;/b&gt;&lt;br&gt;资本支出：&lt;b&gt;%11 %12&lt;/b&gt;%13 &amp;nbsp; 总拥有成本：%14 %12/年</translation>
    </message>
    <message numerus="yes">
        <source> (incomplete: %n part(s) without a price)</source>
        <translation type="vanished">
            <numerusform>（不完整：%n 个部件缺价格）</numerusform>
        </translation>
    </message>
    <message>
        <source>Capex %1 %2%3 · power %4 W · energy %5 kWh/year · opex %6 %2/year · TCO %7 %2/year · per user %8 %2 · per million output tokens %9 %2</source>
        <translation type="vanished">资本支出 %1 %2%3 · 功率 %4 W · 电量 %5 kWh/年 · 运营支出 %6 %2/年 · 总拥有成本 %7 %2/年 · 每用户 %8 %2 · 每百万输出 token %9 %2</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation type="vanished">（不完整）</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="397"/>
        <source>No price: %1</source>
        <translation>缺价格：%1</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="410"/>
        <source>Pinned: %1</source>
        <translation>已固定：%1</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="447"/>
        <source>Invalid build:</source>
        <translation>配置无效：</translation>
    </message>
</context>
<context>
    <name>hwui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="44"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="48"/>
        <source>CNY (¥)</source>
        <translation>人民币（¥）</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="49"/>
        <source>USD ($)</source>
        <translation>美元（$）</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="51"/>
        <source> CNY per USD</source>
        <translation> 人民币/美元</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="52"/>
        <source> CNY/kWh</source>
        <translation> 元/千瓦时</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="54"/>
        <location filename="../../ui/settingsdialog.cpp" line="76"/>
        <location filename="../../ui/settingsdialog.cpp" line="122"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="55"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="56"/>
        <location filename="../../ui/settingsdialog.cpp" line="58"/>
        <source> FTE</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="60"/>
        <source> FTE per node</source>
        <translation> 人/节点</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="65"/>
        <source>Engineers looking after a workstation: one box with up to 4 consumer or workstation GPUs and one desktop CPU, or one Apple machine. Default %1 FTE (about half a day a month): an assumption, no public source gives a figure.</source>
        <translation>维护一台工作站所需的工程师：一台机器，最多 4 块消费级或工作站 GPU 和一颗桌面 CPU，或一台 Apple 电脑。默认 %1 人（约每月半天）：这是假设，没有公开资料给出数字。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="68"/>
        <source>Engineers operating a server: one node with data-centre GPUs, more than 4 GPUs, two sockets or a server CPU. Default %1 FTE, the figure “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses for an 8 x H100 server.</source>
        <translation>运维一台服务器所需的工程师：一个节点，配数据中心 GPU、4 块以上 GPU、双路或服务器 CPU。默认 %1 人，即《深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录》对 8 x H100 服务器采用的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="71"/>
        <source>Engineers per node of a cluster (more than one node or machine). Default %1 FTE per node: the server figure for each node, an assumption.</source>
        <translation>集群（多于一个节点或一台机器）每个节点所需的工程师。默认每节点 %1 人：每个节点按服务器的数字计，这是假设。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="74"/>
        <source> CNY/year</source>
        <translation> 元/年</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="75"/>
        <source>Yearly cost of one engineer; the default 300,000 CNY is the figure “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses.</source>
        <translation>一名工程师的年成本；默认 300,000 CNY 是《深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录》采用的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="77"/>
        <source> tok/s</source>
        <translation> tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="83"/>
        <source>A price older than this is marked stale in the bill of materials, with its age.</source>
        <translation>早于此天数的报价在物料清单中标记为过期，并显示其天数。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="85"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="90"/>
        <source>Electricity price; “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses 0.8 CNY/kWh.</source>
        <translation>电价；《深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录》采用 0.8 元/千瓦时。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="91"/>
        <source>Power usage effectiveness of the room: 1.0 counts the servers only.</source>
        <translation>机房电能使用效率（PUE）：1.0 表示只计服务器本身。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="92"/>
        <source>Average share of the parts&apos; TDP drawn; 100% is the conservative full-load figure.</source>
        <translation>平均功耗占各部件 TDP 的比例；100% 为保守的满载数值。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="93"/>
        <source>Share of the year the build produces tokens, for the cost per million tokens.</source>
        <translation>一年中实际生成 token 的时间比例，用于计算每百万 token 成本。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="94"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="95"/>
        <source>&amp;USD rate:</source>
        <translation>美元汇率(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="96"/>
        <source>Electricity &amp;tariff:</source>
        <translation>电价(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="97"/>
        <source>&amp;PUE:</source>
        <translation>PUE(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="98"/>
        <source>Power &amp;utilisation:</source>
        <translation>功耗利用率(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="99"/>
        <source>&amp;Depreciation:</source>
        <translation>折旧年限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Operations staff:</source>
        <translation type="vanished">运维人员(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="103"/>
        <source>Operations &amp;salary:</source>
        <translation>运维年薪(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="104"/>
        <source>&amp;Serving utilisation:</source>
        <translation>服务利用率(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="105"/>
        <source>Default &amp;target speed:</source>
        <translation>默认目标速度(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="106"/>
        <source>Prices stale a&amp;fter:</source>
        <translation>报价过期天数(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="107"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="111"/>
        <source>PNG, JPEG or SVG; none when empty</source>
        <translation>PNG、JPEG 或 SVG；留空则不显示</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="112"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="114"/>
        <location filename="../../ui/settingsdialog.cpp" line="157"/>
        <location filename="../../ui/settingsdialog.cpp" line="162"/>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="114"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="123"/>
        <source>China&apos;s standard VAT on goods is 13%.</source>
        <translation>中国货物增值税标准税率为 13%。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="81"/>
        <location filename="../../ui/settingsdialog.cpp" line="126"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="100"/>
        <source>&amp;Operations, workstation:</source>
        <translation>运维，工作站(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="101"/>
        <source>Operations, se&amp;rver:</source>
        <translation>运维，服务器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="102"/>
        <source>Operations, clust&amp;er:</source>
        <translation>运维，集群(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="128"/>
        <source>&lt;b&gt;Quotes&lt;/b&gt;</source>
        <translation>&lt;b&gt;报价单&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="129"/>
        <source>Co&amp;mpany name:</source>
        <translation>公司名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="130"/>
        <source>L&amp;ogo:</source>
        <translation>徽标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="133"/>
        <source>Prepared &amp;by:</source>
        <translation>编制人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="134"/>
        <source>&amp;VAT:</source>
        <translation>增值税(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="135"/>
        <source>Quote &amp;validity:</source>
        <translation>报价有效期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="138"/>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://用户@服务器/数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="139"/>
        <source>A PostgreSQL database the whole team shares: one price list with its history, and one quote numbering. Empty: the catalog file on this computer. Options such as ?sslmode=require may follow the database name.</source>
        <translation>全团队共用的 PostgreSQL 数据库：一份带历史记录的价格表，一套报价单编号。留空：使用本机的目录文件。数据库名后可跟选项，例如 ?sslmode=require。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="141"/>
        <source>Empty: this computer&apos;s own catalog. The password goes in ~/.pgpass.</source>
        <translation>留空：使用本机自己的目录。密码请写在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="142"/>
        <source>&lt;b&gt;Team catalog&lt;/b&gt;</source>
        <translation>&lt;b&gt;团队目录&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="143"/>
        <source>Post&amp;greSQL URL:</source>
        <translation>PostgreSQL 地址(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="157"/>
        <source>%1: the logo is larger than 2 MB; use a smaller file.</source>
        <translation>%1：徽标文件超过 2 MB，请换用较小的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="162"/>
        <source>%1: not an image hwplanner can read (PNG, JPEG or SVG).</source>
        <translation>%1：hwplanner 无法读取该图片（支持 PNG、JPEG 或 SVG）。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="170"/>
        <source>A team catalog URL starts with postgresql://</source>
        <translation>团队目录地址须以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="172"/>
        <source>Leave the password out of the URL: settings are stored as plain text. Put it in ~/.pgpass (host:port:database:user:password, readable only by you) or in $PGPASSWORD.</source>
        <translation>请不要在地址中写密码：设置以明文保存。请把密码写入 ~/.pgpass（主机:端口:数据库:用户:密码，仅本人可读）或环境变量 $PGPASSWORD。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="178"/>
        <source>The team catalog could not be opened:
%1</source>
        <translation>无法打开团队目录：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="182"/>
        <source>Team catalog</source>
        <translation>团队目录</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="211"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="211"/>
        <source>The new language applies the next time hwplanner starts.</source>
        <translation>新语言将在下次启动 hwplanner 时生效。</translation>
    </message>
</context>
<context>
    <name>hwui::SweepModel</name>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="137"/>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="139"/>
        <source>Aggregate tok/s</source>
        <translation>总 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="141"/>
        <source>Per user tok/s</source>
        <translation>每用户 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="143"/>
        <source>Placement</source>
        <translation>部署方式</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="145"/>
        <source>On the frontier</source>
        <translation>在帕累托前沿上</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="147"/>
        <source>Meets the target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="149"/>
        <source>Fails a checklist rule</source>
        <translation>未通过避坑清单</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="151"/>
        <source>Build</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>hwui::SweepView</name>
    <message>
        <location filename="../../ui/sweepview.cpp" line="64"/>
        <source>&amp;Run sweep</source>
        <translation>开始遍历(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="65"/>
        <source>Evaluate every build the catalog allows for this model and workload</source>
        <translation>按此模型和负载评估目录允许的所有配置</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="66"/>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="71"/>
        <source>no budget</source>
        <translation>不限预算</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="72"/>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="73"/>
        <source>Most capex allowed for the recommended builds</source>
        <translation>推荐配置允许的最高资本支出</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="85"/>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="105"/>
        <source>Aggregate tok/s</source>
        <translation>总吞吐 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="200"/>
        <source>Capex against aggregate tok/s at the target users (priced builds)</source>
        <translation>资本支出与目标用户数下的总 tok/s（有价格的配置）</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="103"/>
        <location filename="../../ui/sweepview.cpp" line="568"/>
        <source>Capex (%1, log scale)</source>
        <translation>资本支出（%1，对数刻度）</translation>
    </message>
    <message>
        <source>Aggregate tok/s at the target users</source>
        <translation type="vanished">目标用户数下的总 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>Hybrid CPU+GPU</source>
        <translation>CPU+GPU 混合</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>CPU only</source>
        <translation>纯 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>Unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="135"/>
        <source>%1
%2 CNY · %3 tok/s aggregate · %4 tok/s per user
Click to load it into the editor</source>
        <translation>%1
%2 元 · 总吞吐 %3 tok/s · 每用户 %4 tok/s
点击载入编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="151"/>
        <source>Fails a checklist rule</source>
        <translation>未通过避坑清单</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="164"/>
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="175"/>
        <source>Target: users x tok/s each</source>
        <translation>目标：用户数 × 每用户 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="178"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="181"/>
        <location filename="../../ui/sweepview.cpp" line="573"/>
        <source>This build</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="187"/>
        <location filename="../../ui/sweepview.cpp" line="543"/>
        <source>Pinned builds</source>
        <translation>已固定的配置</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="221"/>
        <source>The cheapest fully priced builds that meet the target within the budget, then those that meet it but lack a price. Click a header to sort; a capex with a part unpriced is a lower bound and sorts after the complete ones.</source>
        <translation>预算内达到目标、价格完整的最便宜配置，其后是达到目标但缺少价格的配置。点击表头排序；有部件未定价的投资额只是下限，排在价格完整的配置之后。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="223"/>
        <source>L&amp;oad into the editor</source>
        <translation>载入编辑器(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="224"/>
        <source>Open the selected build in the editor (it can be undone)</source>
        <translation>在编辑器中打开所选配置（可撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="225"/>
        <source>P&amp;in</source>
        <translation>固定(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="226"/>
        <source>Add the selected build to the comparison and keep it highlighted on the chart</source>
        <translation>把所选配置加入对比，并在图上保持高亮</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="232"/>
        <source>Recommended &amp;builds:</source>
        <translation>推荐配置(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="341"/>
        <source>Sweeping every build for %1, %2 users at ≥ %3 tok/s each…</source>
        <translation>正在遍历 %1 的所有配置，%2 个用户，每用户 ≥ %3 tok/s…</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="369"/>
        <source>Sweep cancelled.</source>
        <translation>遍历已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="374"/>
        <source>none of them fully priced within the budget</source>
        <translation>没有一个在预算内且价格完整</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="374"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="377"/>
        <source>cheapest: %1 at %2 %3</source>
        <translation>最便宜：%1，%2 %3</translation>
    </message>
    <message>
        <source>none of them priced</source>
        <translation type="vanished">均缺价格</translation>
    </message>
    <message>
        <source>cheapest: %1 at %2 CNY</source>
        <translation type="vanished">最便宜：%1，%2 元</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="381"/>
        <source>%1 builds evaluated; %2 meet the target (%3). Builds with a part without a price are left out of the chart.</source>
        <translation>已评估 %1 个配置；%2 个达到目标（%3）。含缺价格部件的配置未画入图表。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="407"/>
        <source>No priced build in the catalog runs this workload with these filters. Widen the filters or the budget, or look at the builds without a price in the table.</source>
        <translation>目录中没有已定价的配置能在这些筛选条件下运行此负载。请放宽筛选条件或预算，或查看表中缺少价格的配置。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="409"/>
        <source>Press Run sweep: every build the catalog can make is estimated and priced for the workload set on the left (users, context, target speed per user), and the cheapest that meet it are listed.</source>
        <translation>请点击“开始遍历”：按左侧设定的负载（并发用户、上下文、每用户目标速度）估算并计价目录中能组成的每一种配置，并列出达到目标的最便宜配置。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="441"/>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="442"/>
        <source>&amp;Full model</source>
        <translation>满血版(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="443"/>
        <source>The model at its published precision or wider (FP8 for DeepSeek-R1, BF16 for Qwen3)</source>
        <translation>模型按发布精度或更高精度运行（DeepSeek-R1 为 FP8，Qwen3 为 BF16）</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="444"/>
        <source>&amp;Quantised</source>
        <translation>量化版(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="445"/>
        <source>The same model with narrower weights (INT4, GGUF Q4 and below): smaller and faster, with some loss of quality</source>
        <translation>同一模型的低位宽权重（INT4、GGUF Q4 及以下）：更小更快，质量有一定损失</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="446"/>
        <source>&amp;Distilled</source>
        <translation>蒸馏版(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="447"/>
        <source>Smaller models distilled from this one (DeepSeek-R1-Distill-*): a different, weaker model</source>
        <translation>由该模型蒸馏出的小模型（DeepSeek-R1-Distill 系列）：是另一个、能力更弱的模型</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="450"/>
        <source>&amp;New parts only</source>
        <translation>仅全新部件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="451"/>
        <source>Leave out used and refurbished prices and memory-modified cards (no vendor warranty)</source>
        <translation>排除二手和翻新价格，以及改显存的显卡（无厂商保修）</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="455"/>
        <source>Any vendor</source>
        <translation>任意供应商</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="458"/>
        <source>Domestic (Huawei, Cambricon, Moore Threads, Biren…)</source>
        <translation>国产（华为、寒武纪、摩尔线程、壁仞…）</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="460"/>
        <source>The accelerator&apos;s vendor; choosing one leaves CPU-only builds out</source>
        <translation>加速卡的供应商；选择后不含纯 CPU 配置</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="463"/>
        <source>Only builds served by this runtime</source>
        <translation>只看使用该推理框架的配置</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="465"/>
        <source>&amp;Vendor:</source>
        <translation>供应商(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="467"/>
        <source>R&amp;untime:</source>
        <translation>推理框架(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="486"/>
        <source>The filters changed: run the sweep again.</source>
        <translation>筛选条件已改变：请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="499"/>
        <source>Any runtime</source>
        <translation>任意推理框架</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sweepview.cpp" line="543"/>
        <source>Pinned builds (%n more not placed: parts without a price)</source>
        <translation>
            <numerusform>已固定的配置（另有 %n 个未标出：部件无报价）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="562"/>
        <source>The model or workload changed: run the sweep again for %1 users at %2 tok/s each.</source>
        <translation>模型或负载已改变：请按 %1 个用户、每人 %2 tok/s 重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="566"/>
        <source>The cost settings changed: run the sweep again.</source>
        <translation>成本设置已改变：请重新扫描。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sweepview.cpp" line="575"/>
        <source>This build: not placed, %n part(s) without a price</source>
        <translation>
            <numerusform>本配置：未标出，%n 个部件无报价</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hwui::TopBuildsModel</name>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="85"/>
        <source>%1 (pinned)</source>
        <translation>%1（已固定）</translation>
    </message>
    <message numerus="yes">
        <source>≥ %1 (%n part(s) without a price)</source>
        <translation type="vanished">
            <numerusform>≥ %1（%n 个部件无价格）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="87"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="95"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="108"/>
        <source>Users this build serves at the target speed each; the capex per user divides by it.</source>
        <translation>该配置能以目标速度服务的用户数；每用户投资额按此计算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/topbuildsmodel.cpp" line="110"/>
        <source>Incomplete: %n part(s) have no price, so the capex is a lower bound and the cost per user is not known.</source>
        <translation>
            <numerusform>不完整：%n 个部件没有价格，所以投资额只是下限，每用户成本未知。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="124"/>
        <source>Build</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="126"/>
        <source>Capex
(%1)</source>
        <translation>投资额
（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="128"/>
        <source>Per user
(tok/s)</source>
        <translation>每用户
（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="130"/>
        <source>Aggregate
(tok/s)</source>
        <translation>总吞吐
（tok/s）</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="132"/>
        <source>Users
served</source>
        <translation>可服务
用户数</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="134"/>
        <source>Capex per
user (%1)</source>
        <translation>每用户投资额
（%1）</translation>
    </message>
    <message>
        <source>Capex (%1)</source>
        <translation type="vanished">投资额（%1）</translation>
    </message>
    <message>
        <source>Per user (tok/s)</source>
        <translation type="vanished">每用户（tok/s）</translation>
    </message>
    <message>
        <source>Aggregate (tok/s)</source>
        <translation type="vanished">总吞吐（tok/s）</translation>
    </message>
    <message>
        <source>Users served</source>
        <translation type="vanished">可服务用户数</translation>
    </message>
    <message>
        <source>Capex per user (%1)</source>
        <translation type="vanished">每用户投资额（%1）</translation>
    </message>
</context>
</TS>
