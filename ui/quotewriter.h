#pragma once

// Renders a quote (hwdb::makeQuoteData) to an A4 PDF: real text, vector charts, atomic write.

#include <QJsonObject>
#include <QString>

#include <QList>
#include <QPair>

class QIODevice;
class QTextDocument;

namespace hwui {

// Writes `quote` to `path` in the quote's language. False with a message naming the file when the
// file cannot be written; nothing is left half-written (QSaveFile).
bool writeQuotePdf(const QJsonObject &quote, const QString &path, QString *error);
// The same PDF onto an open device (hwdb::QuoteStore::issue renders a new quote into its temporary file).
bool renderQuotePdf(const QJsonObject &quote, QIODevice *out, QString *error);

// Where the pages of a laid-out document (one text width, no page height) begin and end: each page at
// most `pageHeight` tall, cut only between table rows and between lines, never through either (a row
// taller than a page is the only one cut). Pairs of (top, bottom) in document coordinates.
QList<QPair<qreal, qreal>> pageSpans(QTextDocument &doc, qreal pageHeight);
// The (top, bottom) of every table row of the document, in document coordinates.
QList<QPair<qreal, qreal>> tableRowSpans(QTextDocument &doc);
// The quote's text as the PDF lays it out (the pages of charts follow it), for tests.
QString quoteHtml(const QJsonObject &quote);

} // namespace hwui
