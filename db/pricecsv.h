#pragma once

// Vendor price lists as CSV: UTF-8 with or without BOM, comma or tab separated, English or Chinese
// headers. An import is all or nothing; a bad row stops it with file:line:column and the reason.

#include "db/catalogdb.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace hwdb {

struct PriceImportResult
{
    int rows = 0;
    int added = 0;
    int unchanged = 0;
    QStringList lines; // what was (or would be) added, one line per row
};

// Header names each column may have (lower case; first is the canonical English name).
const QList<QStringList> &priceCsvHeaders();

// Reads the list as it streams in (at most limits::priceCsvBytes); prices dated in the future, decimal
// commas and over-long fields are refused with file:line:column.
bool parsePriceCsv(QIODevice *in, const QString &fileName, const hw::Catalog &catalog, std::vector<hw::PriceRecord> *records,
                   QStringList *descriptions, QString *error);
bool parsePriceCsv(const QByteArray &bytes, const QString &fileName, const hw::Catalog &catalog, std::vector<hw::PriceRecord> *records,
                   QStringList *descriptions, QString *error);
bool importPriceCsv(CatalogDatabase &db, const QString &path, const hw::Catalog &catalog, bool dryRun, PriceImportResult *result,
                    QString *error);
// Every stored price (the history), UTF-8 with BOM so Excel and WPS open it correctly; atomic write.
bool exportPriceCsv(const hw::Catalog &catalog, const QString &path, QString *error);

} // namespace hwdb
