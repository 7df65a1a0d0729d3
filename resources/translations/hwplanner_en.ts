<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hw::Catalog</name>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="12"/>
        <source>The original reasoning model (reference quality). The opinion of “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: Q2 quants keep ~70%, Q4 and the 1.58-bit dynamic quant ~75-80% of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="13"/>
        <source>May 2025 update of R1, same architecture and size (not 12.8B parameters, not a 2,048-token window as “DeepSeek R1-0528本地部署全攻略:五千至六万预算最优解” claims).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="14"/>
        <source>The non-reasoning base chat model R1 was trained from; same architecture.</source>
        <translation>The non-reasoning base chat model R1 was trained from; same architecture.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="15"/>
        <source>Distilled into Qwen2.5-Math-1.5B: far weaker than R1 (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: the best distill is roughly o1-mini class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="16"/>
        <source>Distilled into Qwen2.5-Math-7B: far weaker than R1.</source>
        <translation>Distilled into Qwen2.5-Math-7B: far weaker than R1.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="17"/>
        <source>Distilled into Llama-3.1-8B: far weaker than R1. Note: ollama&apos;s deepseek-r1:8b tag was later re-pointed to R1-0528-Qwen3-8B.</source>
        <translation>Distilled into Llama-3.1-8B: far weaker than R1. Note: ollama&apos;s deepseek-r1:8b tag was later re-pointed to R1-0528-Qwen3-8B.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="18"/>
        <source>Distilled into Qwen2.5-14B: far weaker than R1.</source>
        <translation>Distilled into Qwen2.5-14B: far weaker than R1.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="19"/>
        <source>Distilled into Qwen2.5-32B: far weaker than R1.</source>
        <translation>Distilled into Qwen2.5-32B: far weaker than R1.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="20"/>
        <source>Distilled into Llama-3.3-70B-Instruct: the strongest distill, roughly o1-mini class (the opinion of “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”). &quot;DeepSeek R1 70B&quot; means this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="21"/>
        <source>DeepSeek&apos;s release precision for R1/V3: the full model.</source>
        <translation>DeepSeek&apos;s release precision for R1/V3: the full model.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="22"/>
        <source>Full precision. For R1 this is the FP8 release cast up (fp8_cast_bf16.py): no quality gain, twice the memory.</source>
        <translation>Full precision. For R1 this is the FP8 release cast up (fp8_cast_bf16.py): no quality gain, twice the memory.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="23"/>
        <source>Full precision.</source>
        <translation>Full precision.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="24"/>
        <source>Datacenter alternative to FP8 on A100-class GPUs.</source>
        <translation>Datacenter alternative to FP8 on A100-class GPUs.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="25"/>
        <source>4-bit weight-only quant for vLLM/SGLang.</source>
        <translation>4-bit weight-only quant for vLLM/SGLang.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="26"/>
        <source>Near-lossless GGUF.</source>
        <translation>Near-lossless GGUF.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="27"/>
        <source>ollama&apos;s default; “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~75-80% of R1&apos;s quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="28"/>
        <source>“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~70% of R1&apos;s quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="29"/>
        <source>Routed experts ~1.58 bit, attention and dense layers 4-6 bit. “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~75-80% of R1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="30"/>
        <source>Routed experts ~1.73 bit, attention and dense layers 4-6 bit.</source>
        <translation>Routed experts ~1.73 bit, attention and dense layers 4-6 bit.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="31"/>
        <source>Routed experts ~2.2 bit, attention and dense layers 4-6 bit.</source>
        <translation>Routed experts ~2.2 bit, attention and dense layers 4-6 bit.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogtext.cpp" line="32"/>
        <source>Routed experts ~2.5 bit, attention and dense layers 4-6 bit.</source>
        <translation>Routed experts ~2.5 bit, attention and dense layers 4-6 bit.</translation>
    </message>
</context>
<context>
    <name>hw::Message</name>
    <message>
        <location filename="../../model/claimchecks.cpp" line="84"/>
        <source>&quot;Full&quot; (满血) %1</source>
        <translation>&quot;Full&quot; (满血) %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="85"/>
        <source>%1 is a %2B distill, not the 671B R1/V3.</source>
        <translation>%1 is a %2B distill, not the 671B R1/V3.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="86"/>
        <source>Checklist 1: full means DeepSeek R1/V3 671B at FP8 or BF16 (INT8 W8A8 when stated).</source>
        <translation>Checklist 1: full means DeepSeek R1/V3 671B at FP8 or BF16 (INT8 W8A8 when stated).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="87"/>
        <source>Which model file exactly runs on the machine? Show its name and size on disk.</source>
        <translation>Which model file exactly runs on the machine? Show its name and size on disk.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="90"/>
        <source>&quot;Full&quot; (满血) at %1</source>
        <translation>&quot;Full&quot; (满血) at %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="91"/>
        <source>%1 keeps %2 bits per weight; the release is FP8 (8 bits).</source>
        <translation>%1 keeps %2 bits per weight; the release is FP8 (8 bits).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="92"/>
        <source>%1 is not the release&apos;s FP8 (8 bits).</source>
        <translation>%1 is not the release&apos;s FP8 (8 bits).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="93"/>
        <source>Checklist 1: quants and distills are not the full model.</source>
        <translation>Checklist 1: quants and distills are not the full model.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="94"/>
        <source>Is it a quantized model? Which quant, and what quality loss was measured?</source>
        <translation>Is it a quantized model? Which quant, and what quality loss was measured?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="96"/>
        <source>Full DeepSeek R1/V3</source>
        <translation>Full DeepSeek R1/V3</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="97"/>
        <source>671B at %1.</source>
        <translation>671B at %1.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="98"/>
        <source>Checklist 1.</source>
        <translation>Checklist 1.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="99"/>
        <source>Confirm the exact checkpoint (R1, R1-0528 or V3).</source>
        <translation>Confirm the exact checkpoint (R1, R1-0528 or V3).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="103"/>
        <source>&quot;DeepSeek R1&quot; for %1</source>
        <translation>&quot;DeepSeek R1&quot; for %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="104"/>
        <source>%1: a distill of R1 into a %2B dense model, far weaker than the 671B R1.</source>
        <translation>%1: a distill of R1 into a %2B dense model, far weaker than the 671B R1.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="105"/>
        <source>Checklist 1: distills are not R1.</source>
        <translation>Checklist 1: distills are not R1.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="106"/>
        <source>Say plainly that this is the distilled model.</source>
        <translation>Say plainly that this is the distilled model.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="110"/>
        <source>%1B parameters for %2</source>
        <translation>%1B parameters for %2</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="111"/>
        <source>%1 has %2B parameters (%3B active per token), per its config.json.</source>
        <translation>%1 has %2B parameters (%3B active per token), per its config.json.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="113"/>
        <location filename="../../model/claimchecks.cpp" line="120"/>
        <source>Model facts must match the published configuration.</source>
        <translation>Model facts must match the published configuration.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="114"/>
        <source>Where does the parameter count come from?</source>
        <translation>Where does the parameter count come from?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="118"/>
        <source>%1-token window for %2</source>
        <translation>%1-token window for %2</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="119"/>
        <source>%1&apos;s window is %2 tokens (config.json max_position_embeddings).</source>
        <translation>%1&apos;s window is %2 tokens (config.json max_position_embeddings).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="121"/>
        <source>Is the window limited by the serving configuration? What context will users get?</source>
        <translation>Is the window limited by the serving configuration? What context will users get?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="12"/>
        <source>%1 GB for %2 %3</source>
        <translation>%1 GB for %2 %3</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="15"/>
        <source>%1 %2 on the offered hardware</source>
        <translation>%1 %2 on the offered hardware</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="28"/>
        <source>The weights alone are %1 GB (%2B params at %3).</source>
        <translation>The weights alone are %1 GB (%2B params at %3).</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="30"/>
        <source>Weights = parameters x bits per weight / 8, or the published file size.</source>
        <translation>Weights = parameters x bits per weight / 8, or the published file size.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="31"/>
        <source>Which file is it, and how large is it on disk?</source>
        <translation>Which file is it, and how large is it on disk?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="39"/>
        <source>Weights %1 GB + KV %2 GB = %3 GB before any overhead.</source>
        <translation>Weights %1 GB + KV %2 GB = %3 GB before any overhead.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="41"/>
        <source>Memory must hold weights, KV cache and overhead, device by device.</source>
        <translation>Memory must hold weights, KV cache and overhead, device by device.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="42"/>
        <source>Where do the remaining weights live, and at what speed do they run?</source>
        <translation>Where do the remaining weights live, and at what speed do they run?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="55"/>
        <source>The weights are %1 GB and the KV cache for %2 user(s) at %3 tokens %4 GB.</source>
        <translation>The weights are %1 GB and the KV cache for %2 user(s) at %3 tokens %4 GB.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="59"/>
        <source>The GPUs have %1 GB of memory in all.</source>
        <translation>The GPUs have %1 GB of memory in all.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="61"/>
        <source>There is no GPU.</source>
        <translation>There is no GPU.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="63"/>
        <source>Each GPU needs %1 GB of its %2 GB.</source>
        <translation>Each GPU needs %1 GB of its %2 GB.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="65"/>
        <source>No CPU and RAM are named to hold the rest.</source>
        <translation>No CPU and RAM are named to hold the rest.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="74"/>
        <source>Weights and KV fit the memory offered; only the runtime&apos;s overhead does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="76"/>
        <location filename="../../model/claimcheckspeed.cpp" line="153"/>
        <source>Every device must hold its share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="77"/>
        <location filename="../../model/claimunknown.cpp" line="56"/>
        <location filename="../../model/claimunknown.cpp" line="118"/>
        <location filename="../../model/claimunknown.cpp" line="125"/>
        <source>Which model, precision and offload make it fit?</source>
        <translation>Which model, precision and offload make it fit?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="82"/>
        <source>It does not fit in memory as a whole: it runs by paging weights from the SSD at about %1 tok/s per user.</source>
        <translation>It does not fit in memory as a whole: it runs by paging weights from the SSD at about %1 tok/s per user.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="83"/>
        <source>It does not fit in memory as a whole: it runs with offload at about %1 tok/s per user.</source>
        <translation>It does not fit in memory as a whole: it runs with offload at about %1 tok/s per user.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="85"/>
        <source>Whatever does not fit the GPUs sits in RAM; whatever does not fit RAM is read from the SSD.</source>
        <translation>Whatever does not fit the GPUs sits in RAM; whatever does not fit RAM is read from the SSD.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="86"/>
        <source>What speed did you measure, with how many users?</source>
        <translation>What speed did you measure, with how many users?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="88"/>
        <location filename="../../model/claimcheckmemory.cpp" line="95"/>
        <source>Offered hardware</source>
        <translation>Offered hardware</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="89"/>
        <source>Fits with all the weights on the CPU.</source>
        <translation>Fits with all the weights on the CPU.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="90"/>
        <source>Fits with the weights partly on the CPU (hybrid).</source>
        <translation>Fits with the weights partly on the CPU (hybrid).</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="92"/>
        <source>Hybrid CPU+GPU is slower than GPU-only.</source>
        <translation>Hybrid CPU+GPU is slower than GPU-only.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="93"/>
        <source>Confirm the run mode (KTransformers, llama.cpp -ngl) and the measured speed.</source>
        <translation>Confirm the run mode (KTransformers, llama.cpp -ngl) and the measured speed.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="96"/>
        <source>Fits: %1 of %2 GB per device.</source>
        <translation>Fits: %1 of %2 GB per device.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="97"/>
        <source>Device-by-device memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="129"/>
        <source>%1 tok/s per user with %2 GB of weights in RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="130"/>
        <source>A dense model reads every weight held in RAM once per token: RAM bytes x tok/s is the RAM bandwidth it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="131"/>
        <source>It needs at least %1 GB/s from RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="134"/>
        <source>%1 peaks at %2 GB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="137"/>
        <source>How was the speed measured, and where were the weights held?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="142"/>
        <source>No CPU is named: the slowest platform in the catalog gives %1 GB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="143"/>
        <source>Which CPU, and how many memory channels at what speed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="154"/>
        <source>There is no BF8 format: DeepSeek ships FP8 (E4M3) weights.</source>
        <translation>There is no BF8 format: DeepSeek ships FP8 (E4M3) weights.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="155"/>
        <source>R1/V3 are released in FP8 with block scales (DeepSeek&apos;s model card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="156"/>
        <source>Do you mean FP8? Which GPUs run it natively?</source>
        <translation>Do you mean FP8? Which GPUs run it natively?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="158"/>
        <source>FP8 weights on %1</source>
        <translation>FP8 weights on %1</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="159"/>
        <source>%1 has no FP8: the weights are cast to BF16, %2 GB instead of ~%3.</source>
        <translation>%1 has no FP8: the weights are cast to BF16, %2 GB instead of ~%3.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="161"/>
        <source>FP8 needs Hopper, Ada, MI300 or Blackwell (checklist 2).</source>
        <translation>FP8 needs Hopper, Ada, MI300 or Blackwell (checklist 2).</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckmemory.cpp" line="162"/>
        <source>Will you cast to BF16 (twice the memory) or use INT8?</source>
        <translation>Will you cast to BF16 (twice the memory) or use INT8?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="38"/>
        <source>First token in %1 ms for a %2-token prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="39"/>
        <source>The prompt needs %1 PFLOP (2 x %2B active parameters x %3 tokens): at least %4 ms on %5 x %6 at twice its %7 dense TFLOPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="42"/>
        <source>The first token waits for the whole prompt&apos;s prefill: 2 x active parameters FLOP per prompt token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="44"/>
        <source>At that rate %1 ms needs at least %2 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="47"/>
        <source>How long was the prompt, on how many cards, and was it served from a prefix cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="76"/>
        <source>%1 tok/s in all, users not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="77"/>
        <source>At its best concurrency (%1 users) the planner estimates %2 tok/s in all; the physical ceiling is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="79"/>
        <source>A total without its users is checked at the concurrency that serves it best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="80"/>
        <source>How many users at once gave this total, and what speed did each get?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="94"/>
        <source>%1 users at %2 tok/s each with %3 tok/s in all</source>
        <translation>%1 users at %2 tok/s each with %3 tok/s in all</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="95"/>
        <source>%1 x %2 = %3 tok/s, more than the stated %4.</source>
        <translation>%1 x %2 = %3 tok/s, more than the stated %4.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="97"/>
        <source>Aggregate throughput is at least users x per-user speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="98"/>
        <source>Which figure was measured, and with how many users at once?</source>
        <translation>Which figure was measured, and with how many users at once?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="100"/>
        <source>Throughput of %1 tok/s</source>
        <translation>Throughput of %1 tok/s</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="101"/>
        <source>The figure counts prompt (input) tokens; users see output tokens.</source>
        <translation>The figure counts prompt (input) tokens; users see output tokens.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="102"/>
        <source>tok/s means output tokens unless said otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="103"/>
        <source>What is the output-token throughput?</source>
        <translation>What is the output-token throughput?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="151"/>
        <source>At %1 the weights alone are %2 GB; the offered hardware holds %3 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="154"/>
        <source>Which quant was this row measured with, and on which hardware?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="184"/>
        <source>%1 tok/s per user at %2 user(s)</source>
        <translation>%1 tok/s per user at %2 user(s)</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="189"/>
        <source>Even at 100% of memory bandwidth and no overhead the build gives %1 tok/s per user (the planner&apos;s estimate: %2).</source>
        <translation>Even at 100% of memory bandwidth and no overhead the build gives %1 tok/s per user (the planner&apos;s estimate: %2).</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="193"/>
        <location filename="../../model/claimunknown.cpp" line="82"/>
        <source>Decode reads the active weights and KV every token: bytes / bandwidth is a hard floor on time per token.</source>
        <translation>Decode reads the active weights and KV every token: bytes / bandwidth is a hard floor on time per token.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="194"/>
        <location filename="../../model/claimunknown.cpp" line="85"/>
        <source>How was the speed measured (model, quant, prompt, users)?</source>
        <translation>How was the speed measured (model, quant, prompt, users)?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="197"/>
        <source>The planner estimates %1 tok/s; the claim is %2x that.</source>
        <translation>The planner estimates %1 tok/s; the claim is %2x that.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="200"/>
        <source>More than 50% above the calibrated estimate.</source>
        <translation>More than 50% above the calibrated estimate.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="201"/>
        <source>Show a measurement at this concurrency.</source>
        <translation>Show a measurement at this concurrency.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="204"/>
        <source>The planner estimates %1 tok/s.</source>
        <translation>The planner estimates %1 tok/s.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="205"/>
        <source>Within 50% of the calibrated estimate.</source>
        <translation>Within 50% of the calibrated estimate.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="228"/>
        <source>%1 concurrent users at %2 tok/s</source>
        <translation>%1 concurrent users at %2 tok/s</translation>
    </message>
    <message>
        <source>The build serves at most %1 users at %2 tok/s with a %3-token context (KV %4 GB for the claimed users).</source>
        <translation type="vanished">The build serves at most %1 users at %2 tok/s with a %3-token context (KV %4 GB for the claimed users).</translation>
    </message>
    <message>
        <source>A build supports N users only if each gets the speed at the same time and their KV fits (checklist 3).</source>
        <translation type="vanished">A build supports N users only if each gets the speed at the same time and their KV fits (checklist 3).</translation>
    </message>
    <message>
        <source>Measured with how many simultaneous users and what context?</source>
        <translation type="vanished">Measured with how many simultaneous users and what context?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="231"/>
        <source>At %1 users each gets about %2 tok/s (ceiling %3); %4 users get %5 tok/s.</source>
        <translation>At %1 users each gets about %2 tok/s (ceiling %3); %4 users get %5 tok/s.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="233"/>
        <source>Checklist 3: 6 tok/s per user is acceptable, 14 comfortable, for every user at once.</source>
        <translation>Checklist 3: 6 tok/s per user is acceptable, 14 comfortable, for every user at once.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="234"/>
        <source>What speed does each user get at that concurrency?</source>
        <translation>What speed does each user get at that concurrency?</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="236"/>
        <source>%1 users</source>
        <translation>%1 users</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="237"/>
        <source>Each gets about %1 tok/s; up to %2 users at %3 tok/s.</source>
        <translation>Each gets about %1 tok/s; up to %2 users at %3 tok/s.</translation>
    </message>
    <message>
        <location filename="../../model/claimcheckspeed.cpp" line="239"/>
        <source>Checklist 3.</source>
        <translation>Checklist 3.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="130"/>
        <source>%1 CNY</source>
        <translation>%1 CNY</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="152"/>
        <source>%1 CNY for %2 %3</source>
        <translation>%1 CNY for %2 %3</translation>
    </message>
    <message>
        <source>The weights alone need %1 GB of memory; at the cheapest price in the catalog (%2, %3 CNY/GB) that memory costs %4 CNY.</source>
        <translation type="vanished">The weights alone need %1 GB of memory; at the cheapest price in the catalog (%2, %3 CNY/GB) that memory costs %4 CNY.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="155"/>
        <source>A build must at least hold its weights in memory.</source>
        <translation>A build must at least hold its weights in memory.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="156"/>
        <source>What hardware does the price buy, and which model file runs on it?</source>
        <translation>What hardware does the price buy, and which model file runs on it?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="169"/>
        <source>%1 CNY for %2 x %3</source>
        <translation>%1 CNY for %2 x %3</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="170"/>
        <source>Machines with %1 x %2 are quoted at %3 CNY (%4, %5): about %6 CNY for %7 GPUs.</source>
        <translation>Machines with %1 x %2 are quoted at %3 CNY (%4, %5): about %6 CNY for %7 GPUs.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="172"/>
        <source>Checklist 4: prices far below market mean used, refurbished, grey-market or different parts.</source>
        <translation>Checklist 4: prices far below market mean used, refurbished, grey-market or different parts.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="173"/>
        <source>Which exact GPUs (model, memory), new or refurbished, and with which warranty?</source>
        <translation>Which exact GPUs (model, memory), new or refurbished, and with which warranty?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="179"/>
        <source>The offer does not name enough hardware to price it part by part.</source>
        <translation>The offer does not name enough hardware to price it part by part.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="180"/>
        <source>List every part.</source>
        <translation>List every part.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="191"/>
        <source>The GPUs and CPUs alone cost %1 CNY new at the catalog&apos;s latest prices.</source>
        <translation>The GPUs and CPUs alone cost %1 CNY new at the catalog&apos;s latest prices.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="192"/>
        <source>Checklist 4: prices far below new parts mean used, refurbished, grey-market or different parts.</source>
        <translation>Checklist 4: prices far below new parts mean used, refurbished, grey-market or different parts.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="193"/>
        <source>Are the parts new? Which warranty, from whom, for how long?</source>
        <translation>Are the parts new? Which warranty, from whom, for how long?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="198"/>
        <source>No price in the catalog for %1.</source>
        <translation>No price in the catalog for %1.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="200"/>
        <source>Prices are compared with sourced quotes only.</source>
        <translation>Prices are compared with sourced quotes only.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="201"/>
        <source>Itemise the offer so each part can be compared.</source>
        <translation>Itemise the offer so each part can be compared.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="204"/>
        <source>The bill of materials comes to %1 CNY.</source>
        <translation>The bill of materials comes to %1 CNY.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="207"/>
        <source>No condition stated</source>
        <translation>No condition stated</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="208"/>
        <source>Warranty %1 months.</source>
        <translation>Warranty %1 months.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="209"/>
        <source>No warranty stated.</source>
        <translation>No warranty stated.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="210"/>
        <source>Checklist 4: confirm new or refurbished, and the warranty.</source>
        <translation>Checklist 4: confirm new or refurbished, and the warranty.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="211"/>
        <source>New or refurbished? Who gives the warranty, and for how long?</source>
        <translation>New or refurbished? Who gives the warranty, and for how long?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="230"/>
        <source>InfiniBand %1 is %2 Gb/s per port, not %3.</source>
        <translation>InfiniBand %1 is %2 Gb/s per port, not %3.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="231"/>
        <source>EDR 100, HDR 200, NDR 400, XDR 800 Gb/s (InfiniBand Trade Association roadmap).</source>
        <translation>EDR 100, HDR 200, NDR 400, XDR 800 Gb/s (InfiniBand Trade Association roadmap).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="232"/>
        <source>Which adapters and switches exactly?</source>
        <translation>Which adapters and switches exactly?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="242"/>
        <source>Datasheet of %1: %2 GB of memory.</source>
        <translation>Datasheet of %1: %2 GB of memory.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="245"/>
        <source>Datasheet of %1: %2 GB/s of memory bandwidth.</source>
        <translation>Datasheet of %1: %2 GB/s of memory bandwidth.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="248"/>
        <source>Datasheet of %1: %2 W TDP.</source>
        <translation>Datasheet of %1: %2 W TDP.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="256"/>
        <source>Datasheet of %1: %2 dense %3 TFLOPS.</source>
        <translation>Datasheet of %1: %2 dense %3 TFLOPS.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="268"/>
        <location filename="../../model/claimchecks.cpp" line="290"/>
        <source>Vendor datasheet (catalog source).</source>
        <translation>Vendor datasheet (catalog source).</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="271"/>
        <source>%1 is the 2:4 sparsity figure.</source>
        <translation>%1 is the 2:4 sparsity figure.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="272"/>
        <source>Dense throughput is what LLM inference gets.</source>
        <translation>Dense throughput is what LLM inference gets.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="273"/>
        <source>Quote dense figures.</source>
        <translation>Quote dense figures.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="277"/>
        <source>%1 is the BF16/FP16 dense figure.</source>
        <translation>%1 is the BF16/FP16 dense figure.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="278"/>
        <source>%1 is the FP8 dense figure.</source>
        <translation>%1 is the FP8 dense figure.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="279"/>
        <source>%1 is the BF16/FP16 figure with sparsity.</source>
        <translation>%1 is the BF16/FP16 figure with sparsity.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="280"/>
        <source>%1 is the FP8 figure with sparsity.</source>
        <translation>%1 is the FP8 figure with sparsity.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="291"/>
        <source>Which part and which precision does the figure refer to?</source>
        <translation>Which part and which precision does the figure refer to?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="303"/>
        <source>The CPU has no AMX.</source>
        <translation>The CPU has no AMX.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="305"/>
        <source>The memory is DDR4.</source>
        <translation>The memory is DDR4.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="307"/>
        <source>%1 of %2 memory channels are populated.</source>
        <translation>%1 of %2 memory channels are populated.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="309"/>
        <source>The CPU part bounds the speed.</source>
        <translation>The CPU part bounds the speed.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="311"/>
        <source>Hybrid CPU+GPU on %1</source>
        <translation>Hybrid CPU+GPU on %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="312"/>
        <source>Checklist 2: hybrid builds need a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated.</source>
        <translation>Checklist 2: hybrid builds need a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="313"/>
        <source>Which CPU generation, memory type and DIMM layout?</source>
        <translation>Which CPU generation, memory type and DIMM layout?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="318"/>
        <source>Training or fine-tuning on %1</source>
        <translation>Training or fine-tuning on %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="319"/>
        <source>%1 is a graphics card: inference only in practice.</source>
        <translation>%1 is a graphics card: inference only in practice.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="320"/>
        <source>Checklist 2: graphics cards (RTX 6000 Ada, A6000, 4090) are not training cards.</source>
        <translation>Checklist 2: graphics cards (RTX 6000 Ada, A6000, 4090) are not training cards.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="321"/>
        <source>What training was actually run on these cards, with which model size?</source>
        <translation>What training was actually run on these cards, with which model size?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="325"/>
        <source>Full fine-tuning of %1</source>
        <translation>Full fine-tuning of %1</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="326"/>
        <source>Needs ~%1 GB (16 bytes per parameter) against %2 GB of GPU memory.</source>
        <translation>Needs ~%1 GB (16 bytes per parameter) against %2 GB of GPU memory.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="327"/>
        <source>Full fine-tuning keeps weights, gradients and optimizer states: ~16 bytes per parameter. LoRA does not shrink inference memory.</source>
        <translation>Full fine-tuning keeps weights, gradients and optimizer states: ~16 bytes per parameter. LoRA does not shrink inference memory.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="328"/>
        <source>Full fine-tuning or LoRA? Of which model?</source>
        <translation>Full fine-tuning or LoRA? Of which model?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="341"/>
        <source>%1 x %2 = %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="347"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="350"/>
        <location filename="../../model/claimchecks.cpp" line="355"/>
        <source>The %1 priced lines add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="352"/>
        <source>Which lines make up the total?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="384"/>
        <source>Assumed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="439"/>
        <source>%1: %2 -&gt; %3 called an improvement</source>
        <translation>%1: %2 -&gt; %3 called an improvement</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="440"/>
        <source>It changes by %1%: higher is worse.</source>
        <translation>It changes by %1%: higher is worse.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="441"/>
        <source>It changes by %1%: lower is worse.</source>
        <translation>It changes by %1%: lower is worse.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="443"/>
        <source>The offer&apos;s own numbers must agree with its conclusion.</source>
        <translation>The offer&apos;s own numbers must agree with its conclusion.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="343"/>
        <location filename="../../model/claimchecks.cpp" line="444"/>
        <location filename="../../model/claimchecks.cpp" line="449"/>
        <source>Which figure is right?</source>
        <translation>Which figure is right?</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="153"/>
        <source>The weights alone need %1 GB of memory; at the lowest price the catalog has recorded (%2, %3 CNY/GB on %4) that memory costs %5 CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="422"/>
        <source>Needs confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="447"/>
        <source>%1 -&gt; %2 is %3%.</source>
        <translation>%1 -&gt; %2 is %3%.</translation>
    </message>
    <message>
        <location filename="../../model/claimchecks.cpp" line="342"/>
        <location filename="../../model/claimchecks.cpp" line="351"/>
        <location filename="../../model/claimchecks.cpp" line="356"/>
        <location filename="../../model/claimchecks.cpp" line="448"/>
        <source>The offer&apos;s own numbers must agree.</source>
        <translation>The offer&apos;s own numbers must agree.</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="24"/>
        <source>%1 is a distill, far weaker than the 671B R1 (%2)</source>
        <translation>%1 is a distill, far weaker than the 671B R1 (%2)</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="27"/>
        <source>%1 is a quantized R1, not the full model (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: Q4 and 1.58-bit keep ~75-80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="29"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="36"/>
        <source>Hybrid CPU+GPU on %1: needs a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated for speed.</source>
        <translation>Hybrid CPU+GPU on %1: needs a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated for speed.</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="41"/>
        <source>%1 is a graphics card: fine for inference, not for training or fine-tuning.</source>
        <translation>%1 is a graphics card: fine for inference, not for training or fine-tuning.</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="45"/>
        <source>%1 has no FP8: the weights are cast to BF16 (twice the memory).</source>
        <translation>%1 has no FP8: the weights are cast to BF16 (twice the memory).</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="50"/>
        <source>The model does not fit in this build&apos;s memory: it cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="53"/>
        <source>GPUs and run mode suit the model</source>
        <translation>GPUs and run mode suit the model</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="59"/>
        <source>cannot run, so no speed for %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="61"/>
        <source>%1 tok/s per user at %2 users: below the %3 tok/s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="63"/>
        <source>%1 tok/s per user at %2 users: meets the %3 tok/s target, below the acceptable 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s per user at %2 users: below the acceptable 6</source>
        <translation type="vanished">%1 tok/s per user at %2 users: below the acceptable 6</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="65"/>
        <source>%1 tok/s per user at %2 users: acceptable (6), not comfortable (14)</source>
        <translation>%1 tok/s per user at %2 users: acceptable (6), not comfortable (14)</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="67"/>
        <source>%1 tok/s per user at %2 users: comfortable</source>
        <translation>%1 tok/s per user at %2 users: comfortable</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="72"/>
        <source>%1 is priced used;</source>
        <translation>%1 is priced used;</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="73"/>
        <source>%1 is priced refurbished;</source>
        <translation>%1 is priced refurbished;</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="76"/>
        <source>Priced as new parts; confirm the warranty</source>
        <translation>Priced as new parts; confirm the warranty</translation>
    </message>
    <message>
        <location filename="../../model/checklist.cpp" line="78"/>
        <source>ask for the warranty terms</source>
        <translation>ask for the warranty terms</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="304"/>
        <source>Platform with %1 GPU slots, %2 socket(s), %3, &gt;= %4 W PSU</source>
        <translation>Platform with %1 GPU slots, %2 socket(s), %3, &gt;= %4 W PSU</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="316"/>
        <source>%1 x %2 GB %3 per node (all %4 channels populated)</source>
        <translation>%1 x %2 GB %3 per node (all %4 channels populated)</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="319"/>
        <source>NVMe for the weights (%1 GB x %2)</source>
        <translation>NVMe for the weights (%1 GB x %2)</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="288"/>
        <location filename="../../model/cost.cpp" line="322"/>
        <source>400 Gb/s InfiniBand NDR adapter</source>
        <translation>400 Gb/s InfiniBand NDR adapter</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="59"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="61"/>
        <source>incomplete: at least %1 %2, 1 part unpriced</source>
        <translation>incomplete: at least %1 %2, 1 part unpriced</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="62"/>
        <source>incomplete: at least %1 %2, %3 parts unpriced</source>
        <translation>incomplete: at least %1 %2, %3 parts unpriced</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="68"/>
        <source>%1 %2/year</source>
        <translation>%1 %2/year</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="69"/>
        <source>at least %1 %2/year (capex incomplete)</source>
        <translation>at least %1 %2/year (capex incomplete)</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="276"/>
        <source>%1 x %2 server (as quoted: %3)</source>
        <translation>%1 x %2 server (as quoted: %3)</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="284"/>
        <source>%1 priced as a whole system per node (%2): taken to include its CPUs, RAM and storage; check that it holds %3 and %4 GB of RAM</source>
        <translation>%1 priced as a whole system per node (%2): taken to include its CPUs, RAM and storage; check that it holds %3 and %4 GB of RAM</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="345"/>
        <source>power: %1 W at full TDP x utilisation %2 x PUE %3 x %4 h = %5 kWh/year at %6 %7/kWh</source>
        <translation>power: %1 W at full TDP x utilisation %2 x PUE %3 x %4 h = %5 kWh/year at %6 %7/kWh</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="348"/>
        <source>operations (cluster of %1 nodes): %2 FTE per node x %3 %4/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="351"/>
        <source>operations (server): %1 FTE x %2 %3/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="352"/>
        <source>operations (workstation): %1 FTE x %2 %3/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations: %1 FTE x %2 %3/year</source>
        <translation type="vanished">operations: %1 FTE x %2 %3/year</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="353"/>
        <source>depreciation: straight line over %1 years</source>
        <translation>depreciation: straight line over %1 years</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="354"/>
        <source>per million tokens: aggregate decode speed at %1% of the year</source>
        <translation>per million tokens: aggregate decode speed at %1% of the year</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="355"/>
        <source>USD converted at %1 CNY; prices older than %2 days are marked stale</source>
        <translation>USD converted at %1 CNY; prices older than %2 days are marked stale</translation>
    </message>
    <message>
        <location filename="../../model/cost.cpp" line="358"/>
        <source>power: %1 has no published TDP, so its power is not counted (the energy cost is too low)</source>
        <translation>power: %1 has no published TDP, so its power is not counted (the energy cost is too low)</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="120"/>
        <source>The slowest part of a step is reading GPU memory: decode is bound by GPU memory bandwidth.</source>
        <translation>The slowest part of a step is reading GPU memory: decode is bound by GPU memory bandwidth.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="122"/>
        <source>The slowest part of a step is reading RAM: decode is bound by CPU memory bandwidth.</source>
        <translation>The slowest part of a step is reading RAM: decode is bound by CPU memory bandwidth.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="124"/>
        <source>The slowest part of a step is arithmetic: decode is bound by compute.</source>
        <translation>The slowest part of a step is arithmetic: decode is bound by compute.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="126"/>
        <source>The slowest part of a step is communication between GPUs or nodes: decode is bound by the interconnect.</source>
        <translation>The slowest part of a step is communication between GPUs or nodes: decode is bound by the interconnect.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="128"/>
        <source>The slowest part of a step is paging weights from the SSD: decode is bound by SSD reads.</source>
        <translation>The slowest part of a step is paging weights from the SSD: decode is bound by SSD reads.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="130"/>
        <source>The largest part of a step is the runtime&apos;s fixed work (scheduling, kernel launches, MoE routing): faster memory would help little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="135"/>
        <source>No part of a step dominates.</source>
        <translation>No part of a step dominates.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="275"/>
        <source>It cannot run as configured: speeds are 0.</source>
        <translation>It cannot run as configured: speeds are 0.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="327"/>
        <source>%1 sequence(s) per step read %2 of %3 experts per MoE layer: %3 x (1 - (1 - %4/%3)^%1).</source>
        <translation>%1 sequence(s) per step read %2 of %3 experts per MoE layer: %3 x (1 - (1 - %4/%3)^%1).</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="339"/>
        <source>Per step, %1 (each of %6) reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms.</source>
        <translation>Per step, %1 (each of %6) reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="341"/>
        <source>Per step, %1 reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms.</source>
        <translation>Per step, %1 reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="345"/>
        <source>Decode step at %1 sequence(s), each stage taking the longer of its memory reads and its arithmetic: GPU memory %2 ms, CPU memory %3 ms, SSD %4 ms, compute-bound stages %5 ms, interconnect %6 ms, runtime overhead %7 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode step at %1 sequence(s): GPU memory %2 ms, CPU memory %3 ms, SSD %4 ms, compute %5 ms, interconnect %6 ms, runtime overhead %7 ms.</source>
        <translation type="vanished">Decode step at %1 sequence(s): GPU memory %2 ms, CPU memory %3 ms, SSD %4 ms, compute %5 ms, interconnect %6 ms, runtime overhead %7 ms.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="351"/>
        <source>The runtime overhead includes %1 MoE layers x %2 us: each MoE layer&apos;s routing and expert kernels take that long per step whatever they read (fitted on public measurements of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="355"/>
        <source>The runtime overhead includes %1 weight matrices a token passes through x %2 us: each is a small-batch matmul kernel with a latency floor whatever it reads (fitted on public measurements of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="359"/>
        <source>%1 decodes %2 sequences together (its default limit %3, and the KV room); the other %4 users wait their turn.</source>
        <translation>%1 decodes %2 sequences together (its default limit %3, and the KV room); the other %4 users wait their turn.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="361"/>
        <source>Decode: %1 tok/s per user, %2 tok/s aggregate for %3 user(s).</source>
        <translation>Decode: %1 tok/s per user, %2 tok/s aggregate for %3 user(s).</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="365"/>
        <source>Compute is not checked on %1 (no published BF16 TFLOPS figure): decode is taken as memory bound.</source>
        <translation>Compute is not checked on %1 (no published BF16 TFLOPS figure): decode is taken as memory bound.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="367"/>
        <source>Prefill: not estimated: %1 has no published BF16 TFLOPS figure.</source>
        <translation>Prefill: not estimated: %1 has no published BF16 TFLOPS figure.</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="369"/>
        <source>Prefill: %1 tok/s on a %2-token prompt (compute bound: 2 x %3B active params per token at %4 of peak; time to first token ~%5 s).</source>
        <translation>Prefill: %1 tok/s on a %2-token prompt (compute bound: 2 x %3B active params per token at %4 of peak; time to first token ~%5 s).</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="376"/>
        <source>Max users at &gt;= %1 tok/s each with %2-token context: %3 (KV room for any number).</source>
        <translation>Max users at &gt;= %1 tok/s each with %2-token context: %3 (KV room for any number).</translation>
    </message>
    <message>
        <location filename="../../model/estimator.cpp" line="378"/>
        <source>Max users at &gt;= %1 tok/s each with %2-token context: %3 (KV room for %4).</source>
        <translation>Max users at &gt;= %1 tok/s each with %2-token context: %3 (KV room for %4).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="133"/>
        <source>Memory is short by %1 GB: %2% of the CPU-side weights are paged from the SSD (mmap) at %3 GB/s on every token that needs them. It runs, slowly.</source>
        <translation>Memory is short by %1 GB: %2% of the CPU-side weights are paged from the SSD (mmap) at %3 GB/s on every token that needs them. It runs, slowly.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="158"/>
        <source>%1 pipeline stages do not divide the %2 GPUs (or the %3 layers) evenly: each stage needs the same number of GPUs and at least one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="172"/>
        <source>%1 splits the %2 attention heads of %3 evenly over the tensor-parallel GPUs: %4 GPUs do not divide them. Use a GPU count that divides %2 (for example 4 or 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="199"/>
        <location filename="../../model/placement.cpp" line="459"/>
        <source>GPU x%1 (%2)</source>
        <translation>GPU x%1 (%2)</translation>
    </message>
    <message>
        <source>Tensor parallel over %1 GPUs, pipeline over %8 nodes: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</source>
        <translation type="vanished">Tensor parallel over %1 GPUs, pipeline over %8 nodes: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="217"/>
        <source>Tensor parallel over %1 GPUs: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</source>
        <translation>Tensor parallel over %1 GPUs: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="224"/>
        <source>%1 reserves %2% of each GPU up front (%3 of %4 GB) and fills what the weights leave with a KV pool of %5 GB = %6 tokens; nvidia-smi shows the pool, not the minimum.</source>
        <translation>%1 reserves %2% of each GPU up front (%3 of %4 GB) and fills what the weights leave with a KV pool of %5 GB = %6 tokens; nvidia-smi shows the pool, not the minimum.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="231"/>
        <source>Does not fit: the weights and one %1-token sequence need more than the %2 GB usable per GPU. %3 does not offload weights to RAM, so it cannot start.</source>
        <translation>Does not fit: the weights and one %1-token sequence need more than the %2 GB usable per GPU. %3 does not offload weights to RAM, so it cannot start.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="237"/>
        <source>The KV pool holds %1 full-context users, not %2: the others queue.</source>
        <translation>The KV pool holds %1 full-context users, not %2: the others queue.</translation>
    </message>
    <message>
        <source>Two all-reduces per layer over %1: 2 x %2 x %3 us = %4 ms per step.</source>
        <translation type="vanished">Two all-reduces per layer over %1: 2 x %2 x %3 us = %4 ms per step.</translation>
    </message>
    <message>
        <source>Pipeline across %1 nodes adds %2 network hop(s) of %3 ms per step; nodes add memory, not single-user speed.</source>
        <translation type="vanished">Pipeline across %1 nodes adds %2 network hop(s) of %3 ms per step; nodes add memory, not single-user speed.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="215"/>
        <source>Tensor parallel over %1 GPUs on %8 nodes: each GPU holds %2 GB of weights (%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="268"/>
        <source>Two all-reduces per layer over %1 inside a node and the network between nodes: 2 x %2 x (%3 + %5 us) = %4 ms per step, plus the hidden state of every sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="270"/>
        <source>Two all-reduces per layer over %1: 2 x %2 x %3 us = %4 ms per step, plus the hidden state of every sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="286"/>
        <source>Pipeline parallel: %1 stages of %2 layers, each on %3 GPUs in tensor parallel; the stages hand the hidden states on (%4 ms a step), and %1 micro-batches are in flight, so a sequence waits for every stage while the stages work at once on the others&apos; micro-batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="304"/>
        <source>Expert offload runs on one machine; %1 nodes cannot be combined.</source>
        <translation>Expert offload runs on one machine; %1 nodes cannot be combined.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="309"/>
        <source>Expert offload keeps the routed experts in RAM and computes them on the CPU: the build names no CPU.</source>
        <translation>Expert offload keeps the routed experts in RAM and computes them on the CPU: the build names no CPU.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="320"/>
        <source>GPU 1 (%1)</source>
        <translation>GPU 1 (%1)</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="331"/>
        <source>The GPU part does not fit: %1 GB needed on %2 (%3 GB).</source>
        <translation>The GPU part does not fit: %1 GB needed on %2 (%3 GB).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="335"/>
        <source>Expert offload: attention, shared experts, dense layers and KV on the GPU (%1 GB weights + %2 GB KV + %3 GB overhead); the %4 GB of routed experts in RAM, computed by the CPU.</source>
        <translation>Expert offload: attention, shared experts, dense layers and KV on the GPU (%1 GB weights + %2 GB KV + %3 GB overhead); the %4 GB of routed experts in RAM, computed by the CPU.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="340"/>
        <source>Only the first GPU is used: more GPUs add little to expert offload (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="352"/>
        <location filename="../../model/placement.cpp" line="497"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="362"/>
        <source>NUMA mode: the experts are copied to each of %1 sockets (%2 GB) so each socket reads local memory.</source>
        <translation>NUMA mode: the experts are copied to each of %1 sockets (%2 GB) so each socket reads local memory.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="423"/>
        <source>GPU layers set by the build: %1 of %2.</source>
        <translation>GPU layers set by the build: %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="427"/>
        <source>%1 layers do not fit the GPUs (at most %2 do): the runtime would fail to allocate.</source>
        <translation>%1 layers do not fit the GPUs (at most %2 do): the runtime would fail to allocate.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="434"/>
        <source>ollama&apos;s scheduler offloads as many layers as fit: %1 of %2.</source>
        <translation>ollama&apos;s scheduler offloads as many layers as fit: %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="440"/>
        <source>GPU layers: all %1 fit the GPUs, so all are offloaded (llama.cpp -ngl auto or 99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="445"/>
        <source>GPU layers: %1 of %2 = min(what fits, %3; Unsloth&apos;s rule floor(%4 GB / %5 GB x %2) - 4 = %6).</source>
        <translation>GPU layers: %1 of %2 = min(what fits, %3; Unsloth&apos;s rule floor(%4 GB / %5 GB x %2) - 4 = %6).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="476"/>
        <source>Each GPU holds up to %1 layers x %2 GB plus the output head (%5 GB), %3 GB KV and %4 GB runtime overhead + %6 GB logits buffer.</source>
        <translation>Each GPU holds up to %1 layers x %2 GB plus the output head (%5 GB), %3 GB KV and %4 GB runtime overhead + %6 GB logits buffer.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="478"/>
        <source>Each GPU holds up to %1 layers x %2 GB, %3 GB KV and %4 GB runtime overhead.</source>
        <translation>Each GPU holds up to %1 layers x %2 GB, %3 GB KV and %4 GB runtime overhead.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="488"/>
        <source>%1 of %2 layers do not fit the GPUs and the build names no CPU and RAM to run them.</source>
        <translation>%1 of %2 layers do not fit the GPUs and the build names no CPU and RAM to run them.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="525"/>
        <source>Layers split over %1 nodes (RPC): %2 network hop(s) per token.</source>
        <translation>Layers split over %1 nodes (RPC): %2 network hop(s) per token.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="537"/>
        <source>%1 runs tensor parallel over the NUMA nodes of %2 sockets: each rank reads its share of the weights from local memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="592"/>
        <source>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (limit raised by the build).</source>
        <translation>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (limit raised by the build).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="594"/>
        <source>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (macOS default).</source>
        <translation>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (macOS default).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="596"/>
        <source>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (limit raised by the build).</source>
        <translation>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (limit raised by the build).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="598"/>
        <source>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (macOS default).</source>
        <translation>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may wire %4 of %5 GB (macOS default).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="601"/>
        <source>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).</source>
        <translation>Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="603"/>
        <source>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).</source>
        <translation>The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="622"/>
        <source>Pipeline over %1 machines: each reads its own layers in turn, plus %2 network hop(s) of %3 ms per token.</source>
        <translation>Pipeline over %1 machines: each reads its own layers in turn, plus %2 network hop(s) of %3 ms per token.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="634"/>
        <source>Exceeds the GPU-wired limit by %1 GB: raise it (sudo sysctl iogpu.wired_limit_mb) or the remaining %2% of the weights run on the CPU cores, more slowly.</source>
        <translation>Exceeds the GPU-wired limit by %1 GB: raise it (sudo sysctl iogpu.wired_limit_mb) or the remaining %2% of the weights run on the CPU cores, more slowly.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="722"/>
        <source>%1 does not load %2 weights (%3).</source>
        <translation>%1 does not load %2 weights (%3).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="728"/>
        <source>%1 is a dynamic quant of MoE experts; it does not exist for the dense %2.</source>
        <translation>%1 is a dynamic quant of MoE experts; it does not exist for the dense %2.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="734"/>
        <source>%1 does not run on %2 GPUs (%3).</source>
        <translation>%1 does not run on %2 GPUs (%3).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="740"/>
        <source>%1 needs a GPU for attention and the KV cache; it does not run on CPUs alone.</source>
        <translation>%1 needs a GPU for attention and the KV cache; it does not run on CPUs alone.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="746"/>
        <source>The build has neither a GPU nor a CPU.</source>
        <translation>The build has neither a GPU nor a CPU.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="755"/>
        <source>Weights: %1 GB (FP8 cast to BF16 because %2 has no native FP8: %3B params x 2 bytes).</source>
        <translation>Weights: %1 GB (FP8 cast to BF16 because %2 has no native FP8: %3B params x 2 bytes).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="757"/>
        <source>Weights: %1 GB (FP8 cast to BF16 because the CPU has no native FP8: %2B params x 2 bytes).</source>
        <translation>Weights: %1 GB (FP8 cast to BF16 because the CPU has no native FP8: %2B params x 2 bytes).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="760"/>
        <source>Weights: %1 GB (published file size of %2 %3, less its %4 GB of multi-token-prediction layers, which are loaded only for speculative decoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="764"/>
        <source>Weights: %1 GB (published file size of %2 %3).</source>
        <translation>Weights: %1 GB (published file size of %2 %3).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="765"/>
        <source>Weights: %1 GB (%2B params x %3 bits / 8).</source>
        <translation>Weights: %1 GB (%2B params x %3 bits / 8).</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="769"/>
        <source>Of the weights, the routed experts are %1 GB.</source>
        <translation>Of the weights, the routed experts are %1 GB.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="777"/>
        <source>KV cache: %1 KiB per token (2 x %8 KV heads x %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</source>
        <translation>KV cache: %1 KiB per token (2 x %8 KV heads x %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="782"/>
        <source>KV cache: %1 KiB per token (MLA latent (%8 + %9) x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</source>
        <translation>KV cache: %1 KiB per token (MLA latent (%8 + %9) x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="786"/>
        <source>KV cache: %1 KiB per token (MLA expanded to %8 full heads by %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</source>
        <translation>KV cache: %1 KiB per token (MLA expanded to %8 full heads by %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="801"/>
        <source>%1 cannot run this build without GPUs.</source>
        <translation>%1 cannot run this build without GPUs.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="805"/>
        <source>%1 needs GPUs.</source>
        <translation>%1 needs GPUs.</translation>
    </message>
    <message>
        <location filename="../../model/placement.cpp" line="808"/>
        <source>No RAM size given: the RAM check is skipped.</source>
        <translation>No RAM size given: the RAM check is skipped.</translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="19"/>
        <source>does not fit in memory: it only runs degraded (paged from SSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="18"/>
        <source>cannot run: the model does not fit in its memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="20"/>
        <source>does not fit in memory for %1 users: it runs, with the rest queued or offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="23"/>
        <source>%1 tok/s per user for %2 users is below the %3 tok/s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="27"/>
        <source>a buyer check fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="46"/>
        <source>recommended: the cheapest fully priced build that meets the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="48"/>
        <source>meets the workload, but %1 parts have no price, so its cost cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="51"/>
        <source>meets the workload, but costs more than build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/recommend.cpp" line="58"/>
        <source>%1 users at %2 tok/s each, %3-token context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimfigures.cpp" line="94"/>
        <source>several amounts, no total named: the first taken as the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimfigures.cpp" line="128"/>
        <source>some items are not priced (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="123"/>
        <source>a model the catalog does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="127"/>
        <source>read as %1 (same size): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="146"/>
        <source>several models named; checked as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="167"/>
        <source>a table of several configurations; checked as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="180"/>
        <source>&quot;full&quot; read as DeepSeek-R1 671B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="202"/>
        <source>assumed dense (every parameter read per token): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="232"/>
        <source>&quot;%1&quot; read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="243"/>
        <source>read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="283"/>
        <source>memory configuration not stated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="335"/>
        <location filename="../../model/claimparts.cpp" line="343"/>
        <source>one card: named once, with one card&apos;s memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="351"/>
        <source>assumed 1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="365"/>
        <source>the first accelerator named, %1, is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="460"/>
        <source>%1 in all over %2 machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="476"/>
        <source>the cluster&apos;s GPUs as stated: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="478"/>
        <source>assumed 1 server (&quot;%1&quot; names several, no count read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="480"/>
        <source>one machine: the text names no other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="484"/>
        <source>one chip per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="523"/>
        <source>CPU not in the catalog (%1): read as its family&apos;s %2, RAM bandwidth estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="544"/>
        <source>the unified-memory machine&apos;s own processor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimparts.cpp" line="546"/>
        <source>CPU not in the catalog: %1 (RAM bandwidth unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimmemory.cpp" line="41"/>
        <source>%1 with %2 DIMMs of %3-%4 as stated: read as %5&apos;s %6 channels at the stated speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimmemory.cpp" line="119"/>
        <source>%1 with MRDIMMs: read as the catalog&apos;s strongest Xeon that takes them, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimpoints.cpp" line="408"/>
        <source>no concurrency stated: the speed read as one user&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="80"/>
        <source>longer than 1 MiB: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="159"/>
        <source>&quot;full&quot; means the release&apos;s precision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="161"/>
        <source>precision not stated: assumed the release&apos;s native precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="166"/>
        <source>none beside the unified memory: the machine&apos;s memory is the GPU&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="169"/>
        <source>no RAM size read: at least the %1 GB used (%2), its size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="172"/>
        <source>no RAM size read, though the text runs weights on the CPU (%1): RAM unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="177"/>
        <source>no RAM size read: assumed none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="179"/>
        <source>none stated: the GPUs are offered to hold the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimtext.cpp" line="182"/>
        <source>not named: the catalog&apos;s best runtime for the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="47"/>
        <source>%1B parameters at %2 (a model the catalog does not hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="53"/>
        <source>At %1 bits per weight the weights alone are %2 GB; the offered hardware holds %3 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="55"/>
        <location filename="../../model/claimunknown.cpp" line="64"/>
        <location filename="../../model/claimunknown.cpp" line="107"/>
        <source>Every weight must be held somewhere: parameters x bits per weight / 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="62"/>
        <source>At %1 bits per weight the weights are %2 GB of the %3 GB offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="79"/>
        <source>%1 tok/s per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="80"/>
        <source>Reading %1 GB of active weights per token at %2 GB/s gives at most %3 tok/s per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="104"/>
        <source>%1 GB holds a %2B-parameter model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="105"/>
        <source>%1B parameters are %2 GB at 16 bits and %3 GB at %4 (%5 bits per weight, the fewest the catalog holds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="114"/>
        <source>%1B parameters at %2 bits are %3 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimunknown.cpp" line="128"/>
        <source>At which precision, and with what quality loss?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimceiling.cpp" line="101"/>
        <source>It is above the ceiling at every %1-bit quant the catalog holds, not only at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/claimceiling.cpp" line="106"/>
        <source>Read as a total at any concurrency instead of one user&apos;s speed, it is above the ceiling too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="286"/>
        <source>Prefill range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="286"/>
        <source>Decode ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="288"/>
        <source>10th-90th percentile of measured/predicted on %1 public measurements from %2 sources the factors were not fitted on,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="290"/>
        <source>10th-90th percentile of measured/predicted on %1 public measurements the factors were not fitted on,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="292"/>
        <source>of builds on an Apple computer&apos;s unified memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="293"/>
        <source>of builds on unified memory other than Apple&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="294"/>
        <source>of builds that split the layers over several machines or unified-memory GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="295"/>
        <source>of builds on the CPU and RAM alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="296"/>
        <source>of builds that keep the routed experts in RAM and the rest on GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="297"/>
        <source>of builds that split the layers between GPUs and RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="298"/>
        <source>of builds that split every layer over the GPUs of several nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="299"/>
        <source>of builds on one GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="300"/>
        <source>of builds that split every layer over the GPUs of one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="302"/>
        <source>of every kind of build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="308"/>
        <source>All of them served one user at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/accuracy.cpp" line="310"/>
        <source>All of them served several users at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwui</name>
    <message numerus="yes">
        <source>incomplete: at least %1, %n part(s) unpriced</source>
        <translation type="vanished">
            <numerusform>incomplete: at least %1, %n part unpriced</numerusform>
            <numerusform>incomplete: at least %1, %n parts unpriced</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured accuracy on %1 public measurements the factors were not fitted on (%2 sources): median error %3%, %4% within a factor of 2; speed ranges are the 10th-90th percentile of the measured/predicted ratios of the build&apos;s class.</source>
        <translation type="vanished">Measured accuracy on %1 public measurements the factors were not fitted on (%2 sources): median error %3%, %4% within a factor of 2; speed ranges are the 10th-90th percentile of the measured/predicted ratios of the build&apos;s class.</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="84"/>
        <source>incomplete: at least %1, 1 part unpriced</source>
        <translation>incomplete: at least %1, 1 part unpriced</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="85"/>
        <source>incomplete: at least %1, %2 parts unpriced</source>
        <translation>incomplete: at least %1, %2 parts unpriced</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="93"/>
        <source>none: the capex is incomplete</source>
        <translation>none: the capex is incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="95"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="102"/>
        <source>GPU only</source>
        <translation>GPU only</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="104"/>
        <source>hybrid CPU+GPU</source>
        <translation>hybrid CPU+GPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="18"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="20"/>
        <source>%1 × %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="22"/>
        <location filename="../../ui/quotewriter.cpp" line="106"/>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="24"/>
        <source>%1, %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="25"/>
        <source>%1 on %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="26"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="33"/>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="35"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="37"/>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="55"/>
        <source>full model</source>
        <translation type="unfinished">full model</translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="57"/>
        <source>quantised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildnames.cpp" line="59"/>
        <source>distilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="56"/>
        <source>Measured accuracy on %1 public measurements the factors were not fitted on (%2 sources): median error %3%, %4% within a factor of 2; speed ranges are the 10th-90th percentile of the measured/predicted ratios of the narrowest group of similar builds with enough of them, named beside each build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="107"/>
        <source>unified memory</source>
        <translation>unified memory</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="142"/>
        <source>Memory per device, % of its capacity</source>
        <translation>Memory per device, % of its capacity</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="144"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="169"/>
        <source>% of capacity</source>
        <translation>% of capacity</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="180"/>
        <source>Decode speed per user against concurrent users</source>
        <translation>Decode speed per user against concurrent users</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="182"/>
        <source>Per user (tok/s)</source>
        <translation>Per user (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="190"/>
        <source>6 tok/s acceptable</source>
        <translation>6 tok/s acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="193"/>
        <source>14 tok/s comfortable</source>
        <translation>14 tok/s comfortable</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="203"/>
        <source>Concurrent users</source>
        <translation>Concurrent users</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="208"/>
        <source>tok/s per user</source>
        <translation>tok/s per user</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="222"/>
        <source>Where this build sits against the cost versus tok/s frontier</source>
        <translation>Where this build sits against the cost versus tok/s frontier</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="224"/>
        <source>Pareto frontier (priced builds)</source>
        <translation>Pareto frontier (priced builds)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="234"/>
        <source>This build</source>
        <translation>This build</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="247"/>
        <source>This build: not placed, parts without a price</source>
        <translation>This build: not placed, parts without a price</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="259"/>
        <source>Capex (%1, log scale)</source>
        <translation>Capex (%1, log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="265"/>
        <source>Aggregate tok/s at the target users</source>
        <translation>Aggregate tok/s at the target users</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="287"/>
        <source>Hardware quote</source>
        <translation>Hardware quote</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="288"/>
        <source>Quote number</source>
        <translation>Quote number</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="288"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="289"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="290"/>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="304"/>
        <location filename="../../ui/quotewriter.cpp" line="433"/>
        <location filename="../../ui/quotewriter.cpp" line="615"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="310"/>
        <source>Model and precision</source>
        <translation>Model and precision</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="312"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="313"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="313"/>
        <source>no GPU</source>
        <translation>no GPU</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="319"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="319"/>
        <source>%1 users, %2-token context, target %3 tok/s per user</source>
        <translation>%1 users, %2-token context, target %3 tok/s per user</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>no, runs degraded</source>
        <translation>no, runs degraded</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="321"/>
        <source>no, cannot run</source>
        <translation>no, cannot run</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="322"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="326"/>
        <source>(likely %1-%2 tok/s)</source>
        <translation>(likely %1-%2 tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="328"/>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="328"/>
        <source>%1 tok/s per user, %2 tok/s aggregate at %3 users; bound: %4</source>
        <translation>%1 tok/s per user, %2 tok/s aggregate at %3 users; bound: %4</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="334"/>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="334"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="335"/>
        <source>not estimated: the GPU has no published TFLOPS figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="342"/>
        <source>Likely ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="343"/>
        <location filename="../../ui/quotewriter.cpp" line="447"/>
        <source>Most users at the target</source>
        <translation>Most users at the target</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Bill of materials</source>
        <translation>Bill of materials</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Price date</source>
        <translation>Price date</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="347"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="354"/>
        <location filename="../../ui/quotewriter.cpp" line="355"/>
        <source>no price</source>
        <translation>no price</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="357"/>
        <source>(stale: price %1 days old)</source>
        <translation>(stale: price %1 days old)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="358"/>
        <source>(stale)</source>
        <translation>(stale)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="361"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="362"/>
        <source>VAT %1%</source>
        <translation>VAT %1%</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="364"/>
        <location filename="../../ui/quotewriter.cpp" line="448"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="371"/>
        <source>Incomplete:</source>
        <translation>Incomplete:</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="371"/>
        <source>no sourced price for %1; the totals leave them out.</source>
        <translation>no sourced price for %1; the totals leave them out.</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="373"/>
        <source>Total cost of ownership</source>
        <translation>Total cost of ownership</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="374"/>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="375"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="375"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="377"/>
        <source>Operations per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="377"/>
        <source>%1 (%2, %3 FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="381"/>
        <source>Opex per year</source>
        <translation>Opex per year</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="383"/>
        <source>Depreciation per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="384"/>
        <location filename="../../ui/quotewriter.cpp" line="453"/>
        <source>TCO per year</source>
        <translation>TCO per year</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="386"/>
        <source>3-year total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="387"/>
        <source>Capex per user</source>
        <translation>Capex per user</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="388"/>
        <source>Per million output tokens</source>
        <translation>Per million output tokens</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="397"/>
        <source>Buyer checklist</source>
        <translation>Buyer checklist</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>Findings on the vendor&apos;s claims</source>
        <translation>Findings on the vendor&apos;s claims</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <location filename="../../ui/quotewriter.cpp" line="457"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>The offer says</source>
        <translation>The offer says</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>The planner computes</source>
        <translation>The planner computes</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="412"/>
        <source>Ask the vendor</source>
        <translation>Ask the vendor</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="428"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="430"/>
        <source>Every build is evaluated for the same workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="441"/>
        <source>Decode per user (tok/s)</source>
        <translation>Decode per user (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="444"/>
        <source>Decode aggregate (tok/s)</source>
        <translation>Decode aggregate (tok/s)</translation>
    </message>
    <message>
        <source>incomplete: parts without a price</source>
        <translation type="vanished">incomplete: parts without a price</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="462"/>
        <source>Recommended: build %1, the cheapest fully priced build that fits and gives every user the target speed.</source>
        <translation>Recommended: build %1, the cheapest fully priced build that fits and gives every user the target speed.</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="463"/>
        <source>No build is recommended: none is fully priced, fits and gives every user the target speed.</source>
        <translation>No build is recommended: none is fully priced, fits and gives every user the target speed.</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="464"/>
        <source>The builds are alternatives: each has its own total, and the totals are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="467"/>
        <source>How the figures were computed</source>
        <translation>How the figures were computed</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="468"/>
        <source>Memory is counted device by device (weights, KV cache, runtime overhead); decode speed from the bytes each token reads over the memory bandwidth, with efficiency factors fitted on public measurements; prefill from compute; prices are the latest sourced quotes in the catalog, each with its date and source.</source>
        <translation>Memory is counted device by device (weights, KV cache, runtime overhead); decode speed from the bytes each token reads over the memory bandwidth, with efficiency factors fitted on public measurements; prefill from compute; prices are the latest sourced quotes in the catalog, each with its date and source.</translation>
    </message>
    <message>
        <source>Measured accuracy on the public calibration points: median error 3.1% for decode tokens/s (15 points) and 4.4% for memory footprints (4 points); individual builds can differ by more.</source>
        <translation type="vanished">Measured accuracy on the public calibration points: median error 3.1% for decode tokens/s (15 points) and 4.4% for memory footprints (4 points); individual builds can differ by more.</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="472"/>
        <source>This quote is an estimate for planning and negotiation, not a vendor&apos;s offer; confirm prices, availability and warranty with the vendor.</source>
        <translation>This quote is an estimate for planning and negotiation, not a vendor&apos;s offer; confirm prices, availability and warranty with the vendor.</translation>
    </message>
    <message>
        <location filename="../../ui/quotewriter.cpp" line="574"/>
        <source>Hardware quote %1</source>
        <translation>Hardware quote %1</translation>
    </message>
</context>
<context>
    <name>hwui::BomModel</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="230"/>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="232"/>
        <source>machine</source>
        <translation>machine</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="234"/>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="236"/>
        <source>NIC</source>
        <translation>NIC</translation>
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
        <translation>no price</translation>
    </message>
    <message>
        <source>%1 (%2 days)%3</source>
        <translation type="vanished">%1 (%2 days)%3</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation type="vanished">, stale</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="266"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="268"/>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="270"/>
        <source>refurbished</source>
        <translation>refurbished</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="289"/>
        <source>No sourced price in the catalog: the capex leaves this line out. Import a vendor quote (File &gt; Import prices).</source>
        <translation>No sourced price in the catalog: the capex leaves this line out. Import a vendor quote (File &gt; Import prices).</translation>
    </message>
    <message>
        <source>This price is %1 days old (older than 180 days): ask for a current quote.</source>
        <translation type="vanished">This price is %1 days old (older than 180 days): ask for a current quote.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resultmodels.cpp" line="260"/>
        <source>%1, stale: price %n day(s) old</source>
        <translation>
            <numerusform>%1, stale: price %n day old</numerusform>
            <numerusform>%1, stale: price %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resultmodels.cpp" line="261"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resultmodels.cpp" line="291"/>
        <source>Stale: this price is %n day(s) old, older than the %1 days set in Settings. Ask for a current quote.</source>
        <translation>
            <numerusform>Stale: this price is %n day old, older than the %1 days set in Settings. Ask for a current quote.</numerusform>
            <numerusform>Stale: this price is %n days old, older than the %1 days set in Settings. Ask for a current quote.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="306"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="308"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="310"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="312"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="314"/>
        <source>Price date</source>
        <translation>Price date</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="316"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="318"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>hwui::BuildDocument</name>
    <message>
        <location filename="../../ui/builddocument.cpp" line="103"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="121"/>
        <source>Untitled build</source>
        <translation>Untitled build</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="137"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="145"/>
        <source>%1:%2: not a build file: %3</source>
        <translation>%1:%2: not a build file: %3</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="145"/>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="150"/>
        <source>%1: field &apos;format&apos;: &quot;%2&quot; is not %3; a newer hwplanner may have written it</source>
        <translation>%1: field &apos;format&apos;: &quot;%2&quot; is not %3; a newer hwplanner may have written it</translation>
    </message>
    <message>
        <location filename="../../ui/builddocument.cpp" line="165"/>
        <location filename="../../ui/builddocument.cpp" line="170"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>hwui::BuildEditor</name>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="43"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="246"/>
        <source>full model</source>
        <translation>full model</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="246"/>
        <source>distill</source>
        <translation>distill</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="246"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="247"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="248"/>
        <source>%1
Source: %2 (%3)</source>
        <translation>%1
Source: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="251"/>
        <source>%1 (%2 bits/weight)</source>
        <translation>%1 (%2 bits/weight)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="51"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="52"/>
        <source>&amp;Quantization:</source>
        <translation>&amp;Quantization:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="53"/>
        <source>&amp;Runtime:</source>
        <translation>&amp;Runtime:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="57"/>
        <source>Hardware (per node)</source>
        <translation>Hardware (per node)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="258"/>
        <source>None (CPU only)</source>
        <translation>None (CPU only)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="260"/>
        <source>%1 — %2 GB, %3 GB/s</source>
        <translation>%1 — %2 GB, %3 GB/s</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="261"/>
        <source>Source: %1 (%2)
%3</source>
        <translation>Source: %1 (%2)
%3</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="263"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="265"/>
        <source>%1 — %2 cores, %3 × %4-%5</source>
        <translation>%1 — %2 cores, %3 × %4-%5</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="268"/>
        <source>Source: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="65"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="65"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="66"/>
        <source> MT/s</source>
        <translation> MT/s</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="66"/>
        <source>CPU maximum</source>
        <translation>CPU maximum</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="68"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="69"/>
        <source>&amp;GPU:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="70"/>
        <source>GPU &amp;count:</source>
        <translation>GPU &amp;count:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="71"/>
        <source>N&amp;odes:</source>
        <translation>N&amp;odes:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="72"/>
        <source>P&amp;ipeline stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="73"/>
        <source>C&amp;PU:</source>
        <translation>C&amp;PU:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="74"/>
        <source>&amp;Sockets:</source>
        <translation>&amp;Sockets:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="75"/>
        <source>R&amp;AM:</source>
        <translation>R&amp;AM:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="76"/>
        <source>RAM &amp;speed:</source>
        <translation>RAM &amp;speed:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="77"/>
        <source>Populated c&amp;hannels:</source>
        <translation>Populated c&amp;hannels:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="80"/>
        <source>Run mode</source>
        <translation>Run mode</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="82"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="87"/>
        <source>The runtime&apos;s behaviour</source>
        <translation>The runtime&apos;s behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="88"/>
        <source>Compressed latent (MLA)</source>
        <translation>Compressed latent (MLA)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="89"/>
        <source>Expanded to full heads</source>
        <translation>Expanded to full heads</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="90"/>
        <source>GPU &amp;layers (-ngl):</source>
        <translation>GPU &amp;layers (-ngl):</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="91"/>
        <source>&amp;KV cache type:</source>
        <translation>&amp;KV cache type:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="92"/>
        <source>MLA KV cache:</source>
        <translation>MLA KV cache:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="95"/>
        <source>Workload</source>
        <translation>Workload</translation>
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
        <translation>6 tok/s (acceptable)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="104"/>
        <source>14 tok/s (comfortable)</source>
        <translation>14 tok/s (comfortable)</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="105"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="108"/>
        <source> tok/s</source>
        <translation> tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="110"/>
        <source>Concurrent &amp;users:</source>
        <translation>Concurrent &amp;users:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="111"/>
        <source>Con&amp;text per user:</source>
        <translation>Con&amp;text per user:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="112"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="113"/>
        <source>O&amp;utput (thinking included):</source>
        <translation>O&amp;utput (thinking included):</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="114"/>
        <source>&amp;Target speed per user:</source>
        <translation>&amp;Target speed per user:</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="139"/>
        <source>Which model: the full 671B R1/V3, or a distill (a much smaller model trained on R1&apos;s answers).</source>
        <translation>Which model: the full 671B R1/V3, or a distill (a much smaller model trained on R1&apos;s answers).</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="140"/>
        <source>Weight format. Lower bits need less memory and lose some quality; FP8 needs a GPU with native FP8.</source>
        <translation>Weight format. Lower bits need less memory and lose some quality; FP8 needs a GPU with native FP8.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="141"/>
        <source>The inference software. It decides how memory is split, how many users decode together and the efficiency.</source>
        <translation>The inference software. It decides how memory is split, how many users decode together and the efficiency.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="142"/>
        <source>GPU type, or a unified-memory machine (Mac) counted as one device.</source>
        <translation>GPU type, or a unified-memory machine (Mac) counted as one device.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="143"/>
        <source>GPUs in each node (machine).</source>
        <translation>GPUs in each node (machine).</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="144"/>
        <source>Identical machines working together.</source>
        <translation>Identical machines working together.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="145"/>
        <source>Serving engines only (vLLM --pipeline-parallel-size, SGLang --pp-size): the layers are split into this many stages, each on its share of the GPUs in tensor parallel. 1 = every layer split over all GPUs. It must divide the GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="147"/>
        <source>CPU type; it matters when weights run on the CPU (hybrid or CPU-only).</source>
        <translation>CPU type; it matters when weights run on the CPU (hybrid or CPU-only).</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="148"/>
        <source>CPUs per node.</source>
        <translation>CPUs per node.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="149"/>
        <source>System memory per node, in GB (10^9 bytes).</source>
        <translation>System memory per node, in GB (10^9 bytes).</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="150"/>
        <source>Memory speed; the CPU&apos;s maximum when not set.</source>
        <translation>Memory speed; the CPU&apos;s maximum when not set.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="151"/>
        <source>Memory channels with a DIMM, per node. Half the channels is half the bandwidth.</source>
        <translation>Memory channels with a DIMM, per node. Half the channels is half the bandwidth.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="152"/>
        <source>llama.cpp -ngl: how many layers go to the GPUs. Automatic: what fits, following Unsloth&apos;s rule.</source>
        <translation>llama.cpp -ngl: how many layers go to the GPUs. Automatic: what fits, following Unsloth&apos;s rule.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="153"/>
        <source>Precision of the KV cache: q8_0 and q4_0 halve and quarter its memory.</source>
        <translation>Precision of the KV cache: q8_0 and q4_0 halve and quarter its memory.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="154"/>
        <source>DeepSeek&apos;s MLA cache is 70 times smaller when the runtime keeps it compressed.</source>
        <translation>DeepSeek&apos;s MLA cache is 70 times smaller when the runtime keeps it compressed.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="155"/>
        <source>Users generating at the same time.</source>
        <translation>Users generating at the same time.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="156"/>
        <source>Tokens each user&apos;s KV cache must hold: prompt plus answer, including R1&apos;s thinking (often thousands of tokens).</source>
        <translation>Tokens each user&apos;s KV cache must hold: prompt plus answer, including R1&apos;s thinking (often thousands of tokens).</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="157"/>
        <source>Typical prompt length.</source>
        <translation>Typical prompt length.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="158"/>
        <source>Typical answer length, thinking included.</source>
        <translation>Typical answer length, thinking included.</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="159"/>
        <source>“本地部署DeepSeek R1到底需要什么配置?”: 6 tok/s per user is acceptable, 14 is comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="189"/>
        <source>Remove the GPUs</source>
        <translation>Remove the GPUs</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="191"/>
        <source>Change GPU</source>
        <translation>Change GPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="198"/>
        <source>Remove the CPU</source>
        <translation>Remove the CPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="202"/>
        <source>Change CPU</source>
        <translation>Change CPU</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="209"/>
        <source>Change MLA cache</source>
        <translation>Change MLA cache</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="217"/>
        <location filename="../../ui/buildeditor.cpp" line="221"/>
        <source>Change target speed</source>
        <translation>Change target speed</translation>
    </message>
    <message>
        <location filename="../../ui/buildeditor.cpp" line="296"/>
        <location filename="../../ui/buildeditor.cpp" line="305"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>hwui::CatalogColumns</name>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="24"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="26"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="27"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="28"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="29"/>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="30"/>
        <source>Memory bandwidth (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="31"/>
        <source>BF16 compute (TFLOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="32"/>
        <source>FP8 compute (TFLOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="33"/>
        <source>Power (W, TDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="34"/>
        <source>Interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="35"/>
        <source>Link bandwidth (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="36"/>
        <source>Unified memory</source>
        <translation type="unfinished">Unified memory</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="37"/>
        <source>Share the GPU may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="38"/>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="39"/>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="41"/>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="42"/>
        <source>Base clock (GHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="43"/>
        <source>Memory channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="44"/>
        <source>Memory type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="45"/>
        <source>Memory speed (MT/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="46"/>
        <source>AMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="47"/>
        <source>AVX-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="48"/>
        <source>Sockets per board (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="49"/>
        <source>MRDIMM speed (MT/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="50"/>
        <source>Runs on CPUs alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="51"/>
        <source>GPUs per server board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="52"/>
        <source>Parameters (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="53"/>
        <source>Active per token (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="54"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="55"/>
        <source>Dense layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="56"/>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="57"/>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="58"/>
        <source>KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="59"/>
        <source>Head size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="60"/>
        <source>Attention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="61"/>
        <source>MLA latent size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="62"/>
        <source>MLA RoPE size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="63"/>
        <source>MLA query/key size without RoPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="64"/>
        <source>Value head size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="65"/>
        <source>Routed experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="66"/>
        <source>Experts used per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="67"/>
        <source>Shared experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="68"/>
        <source>Expert FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="69"/>
        <source>Vocabulary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="70"/>
        <source>Tied embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="71"/>
        <source>Longest context (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="72"/>
        <source>Released precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="73"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="74"/>
        <source>Dense FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="75"/>
        <source>Sliding window (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="76"/>
        <source>Sliding-window layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="77"/>
        <source>MTP layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="78"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="79"/>
        <source>Bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="80"/>
        <source>Bits per weight outside the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="81"/>
        <source>Needs hardware FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="82"/>
        <source>Bytes per value in compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="83"/>
        <source>GPU slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="84"/>
        <source>CPU sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="85"/>
        <source>DIMMs per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="86"/>
        <source>Power supply (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="87"/>
        <source>CPU included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="88"/>
        <source>Part type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="89"/>
        <source>Part</source>
        <translation type="unfinished">Part</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="90"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="91"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="92"/>
        <source>Condition</source>
        <translation type="unfinished">Condition</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="93"/>
        <source>Price date</source>
        <translation type="unfinished">Price date</translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="94"/>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="95"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogcolumns.cpp" line="114"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwui::CatalogDialog</name>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="78"/>
        <source>Edit %1 %2 %3</source>
        <translation>Edit %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="120"/>
        <source>Add a row to %1</source>
        <translation>Add a row to %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="149"/>
        <source>Add a price for %1</source>
        <translation>Add a price for %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="176"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="180"/>
        <source>The catalog could not be opened:
%1</source>
        <translation>The catalog could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="185"/>
        <source>Filter the rows (any column)</source>
        <translation>Filter the rows (any column)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="187"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="188"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="189"/>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="190"/>
        <source>&amp;Import prices…</source>
        <translation>&amp;Import prices…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="191"/>
        <source>&amp;Export prices…</source>
        <translation>&amp;Export prices…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="192"/>
        <source>Import &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="193"/>
        <source>Add a model from a Hugging Face config.json or a GGUF file (only its header is read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="209"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="209"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="209"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="210"/>
        <source>Quantizations</source>
        <translation>Quantizations</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="210"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="211"/>
        <source>Prices (history)</source>
        <translation>Prices (history)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="271"/>
        <source>Edits are checked by the catalog&apos;s rules and saved at once; an edited specification is marked as a user edit with today&apos;s date.</source>
        <translation>Edits are checked by the catalog&apos;s rules and saved at once; an edited specification is marked as a user edit with today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="304"/>
        <source>%1, row &apos;%2&apos;, %3: %4</source>
        <translation>%1, row &apos;%2&apos;, %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="311"/>
        <source>%1: no row &apos;%2&apos;</source>
        <translation>%1: no row &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="352"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="372"/>
        <source>user entry</source>
        <translation>user entry</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="374"/>
        <source>New GPU</source>
        <translation>New GPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="377"/>
        <source>New CPU</source>
        <translation>New CPU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="380"/>
        <source>New model</source>
        <translation>New model</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="384"/>
        <source>New quantization</source>
        <translation>New quantization</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="386"/>
        <source>New platform</source>
        <translation>New platform</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="394"/>
        <source>Add price</source>
        <translation>Add price</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="398"/>
        <source>GPU (per card)</source>
        <translation>GPU (per card)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="398"/>
        <source>CPU (each)</source>
        <translation>CPU (each)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="398"/>
        <source>Memory (per GB)</source>
        <translation>Memory (per GB)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="399"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="399"/>
        <source>NVMe (per TB)</source>
        <translation>NVMe (per TB)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="399"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="400"/>
        <source>Whole system (per machine)</source>
        <translation>Whole system (per machine)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="406"/>
        <source>A catalog id. Memory: ddr4, ddr5 or with a speed, ddr5-4800. Whole systems: &lt;gpu id&gt;:&lt;GPU count&gt;, e.g. a100-80g:8.</source>
        <translation>A catalog id. Memory: ddr4, ddr5 or with a speed, ddr5-4800. Whole systems: &lt;gpu id&gt;:&lt;GPU count&gt;, e.g. a100-80g:8.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="416"/>
        <source>CNY</source>
        <translation>CNY</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="416"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="418"/>
        <source>CNY, USD (at the settings&apos; rate) or a currency the catalog has exchange rates for (converted at the rate nearest the price&apos;s date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="420"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="421"/>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="422"/>
        <source>refurbished</source>
        <translation>refurbished</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="428"/>
        <source>Required: URL, quote number or document</source>
        <translation>Required: URL, quote number or document</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="430"/>
        <source>For a whole system: what it includes (CPUs, RAM, storage)</source>
        <translation>For a whole system: what it includes (CPUs, RAM, storage)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="431"/>
        <source>Add &amp;price</source>
        <translation>Add &amp;price</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="439"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="440"/>
        <source>Pa&amp;rt:</source>
        <translation>Pa&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="441"/>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="442"/>
        <source>Pri&amp;ce:</source>
        <translation>Pri&amp;ce:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="443"/>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="444"/>
        <source>Co&amp;ndition:</source>
        <translation>Co&amp;ndition:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="445"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="446"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="447"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="527"/>
        <source>Part: no %1 &quot;%2&quot; in the catalog</source>
        <translation>Part: no %1 &quot;%2&quot; in the catalog</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="529"/>
        <source>Price: must be more than 0</source>
        <translation>Price: must be more than 0</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="532"/>
        <source>Currency: CNY, USD or one the catalog has an exchange rate for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: CNY or USD</source>
        <translation type="vanished">Currency: CNY or USD</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="534"/>
        <source>Condition: new, used or refurbished</source>
        <translation>Condition: new, used or refurbished</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="537"/>
        <source>Date: not a date YYYY-MM-DD</source>
        <translation>Date: not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="539"/>
        <source>Date: %1 is in the future; a price is dated when it was quoted</source>
        <translation>Date: %1 is in the future; a price is dated when it was quoted</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="541"/>
        <source>Source: required (URL, quote number or document), so the price can be checked</source>
        <translation>Source: required (URL, quote number or document), so the price can be checked</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="558"/>
        <source>Price added: %1 %2 %3 (%4). Undo takes it back.</source>
        <translation>Price added: %1 %2 %3 (%4). Undo takes it back.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="569"/>
        <source>prices: %1</source>
        <translation>prices: %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="573"/>
        <source>This price is already in the history (same part, vendor, condition, date and price).</source>
        <translation>This price is already in the history (same part, vendor, condition, date and price).</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="585"/>
        <location filename="../../ui/catalogdialog.cpp" line="591"/>
        <source>Import prices</source>
        <translation>Import prices</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="585"/>
        <source>Price lists (*.csv *.tsv *.txt)</source>
        <translation>Price lists (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="592"/>
        <source>%1 rows read: %2 new prices, %3 already stored. Import them?</source>
        <translation>%1 rows read: %2 new prices, %3 already stored. Import them?</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="600"/>
        <source>Imported %1 prices from %2</source>
        <translation>Imported %1 prices from %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="621"/>
        <source>Export prices</source>
        <translation>Export prices</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="621"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="630"/>
        <source>Exported %1 prices to %2</source>
        <translation>Exported %1 prices to %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="635"/>
        <location filename="../../ui/catalogdialog.cpp" line="642"/>
        <location filename="../../ui/catalogdialog.cpp" line="651"/>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogdialog.cpp" line="635"/>
        <source>Model descriptions (config.json *.json *.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwui::ChecklistModel</name>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="31"/>
        <source>1. Which model exactly</source>
        <translation>1. Which model exactly</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="33"/>
        <source>2. Hardware and run mode</source>
        <translation>2. Hardware and run mode</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="35"/>
        <source>3. Speed at the real concurrency</source>
        <translation>3. Speed at the real concurrency</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="37"/>
        <source>4. New parts and warranty</source>
        <translation>4. New parts and warranty</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="44"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="46"/>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="48"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="147"/>
        <source>Buyer checklist</source>
        <translation type="unfinished">Buyer checklist</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="149"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="151"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>hwui::ClaimForm</name>
    <message>
        <location filename="../../ui/claimform.cpp" line="71"/>
        <source>&amp;Model:</source>
        <translation type="unfinished">&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="73"/>
        <source>&amp;Quantization:</source>
        <translation type="unfinished">&amp;Quantization:</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="75"/>
        <source>R&amp;untime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="78"/>
        <source>Mac&amp;hines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="82"/>
        <location filename="../../ui/claimform.cpp" line="225"/>
        <location filename="../../ui/claimform.cpp" line="245"/>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="83"/>
        <source>Cards per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="84"/>
        <source>&amp;Cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="84"/>
        <location filename="../../ui/claimform.cpp" line="89"/>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="88"/>
        <source>Sockets per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="89"/>
        <source>C&amp;PU:</source>
        <translation type="unfinished">C&amp;PU:</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="90"/>
        <location filename="../../ui/claimform.cpp" line="93"/>
        <source> GB</source>
        <translation type="unfinished"> GB</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="91"/>
        <source>&amp;RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="94"/>
        <source>The model file&apos;s size as the offer states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="95"/>
        <source>Model &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="96"/>
        <source> tokens</source>
        <translation type="unfinished"> tokens</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="97"/>
        <source>The prompt the first-token latency was measured with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="98"/>
        <source>Promp&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="104"/>
        <source>Performance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="105"/>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="106"/>
        <source>tok/s per user</source>
        <translation type="unfinished">tok/s per user</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="107"/>
        <source>tok/s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="112"/>
        <source>&amp;Add a performance point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="117"/>
        <source>CNY</source>
        <translation type="unfinished">CNY</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="118"/>
        <source>USD</source>
        <translation type="unfinished">USD</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="119"/>
        <source>Pri&amp;ce:</source>
        <translation type="unfinished">Pri&amp;ce:</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="122"/>
        <source>new</source>
        <translation type="unfinished">new</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="123"/>
        <source>used</source>
        <translation type="unfinished">used</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="124"/>
        <source>refurbished</source>
        <translation type="unfinished">refurbished</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="125"/>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="129"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="130"/>
        <source>&amp;Warranty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="245"/>
        <location filename="../../ui/claimform.cpp" line="246"/>
        <source>not in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="269"/>
        <location filename="../../ui/claimform.cpp" line="352"/>
        <location filename="../../ui/claimform.cpp" line="395"/>
        <location filename="../../ui/claimform.cpp" line="396"/>
        <source>corrected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="276"/>
        <source>assumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="279"/>
        <source>not stated, taken as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="281"/>
        <location filename="../../ui/claimform.cpp" line="352"/>
        <source>read from: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="282"/>
        <source>not in the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="335"/>
        <source>Point %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="346"/>
        <source>Users</source>
        <translation type="unfinished">Users</translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="349"/>
        <source>Tokens per second per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="350"/>
        <source>Total tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/claimform.cpp" line="354"/>
        <source>%1 (assumed 1 user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwui::CompareModel</name>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="106"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="114"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="114"/>
        <source>no, runs degraded</source>
        <translation>no, runs degraded</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="114"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="118"/>
        <source>%1 of %2 GB</source>
        <translation>%1 of %2 GB</translation>
    </message>
    <message>
        <source>incomplete (no price)</source>
        <translation type="vanished">incomplete (no price)</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="127"/>
        <location filename="../../ui/comparemodel.cpp" line="130"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="127"/>
        <location filename="../../ui/comparemodel.cpp" line="130"/>
        <source>none (capex incomplete)</source>
        <translation>none (capex incomplete)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="171"/>
        <source>Verdict</source>
        <translation type="unfinished">Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="173"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="175"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="177"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="179"/>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="181"/>
        <source>Decode per user (tok/s)</source>
        <translation>Decode per user (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="183"/>
        <source>Decode aggregate (tok/s)</source>
        <translation>Decode aggregate (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="185"/>
        <source>Prefill (tok/s)</source>
        <translation>Prefill (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="187"/>
        <source>Most users at the target</source>
        <translation>Most users at the target</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="189"/>
        <source>Bound</source>
        <translation>Bound</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="191"/>
        <source>GPU memory per device</source>
        <translation>GPU memory per device</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="193"/>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="195"/>
        <source>TCO per year</source>
        <translation>TCO per year</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="197"/>
        <source>Capex per user</source>
        <translation>Capex per user</translation>
    </message>
    <message>
        <location filename="../../ui/comparemodel.cpp" line="199"/>
        <source>Per million output tokens</source>
        <translation>Per million output tokens</translation>
    </message>
</context>
<context>
    <name>hwui::ConcurrencyModel</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="208"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="210"/>
        <source>Per user (tok/s)</source>
        <translation>Per user (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="212"/>
        <source>Aggregate (tok/s)</source>
        <translation>Aggregate (tok/s)</translation>
    </message>
</context>
<context>
    <name>hwui::FindingsModel</name>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="50"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="52"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="54"/>
        <source>unverifiable</source>
        <translation>unverifiable</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="56"/>
        <source>optimistic</source>
        <translation>optimistic</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="58"/>
        <source>impossible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="199"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="201"/>
        <source>The offer says</source>
        <translation>The offer says</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="203"/>
        <source>The planner computes</source>
        <translation>The planner computes</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="205"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/claimmodels.cpp" line="207"/>
        <source>Ask the vendor</source>
        <translation>Ask the vendor</translation>
    </message>
</context>
<context>
    <name>hwui::HelpDialog</name>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="14"/>
        <source>How to use the planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="15"/>
        <source>Choose a model, a quantization and a runtime on the left, then the GPUs, CPU and RAM of one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="16"/>
        <source>Enter the workload: how many people use it at once, how long their conversations are, and the speed each needs (6 tok/s is acceptable, 14 comfortable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="18"/>
        <source>Read the verdict at the top: whether the model fits on every device and whether each user gets the target speed. The checklist beside it lists what to confirm with the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="20"/>
        <source>Memory shows each device&apos;s share; Speed vs users shows how speed falls as users are added; Cost gives the bill of materials, the running cost and the 3-year total; How it was computed gives every figure&apos;s arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="22"/>
        <source>Pin builds (Ctrl+P) to compare them for the same workload; File &gt; Export quote writes a numbered PDF quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="23"/>
        <source>Check an offer: paste a vendor&apos;s text or open its file; the planner checks every claim against its own numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="25"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="27"/>
        <source>tok/s (tokens per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="27"/>
        <source>How fast the answer is written. A token is about one Chinese character or three quarters of an English word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="28"/>
        <source>Per user / aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="28"/>
        <source>Per user: the speed each person sees. Aggregate: all users together, what the machine produces in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="29"/>
        <source>Decode / prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="29"/>
        <source>Prefill reads the question (fast, limited by compute); decode writes the answer one token at a time (limited by memory bandwidth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="30"/>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="30"/>
        <source>Storing the weights with fewer bits (for example 4 instead of 8): smaller and faster, with some loss of quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="31"/>
        <source>KV cache</source>
        <translation type="unfinished">KV cache</translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="31"/>
        <source>The memory each conversation keeps while it runs; it grows with the context length and the number of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="32"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="32"/>
        <source>How many tokens of conversation (question, thinking and answer) the model keeps in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="33"/>
        <source>Fits / runs degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="33"/>
        <source>Fits: everything is in GPU memory or RAM. Runs degraded: part of the model is read from the SSD, at a fraction of the speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="34"/>
        <source>Distill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="34"/>
        <source>A small model trained to imitate R1: much cheaper to run, much weaker than the 671B model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="35"/>
        <source>Capex / TCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="35"/>
        <source>Capex: the purchase price. TCO (total cost of ownership): purchase spread over the depreciation years plus electricity and operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="36"/>
        <source>Target speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="36"/>
        <source>The speed per user the build must reach; a build below it is not recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helpdialog.cpp" line="47"/>
        <source>hwplanner guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hwui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="58"/>
        <source>Cost &amp;vs tok/s</source>
        <translation>Cost &amp;vs tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="66"/>
        <source>&amp;Pin this build</source>
        <translation>&amp;Pin this build</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="67"/>
        <source>C&amp;lear pins</source>
        <translation>C&amp;lear pins</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="74"/>
        <source>Com&amp;pare</source>
        <translation>Com&amp;pare</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>Check an &amp;offer</source>
        <translation>Check an &amp;offer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="85"/>
        <source>Open the offer as a build</source>
        <translation>Open the offer as a build</translation>
    </message>
    <message>
        <source>Load %1 from the chart</source>
        <translation type="vanished">Load %1 from the chart</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="89"/>
        <source>Load %1 from the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="112"/>
        <source>&amp;New build</source>
        <translation>&amp;New build</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="117"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="121"/>
        <source>&amp;Import prices (CSV)…</source>
        <translation>&amp;Import prices (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="123"/>
        <source>Export &amp;quote (PDF)…</source>
        <translation>Export &amp;quote (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="124"/>
        <source>Export &amp;results (JSON, CSV)…</source>
        <translation>Export &amp;results (JSON, CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Export &amp;bill of materials (CSV)…</source>
        <translation>Export &amp;bill of materials (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Pin build for comparison</source>
        <translation>&amp;Pin build for comparison</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="138"/>
        <source>&amp;Catalog…</source>
        <translation>&amp;Catalog…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Quotes…</source>
        <translation>&amp;Quotes…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="157"/>
        <location filename="../../ui/mainwindow.cpp" line="180"/>
        <source>Catalog: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Guide and glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="169"/>
        <source>&amp;About hwplanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="170"/>
        <source>About hwplanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="171"/>
        <source>&lt;b&gt;hwplanner %1&lt;/b&gt;&lt;br&gt;Plans hardware for running large language models on your own machines: whether a model fits, how fast it answers, what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <location filename="../../ui/mainwindow.cpp" line="200"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <source>The catalog was damaged (%1).

It was moved to %2 and a fresh catalog was created.

%3</source>
        <translation>The catalog was damaged (%1).

It was moved to %2 and a fresh catalog was created.

%3</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196"/>
        <source>No prices or quotes of your own could be read from it.</source>
        <translation>No prices or quotes of your own could be read from it.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197"/>
        <source>Your prices and quotes were saved first to: %1. Import the prices with File &gt; Import prices.</source>
        <translation>Your prices and quotes were saved first to: %1. Import the prices with File &gt; Import prices.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="200"/>
        <source>The catalog could not be opened:
%1</source>
        <translation>The catalog could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="213"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="230"/>
        <source>Build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="241"/>
        <source>%1 is already pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257"/>
        <source>Pinned %1 for comparison (%2 pinned)</source>
        <translation>Pinned %1 for comparison (%2 pinned)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>%1[*] — hwplanner</source>
        <translation>%1[*] — hwplanner</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>Save the changes to %1 first?</source>
        <translation>Save the changes to %1 first?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="289"/>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>Open build</source>
        <translation>Open build</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>Build files (*.hwplan *.json)</source>
        <translation>Build files (*.hwplan *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="309"/>
        <location filename="../../ui/mainwindow.cpp" line="324"/>
        <source>Save build</source>
        <translation>Save build</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="313"/>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <location filename="../../ui/mainwindow.cpp" line="451"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="324"/>
        <source>Build files (*.hwplan)</source>
        <translation>Build files (*.hwplan)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="338"/>
        <source>Import prices</source>
        <translation>Import prices</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354"/>
        <source>Current: %1</source>
        <translation>Current: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="361"/>
        <source>Pinned: %1</source>
        <translation>Pinned: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder does not exist or is not writable</source>
        <translation type="vanished">%1: cannot write: the folder does not exist or is not writable</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="391"/>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <location filename="../../ui/mainwindow.cpp" line="412"/>
        <source>Export quote</source>
        <translation>Export quote</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="391"/>
        <source>There is no valid build to quote: correct the build or pin one first.</source>
        <translation>There is no valid build to quote: correct the build or pin one first.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <source>quote-%1.pdf</source>
        <translation>quote-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="404"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="415"/>
        <source>Quote %1 saved to %2; Tools &gt; Quotes lists it.</source>
        <translation>Quote %1 saved to %2; Tools &gt; Quotes lists it.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <location filename="../../ui/mainwindow.cpp" line="425"/>
        <location filename="../../ui/mainwindow.cpp" line="433"/>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <source>The build is not valid; correct it first.</source>
        <translation>The build is not valid; correct it first.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="425"/>
        <source>JSON (*.json);;CSV for Excel and WPS (*.csv)</source>
        <translation>JSON (*.json);;CSV for Excel and WPS (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <location filename="../../ui/mainwindow.cpp" line="444"/>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>Export bill of materials</source>
        <translation>Export bill of materials</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="444"/>
        <source>CSV for Excel and WPS (*.csv)</source>
        <translation>CSV for Excel and WPS (*.csv)</translation>
    </message>
</context>
<context>
    <name>hwui::MemoryModel</name>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="96"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="98"/>
        <source>The build names no size for this memory, so whether it fits is not checked.</source>
        <translation>The build names no size for this memory, so whether it fits is not checked.</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="136"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="138"/>
        <source>Weights (GB)</source>
        <translation>Weights (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="140"/>
        <source>KV cache (GB)</source>
        <translation>KV cache (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="142"/>
        <source>Overhead (GB)</source>
        <translation>Overhead (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="144"/>
        <source>Free (GB)</source>
        <translation>Free (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="146"/>
        <source>Capacity (GB)</source>
        <translation>Capacity (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="148"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="150"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="152"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="154"/>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="156"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
</context>
<context>
    <name>hwui::OfferPage</name>
    <message>
        <location filename="../../ui/offerpage.cpp" line="33"/>
        <source>1. Paste the vendor&apos;s offer (Chinese or English):</source>
        <translation>1. Paste the vendor&apos;s offer (Chinese or English):</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="37"/>
        <source>e.g. 满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，19.8万元</source>
        <translation>e.g. 满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，19.8万元</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="40"/>
        <source>&amp;Read the text</source>
        <translation>&amp;Read the text</translation>
    </message>
    <message>
        <source>2. What was understood (a claim file: correct it before checking):</source>
        <translation type="vanished">2. What was understood (a claim file: correct it before checking):</translation>
    </message>
    <message>
        <source>&amp;Check the offer</source>
        <translation type="vanished">&amp;Check the offer</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="41"/>
        <source>&amp;Open as build</source>
        <translation>&amp;Open as build</translation>
    </message>
    <message>
        <source>the claim</source>
        <translation type="vanished">the claim</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="50"/>
        <source>2. What was understood: correct any field and the verdict follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="130"/>
        <source>impossible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="130"/>
        <source>optimistic</source>
        <translation>optimistic</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="131"/>
        <source>unverifiable: needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="132"/>
        <source>plausible</source>
        <translation>plausible</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="136"/>
        <source>Checked as: %1 %2 with %3, %4 machine(s) × %5 × %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="141"/>
        <source>Checked as: %1 %2 with %3 on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="143"/>
        <source>Overall verdict: &lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (the worst finding). %3</source>
        <translation>Overall verdict: &lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (the worst finding). %3</translation>
    </message>
    <message>
        <source>Checked as: %1</source>
        <translation type="vanished">Checked as: %1</translation>
    </message>
    <message>
        <location filename="../../ui/offerpage.cpp" line="135"/>
        <source>The offer names too little hardware to build it.</source>
        <translation>The offer names too little hardware to build it.</translation>
    </message>
</context>
<context>
    <name>hwui::QuoteDialog</name>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="36"/>
        <source>Export quote</source>
        <translation>Export quote</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="57"/>
        <source> users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="59"/>
        <source>Concurrent users every build of the quote is evaluated for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="64"/>
        <source> tok/s per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="66"/>
        <source>The decode speed each user must get; a build below it is not recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="71"/>
        <source> tokens</source>
        <translation type="unfinished"> tokens</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="73"/>
        <source>Tokens each user&apos;s KV cache must hold, thinking included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="80"/>
        <source>Your company, shown in the header</source>
        <translation>Your company, shown in the header</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="84"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="89"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="91"/>
        <source>China&apos;s standard VAT on goods is 13%.</source>
        <translation>China&apos;s standard VAT on goods is 13%.</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="92"/>
        <source>Include the findings on the checked offer</source>
        <translation>Include the findings on the checked offer</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="95"/>
        <source>Remember company, author, validity and VAT as defaults</source>
        <translation>Remember company, author, validity and VAT as defaults</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="96"/>
        <source>&amp;Builds:</source>
        <translation>&amp;Builds:</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="97"/>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="98"/>
        <source>&amp;Target speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="99"/>
        <source>Con&amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="101"/>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="102"/>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Prepared by:</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="103"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="104"/>
        <source>&amp;VAT:</source>
        <translation>&amp;VAT:</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="108"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="148"/>
        <source>Tick at least one build for the quote.</source>
        <translation>Tick at least one build for the quote.</translation>
    </message>
</context>
<context>
    <name>hwui::QuotesDialog</name>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="166"/>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Builds</source>
        <translation>Builds</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="vanished">Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="167"/>
        <source>Each build&apos;s total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="177"/>
        <source>&amp;Export again…</source>
        <translation>&amp;Export again…</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="178"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="187"/>
        <source>This quote&apos;s PDF is not there any more; export it again.</source>
        <translation>This quote&apos;s PDF is not there any more; export it again.</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="211"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished">%1: %2 %3 {1:?}</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="212"/>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/quotedialog.cpp" line="249"/>
        <source>Export quote %1 again</source>
        <translation>Export quote %1 again</translation>
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
        <translation>hybrid CPU+GPU</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="33"/>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="35"/>
        <source>unified memory</source>
        <translation>unified memory</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="44"/>
        <source>GPU memory bandwidth</source>
        <translation>GPU memory bandwidth</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="46"/>
        <source>CPU memory bandwidth</source>
        <translation>CPU memory bandwidth</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="48"/>
        <source>compute</source>
        <translation>compute</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="50"/>
        <source>interconnect</source>
        <translation>interconnect</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="52"/>
        <source>SSD paging</source>
        <translation>SSD paging</translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="54"/>
        <source>runtime overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultmodels.cpp" line="56"/>
        <location filename="../../ui/resultsview.cpp" line="314"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="80"/>
        <source>Cannot run as configured: the model does not fit in this build&apos;s memory (see How it was computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="82"/>
        <source>Does not fit in memory: runs degraded at %1 tok/s per user against the %2 tok/s target (see How it was computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="85"/>
        <source>Fits, but %1 tok/s per user is below the %2 tok/s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="86"/>
        <source>Fits, and %1 tok/s per user meets the %2 tok/s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="291"/>
        <source>Memory per device, % of its capacity (the table below is in GB = 10^9 bytes)</source>
        <translation>Memory per device, % of its capacity (the table below is in GB = 10^9 bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="131"/>
        <source>% of capacity</source>
        <translation>% of capacity</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="148"/>
        <source>&amp;Memory</source>
        <translation>&amp;Memory</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="152"/>
        <source>Decode speed against concurrent users</source>
        <translation>Decode speed against concurrent users</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="154"/>
        <source>Per user (tok/s)</source>
        <translation>Per user (tok/s)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="156"/>
        <source>Aggregate (tok/s, right axis)</source>
        <translation>Aggregate (tok/s, right axis)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="166"/>
        <source>6 tok/s acceptable</source>
        <translation>6 tok/s acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="168"/>
        <source>14 tok/s comfortable</source>
        <translation>14 tok/s comfortable</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="176"/>
        <source>Target users</source>
        <translation>Target users</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="185"/>
        <source>Concurrent users</source>
        <translation>Concurrent users</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="191"/>
        <source>tok/s per user (left: per-user line, 6 and 14 tok/s marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="195"/>
        <source>tok/s aggregate, all users together (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="215"/>
        <source>Likely range per user (error on held-out measurements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="263"/>
        <source>%1 GB of %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="298"/>
        <source>%1 of %2 users decode at once; %3 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="303"/>
        <source>The KV cache left in memory holds the context (%1 tokens) of %2 of %3 users: the other %4 wait their turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="318"/>
        <source>likely</source>
        <translation>likely</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="385"/>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="387"/>
        <source>3-year total (capex + 3 years of opex): &lt;b&gt;%1%2 %3&lt;/b&gt; · depreciation %1%4 %3/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="390"/>
        <source>Operations charged as a %1: %2 FTE · %3 %4/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s per user</source>
        <translation type="vanished">tok/s per user</translation>
    </message>
    <message>
        <source>tok/s aggregate</source>
        <translation type="vanished">tok/s aggregate</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="227"/>
        <source>&amp;Speed vs users</source>
        <translation>&amp;Speed vs users</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="241"/>
        <source>&amp;Cost</source>
        <translation>&amp;Cost</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="245"/>
        <source>&amp;How it was computed</source>
        <translation>&amp;How it was computed</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="vanished">Fits</translation>
    </message>
    <message>
        <source>Does not fit everywhere: runs degraded (see How it was computed)</source>
        <translation type="vanished">Does not fit everywhere: runs degraded (see How it was computed)</translation>
    </message>
    <message>
        <source>Cannot run as configured (see How it was computed)</source>
        <translation type="vanished">Cannot run as configured (see How it was computed)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="314"/>
        <source>none (capex incomplete)</source>
        <translation>none (capex incomplete)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="326"/>
        <source>%1 — placement: %2, GPU layers %3&lt;br&gt;Decode: &lt;b&gt;%4 tok/s per user&lt;/b&gt;, %5 tok/s aggregate at %6 users (bound: %7)&lt;br&gt;Prefill: %8 tok/s &amp;nbsp; Most users at ≥ %9 tok/s each: &lt;b&gt;%10&lt;/b&gt;&lt;br&gt;Capex: &lt;b&gt;%11&lt;/b&gt; &amp;nbsp; TCO: %12</source>
        <translation>%1 — placement: %2, GPU layers %3&lt;br&gt;Decode: &lt;b&gt;%4 tok/s per user&lt;/b&gt;, %5 tok/s aggregate at %6 users (bound: %7)&lt;br&gt;Prefill: %8 tok/s &amp;nbsp; Most users at ≥ %9 tok/s each: &lt;b&gt;%10&lt;/b&gt;&lt;br&gt;Capex: &lt;b&gt;%11&lt;/b&gt; &amp;nbsp; TCO: %12</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="342"/>
        <source>This build cannot run as configured: the model does not fit in its memory, so there is no speed to chart. The table below and How it was computed give the sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="345"/>
        <source>This build cannot run as configured, so it has no decode speed. Add memory or choose a smaller quantization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="380"/>
        <source>Capex %1 · power %2 W · energy %3 kWh/year · opex %4 %5/year · TCO %6 · per user %7 · per million output tokens %8</source>
        <translation>Capex %1 · power %2 W · energy %3 kWh/year · opex %4 %5/year · TCO %6 · per user %7 · per million output tokens %8</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="382"/>
        <location filename="../../ui/resultsview.cpp" line="383"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — placement: %2, GPU layers %3&lt;br&gt;Decode: &lt;b&gt;%4 tok/s per user&lt;/b&gt;, %5 tok/s aggregate at %6 users (bound: %7)&lt;br&gt;Prefill: %8 tok/s &amp;nbsp; Most users at ≥ %9 tok/s each: &lt;b&gt;%10&lt;/b&gt;&lt;br&gt;Capex: &lt;b&gt;%11 %12&lt;/b&gt;%13 &amp;nbsp; TCO: %14 %12/year</source>
        <translation type="vanished">%1 — placement: %2, GPU layers %3&lt;br&gt;Decode: &lt;b&gt;%4 tok/s per user&lt;/b&gt;, %5 tok/s aggregate at %6 users (bound: %7)&lt;br&gt;Prefill: %8 tok/s &amp;nbsp; Most users at ≥ %9 tok/s each: &lt;b&gt;%10&lt;/b&gt;&lt;br&gt;Capex: &lt;b&gt;%11 %12&lt;/b&gt;%13 &amp;nbsp; TCO: %14 %12/year</translation>
    </message>
    <message numerus="yes">
        <source> (incomplete: %n part(s) without a price)</source>
        <translation type="vanished">
            <numerusform> (incomplete: %n part(s) without a price)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Capex %1 %2%3 · power %4 W · energy %5 kWh/year · opex %6 %2/year · TCO %7 %2/year · per user %8 %2 · per million output tokens %9 %2</source>
        <translation type="vanished">Capex %1 %2%3 · power %4 W · energy %5 kWh/year · opex %6 %2/year · TCO %7 %2/year · per user %8 %2 · per million output tokens %9 %2</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation type="vanished"> (incomplete)</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="397"/>
        <source>No price: %1</source>
        <translation>No price: %1</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="410"/>
        <source>Pinned: %1</source>
        <translation>Pinned: %1</translation>
    </message>
    <message>
        <location filename="../../ui/resultsview.cpp" line="447"/>
        <source>Invalid build:</source>
        <translation>Invalid build:</translation>
    </message>
</context>
<context>
    <name>hwui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="44"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="48"/>
        <source>CNY (¥)</source>
        <translation>CNY (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="49"/>
        <source>USD ($)</source>
        <translation>USD ($)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="51"/>
        <source> CNY per USD</source>
        <translation> CNY per USD</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="52"/>
        <source> CNY/kWh</source>
        <translation> CNY/kWh</translation>
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
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="56"/>
        <location filename="../../ui/settingsdialog.cpp" line="58"/>
        <source> FTE</source>
        <translation> FTE</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="60"/>
        <source> FTE per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="65"/>
        <source>Engineers looking after a workstation: one box with up to 4 consumer or workstation GPUs and one desktop CPU, or one Apple machine. Default %1 FTE (about half a day a month): an assumption, no public source gives a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="68"/>
        <source>Engineers operating a server: one node with data-centre GPUs, more than 4 GPUs, two sockets or a server CPU. Default %1 FTE, the figure “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses for an 8 x H100 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="71"/>
        <source>Engineers per node of a cluster (more than one node or machine). Default %1 FTE per node: the server figure for each node, an assumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="74"/>
        <source> CNY/year</source>
        <translation> CNY/year</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="75"/>
        <source>Yearly cost of one engineer; the default 300,000 CNY is the figure “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="77"/>
        <source> tok/s</source>
        <translation> tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="83"/>
        <source>A price older than this is marked stale in the bill of materials, with its age.</source>
        <translation>A price older than this is marked stale in the bill of materials, with its age.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="85"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="90"/>
        <source>Electricity price; “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses 0.8 CNY/kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="91"/>
        <source>Power usage effectiveness of the room: 1.0 counts the servers only.</source>
        <translation>Power usage effectiveness of the room: 1.0 counts the servers only.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="92"/>
        <source>Average share of the parts&apos; TDP drawn; 100% is the conservative full-load figure.</source>
        <translation>Average share of the parts&apos; TDP drawn; 100% is the conservative full-load figure.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="93"/>
        <source>Share of the year the build produces tokens, for the cost per million tokens.</source>
        <translation>Share of the year the build produces tokens, for the cost per million tokens.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="94"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="95"/>
        <source>&amp;USD rate:</source>
        <translation>&amp;USD rate:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="96"/>
        <source>Electricity &amp;tariff:</source>
        <translation>Electricity &amp;tariff:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="97"/>
        <source>&amp;PUE:</source>
        <translation>&amp;PUE:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="98"/>
        <source>Power &amp;utilisation:</source>
        <translation>Power &amp;utilisation:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="99"/>
        <source>&amp;Depreciation:</source>
        <translation>&amp;Depreciation:</translation>
    </message>
    <message>
        <source>&amp;Operations staff:</source>
        <translation type="vanished">&amp;Operations staff:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="103"/>
        <source>Operations &amp;salary:</source>
        <translation>Operations &amp;salary:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="104"/>
        <source>&amp;Serving utilisation:</source>
        <translation>&amp;Serving utilisation:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="105"/>
        <source>Default &amp;target speed:</source>
        <translation>Default &amp;target speed:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="106"/>
        <source>Prices stale a&amp;fter:</source>
        <translation>Prices stale a&amp;fter:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="107"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="111"/>
        <source>PNG, JPEG or SVG; none when empty</source>
        <translation>PNG, JPEG or SVG; none when empty</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="112"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="114"/>
        <location filename="../../ui/settingsdialog.cpp" line="157"/>
        <location filename="../../ui/settingsdialog.cpp" line="162"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="114"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="123"/>
        <source>China&apos;s standard VAT on goods is 13%.</source>
        <translation>China&apos;s standard VAT on goods is 13%.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="81"/>
        <location filename="../../ui/settingsdialog.cpp" line="126"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="100"/>
        <source>&amp;Operations, workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="101"/>
        <source>Operations, se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="102"/>
        <source>Operations, clust&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="128"/>
        <source>&lt;b&gt;Quotes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quotes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="129"/>
        <source>Co&amp;mpany name:</source>
        <translation>Co&amp;mpany name:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="130"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="133"/>
        <source>Prepared &amp;by:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="134"/>
        <source>&amp;VAT:</source>
        <translation>&amp;VAT:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="135"/>
        <source>Quote &amp;validity:</source>
        <translation>Quote &amp;validity:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="138"/>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="139"/>
        <source>A PostgreSQL database the whole team shares: one price list with its history, and one quote numbering. Empty: the catalog file on this computer. Options such as ?sslmode=require may follow the database name.</source>
        <translation>A PostgreSQL database the whole team shares: one price list with its history, and one quote numbering. Empty: the catalog file on this computer. Options such as ?sslmode=require may follow the database name.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="141"/>
        <source>Empty: this computer&apos;s own catalog. The password goes in ~/.pgpass.</source>
        <translation>Empty: this computer&apos;s own catalog. The password goes in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="142"/>
        <source>&lt;b&gt;Team catalog&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team catalog&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="143"/>
        <source>Post&amp;greSQL URL:</source>
        <translation>Post&amp;greSQL URL:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="157"/>
        <source>%1: the logo is larger than 2 MB; use a smaller file.</source>
        <translation>%1: the logo is larger than 2 MB; use a smaller file.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="162"/>
        <source>%1: not an image hwplanner can read (PNG, JPEG or SVG).</source>
        <translation>%1: not an image hwplanner can read (PNG, JPEG or SVG).</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="170"/>
        <source>A team catalog URL starts with postgresql://</source>
        <translation>A team catalog URL starts with postgresql://</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="172"/>
        <source>Leave the password out of the URL: settings are stored as plain text. Put it in ~/.pgpass (host:port:database:user:password, readable only by you) or in $PGPASSWORD.</source>
        <translation>Leave the password out of the URL: settings are stored as plain text. Put it in ~/.pgpass (host:port:database:user:password, readable only by you) or in $PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="178"/>
        <source>The team catalog could not be opened:
%1</source>
        <translation>The team catalog could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="182"/>
        <source>Team catalog</source>
        <translation>Team catalog</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="211"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="211"/>
        <source>The new language applies the next time hwplanner starts.</source>
        <translation>The new language applies the next time hwplanner starts.</translation>
    </message>
</context>
<context>
    <name>hwui::SweepModel</name>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="137"/>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="139"/>
        <source>Aggregate tok/s</source>
        <translation>Aggregate tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="141"/>
        <source>Per user tok/s</source>
        <translation>Per user tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="143"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="145"/>
        <source>On the frontier</source>
        <translation>On the frontier</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="147"/>
        <source>Meets the target</source>
        <translation>Meets the target</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="149"/>
        <source>Fails a checklist rule</source>
        <translation>Fails a checklist rule</translation>
    </message>
    <message>
        <location filename="../../ui/sweepmodel.cpp" line="151"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
</context>
<context>
    <name>hwui::SweepView</name>
    <message>
        <location filename="../../ui/sweepview.cpp" line="64"/>
        <source>&amp;Run sweep</source>
        <translation>&amp;Run sweep</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="65"/>
        <source>Evaluate every build the catalog allows for this model and workload</source>
        <translation>Evaluate every build the catalog allows for this model and workload</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="66"/>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="71"/>
        <source>no budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="72"/>
        <source> CNY</source>
        <translation> CNY</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="73"/>
        <source>Most capex allowed for the recommended builds</source>
        <translation>Most capex allowed for the recommended builds</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="85"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="105"/>
        <source>Aggregate tok/s</source>
        <translation type="unfinished">Aggregate tok/s</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="200"/>
        <source>Capex against aggregate tok/s at the target users (priced builds)</source>
        <translation>Capex against aggregate tok/s at the target users (priced builds)</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="103"/>
        <location filename="../../ui/sweepview.cpp" line="568"/>
        <source>Capex (%1, log scale)</source>
        <translation>Capex (%1, log scale)</translation>
    </message>
    <message>
        <source>Aggregate tok/s at the target users</source>
        <translation type="vanished">Aggregate tok/s at the target users</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>Hybrid CPU+GPU</source>
        <translation>Hybrid CPU+GPU</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="114"/>
        <source>Unified memory</source>
        <translation>Unified memory</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="135"/>
        <source>%1
%2 CNY · %3 tok/s aggregate · %4 tok/s per user
Click to load it into the editor</source>
        <translation>%1
%2 CNY · %3 tok/s aggregate · %4 tok/s per user
Click to load it into the editor</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="151"/>
        <source>Fails a checklist rule</source>
        <translation>Fails a checklist rule</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="164"/>
        <source>Pareto frontier</source>
        <translation>Pareto frontier</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="175"/>
        <source>Target: users x tok/s each</source>
        <translation>Target: users x tok/s each</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="178"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="181"/>
        <location filename="../../ui/sweepview.cpp" line="573"/>
        <source>This build</source>
        <translation>This build</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="187"/>
        <location filename="../../ui/sweepview.cpp" line="543"/>
        <source>Pinned builds</source>
        <translation>Pinned builds</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="221"/>
        <source>The cheapest fully priced builds that meet the target within the budget, then those that meet it but lack a price. Click a header to sort; a capex with a part unpriced is a lower bound and sorts after the complete ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="223"/>
        <source>L&amp;oad into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="224"/>
        <source>Open the selected build in the editor (it can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="225"/>
        <source>P&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="226"/>
        <source>Add the selected build to the comparison and keep it highlighted on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="232"/>
        <source>Recommended &amp;builds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="341"/>
        <source>Sweeping every build for %1, %2 users at ≥ %3 tok/s each…</source>
        <translation>Sweeping every build for %1, %2 users at ≥ %3 tok/s each…</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="369"/>
        <source>Sweep cancelled.</source>
        <translation>Sweep cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="374"/>
        <source>none of them fully priced within the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="374"/>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="377"/>
        <source>cheapest: %1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of them priced</source>
        <translation type="vanished">none of them priced</translation>
    </message>
    <message>
        <source>cheapest: %1 at %2 CNY</source>
        <translation type="vanished">cheapest: %1 at %2 CNY</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="381"/>
        <source>%1 builds evaluated; %2 meet the target (%3). Builds with a part without a price are left out of the chart.</source>
        <translation>%1 builds evaluated; %2 meet the target (%3). Builds with a part without a price are left out of the chart.</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="407"/>
        <source>No priced build in the catalog runs this workload with these filters. Widen the filters or the budget, or look at the builds without a price in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="409"/>
        <source>Press Run sweep: every build the catalog can make is estimated and priced for the workload set on the left (users, context, target speed per user), and the cheapest that meet it are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="441"/>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="442"/>
        <source>&amp;Full model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="443"/>
        <source>The model at its published precision or wider (FP8 for DeepSeek-R1, BF16 for Qwen3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="444"/>
        <source>&amp;Quantised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="445"/>
        <source>The same model with narrower weights (INT4, GGUF Q4 and below): smaller and faster, with some loss of quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="446"/>
        <source>&amp;Distilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="447"/>
        <source>Smaller models distilled from this one (DeepSeek-R1-Distill-*): a different, weaker model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="450"/>
        <source>&amp;New parts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="451"/>
        <source>Leave out used and refurbished prices and memory-modified cards (no vendor warranty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="455"/>
        <source>Any vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="458"/>
        <source>Domestic (Huawei, Cambricon, Moore Threads, Biren…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="460"/>
        <source>The accelerator&apos;s vendor; choosing one leaves CPU-only builds out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="463"/>
        <source>Only builds served by this runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="465"/>
        <source>&amp;Vendor:</source>
        <translation type="unfinished">&amp;Vendor:</translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="467"/>
        <source>R&amp;untime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="486"/>
        <source>The filters changed: run the sweep again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="499"/>
        <source>Any runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sweepview.cpp" line="543"/>
        <source>Pinned builds (%n more not placed: parts without a price)</source>
        <translation>
            <numerusform>Pinned builds (%n more not placed: parts without a price)</numerusform>
            <numerusform>Pinned builds (%n more not placed: parts without a price)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="562"/>
        <source>The model or workload changed: run the sweep again for %1 users at %2 tok/s each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sweepview.cpp" line="566"/>
        <source>The cost settings changed: run the sweep again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sweepview.cpp" line="575"/>
        <source>This build: not placed, %n part(s) without a price</source>
        <translation>
            <numerusform>This build: not placed, %n part without a price</numerusform>
            <numerusform>This build: not placed, %n parts without a price</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hwui::TopBuildsModel</name>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="85"/>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="87"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="95"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="108"/>
        <source>Users this build serves at the target speed each; the capex per user divides by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/topbuildsmodel.cpp" line="110"/>
        <source>Incomplete: %n part(s) have no price, so the capex is a lower bound and the cost per user is not known.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="124"/>
        <source>Build</source>
        <translation type="unfinished">Build</translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="126"/>
        <source>Capex
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="128"/>
        <source>Per user
(tok/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="130"/>
        <source>Aggregate
(tok/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="132"/>
        <source>Users
served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/topbuildsmodel.cpp" line="134"/>
        <source>Capex per
user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per user (tok/s)</source>
        <translation type="obsolete">Per user (tok/s)</translation>
    </message>
    <message>
        <source>Aggregate (tok/s)</source>
        <translation type="obsolete">Aggregate (tok/s)</translation>
    </message>
</context>
</TS>
