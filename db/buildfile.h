#pragma once

// Build files ("hwplanner.build/1" JSON): read into an hw::Build against the catalog, written back.

#include "model/build.h"
#include "model/catalog.h"

#include <QJsonObject>
#include <QString>

namespace hwdb {

inline constexpr char kBuildFormat[] = "hwplanner.build/1";

struct BuildError
{
    QString file;
    int line = 0;     // 0 = unknown
    QString field;    // JSON path, e.g. "gpu.count"
    QString message;
    QString toString() const;
};

// Parses `json` (the contents of `fileName`). On failure returns false and fills `error`.
bool parseBuild(const QByteArray &json, const QString &fileName, const hw::Catalog &catalog, hw::Build *build,
                BuildError *error);
bool readBuildFile(const QString &path, const hw::Catalog &catalog, hw::Build *build, BuildError *error);

// A build as a build-file object: catalog parts by id, parts the catalog lacks inline. parseBuild() of
// the result gives the same build back.
QJsonObject buildToJson(const hw::Build &build);

} // namespace hwdb
