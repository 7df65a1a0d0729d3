#include "model/hardware.h"
#include "model/estimator.h"
#include "model/placement.h"

#include <QTest>

#include <cmath>

class TestPlacement final : public QObject
{
    Q_OBJECT

private slots:
    void unslothRule_data()
    {
        QTest::addColumn<double>("vramGB");
        QTest::addColumn<double>("fileGB");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("expected");
        // Seed 000 / Unsloth's guide: floor(VRAM / file x 61) - 4.
        QTest::newRow("1.58-bit on one 24 GB card") << 24.0 << 131.0 << 61 << 7;
        QTest::newRow("2.22-bit on 2 x A100 80 GB") << 160.0 << 183.0 << 61 << 49;
        QTest::newRow("never above the layer count") << 480.0 << 131.0 << 61 << 61;
        QTest::newRow("never below zero") << 4.0 << 404.0 << 61 << 0;
    }
    void unslothRule()
    {
        QFETCH(double, vramGB);
        QFETCH(double, fileGB);
        QFETCH(int, layers);
        QFETCH(int, expected);
        QCOMPARE(hw::unslothGpuLayers(vramGB, fileGB, layers), expected);
    }

    void cpuBandwidth_data()
    {
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("numaAware");
        QTest::addColumn<double>("expected");
        // Xeon 6454S: 8 channels DDR5-4800 = 307.2 GB/s per socket, 32 cores.
        QTest::newRow("one socket, all channels") << 1 << 0 << 0 << false << 307.2;
        QTest::newRow("half the channels populated") << 1 << 4 << 0 << false << 153.6;
        QTest::newRow("12 threads cap the stream") << 1 << 0 << 12 << false << 12 * hw::kPerCoreBandwidthGBs;
        QTest::newRow("two sockets, NUMA-aware") << 2 << 0 << 0 << true << 614.4;
        QTest::newRow("two sockets, not NUMA-aware") << 2 << 0 << 0 << false << 307.2 * (1 + hw::kCrossSocketScaling);
    }
    void cpuBandwidth()
    {
        QFETCH(int, sockets);
        QFETCH(int, channels);
        QFETCH(int, threads);
        QFETCH(bool, numaAware);
        QFETCH(double, expected);
        hw::Build b;
        hw::CpuSpec cpu;
        cpu.cores = 32;
        cpu.baseGHz = 2.2;
        cpu.memoryChannels = 8;
        cpu.memoryMTs = 4800;
        b.cpu = cpu;
        b.sockets = sockets;
        b.ramChannels = channels;
        if (threads > 0)
            b.cpuThreads = threads;
        QVERIFY(qAbs(hw::cpuBandwidthGBs(b, numaAware, true) - expected) < 1e-9);
    }

    void cpuPeakByIsa()
    {
        hw::CpuSpec cpu;
        cpu.cores = 32;
        cpu.baseGHz = 2.0;
        QCOMPARE(hw::cpuPeakTflops(cpu, 32), 32 * 2.0 * 32 / 1000.0);
        cpu.avx512 = true;
        QCOMPARE(hw::cpuPeakTflops(cpu, 32), 32 * 2.0 * 64 / 1000.0);
        cpu.amx = true;
        QCOMPARE(hw::cpuPeakTflops(cpu, 32), 32 * 2.0 * 1024 / 1000.0);
    }

    // Past its inline capacity the vector moves to the heap and keeps every item, in order.
    void inlineVectorGrowsPastCapacity_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("inline, 3 of 4") << 3;
        QTest::newRow("full, 4 of 4") << 4;
        QTest::newRow("one past, 5") << 5;
        QTest::newRow("many, 64") << 64;
    }
    void inlineVectorGrowsPastCapacity()
    {
        QFETCH(int, count);
        hw::InlineVector<hw::Stage, 4> v;
        for (int i = 0; i < count; ++i) {
            hw::Stage s;
            s.devices = i + 1;
            v.push_back(s);
        }
        QCOMPARE(int(v.size()), count);
        QCOMPARE(v.onHeap(), count > 4);
        int i = 0;
        for (const hw::Stage &s : v)
            QCOMPARE(s.devices, ++i);
        QCOMPARE(i, count);
        const hw::InlineVector<hw::Stage, 4> copy = v; // copies keep every item
        QCOMPARE(int(copy.size()), count);
        QCOMPARE(copy[std::size_t(count - 1)].devices, count);
    }

    // A pipeline over 8 nodes has one stage per node: none is dropped, so 8 nodes are slower per
    // user than 4 (every node's share is read in turn, plus more hops), never faster.
    // Serving engines across nodes run tensor parallel over every GPU (--tp 16 --nnodes 2): one stage
    // split over all GPUs, two all-reduces per layer each crossing the network once.
    void tensorParallelAcrossNodes()
    {
        hw::Build b;
        b.model.layers = 61;
        b.model.totalParamsB = 671;
        b.model.activeParamsB = 37;
        b.model.hiddenSize = 7168;
        b.model.attentionHeads = 128;
        b.model.kvHeads = 128;
        b.model.headDim = 128;
        b.model.vocabSize = 129280;
        b.model.maxContext = 163840;
        b.quant.format = "safetensors";
        b.quant.bitsPerWeight = 8;
        b.runtime.formats = {"safetensors"};
        b.runtime.gpuVendors = {"NVIDIA"};
        b.runtime.tensorParallel = true;
        b.runtime.hopLatencyMs = 0.5;
        hw::GpuSpec g;
        g.vendor = "NVIDIA";
        g.name = "test";
        g.memoryGB = 80;
        g.bandwidthGBs = 3350;
        g.bf16Tflops = 989;
        g.interconnect = "nvlink";
        b.gpu = g;
        b.gpusPerNode = 8;
        b.nodes = 8;
        const hw::Plan plan = hw::planPlacement(b, false);
        QCOMPARE(int(plan.stages.size()), 1);
        QCOMPARE(plan.stages[0].devices, 64);
        // 2 x 61 all-reduces x (8 us NVLink + 2 x 63 ring steps of 0.5 ms on the network)
        QVERIFY(std::abs(plan.interconnectMs - 2 * 61 * (0.008 + 2 * 63 * 0.5)) < 1e-9);
        // Ring all-reduce of a 7168-wide BF16 hidden state per sequence over one 50 GB/s NIC per GPU.
        QVERIFY(std::abs(plan.allReduceSecondsPerToken - 2 * 61 * 2.0 * 63 / 64 * 7168 * 2 / 50e9) < 1e-12);
        b.nodes = 1;
        const hw::Plan one = hw::planPlacement(b, false);
        QCOMPARE(one.stages[0].devices, 8);
        QVERIFY(std::abs(one.interconnectMs - 2 * 61 * 0.008) < 1e-9); // no network inside one node
        // More nodes: each GPU reads less per step, but every step waits on the network.
        QVERIFY(hw::decodeStep(b, one, 1).gpuMemory > hw::decodeStep(b, plan, 1).gpuMemory);
        QVERIFY(hw::decodeStep(b, one, 1).interconnect < hw::decodeStep(b, plan, 1).interconnect);
    }
};

QTEST_APPLESS_MAIN(TestPlacement)
#include "tst_placement.moc"
