#pragma once

// Renders a quote (hwdb::makeQuoteData) to an A4 PDF: real text, vector charts, atomic write.

#include <QJsonObject>
#include <QString>

class QIODevice;

namespace hwui {

// Writes `quote` to `path` in the quote's language. False with a message naming the file when the
// file cannot be written; nothing is left half-written (QSaveFile).
bool writeQuotePdf(const QJsonObject &quote, const QString &path, QString *error);
// The same PDF onto an open device (hwdb::QuoteStore::issue renders a new quote into its temporary file).
bool renderQuotePdf(const QJsonObject &quote, QIODevice *out, QString *error);

} // namespace hwui
