// GGUF header and tensor table: written here to the spec (ggml docs/gguf.md), read back exactly, and
// hostile or truncated files refused with the byte offset and what was expected.

#include "db/ggufreader.h"
#include "ggufwriter.h"

#include <QBuffer>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

bool read(const QByteArray &bytes, hwdb::GgufInfo *info, QString *error)
{
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    return hwdb::readGguf(&buf, u"model.gguf"_s, info, error);
}

// A small DeepSeek-2-style model: MLA, MoE with one shared expert and a leading dense layer.
GgufWriter smallMoe(quint32 version = 3)
{
    GgufWriter w(version);
    w.kvStr("general.architecture", "deepseek2");
    w.kvStr("general.name", "Tiny MoE");
    w.kvU32("general.file_type", 15);
    w.kvF32("general.some_float", 0.5f);
    w.kvBool("general.flag", 1);
    w.kvU32("deepseek2.block_count", 2);
    w.kvU64("deepseek2.context_length", 8192);
    w.kvU32("deepseek2.embedding_length", 256);
    w.kvU32("deepseek2.attention.head_count", 4);
    w.kvU32("deepseek2.attention.head_count_kv", 4);
    w.kvU32("deepseek2.attention.kv_lora_rank", 64);
    w.kvU32("deepseek2.attention.key_length", 96);
    w.kvU32("deepseek2.attention.value_length", 64);
    w.kvU32("deepseek2.rope.dimension_count", 32);
    w.kvU32("deepseek2.expert_count", 4);
    w.kvU32("deepseek2.expert_used_count", 2);
    w.kvU32("deepseek2.expert_shared_count", 1);
    w.kvU32("deepseek2.leading_dense_block_count", 1);
    w.kvU32("deepseek2.expert_feed_forward_length", 128);
    w.kvStrings("tokenizer.ggml.tokens", 10);
    w.kvU32Array("tokenizer.ggml.token_type", 10);
    // Bytes per tensor from the ggml block sizes: e.g. Q8_0 is 34 bytes per 32 values.
    w.tensor("token_embd.weight", {256, 10}, 8);              // 8 blocks x 34 x 10 = 2,720
    w.tensor("output.weight", {256, 10}, 14);                 // Q6_K 210 x 10 = 2,100
    w.tensor("output_norm.weight", {256}, 0);                 // F32 1,024
    w.tensor("blk.0.attn_norm.weight", {256}, 0);             // F32 1,024
    w.tensor("blk.0.attn_q.weight", {256, 384}, 12);          // Q4_K 144 x 384 = 55,296
    w.tensor("blk.0.attn_kv_a_mqa.weight", {256, 96}, 30);    // BF16 256 x 96 x 2 = 49,152
    w.tensor("blk.0.ffn_gate.weight", {256, 512}, 12);        // Q4_K 144 x 512 = 73,728
    w.tensor("blk.1.ffn_gate_inp.weight", {256, 4}, 0);       // F32 router 4,096
    w.tensor("blk.1.ffn_gate_exps.weight", {256, 128, 4}, 16); // IQ2_XXS 66 x 512 = 33,792
    w.tensor("blk.1.ffn_down_exps.weight", {128 * 2, 256, 4}, 19); // IQ1_S 50 x 1,024 = 51,200
    w.tensor("blk.1.ffn_up_shexp.weight", {256, 128}, 39);    // MXFP4 8 x 17 x 128 = 17,408
    return w;
}

} // namespace

class TestGgufReader final : public QObject
{
    Q_OBJECT

private slots:
    void smallModelExactBytes_data()
    {
        QTest::addColumn<quint32>("version");
        QTest::newRow("v3") << 3u;
        QTest::newRow("v2") << 2u;
    }
    void smallModelExactBytes()
    {
        QFETCH(quint32, version);
        hwdb::GgufInfo info;
        QString error;
        QVERIFY2(read(smallMoe(version).bytes(), &info, &error), qPrintable(error));
        QCOMPARE(info.version, version);
        QCOMPARE(info.architecture, u"deepseek2"_s);
        QCOMPARE(info.tensorCount, quint64(11));
        QCOMPARE(info.groups.embedding, 2720.0);
        QCOMPARE(info.groups.output, 2100.0);
        QCOMPARE(info.groups.attention, 55296.0 + 49152.0);
        QCOMPARE(info.groups.denseFfn, 73728.0);
        QCOMPARE(info.groups.routedExperts, 33792.0 + 51200.0);
        QCOMPARE(info.groups.sharedExperts, 17408.0);
        QCOMPARE(info.groups.other, 1024.0 + 1024.0 + 4096.0);
        QCOMPARE(info.totalBytes, info.groups.total());
        QCOMPARE(info.bytesByType.at(u"q4_k"_s), 55296.0 + 73728.0);
        QCOMPARE(info.bytesByType.at(u"f32"_s), 6144.0);
        const double params = 2560 + 2560 + 256 + 256 + 98304 + 24576 + 131072 + 1024 + 131072 + 262144 + 32768;
        QCOMPARE(info.totalParams, params);
        const hw::ModelSpec &m = info.model;
        QCOMPARE(m.totalParamsB * 1e9, params);
        // Active: all but half the routed experts (2 of 4) and the looked-up embedding.
        QCOMPARE(m.activeParamsB * 1e9, params - (131072 + 262144) / 2.0 - 2560);
        QCOMPARE(m.layers, 2);
        QCOMPARE(m.hiddenSize, 256);
        QCOMPARE(m.vocabSize, 10);
        QCOMPARE(m.maxContext, 8192);
        QCOMPARE(m.attention, hw::Attention::Mla);
        QCOMPARE(m.kvLoraRank, 64);
        QCOMPARE(m.qkRopeDim, 32);
        QCOMPARE(m.qkNopeDim, 64);
        QCOMPARE(m.vHeadDim, 64);
        QCOMPARE(m.routedExperts, 4);
        QCOMPARE(m.expertsPerToken, 2);
        QCOMPARE(m.sharedExperts, 1);
        QCOMPARE(m.denseLayers, 1);
        QVERIFY(!m.tiedEmbeddings);
        QCOMPARE(info.fileType, qint64(15));
        QCOMPARE(hwdb::quantIdForFileType(info.fileType), u"q4_k_m"_s);
        QCOMPARE(info.model.name, std::string("Tiny MoE"));
    }

    // Every supported ggml type: one 256 x 2 tensor, bytes = 2 x 256 / block x bytes per block.
    void typeSizes_data()
    {
        QTest::addColumn<quint32>("type");
        QTest::addColumn<double>("bytes");
        const struct { const char *name; quint32 id; int block; int size; } types[] = {
            {"F32", 0, 1, 4},       {"F16", 1, 1, 2},       {"Q4_0", 2, 32, 18},     {"Q4_1", 3, 32, 20},    {"Q5_0", 6, 32, 22},
            {"Q5_1", 7, 32, 24},    {"Q8_0", 8, 32, 34},    {"Q8_1", 9, 32, 36},     {"Q2_K", 10, 256, 84},  {"Q3_K", 11, 256, 110},
            {"Q4_K", 12, 256, 144}, {"Q5_K", 13, 256, 176}, {"Q6_K", 14, 256, 210},  {"Q8_K", 15, 256, 292}, {"IQ2_XXS", 16, 256, 66},
            {"IQ2_XS", 17, 256, 74}, {"IQ3_XXS", 18, 256, 98}, {"IQ1_S", 19, 256, 50}, {"IQ4_NL", 20, 32, 18}, {"IQ3_S", 21, 256, 110},
            {"IQ2_S", 22, 256, 82}, {"IQ4_XS", 23, 256, 136}, {"IQ1_M", 29, 256, 56}, {"BF16", 30, 1, 2},    {"TQ1_0", 34, 256, 54},
            {"TQ2_0", 35, 256, 66}, {"MXFP4", 39, 32, 17}};
        for (const auto &t : types)
            QTest::newRow(t.name) << t.id << 2.0 * 256 / t.block * t.size;
    }
    void typeSizes()
    {
        QFETCH(quint32, type);
        QFETCH(double, bytes);
        GgufWriter w;
        w.kvStr("general.architecture", "llama");
        w.kvU32("llama.block_count", 1);
        w.kvU32("llama.embedding_length", 256);
        w.kvU32("llama.attention.head_count", 2);
        w.tensor("blk.0.attn_q.weight", {256, 2}, type);
        hwdb::GgufInfo info;
        QString error;
        QVERIFY2(read(w.bytes(), &info, &error), qPrintable(error));
        QCOMPARE(info.totalBytes, bytes);
        QCOMPARE(info.groups.attention, bytes);
    }

    // A file cut right after the tensor table (or inside the weights) still gives the exact sizes.
    void truncatedAfterTable()
    {
        const QByteArray whole = smallMoe().bytes(4096);
        hwdb::GgufInfo info;
        QString error;
        QVERIFY2(read(whole.left(whole.size() - 4096), &info, &error), qPrintable(error));
        QCOMPARE(info.totalBytes, 2720.0 + 2100 + 1024 + 1024 + 55296 + 49152 + 73728 + 4096 + 33792 + 51200 + 17408);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray good = smallMoe().bytes();
        auto patched = [&](qsizetype at, const QByteArray &with) {
            QByteArray b = good;
            b.replace(at, with.size(), with);
            return b;
        };
        auto le64 = [](quint64 v) {
            QByteArray b(8, '\0');
            qToLittleEndian(v, b.data());
            return b;
        };
        QTest::newRow("empty") << QByteArray() << u"byte 0: expected the magic"_s;
        QTest::newRow("bad magic") << patched(0, "GGML") << u"byte 0: expected the magic \"GGUF\""_s;
        QTest::newRow("version 1") << patched(4, QByteArray("\x01\0\0\0", 4)) << u"byte 4: GGUF version 1"_s;
        QTest::newRow("big-endian") << patched(4, QByteArray("\0\0\0\x03", 4)) << u"byte 4: GGUF version 50331648"_s;
        QTest::newRow("huge tensor count") << patched(8, le64(quint64(1) << 62)) << u"byte 8: tensor count"_s;
        QTest::newRow("huge metadata count") << patched(16, le64(quint64(1) << 40)) << u"byte 16: metadata count"_s;
        // The first key's length: past the end of the file, and beyond the cap.
        QTest::newRow("key length past EOF") << patched(24, le64(quint64(good.size()))) << u"byte 32: expected metadata key 0"_s;
        QTest::newRow("key length huge") << patched(24, le64(quint64(1) << 60)) << u"byte 24: metadata key 0 claims"_s;
        // general.architecture's value type (after 8 + 20 bytes of key): 99 is no type.
        QTest::newRow("unknown value type") << patched(52, QByteArray("\x63\0\0\0", 4)) << u"byte 52: general.architecture: unknown value type 99"_s;
        QTest::newRow("truncated in metadata") << good.left(400) << u"expected"_s;
        {
            GgufWriter w;
            w.kvStr("general.architecture", "llama");
            w.key("tokenizer.ggml.tokens", 9);
            w.u32(8);
            w.u64(quint64(1) << 50); // strings the file cannot hold
            QTest::newRow("huge array") << w.bytes() << u"tokenizer.ggml.tokens: array of 1125899906842624 elements cannot fit"_s;
        }
        {
            GgufWriter w;
            w.kvBool("general.flag", 2);
            QTest::newRow("bool 2") << w.bytes() << u"a bool must be 0 or 1"_s;
        }
        {
            GgufWriter w;
            w.kvStr("general.architecture", "llama");
            w.tensor("blk.0.attn_q.weight", {100, 2}, 12); // 100 is not a multiple of Q4_K's 256
            QTest::newRow("partial block") << w.bytes() << u"not a multiple of q4_k's block of 256"_s;
        }
        {
            GgufWriter w;
            w.tensor("blk.0.attn_q.weight", {256, 2}, 31); // removed Q4_0_4_4
            QTest::newRow("unknown ggml type") << w.bytes() << u"unknown ggml type 31"_s;
        }
        {
            GgufWriter w;
            w.tensor("x", {256, 2}, 0, 7);
            QTest::newRow("misaligned") << w.bytes() << u"data offset 7 is not aligned to 32"_s;
        }
        {
            GgufWriter w;
            w.tensor("x", {1, 1, 1, 1, 1}, 0);
            QTest::newRow("five dims") << w.bytes() << u"5 dimensions"_s;
        }
        {
            GgufWriter w;
            w.tensor("x", {0}, 0);
            QTest::newRow("zero dim") << w.bytes() << u"dimension 0 is 0"_s;
        }
        {
            GgufWriter w;
            w.kvU32("general.alignment", 48);
            QTest::newRow("bad alignment") << w.bytes() << u"not a power of two"_s;
        }
        {
            const QByteArray b = smallMoe().bytes(0);
            QTest::newRow("truncated in tensor table") << b.left(b.size() - 60) << u"expected"_s;
        }
        {
            GgufWriter w;
            w.kvStr("general.architecture", "llama");
            QTest::newRow("no architecture numbers") << w.bytes() << u"llama.block_count"_s;
        }
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        hwdb::GgufInfo info;
        QString error;
        QVERIFY(!read(bytes, &info, &error));
        QVERIFY2(error.startsWith(u"model.gguf: byte "_s), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void fileTypeNames_data()
    {
        QTest::addColumn<qint64>("fileType");
        QTest::addColumn<QString>("quant");
        QTest::newRow("Q4_K_M") << qint64(15) << u"q4_k_m"_s;
        QTest::newRow("IQ1_S") << qint64(24) << u"iq1_s"_s;
        QTest::newRow("Q8_0") << qint64(7) << u"q8_0"_s;
        QTest::newRow("MXFP4_MOE") << qint64(38) << u"mxfp4_moe"_s;
        QTest::newRow("unknown") << qint64(1000) << u"gguf-custom"_s;
        QTest::newRow("absent") << qint64(-1) << u"gguf-custom"_s;
    }
    void fileTypeNames()
    {
        QFETCH(qint64, fileType);
        QFETCH(QString, quant);
        QCOMPARE(hwdb::quantIdForFileType(fileType), quant);
    }
};

QTEST_GUILESS_MAIN(TestGgufReader)
#include "tst_ggufreader.moc"
