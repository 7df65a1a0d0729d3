#include "db/quotes.h"

#include "db/appsettings.h"
#include "db/buildfile.h"
#include "db/resultjson.h"
#include "db/safeio.h"
#include "model/recommend.h"
#include "model/sweep.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

QJsonArray concurrencySeries(const hw::Build &b, const hw::Estimate &e)
{
    QJsonArray rows;
    if (!e.runs)
        return rows;
    const hw::Plan plan = hw::planPlacement(b, false);
    const double prefill = hw::prefillTokensPerSecond(b, plan);
    for (int users : {1, 2, 4, 8, 16, 32, 64, 128, 256}) {
        const hw::Throughput t = hw::throughputAt(b, plan, users, prefill);
        rows.append(QJsonArray{users, t.perUser, t.aggregate});
    }
    return rows;
}

} // namespace

QJsonObject makeQuoteData(const QList<hw::Build> &builds, const hw::Catalog &catalog, const hw::PriceBook &prices, const hw::CostSettings &settings,
                          const QuoteOptions &options, const std::vector<hw::Finding> &findings)
{
    const hw::Workload workload = options.workload ? *options.workload : builds.isEmpty() ? hw::Workload{} : builds.first().workload;
    std::vector<hw::Alternative> alternatives;
    for (const hw::Build &original : builds) {
        hw::Alternative a;
        a.build = hw::atWorkload(original, workload);
        a.estimate = hw::estimate(a.build);
        a.cost = hw::costOf(a.build, a.estimate, prices, settings);
        a.checks = hw::buyerChecklist(a.build, a.estimate, a.cost);
        alternatives.push_back(std::move(a));
    }
    const hw::Recommendation recommendation = hw::recommend(alternatives);
    // Builds of one model share their frontier (they are evaluated at one workload): sweep each model once,
    // and only over priced GPUs, since the frontier is drawn from priced builds alone.
    std::vector<std::pair<std::string, QJsonArray>> frontiers;
    const auto frontierFor = [&](const hw::Build &build) {
        for (const auto &[model, f] : frontiers)
            if (model == build.model.id)
                return f;
        hw::SweepTarget target = hw::sweepTargetFor(build);
        target.pricedOnly = true;
        const hw::SweepResult s = hw::sweep(catalog, target, prices, settings);
        QJsonArray f;
        for (std::size_t k : s.frontierAggregate)
            f.append(QJsonArray{s.points[k].capex, double(s.points[k].aggregate)});
        frontiers.emplace_back(build.model.id, f);
        return f;
    };
    QJsonArray items;
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const hw::Alternative &a = alternatives[i];
        QJsonObject result = estimateToJson(a.build, a.estimate, &a.cost);
        // Where the build sits against the cost-versus-speed frontier of its model and workload.
        const QJsonArray frontier = frontierFor(a.build);
        // Invoice arithmetic in cents: the subtotal is the sum of the amounts printed, VAT is rounded once.
        qint64 subtotalCents = 0;
        for (const QJsonValue &line : result.value(u"cost"_s).toObject().value(u"lines"_s).toArray())
            subtotalCents += qRound64(line.toObject().value(u"total"_s).toDouble() * 100);
        const qint64 vatCents = qRound64(double(subtotalCents) * options.vatRate);
        const hw::Message &reason = recommendation.reasons[i];
        // The parts' names as the catalog had them when quoted: a stored quote renders them, not ids.
        const QJsonObject names{{u"model"_s, QString::fromStdString(a.build.model.name)}, {u"quant"_s, QString::fromStdString(a.build.quant.name)},
                                {u"runtime"_s, QString::fromStdString(a.build.runtime.name)},
                                {u"gpu"_s, a.build.gpu ? QString::fromStdString(a.build.gpu->name) : QString()},
                                {u"cpu"_s, a.build.cpu ? QString::fromStdString(a.build.cpu->name) : QString()}};
        items.append(QJsonObject{{u"build"_s, buildToJson(a.build)}, {u"names"_s, names}, {u"result"_s, result}, {u"checklist"_s, checklistToJson(a.checks)},
                                 {u"concurrency"_s, concurrencySeries(a.build, a.estimate)}, {u"frontier"_s, frontier},
                                 {u"subtotal"_s, double(subtotalCents) / 100}, {u"vat"_s, double(vatCents) / 100},
                                 {u"total"_s, double(subtotalCents + vatCents) / 100},
                                 {u"meets_target"_s, bool(recommendation.meets[i])},
                                 {u"reason"_s, QString::fromStdString(hw::english({reason}))},
                                 {u"reason_parts"_s, messagesToJson({reason})}});
    }
    const QJsonArray findingArray = findingsToJson(findings);
    return QJsonObject{
        {u"format"_s, u"hwplanner.quote/1"_s},
        {u"date"_s, QDate::currentDate().toString(Qt::ISODate)},
        {u"valid_until"_s, QDate::currentDate().addDays(options.validityDays).toString(Qt::ISODate)},
        {u"validity_days"_s, options.validityDays},
        {u"company"_s, options.company},
        {u"prepared_by"_s, options.preparedBy},
        {u"language"_s, options.language},
        {u"currency"_s, QString::fromStdString(settings.currency)},
        {u"vat_rate"_s, options.vatRate},
        {u"logo"_s, QString::fromLatin1(options.logo.toBase64())},
        {u"workload"_s, QJsonObject{{u"users"_s, workload.users}, {u"context"_s, workload.context}, {u"prompt_tokens"_s, workload.promptTokens},
                                    {u"output_tokens"_s, workload.outputTokens}, {u"min_tps_per_user"_s, workload.minTpsPerUser}}},
        {u"workload_parts"_s, messagesToJson({hw::workloadMessage(workload)})},
        {u"builds"_s, items},
        {u"recommended"_s, recommendation.best},
        {u"findings"_s, findingArray},
    };
}

namespace {

// PNG, JPEG or SVG by their first bytes: a logo setting pointing at any other file (a key, a password
// file) is never read into a quote that is stored and shared.
bool looksLikeImage(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff"))
        return true;
    const QByteArray head = bytes.left(512).trimmed();
    return (head.startsWith("<?xml") || head.startsWith("<svg")) && bytes.left(4096).contains("<svg");
}

} // namespace

QuoteOptions quoteOptionsFromSettings(QString *error)
{
    QuoteOptions o;
    o.company = settings::quoteCompany.value();
    o.preparedBy = settings::quotePreparedBy.value();
    o.vatRate = settings::vatRate.value();
    o.validityDays = settings::quoteValidityDays.value();
    const QString logo = settings::quoteLogo.value();
    if (!logo.isEmpty()) {
        QByteArray bytes;
        if (!readInputFile(logo, limits::logoBytes, &bytes, error))
            *error = u"the logo in the settings: "_s + *error;
        else if (!looksLikeImage(bytes))
            *error = u"%1: the logo is not a PNG, JPEG or SVG image; it is left out"_s.arg(logo);
        else
            o.logo = bytes;
    }
    return o;
}

bool QuoteStore::issue(QJsonObject *data, const QString &pdfPath, const QuoteRenderer &render, QString *error)
{
    if (data->value(u"builds"_s).toArray().isEmpty()) {
        *error = u"a quote needs at least one build"_s;
        return false;
    }
    if (!pdfPath.isEmpty() && !checkOutputPath(pdfPath, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto failed = [&](const QString &why) {
        *error = why.simplified();
        data->remove(u"number"_s);
        db.rollback();
        return false;
    };
    // The increment comes first: it locks the counter row (a server) or the file (SQLite) until commit,
    // so two people issuing at once get consecutive numbers instead of the same one.
    QSqlQuery q(db);
    if (!q.exec(u"UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'quote_sequence'"_s)
        || !q.exec(u"SELECT value FROM meta WHERE key = 'quote_sequence'"_s) || !q.next())
        return failed(q.lastError().text());
    const int sequence = q.value(0).toInt();
    const QString number = u"Q-%1-%2"_s.arg(QDate::currentDate().year()).arg(sequence, 4, 10, QLatin1Char('0'));
    data->insert(u"number"_s, number);
    // The builds are alternatives: the record's total is the recommended one's, never their sum.
    const QJsonArray stored = data->value(u"builds"_s).toArray();
    const int recommended = stored.size() == 1 ? 0 : data->value(u"recommended"_s).toInt(-1);
    const double total = recommended >= 0 && recommended < stored.size() ? stored[recommended].toObject().value(u"total"_s).toDouble() : 0;
    QStringList titles;
    for (const QJsonValue &v : stored)
        titles << v.toObject().value(u"build"_s).toObject().value(u"name"_s).toString();
    const QString file = pdfPath.isEmpty() ? u""_s : QFileInfo(pdfPath).absoluteFilePath(); // not NULL: the column is NOT NULL
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO quotes (number, created, language, title, total, currency, data, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(number);
    insert.addBindValue(data->value(u"date"_s).toString());
    insert.addBindValue(data->value(u"language"_s).toString());
    insert.addBindValue(titles.join(u" | "_s));
    insert.addBindValue(total);
    insert.addBindValue(data->value(u"currency"_s).toString());
    insert.addBindValue(QString::fromUtf8(QJsonDocument(*data).toJson(QJsonDocument::Compact)));
    insert.addBindValue(file);
    if (!insert.exec())
        return failed(insert.lastError().text());
    QSaveFile pdf(pdfPath);
    if (!pdfPath.isEmpty()) {
        QString why;
        if (!pdf.open(QIODevice::WriteOnly))
            return failed(u"%1: cannot write: %2"_s.arg(pdfPath, pdf.errorString()));
        if (!render || !render(*data, &pdf, &why)) {
            pdf.cancelWriting();
            return failed(why.isEmpty() ? u"%1: the PDF could not be rendered"_s.arg(pdfPath) : why);
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text().simplified();
        if (!pdfPath.isEmpty())
            pdf.cancelWriting();
        return false;
    }
    if (!pdfPath.isEmpty() && !pdf.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(pdfPath, pdf.errorString());
        // Take the record back and, unless someone issued a quote since, the number with it.
        QSqlQuery undo(db);
        undo.prepare(u"DELETE FROM quotes WHERE number = ?"_s);
        undo.addBindValue(number);
        undo.exec();
        undo.prepare(u"UPDATE meta SET value = ? WHERE key = 'quote_sequence' AND value = ?"_s);
        undo.addBindValue(QString::number(sequence - 1));
        undo.addBindValue(QString::number(sequence));
        undo.exec();
        data->remove(u"number"_s);
        return false;
    }
    return true;
}

bool QuoteStore::setFile(const QString &number, const QString &file, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.prepare(u"UPDATE quotes SET file = ? WHERE number = ?"_s);
    q.addBindValue(file);
    q.addBindValue(number);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<StoredQuote> QuoteStore::list(QString *error) const
{
    QList<StoredQuote> out;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (!q.exec(u"SELECT number, created, language, title, total, currency, file, data FROM quotes ORDER BY id DESC"_s)) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        StoredQuote s{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toDouble(),
                      {}, q.value(5).toString(), q.value(6).toString(), {}};
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object().value(u"builds"_s).toArray())
            s.buildTotals.append({v.toObject().value(u"build"_s).toObject().value(u"name"_s).toString(), v.toObject().value(u"total"_s).toDouble()});
        out.append(s);
    }
    return out;
}

bool QuoteStore::load(const QString &number, StoredQuote *quote, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.prepare(u"SELECT number, created, language, title, total, currency, file, data FROM quotes WHERE number = ?"_s);
    q.addBindValue(number);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text() : u"no quote %1"_s.arg(number);
        return false;
    }
    *quote = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toDouble(), {}, q.value(5).toString(),
              q.value(6).toString(), QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object()};
    for (const QJsonValue &v : quote->data.value(u"builds"_s).toArray())
        quote->buildTotals.append({v.toObject().value(u"build"_s).toObject().value(u"name"_s).toString(), v.toObject().value(u"total"_s).toDouble()});
    return true;
}

} // namespace hwdb
