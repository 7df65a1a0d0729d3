#include "model/hardware.h"
#include "model/kvcache.h"
#include "model/weights.h"

#include <QTest>

namespace {

hw::ModelSpec deepseekR1()
{
    // config.json of deepseek-ai/DeepSeek-R1
    hw::ModelSpec m;
    m.id = "deepseek-r1";
    m.totalParamsB = 671;
    m.activeParamsB = 37;
    m.layers = 61;
    m.denseLayers = 3;
    m.hiddenSize = 7168;
    m.attentionHeads = 128;
    m.attention = hw::Attention::Mla;
    m.kvLoraRank = 512;
    m.qkRopeDim = 64;
    m.qkNopeDim = 128;
    m.vHeadDim = 128;
    m.routedExperts = 256;
    m.expertsPerToken = 8;
    m.expertFfnDim = 2048;
    m.vocabSize = 129280;
    return m;
}

hw::ModelSpec gqa(int layers, int kvHeads, int headDim)
{
    hw::ModelSpec m;
    m.layers = layers;
    m.kvHeads = kvHeads;
    m.headDim = headDim;
    m.attention = hw::Attention::Gqa;
    return m;
}

} // namespace

class TestKvCache final : public QObject
{
    Q_OBJECT

private slots:
    void bytesPerToken_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("mla");
        QTest::addColumn<double>("expected");
        // MLA numbers: domain.md section 4 and llama.cpp PR #11446 (2196 MiB at 32768 tokens).
        QTest::newRow("r1 MLA latent f16") << 0 << 0 << 0 << int(hw::KvType::F16) << true << 70272.0;
        QTest::newRow("r1 MLA expanded f16") << 0 << 0 << 0 << int(hw::KvType::F16) << false << 128.0 * 320 * 61 * 2;
        QTest::newRow("r1 MLA latent q8_0") << 0 << 0 << 0 << int(hw::KvType::Q8_0) << true << 576.0 * 61 * 34 / 32;
        QTest::newRow("32B GQA 64x8x128 f16") << 64 << 8 << 128 << int(hw::KvType::F16) << true << 262144.0;
        QTest::newRow("70B GQA 80x8x128 f16") << 80 << 8 << 128 << int(hw::KvType::F16) << true << 327680.0;
        QTest::newRow("70B GQA q4_0") << 80 << 8 << 128 << int(hw::KvType::Q4_0) << true << 327680.0 / 2 * 18 / 32;
        QTest::newRow("1.5B GQA 28x2x128 fp8") << 28 << 2 << 128 << int(hw::KvType::Fp8) << true << 2.0 * 2 * 128 * 28;
    }
    void bytesPerToken()
    {
        QFETCH(int, layers);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        QFETCH(int, type);
        QFETCH(bool, mla);
        QFETCH(double, expected);
        const hw::ModelSpec m = layers == 0 ? deepseekR1() : gqa(layers, kvHeads, headDim);
        QCOMPARE(hw::kvBytesPerToken(m, hw::KvType(type), mla), expected);
    }

    void mlaAt32kTokensIs2196MiB()
    {
        const double bytes = hw::kvBytesPerToken(deepseekR1(), hw::KvType::F16, true) * 32768;
        QCOMPARE(qRound(bytes / (1024.0 * 1024.0)), 2196);
    }

    void distinctExperts_data()
    {
        QTest::addColumn<double>("batch");
        QTest::addColumn<int>("expected");
        // domain.md section 5: 8, 57, 163 for B = 1, 8, 32 (256 experts, 8 per token).
        QTest::newRow("B=1") << 1.0 << 8;
        QTest::newRow("B=8") << 8.0 << 57;
        QTest::newRow("B=32") << 32.0 << 163;
        QTest::newRow("B=1024 saturates") << 1024.0 << 256;
    }
    void distinctExperts()
    {
        QFETCH(double, batch);
        QFETCH(int, expected);
        QCOMPARE(qRound(hw::distinctExperts(256, 8, batch)), expected);
    }

    void r1ParamSplit()
    {
        const hw::ParamSplit p = hw::paramSplit(deepseekR1());
        // 58 MoE layers x 256 experts x 3 x 7168 x 2048 = 653.9B routed; 8 of them per token = 20.4B.
        QCOMPARE(qRound64(p.routedExperts / 1e8), qint64(6539));
        QCOMPARE(qRound64(p.routedActive / 1e8), qint64(204));
        QVERIFY(p.other() > 16e9 && p.other() < 18e9);
    }

    void fp8CastToBf16DoublesWeights()
    {
        hw::Build b;
        b.model = deepseekR1();
        b.quant.bitsPerWeight = 8;
        b.quant.needsNativeFp8 = true;
        b.fileGB = 685;
        QCOMPARE(hw::weightBytes(b, true).total, 685e9);
        const hw::WeightBytes cast = hw::weightBytes(b, false);
        QVERIFY(cast.castToBf16);
        QCOMPARE(cast.total, 1342e9); // domain.md: ~1.34 TB
    }

    void dynamicQuantKeepsAttentionWide()
    {
        hw::Build b;
        b.model = deepseekR1();
        b.quant.bitsPerWeight = 1.58;
        b.quant.nonExpertBits = 4.5;
        b.fileGB = 131;
        const hw::WeightBytes w = hw::weightBytes(b, true);
        QCOMPARE(w.total, 131e9);
        QVERIFY(w.other > 9e9 && w.other < 10e9);   // 17.1B non-expert params at 4.5 bits
        QCOMPARE(w.other + w.routedExperts, w.total);
    }

    void cpuBandwidthAndPeak_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("mts");
        QTest::addColumn<double>("expected");
        QTest::newRow("8ch DDR5-4800") << 8 << 4800 << 307.2;
        QTest::newRow("12ch DDR5-4800") << 12 << 4800 << 460.8;
        QTest::newRow("4 of 8 channels halve it") << 4 << 4800 << 153.6;
        QTest::newRow("4ch DDR4-2133") << 4 << 2133 << 68.256;
    }
    void cpuBandwidthAndPeak()
    {
        QFETCH(int, channels);
        QFETCH(int, mts);
        QFETCH(double, expected);
        QCOMPARE(hw::socketBandwidthGBs(channels, mts), expected);
    }
};

QTEST_APPLESS_MAIN(TestKvCache)
#include "tst_kvcache.moc"
