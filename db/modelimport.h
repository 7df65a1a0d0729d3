#pragma once

// Adds a model to the catalog from a file: a Hugging Face config.json (the model's architecture and
// computed parameters) or a GGUF file (its header and tensor table: the model, when the catalog does not
// have it, plus a model file with the exact bytes of every tensor group). One transaction: all or nothing.

#include "db/configimport.h"
#include "db/ggufreader.h"

#include <QString>

#include <optional>

namespace hwdb {

class CatalogDatabase;

struct ModelImportResult
{
    hw::ModelSpec model;
    bool modelAdded = false;           // false: a GGUF attached to a model the catalog had
    std::optional<ConfigImport> config;
    std::optional<GgufInfo> gguf;
    std::optional<hw::ModelFile> file; // GGUF only
    bool quantAdded = false;

    QStringList summary() const;       // lines for people
};

// `modelId` (empty: from the file) and `quantId` (GGUF; empty: from general.file_type) as given by the user.
bool importModel(CatalogDatabase &db, const QString &path, const QString &modelId, const QString &quantId, ModelImportResult *result,
                 QString *error);

} // namespace hwdb
