#pragma once

// Reads a GGUF file's header and tensor table (never the weights: a file truncated after its tensor
// table is enough), following the GGUF spec (ggml docs/gguf.md, versions 2 and 3, little-endian).
// Gives the architecture metadata as a catalog model and the exact bytes of every tensor, by ggml
// type and by what the tensor is for. Hostile input gives an error naming the file, the byte offset
// and what was expected; counts and lengths are capped by what the file can hold.

#include "model/specs.h"

#include <QString>
#include <QVariant>

#include <map>

class QIODevice;

namespace hwdb {

// Block size and bytes per block of a ggml type (ggml.c type_traits, ggml-common.h block structs).
struct GgmlTypeTraits
{
    const char *name = nullptr; // nullptr: unknown or removed type id
    int blockSize = 0;
    int bytesPerBlock = 0;
};
GgmlTypeTraits ggmlType(quint32 id);
// llama_ftype (general.file_type) as a catalog quant id: 15 -> "q4_k_m"; unknown -> "gguf-custom".
QString quantIdForFileType(qint64 fileType);

struct GgufInfo
{
    quint32 version = 0;
    QString architecture;
    QString name;                          // general.name
    qint64 fileType = -1;                  // general.file_type
    quint64 alignment = 32;
    quint64 tensorCount = 0;
    quint64 dataOffset = 0;                // where the tensor data starts
    std::map<QString, QVariant> metadata;  // scalar and string values; arrays are skipped (their length kept as KEY#count)
    std::map<QString, double> bytesByType; // ggml type name -> bytes
    hw::WeightGroupBytes groups;           // bytes by tensor group
    hw::WeightGroupBytes groupParams;      // elements by tensor group
    double totalBytes = 0;
    double totalParams = 0;
    hw::ModelSpec model;                   // from the metadata and the tensor counts
};

// `name` names the source in messages.
bool readGguf(QIODevice *device, const QString &name, GgufInfo *out, QString *error);
bool readGgufFile(const QString &path, GgufInfo *out, QString *error);

} // namespace hwdb
