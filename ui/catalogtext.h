#pragma once

// Prose of the embedded catalog (the models' and quants' quality notes) in the interface's language.

#include <QString>

#include <string>

namespace hwui {

// The text translated when it is one of the embedded catalog's notes; a note a user wrote or changed in
// the catalog is shown as written.
QString catalogText(const std::string &text);

} // namespace hwui
