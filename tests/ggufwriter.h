#pragma once

// Writes GGUF headers and tensor tables to the spec (ggml docs/gguf.md) for tests; no real weights.

#include <QByteArray>
#include <QtEndian>

#include <cstring>
#include <initializer_list>

// Little-endian, version 2 or 3.
class GgufWriter
{
public:
    explicit GgufWriter(quint32 version = 3) { m_version = version; }

    void u8(quint8 v) { m_kv.append(char(v)); }
    void u32(quint32 v) { append(m_kv, v); }
    void u64(quint64 v) { append(m_kv, v); }
    void str(const QByteArray &s) { append(m_kv, quint64(s.size())); m_kv.append(s); }
    void key(const char *k, quint32 type) { str(k); u32(type); ++m_keys; }
    void kvU32(const char *k, quint32 v) { key(k, 4); u32(v); }
    void kvU64(const char *k, quint64 v) { key(k, 10); u64(v); }
    void kvStr(const char *k, const QByteArray &v) { key(k, 8); str(v); }
    void kvF32(const char *k, float v) { key(k, 6); quint32 raw; std::memcpy(&raw, &v, 4); u32(raw); }
    void kvBool(const char *k, quint8 v) { key(k, 7); u8(v); }
    void kvStrings(const char *k, int n)
    {
        key(k, 9);
        u32(8);
        u64(quint64(n));
        for (int i = 0; i < n; ++i)
            str("tok" + QByteArray::number(i));
    }
    void kvU32Array(const char *k, int n)
    {
        key(k, 9);
        u32(4);
        u64(quint64(n));
        for (int i = 0; i < n; ++i)
            u32(quint32(i));
    }
    void tensor(const QByteArray &name, std::initializer_list<quint64> ne, quint32 type, quint64 offset = ~quint64(0))
    {
        append(m_tensors, quint64(name.size()));
        m_tensors.append(name);
        append(m_tensors, quint32(ne.size()));
        for (quint64 d : ne)
            append(m_tensors, d);
        append(m_tensors, type);
        append(m_tensors, offset == ~quint64(0) ? m_nextOffset : offset);
        m_nextOffset += 32 * 1024; // aligned; the data is never read
        ++m_count;
    }
    // Header, metadata, tensor table, padding and `dataBytes` of (fake) weights.
    QByteArray bytes(qsizetype dataBytes = 64) const
    {
        QByteArray b("GGUF");
        append(b, m_version);
        append(b, m_count);
        append(b, m_keys);
        b += m_kv + m_tensors;
        while (b.size() % 32)
            b.append('\0');
        b.append(QByteArray(dataBytes, '\x55'));
        return b;
    }
    quint64 m_count = 0;
    quint64 m_keys = 0;

private:
    template<typename T>
    static void append(QByteArray &b, T v)
    {
        char raw[sizeof(T)];
        qToLittleEndian(v, raw);
        b.append(raw, sizeof(T));
    }
    quint32 m_version;
    QByteArray m_kv;
    QByteArray m_tensors;
    quint64 m_nextOffset = 0;
};

