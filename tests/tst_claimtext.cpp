// The offer reader's layers, each on its own: number and unit parsing (model/claimscan.cpp), part and
// alias resolution (model/claimparts.cpp), performance points (model/claimpoints.cpp) and figures
// (model/claimfigures.cpp). tst_claims checks the whole reader and the checks; tst_offers the corpus.

#include "testcatalog.h"

#include "model/claimscan.h"

#include <cmath>

using namespace hw::claimtext;

class TestClaimText final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;

    hw::Claim read(const std::string &text, void (*section)(const Scan &, hw::Claim &)) const
    {
        hw::Claim c;
        section(Scan(m_cat.catalog, text), c);
        return c;
    }

private slots:
    void initTestCase() { QVERIFY2(m_cat.ok, qPrintable(m_cat.error)); }

    // Numbers and units.
    void fold_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("thousands") << u"3,976 tok/s"_qs << u"3976 tok/s"_qs;
        QTest::newRow("millions") << u"1,500,000"_qs << u"1500000"_qs;
        QTest::newRow("not a separator") << u"1,5 and 12,34"_qs << u"1,5 and 12,34"_qs;
        QTest::newRow("a list, not a number") << u"8,16,32"_qs << u"8,16,32"_qs;
        QTest::newRow("full-width") << u"ＲＴＸ４０９０　２４ＧＢ"_qs << u"rtx4090 24gb"_qs;
        QTest::newRow("lower case only ASCII") << u"H20 满血版"_qs << u"h20 满血版"_qs;
    }
    void fold()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(QString::fromStdString(hw::claimtext::fold(in.toStdString())), out);
    }

    void numbersAndCounts()
    {
        QCOMPARE(toNumber("0.025"), 0.025);
        QCOMPARE(toNumber("289"), 289.0);
        QCOMPARE(toNumber(std::string(50000, '7')), 1e15); // a digit run is capped, not overflowed
        QCOMPARE(countFrom("两"), 2);
        QCOMPARE(countFrom("双"), 2);
        QCOMPARE(countFrom("十六"), 16);
        QCOMPARE(countFrom("eight"), 8);
        QCOMPARE(countFrom("0"), 0);
        QCOMPARE(countFrom("999999"), 0);
        QCOMPARE(magnitude("亿") * 0.025, 2.5e6);
        QCOMPARE(magnitude("万"), 1e4);
        QCOMPARE(magnitude("k"), 1e3);
        QCOMPARE(magnitude("元"), 1.0);
    }

    void clauses()
    {
        const std::string t = "单用户 25 tok/s；64 并发时每路 23 tok/s\n总吞吐 1500 tok/s";
        const auto [b, e] = clauseAround(t, t.find("64"));
        QCOMPARE(t.substr(b, e - b), std::string("64 并发时每路 23 tok/s"));
        QVERIFY(contains("per user", {"total", "per user"}));
        QVERIFY(!contains("per user", {"total"}));
    }

    // Part and alias resolution: names through the catalog's aliases, spaces and dashes squeezed.
    void aliases()
    {
        const hw::claimtext::Scan s(m_cat.catalog, "双路 E5-2696 v3，4 x RTX 4090 48G");
        const std::string &t = s.t;
        const auto gpus = aliasHits(s.aliases, "gpu", t, s.sq);
        QVERIFY(!gpus.empty());
        QCOMPARE(gpus.front().alias->partId, std::string("rtx-4090"));
        QCOMPARE(gpus.front().alias->memoryGB, 48.0); // the memory variant, from the alias row
        QCOMPARE(t.substr(gpus.front().begin, gpus.front().end - gpus.front().begin), std::string("rtx 4090 48g"));
        const hw::Claim c = read(t, readCpus);
        QCOMPARE(c.cpuId, std::string("e5-2696v3"));
        QCOMPARE(c.sockets, 2);
    }

    // The catalog's own part beats a family alias written over the same words ("gold 6430" was read as
    // its sibling 6454S before the catalog held the 6430); a part the catalog lacks still reads by family.
    void exactCpuBeatsFamilyAlias()
    {
        const hw::Claim gold = read(hw::claimtext::fold("双路 Intel Xeon Gold 6430，1TB DDR5"), readCpus);
        QCOMPARE(gold.cpuId, std::string("xeon-6430"));
        QVERIFY(!gold.isAssumed("cpu"));
        QCOMPARE(gold.sockets, 2);
        const hw::Claim family = read(hw::claimtext::fold("AMD EPYC 7K62 x2"), readCpus);
        QCOMPARE(family.cpuId, std::string("epyc-7763"));
        QVERIFY(family.isAssumed("cpu"));
    }

    // Intel desktop parts written without "Core" are CPUs named, even when the catalog lacks them.
    void intelPartWithoutCoreWord()
    {
        const hw::Claim c = read(hw::claimtext::fold("RTX 2080 (8 GB) + i9-10900X, llama.cpp"), readCpus);
        QVERIFY(c.cpuId.empty());
        QCOMPARE(c.cpuText.substr(0, 9), std::string("i9-10900x"));
        QVERIFY(c.isAssumed("cpu"));
        QVERIFY(read(hw::claimtext::fold("RTX 2080 (8 GB), llama.cpp"), readCpus).cpuText.empty());
    }

    // "RAM used 18.5 GB", "内存占用 20GB": what the run held in RAM, a lower bound, not the RAM's size;
    // on a unified-memory machine "内存占用" is the pool's.
    void ramUsedIsNotRamSize()
    {
        const auto mem = [&](const std::string &gpu, const std::string &text) {
            hw::Claim c;
            c.gpuId = gpu;
            readMemory(Scan(m_cat.catalog, hw::claimtext::fold(text)), c);
            return c;
        };
        const hw::Claim used = mem("rtx-4090", "tok/s 14.8 · VRAM used 23.4 GB · RAM used 18.5 GB · Quant Q4_K_M");
        QCOMPARE(used.ramUsedGB.value_or(0), 18.5);
        QCOMPARE(used.ramGB, 0.0);
        QCOMPARE(mem("rtx-4090", "内存占用 20-22GB").ramUsedGB.value_or(0), 20.0);
        QVERIFY(!mem("mac-studio-m3-ultra-512g", "内存占用 28-30GB").ramUsedGB);
        QVERIFY(!mem("rtx-4090", "64GB RAM").ramUsedGB);
    }

    // A benchmark page's key before its figure: "tok/s 14.8 · TTFT 612 ms".
    void rateKeyBeforeFigure()
    {
        const hw::Claim c = read(hw::claimtext::fold("tok/s 14.8 · TTFT 612 ms · VRAM used 23.4 GB"), readPoints);
        QCOMPARE(c.points.size(), size_t(1));
        QCOMPARE(c.points[0].perUserTps.value_or(0), 14.8);
        // Not a figure of the next key: "12 tok/s 24 users" is one point of 12.
        const hw::Claim run = read(hw::claimtext::fold("12 tok/s 24 users"), readPoints);
        QCOMPARE(run.points.size(), size_t(1));
        QVERIFY(run.points[0].perUserTps.value_or(run.points[0].aggregateTps.value_or(0)) != 24.0);
    }

    void quantConvertedInto()
    {
        QCOMPARE(read("将模型权重从fp16压缩至int4", readQuantAndRuntime).quantId, std::string("awq-int4"));
        QCOMPARE(read("bf16 -> q4_k_m", readQuantAndRuntime).quantId, std::string("q4_k_m"));
        QCOMPARE(read("torch_dtype=torch.float8_e4m3fn", readQuantAndRuntime).quantId, std::string("fp8")); // seed alias "float8"
        // A comparison is not a conversion: the first named is the one offered.
        QCOMPARE(read("q4_k_m (vs fp16: 4x the memory)", readQuantAndRuntime).quantId, std::string("q4_k_m"));
    }

    // A stated requirement is not the memory offered; an approximate total says so.
    void memoryRequiredOrApproximate()
    {
        const auto total = [&](const std::string &text) {
            hw::Claim c;
            c.gpuId = "rtx-3090";
            readMemory(Scan(m_cat.catalog, hw::claimtext::fold(text)), c);
            return c;
        };
        QVERIFY(!total("To run it you need at least 42 GB of VRAM at Q4_K_M.").claimedMemoryGB);
        // A unified-memory machine's pool, stated with "of" between the size and its kind.
        hw::Claim mac;
        mac.gpuId = "mac-studio-m3-ultra-512g";
        readMemory(Scan(m_cat.catalog, hw::claimtext::fold("The M3 Ultra carries up to 256GB of unified VRAM.")), mac);
        QCOMPARE(mac.gpuMemoryGB, 256.0);
        hw::Claim config;
        config.gpuId = "mac-studio-m3-ultra-512g";
        readMemory(Scan(m_cat.catalog, hw::claimtext::fold("If you owned the discontinued 512GB config, it runs at 20+ tok/s.")), config);
        QCOMPARE(config.gpuMemoryGB, 512.0);
        QVERIFY(!config.isAssumed("gpu_memory"));
        const hw::Claim approx = total("Q4_K_M is the sweet spot: ~42 GB VRAM.");
        QCOMPARE(approx.claimedMemoryGB.value_or(0), 42.0);
        QVERIFY(approx.claimedMemoryApproximate);
        const hw::Claim exact = total("48 GB VRAM in all.");
        QCOMPARE(exact.claimedMemoryGB.value_or(0), 48.0);
        QVERIFY(!exact.claimedMemoryApproximate);
    }

    // Prompt processing, theoretical ceilings, a draft model's speed and the digit of a name are no
    // generation speeds.
    void speedsThatAreNotClaims()
    {
        const hw::Claim c = read(hw::claimtext::fold("- Prompt processing: ~3,200 tok/s\n- Generation: ~140 tok/s sustained"), readPoints);
        QCOMPARE(c.points.size(), size_t(1));
        QCOMPARE(c.points.front().perUserTps.value_or(0), 140.0);
        QVERIFY(read(hw::claimtext::fold("| 70B Q4 tok/s | n/a |"), readPoints).points.empty());
        QVERIFY(read(hw::claimtext::fold("460.8 GB/s / 35 GB = 13.2 tok/s theoretical max."), readPoints).points.empty());
        QVERIFY(read(hw::claimtext::fold("Draft speed (1B in L3): 200 tok/s"), readPoints).points.empty());
        // Prefill named last before a figure makes it prompt processing, a decode word after it decodes;
        // a speed wished for is no claim (offers4).
        const hw::Claim mixed = read(hw::claimtext::fold("预填充速度只有 7-8 tokens/s,在使用 multi-gpu-4,测试也只有 10 tokens/s,解码速度最佳是维持在 6.5 tokens/s"), readPoints);
        QCOMPARE(mixed.points.size(), size_t(1));
        QCOMPARE(mixed.points.front().perUserTps.value_or(0), 6.5);
        const hw::Claim wish = read(hw::claimtext::fold("eval rate: 4.5 tokens/s,想优化到 15 token/s,如何优化"), readPoints);
        QCOMPARE(wish.points.size(), size_t(1));
        QCOMPARE(wish.points.front().perUserTps.value_or(0), 4.5);
        QCOMPARE(read(hw::claimtext::fold("prefill 286 tokens/s, inference 14 tokens/s"), readPoints).points.front().perUserTps.value_or(0), 14.0);
        // A key-value table: "100 tok/s" is a value with its unit, not a column header over "10.0 ms".
        for (const hw::PerformancePoint &p : read(hw::claimtext::fold("| Tokens/sec (single stream) | 100 tok/s |\n| Per-token latency | 10.0 ms |"), readPoints).points)
            QVERIFY(p.aggregateTps.value_or(0) != 10.0);
    }

    // A part named to be compared with is not offered; a count written before another part is not its count.
    void gpusComparedOrCountedElsewhere()
    {
        QVERIFY(read(hw::claimtext::fold("CPU inference on EPYC closes the gap with the H100."), readGpus).gpuId.empty());
        const hw::Claim c = read(hw::claimtext::fold("NVIDIA RTX 4090 显卡 + 128GB 内存。企业级配置：4卡 NVIDIA A100 80GB 服务器"), readGpus);
        QCOMPARE(c.gpuId, std::string("rtx-4090"));
        QVERIFY(!c.readFrom.count("gpu_count"));
        // "1.78x the bandwidth of a 4090" compares; a spec sheet stating one card's VRAM is of one card.
        const hw::Claim sheet = read(hw::claimtext::fold("RTX 5090. Specs. 1.78x the bandwidth of a 4090. VRAM 32 GB GDDR7 · 575 W"), readGpus);
        QCOMPARE(sheet.gpuId, std::string("rtx-5090"));
        QCOMPARE(sheet.gpuCount, 1);
        QVERIFY(!sheet.isAssumed("gpu_count"));
        QVERIFY(read(hw::claimtext::fold("RTX 5090 servers. VRAM 32 GB per card"), readGpus).isAssumed("gpu_count"));
    }

    void gpusAndMachines()
    {
        hw::Claim c = read("两台 8卡 H20 141G 服务器", readGpus);
        QCOMPARE(c.gpuId, std::string("h20"));
        QCOMPARE(c.gpuCount, 8);
        QCOMPARE(c.gpuMemoryGB, 141.0);
        readMachines(Scan(m_cat.catalog, "两台 8卡 H20 141G 服务器"), c);
        QCOMPARE(c.nodes, 2);
        QVERIFY(!c.isAssumed("nodes"));
        hw::Claim one = read("RTX 4090 24GB", readGpus);
        QCOMPARE(one.gpuCount, 1);
        QVERIFY(one.isAssumed("gpu_count")); // no count stated: assumed, and said so
        // "双机16卡": the cards counted after the machines are all of them; "两台 8卡 ... 服务器" are per server.
        hw::Claim pair = read("deepseek r1 671b 满血版 双机16卡 h20 部署方案", readGpus);
        readMachines(Scan(m_cat.catalog, "deepseek r1 671b 满血版 双机16卡 h20 部署方案"), pair);
        QCOMPARE(pair.nodes, 2);
        QCOMPARE(pair.gpuCount, 8);
        // A part's digits are no machine count: "8-GPU H100 servers" is not 100 servers.
        hw::Claim h100 = read("a pair of 8-gpu h100 servers running deepseek-v3", readGpus);
        readMachines(Scan(m_cat.catalog, "a pair of 8-gpu h100 servers running deepseek-v3"), h100);
        QVERIFY(h100.nodes < 100);
        QCOMPARE(h100.gpuCount, 8); // "8-gpu h100"
        // A price is no count: "$1,399 Mac Minis" are not 1,399 machines.
        const std::string minis = hw::claimtext::fold("Four to eight $1,399 Mac Minis chained together. An 8× M4 Pro Mac Mini cluster runs it.");
        hw::Claim priced = read(minis, readGpus);
        readMachines(Scan(m_cat.catalog, minis), priced);
        QCOMPARE(priced.nodes, 8);
        // "16× H100 (2 nodes × 8, ...)": the count read first is the total; a part named again with its count.
        const std::string sweep = "deepseek-r1-0528 on 16× h100 (2 nodes × 8, sglang + infiniband)";
        hw::Claim nodes = read(sweep, readGpus);
        readMachines(Scan(m_cat.catalog, sweep), nodes);
        QCOMPARE(nodes.nodes, 2);
        QCOMPARE(nodes.gpuCount, 8);
        QCOMPARE(read(hw::claimtext::fold("MI300X achieves 2x. A single MI300X node (8 GPUs) serves 128 requests."), readGpus).gpuCount, 8);
        QCOMPARE(read(hw::claimtext::fold("A single MI300X node (8 GPUs) serves 128 requests."), readGpus).gpuCount, 8);
        hw::Claim times = read("8x h100 80gb, x2 servers", readGpus);
        readMachines(Scan(m_cat.catalog, "8x h100 80gb, x2 servers"), times);
        QCOMPARE(times.nodes, 2);
        // A bare number before the card is its count; a version or a size is not.
        hw::Claim across = read("deepseek-r1 on 16 h100s across two nodes", readGpus);
        QCOMPARE(across.gpuCount, 16);
        readMachines(Scan(m_cat.catalog, "deepseek-r1 on 16 h100s across two nodes"), across);
        QCOMPARE(across.nodes, 2);
        QCOMPARE(across.gpuCount, 8); // 16 in all
        QCOMPARE(read("llama 3.1 70b on 2 rtx 4090", readGpus).gpuCount, 2);
        QVERIFY(read("cuda 12.4 h100 80gb", readGpus).isAssumed("gpu_count"));
        QVERIFY(read("released 2025 h100 80gb", readGpus).isAssumed("gpu_count"));
        // A spec list's key and value.
        const hw::Claim listed = read("server spec — gpus: 8; gpu model: a100 80gb; system memory: 1 tb", readGpus);
        QCOMPARE(listed.gpuCount, 8);
        QVERIFY(!listed.isAssumed("gpu_count"));
        QCOMPARE(read("| 显卡数量 | 4 |\n| 显卡型号 | rtx 4090 |", readGpus).gpuCount, 4);
        QCOMPARE(read("server spec — gpus: 8; gpu model: a100 80gb; system memory: 1 tb", readMemory).ramGB, 1000.0);
        // A figure after "GPU:" that is no count stays no count.
        QVERIFY(read("gpu: rtx 4090, memory bandwidth 1 tb/s", readGpus).isAssumed("gpu_count"));
        // "共 4 张 GPU" over two machines: the total, two per machine (offers4).
        const std::string shared = hw::claimtext::fold("集群:双机 H20 96GB(共 4 张 GPU)");
        hw::Claim inAll = read(shared, readGpus);
        readMachines(Scan(m_cat.catalog, shared), inAll);
        QCOMPARE(inAll.nodes, 2);
        QCOMPARE(inAll.gpuCount, 2);
        // The ollama library's tags name the distills (catalog aliases), not the 671B model.
        QCOMPARE(read(hw::claimtext::fold("DeepSeek-R1:14B(32GB):推理速度 10-12 tokens/s"), readModel).modelId, std::string("r1-distill-qwen-14b"));
        QCOMPARE(read(hw::claimtext::fold("ollama run deepseek-r1:671b"), readModel).modelId, std::string("deepseek-r1"));
        // Kimi K2.5 is K2's architecture in native INT4: read as K2, and the reading said to be approximate.
        const hw::Claim k25 = read(hw::claimtext::fold("Kimi K2.5 ran on a single RTX 3060"), readModel);
        QCOMPARE(k25.modelId, std::string("kimi-k2-instruct"));
        QVERIFY(k25.isAssumed("model"));
        // Llama 3 8B / 70B have Llama 3.1's architecture (8k context): read as the catalog's Llama 3.1,
        // approximately, however the name is spaced; "llama 3.1 8b" is not "llama 3 8b".
        for (const char *written : {"llama3 8b Q6 RTX 4090 llama.cpp", "LLaMA 3 8B on an RTX 5090", "ollama run llama3:8b"}) {
            const hw::Claim l3 = read(hw::claimtext::fold(written), readModel);
            QCOMPARE(l3.modelId, std::string("llama-3.1-8b-instruct"));
            QVERIFY2(l3.isAssumed("model"), written);
        }
        QCOMPARE(read(hw::claimtext::fold("Llama-3 70B at 4-bit"), readModel).modelId, std::string("llama-3.1-70b-instruct"));
        QVERIFY(read(hw::claimtext::fold("llama 3 80b"), readModel).modelId != "llama-3.1-8b-instruct");
        // "Q6" is llama.cpp's one 6-bit type, Q6_K.
        QCOMPARE(read(hw::claimtext::fold("llama3 8b Q6 RTX 4090 llama.cpp"), readQuantAndRuntime).quantId, std::string("q6_k"));
    }

    // A tool's report of the weights' file (llama-bench's size column, llama.cpp's load log) is the
    // weights' size; several files in one table name no one size; a model's row of tok/s is not it.
    void toolFileSize()
    {
        const auto fileGB = [&](const std::string &text) { return read(hw::claimtext::fold(text), readMemory).fileGB; };
        const auto bench = fileGB("| deepseek2 671B Q8_0 | 307.20 GiB | 672.05 B | CUDA | 63 | tg128 | 17.24 |\n"
                                  "| deepseek2 671B Q8_0 | 307.20 GiB | 672.05 B | CUDA | 63 | tg512 | 18.09 |");
        QVERIFY(bench);
        QCOMPARE(std::round(*bench), 330.0); // 307.20 GiB
        QCOMPARE(std::round(fileGB("print_info: file size   = 35.07 GiB (4.27 BPW)").value_or(0)), 38.0);
        QCOMPARE(fileGB("llm_load_print_meta: model size       = 12.50 GB").value_or(0), 12.5);
        QVERIFY(!fileGB("| llama 70B Q4_K_M | 39.59 GiB | 70.55 B | tg128 | 15 |\n| llama 8B Q4_K_M | 4.58 GiB | 8.03 B | tg128 | 90 |"));
        QVERIFY(!fileGB("| Llama 3.1 70B | Q4_K_M | 42.5 GB | 15 tok/s |"));
    }

    // The prompt a first-token latency was measured with.
    void promptLength()
    {
        const auto prompt = [&](const std::string &text) { return hw::extractClaim(text, m_cat.catalog).promptTokens; };
        QCOMPARE(prompt("TTFT 350 ms on 1K prompt").value_or(0), 1000.0);
        QCOMPARE(prompt("a 10K-token prompt, first token in 900 ms").value_or(0), 10000.0);
        QCOMPARE(prompt("在 A100 80G 显卡上处理 10K 长度文本时，首 token 延迟降低至 127ms").value_or(0), 10000.0);
        QCOMPARE(prompt("输入长度 512 tokens").value_or(0), 512.0);
        QVERIFY(!prompt("处理 2000 TPS 交易数据"));
        QVERIFY(!prompt("Llama 3.1 8B Q4_K_M NVIDIA RTX 3080\nPrompt evaluation: 3806.89 ± 15.44."));
        QVERIFY(hw::extractClaim("prefix caching enabled; TTFT 40 ms on a 8K prompt", m_cat.catalog).prefixCached);
        // A latency with no speed beside it is a point of its own.
        const hw::Claim c = hw::extractClaim("在 A100 80G 显卡上处理 10K 长度文本时，首 token 延迟降低至 127ms", m_cat.catalog);
        QCOMPARE(c.points.size(), size_t(1));
        QCOMPARE(c.points.front().ttftMs.value_or(0), 127.0);
    }

    void memorySizes()
    {
        QCOMPARE(read("24 条 48G DDR5", readMemory).ramGB, 1152.0);
        QCOMPARE(read("RAM：64G 4800MHz DDR5 ×12", readMemory).ramGB, 768.0);
        QCOMPARE(read("64GB DDR5-4800 x 12", readMemory).ramGB, 768.0);
        QCOMPARE(read("1TB DDR5 内存", readMemory).ramGB, 1000.0);
        // A size beside the quant named, as that quant's own; a tool's row naming model and type is not it.
        const auto quantAndSize = [&](const std::string &text) {
            hw::Claim c;
            const Scan sc(m_cat.catalog, hw::claimtext::fold(text));
            readQuantAndRuntime(sc, c);
            readMemory(sc, c);
            return c;
        };
        QCOMPARE(quantAndSize("| Format | VRAM Required |\n| Q2_K | 52.1 GB |\n| Q4_K_M (Recommended) | 59.8 GB |").claimedModelMemoryGB.value_or(0), 52.1);
        QCOMPARE(quantAndSize("Devices (Q4_K_M, 59.8 GB): H100 45.1 tok/s").claimedModelMemoryGB.value_or(0), 59.8);
        QVERIFY(!quantAndSize("| model | size |\n| deepseek2 671B Q8_0 | 307.20 GiB |").claimedModelMemoryGB);
        QVERIFY(!quantAndSize("Q4_K_M on a 24 GB card").claimedModelMemoryGB);
        QVERIFY(!quantAndSize("| deepseek-r1:7b | Q4_K_M | 4.7 GB |").claimedModelMemoryGB); // that row's own model
        QCOMPARE(read("vram 32 gb gddr7 · memory bandwidth 1792 gb/s", readMemory).ramGB, 0.0); // the card's, not RAM
        QCOMPARE(read("ram 64 gb", readMemory).ramGB, 64.0);
        const hw::Claim arrow = read("gptq 4-bit 将模型权重压缩至原大小的 1/4（17.5gb → 4.375gb）", readMemory);
        QCOMPARE(arrow.claimedModelMemoryGB.value_or(0), 4.375);
        // A spec table's key and value: "| 内存 | 1TB |", "| RAM | 768 GB |"; a GPU's memory row is no RAM.
        QCOMPARE(read("| 配置 | 参数 |\n| 内存 | 1tb |\n| gpu | 8 x h20 |", readMemory).ramGB, 1000.0);
        QCOMPARE(read("| component | spec |\n| ram | 768 gb |", readMemory).ramGB, 768.0);
        QCOMPARE(read("| gpu | h100 |\n| memory | 80 gb hbm3 |\n| program | 8 gb |", readMemory).ramGB, 0.0);
        // RAM as the offers4 pages write it: DIMMs with the speed between, "512G DDR5", free -h's "Gi",
        // Optane persistent memory.
        QCOMPARE(read(hw::claimtext::fold("MEM: 6 * 64GB @ 3200 DDR4 (2933 due to CPU limits)"), readMemory).ramGB, 384.0);
        QCOMPARE(read(hw::claimtext::fold("RTX 5000 + 512G DDR5"), readMemory).ramGB, 512.0);
        QVERIFY(std::abs(read(hw::claimtext::fold("2. CPU mem: 502Gi"), readMemory).ramGB - 539.0) < 0.5);
        QCOMPARE(read(hw::claimtext::fold("paired with 768 GB of Intel Optane Persistent Memory"), readMemory).ramGB, 768.0);
        QCOMPARE(read(hw::claimtext::fold("24 GB of GPU memory"), readMemory).ramGB, 0.0); // a card's, not RAM
        QCOMPARE(read(hw::claimtext::fold("- RAM: 16 x 64GB Hynix PC4-25600 3200MHz Dual Rank DDR4 RDIMM"), readMemory).ramGB, 1024.0);
        QCOMPARE(read(hw::claimtext::fold("8 x 80GB H100 SXM, 2TB DDR5"), readMemory).ramGB, 2000.0); // the GPUs' sizes are not DIMMs
        // A capacity stated at a precision, on VRAM: "enough for 70B at Q8".
        const hw::Claim cap = read(hw::claimtext::fold("✓ 32GB VRAM is enough for 70B-class models at Q8"), readMemory);
        QCOMPARE(cap.capacityMemoryGB.value_or(0), 32.0);
        QCOMPARE(cap.capacityParamsB.value_or(0), 70.0);
        QCOMPARE(cap.capacityBits.value_or(0), 8.0);
        QVERIFY(cap.capacityIsVram);
    }

    // Performance points: one per clause, per user and total told apart.
    void points()
    {
        const hw::Claim c = read(hw::claimtext::fold("single user 25 tok/s; 64 concurrent at ~23 tok/s each; 1,500 tok/s total"), readPoints);
        QCOMPARE(c.points.size(), size_t(3));
        QCOMPARE(c.points[0].users.value_or(0), 1.0);
        QCOMPARE(c.points[0].perUserTps.value_or(0), 25.0);
        QCOMPARE(c.points[1].users.value_or(0), 64.0);
        QCOMPARE(c.points[1].perUserTps.value_or(0), 23.0);
        QCOMPARE(c.points[2].aggregateTps.value_or(0), 1500.0);
        QVERIFY(!c.points[2].perUserTps);
        const hw::Claim cn = read("100 人同时并发，每人 14 tokens/s", readPoints);
        QCOMPARE(cn.points.size(), size_t(1));
        QCOMPARE(cn.points[0].users.value_or(0), 100.0);
        // The words right after a figure are its own: the total and the single user's speed of one clause apart.
        const hw::Claim bound = read(hw::claimtext::fold("attaining around 140 tokens per second for throughput and 14 tokens/s for single user inference."), readPoints);
        QCOMPARE(bound.points.size(), size_t(2));
        QCOMPARE(bound.points[0].users.value_or(0), 1.0);
        QCOMPARE(bound.points[0].perUserTps.value_or(0), 14.0);
        QCOMPARE(bound.points[1].aggregateTps.value_or(0), 140.0);
        QVERIFY(!bound.points[1].users);
        const hw::Claim tpot = read("tpot 50 ms", readPoints);
        QCOMPARE(tpot.points.front().perUserTps.value_or(0), 20.0);
    }

    // A pasted table without units: the header names the columns, each row is a point with its quant.
    void tablePoints()
    {
        // A row naming its own quant is that quant's, unless it names another model than the one checked.
        hw::Claim rows;
        rows.modelId = "llama-3.1-70b-instruct";
        rows.quantId = "awq-int4";
        readPoints(Scan(m_cat.catalog, hw::claimtext::fold("| Llama 3.1 8B | 140 tok/s | single-stream · FP16 |\n| Llama 3.1 70B | 20 tok/s | FP8 |")), rows);
        QCOMPARE(rows.points.size(), size_t(2));
        QCOMPARE(rows.points[0].quantId, std::string());
        QCOMPARE(rows.points[1].quantId, std::string("fp8"));
        // A prompt-processing column is no generation speed.
        const hw::Claim prefill = read(hw::claimtext::fold("| Conc | TPOT (ms) | Tput user (TPS) | Prefill (TPS) |\n| 1 | 23.1 | 43.25 | 712.3 |"), readPoints);
        QCOMPARE(prefill.points.size(), size_t(1));
        QVERIFY(!prefill.points[0].aggregateTps);
        QCOMPARE(prefill.points[0].perUserTps.value_or(0), 43.25);
        const hw::Claim c = read("| Quant | Concurrent users | Peak tok/s | Avg TTFT |\n|---|---|---|---|\n| Q2_K | 16 | 469.3 | 467 ms |\n| Q8_0 | 2 | ~55 | ~240 ms |\n",
                                 readPoints);
        QCOMPARE(c.points.size(), size_t(2));
        QCOMPARE(c.points[0].quantId, std::string("q2_k"));
        QCOMPARE(c.points[0].users.value_or(0), 16.0);
        QCOMPARE(c.points[0].aggregateTps.value_or(0), 469.3);
        QCOMPARE(c.points[0].ttftMs.value_or(0), 467.0);
        QCOMPARE(c.points[1].quantId, std::string("q8_0"));
        QCOMPARE(c.points[1].aggregateTps.value_or(0), 55.0);
        // A latency table: the tokens in the row's label over the time of the column with the offer's cards.
        hw::Claim two;
        two.gpuCount = 2;
        readPoints(Scan(m_cat.catalog, "| 任务 | 单卡延迟 (ms) | 双卡延迟 (ms) | 加速比 |\n| 文本生成 (128t) | 3200 | 1600 | 2x |\n"), two);
        QCOMPARE(two.points.size(), size_t(1));
        QCOMPARE(two.points[0].perUserTps.value_or(0), 80.0);
        QCOMPARE(two.points[0].users.value_or(0), 1.0);
        // A TTFT column in seconds is read in milliseconds.
        const hw::Claim secs = read("| approach | ttft (s) | decode throughput (tok/s) |\n| cpu + q4_k_m | 4.1 | 27.8 |\n", readPoints);
        QCOMPARE(secs.points.size(), size_t(1));
        QCOMPARE(secs.points[0].ttftMs.value_or(0), 4100.0);
        // A table of anything else (prices, specs) gives no point.
        QVERIFY(read("| 组件 | 配置 |\n| GPU | RTX 4090 24GB ×1 |\n| 内存 | 64GB |\n", readPoints).points.empty());
        // The unit in the row's key cell: each figure or range of the row is a point (its upper bound);
        // a prefill key, or columns that are different cards, give none.
        const hw::Claim keyed = read("| what | stock | tuned |\n| 70b q4 tok/s | 7-8 | 60-75 |\n| bandwidth utilization | ~60% | ~85-90% |\n", readPoints);
        QCOMPARE(keyed.points.size(), size_t(2));
        QCOMPARE(keyed.points[0].perUserTps.value_or(0), 8.0);
        QCOMPARE(keyed.points[1].perUserTps.value_or(0), 75.0);
        QVERIFY(keyed.isAssumed("users"));
        QVERIFY(read("| what | stock | tuned |\n| prefill tok/s | 70 | 600 |\n", readPoints).points.empty());
        QVERIFY(read("| model | rtx 4090 | rtx 3090 |\n| 8b q4 tok/s | 120 | 90 |\n", readPoints).points.empty());
    }

    // Figures: prices with magnitudes, quotes, facts, condition and warranty.
    void figures()
    {
        QCOMPARE(read("报价 0.025亿元", readPrices).price.value_or(0), 2.5e6);
        const hw::Claim usd = read("from us$289k", readPrices);
        QCOMPARE(usd.price.value_or(0), 289000.0);
        QCOMPARE(usd.priceCurrency, std::string("USD"));
        QCOMPARE(read(hw::claimtext::fold("TDP 575 W · $1,999 MSRP"), readPrices).price.value_or(0), 1999.0); // not 1,999 million
        const hw::Claim quote = read("4 x mac mini @ $1999 = $7996\n1 x switch @ $500 = $500\ntotal $8496", readPrices);
        QCOMPARE(quote.quoteLines.size(), size_t(2));
        QCOMPARE(quote.quoteTotal.value_or(0), 8496.0);
        QCOMPARE(quote.quoteLines[0].quantity, 4.0);
        const hw::Claim ib = read("hdr 400gbps", readFacts);
        QCOMPARE(ib.facts.size(), size_t(1));
        QCOMPARE(ib.facts[0].label, std::string("hdr"));
        QCOMPARE(read("全新，三年质保", readConditionAndWarranty).warrantyMonths.value_or(0), 36.0);
        QCOMPARE(read("质保3年", readConditionAndWarranty).warrantyMonths.value_or(0), 36.0);
        QCOMPARE(read("unused ports", readConditionAndWarranty).condition, std::string());
    }

    // Pathological input completes with bounded, finite readings (the reader is RE2 and single-pass;
    // how long it takes is printed by benchmarks/bench_claimtext, not asserted here).
    void pathologicalInputIsBounded()
    {
        const std::string digits = std::string(200000, '9') + " tok/s " + std::string(200000, '1') + " 元";
        const hw::Claim speeds = read(digits, readPoints);
        for (const auto &p : speeds.points) {
            QVERIFY(std::isfinite(p.perUserTps.value_or(0)) && p.perUserTps.value_or(0) <= 1e15);
            QVERIFY(std::isfinite(p.aggregateTps.value_or(0)) && p.aggregateTps.value_or(0) <= 1e15);
        }
        const hw::Claim prices = read(digits, readPrices);
        QVERIFY(std::isfinite(prices.price.value_or(0)) && prices.price.value_or(0) <= 1e15);
        // A table of a hundred thousand rows with no figures, and a line of bars only: no points.
        std::string table = "| quant | users | tok/s |\n";
        for (int i = 0; i < 100000; ++i)
            table += "| q4_k_m | x | ~ |\n";
        QVERIFY(read(table, readPoints).points.empty());
        QVERIFY(read(std::string(500000, '|'), readPoints).points.empty());
    }
};

QTEST_GUILESS_MAIN(TestClaimText)
#include "tst_claimtext.moc"
