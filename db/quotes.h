#pragma once

// Quotes: their data (every figure the PDF shows) is assembled once, numbered, stored, and rendered
// from the stored data, so exporting a stored quote again gives the same numbers.

#include "db/catalogdb.h"
#include "model/claims.h"
#include "model/cost.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

class QIODevice;

namespace hwdb {

struct QuoteOptions
{
    QString company;
    QString preparedBy;
    QString language = QStringLiteral("en"); // en or zh_CN
    int validityDays = 30;
    double vatRate = 0.13;                   // China's standard VAT on goods
    QByteArray logo;                         // the logo file's bytes (PNG, JPEG or SVG), stored with the quote
    // The one workload every build of the quote is evaluated at: alternatives are compared for the same
    // users and target. None: the first build's.
    std::optional<hw::Workload> workload;
};

// The quote options the user chose in the settings (company, logo, VAT, validity).
// Reads the logo file; an unreadable or oversized logo is reported in *error and left out.
QuoteOptions quoteOptionsFromSettings(QString *error);

struct StoredQuote
{
    QString number;
    QString created;
    QString language;
    QString title;
    double total = 0; // the recommended build's total (the one build's for a single-build quote); 0 when none is recommended
    QList<QPair<QString, double>> buildTotals; // each build's name and total incl. VAT, from the stored data
    QString currency;
    QString file;
    QJsonObject data;
};

// Every figure of a quote for these builds, each at the quote's one workload: per build the build file,
// estimate, cost, checklist, the speed-against-users series, where it sits against the sweep's frontier,
// its subtotal, VAT and total, and whether it meets the workload and why it is or is not recommended;
// plus the workload and the recommended build (-1 for none). The builds are alternatives: no total
// adds them up.
QJsonObject makeQuoteData(const QList<hw::Build> &builds, const hw::Catalog &catalog, const hw::PriceBook &prices, const hw::CostSettings &settings,
                          const QuoteOptions &options, const std::vector<hw::Finding> &findings = {});

// Writes a numbered quote's PDF to the device (ui/ renders it; db/ owns the transaction around it).
using QuoteRenderer = std::function<bool(const QJsonObject &quote, QIODevice *out, QString *error)>;

class QuoteStore final
{
public:
    explicit QuoteStore(CatalogDatabase &db) : m_db(db) {}
    // Numbers the quote ("Q-2026-0001", sequential), stores it and writes its PDF as one unit: inside
    // the numbering transaction the PDF is rendered to a temporary file beside pdfPath, then the record
    // is committed, then the file is renamed into place. On any failure nothing is stored, the number
    // is not spent and pdfPath is as it was. pdfPath must be a regular file or not exist yet.
    bool issue(QJsonObject *data, const QString &pdfPath, const QuoteRenderer &render, QString *error);
    // The record alone, numbered and stored (benchmarks, concurrency tests).
    bool issue(QJsonObject *data, QString *error) { return issue(data, {}, {}, error); }
    bool setFile(const QString &number, const QString &file, QString *error);
    QList<StoredQuote> list(QString *error) const;
    bool load(const QString &number, StoredQuote *quote, QString *error) const;

private:
    CatalogDatabase &m_db;
};

} // namespace hwdb
