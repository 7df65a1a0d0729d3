#pragma once

// Internal to the catalog's sources: the text of an embedded resource (a migration, the seed).

#include <QString>

namespace hwdb {

QString readResource(const QString &path);

} // namespace hwdb
