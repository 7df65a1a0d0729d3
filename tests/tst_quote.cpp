// Quotes: rendered to PDF and read back with poppler's pdftotext, pdfinfo and pdfimages, as a
// purchaser's tools would read them.

#include "concurrentquotes.h"
#include "db/appsettings.h"
#include "db/quotes.h"
#include "db/resultjson.h"
#include "model/claims.h"
#include "model/estimator.h"
#include "testcatalog.h"
#include "ui/quotewriter.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQuote final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;
    QTemporaryDir m_dir;
    QList<hw::Build> m_builds;
    std::unique_ptr<hw::InMemoryPriceBook> m_prices;
    hw::CostSettings m_settings;

    static QString tool(const QString &name, const QStringList &args)
    {
        QProcess p;
        p.start(name, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    // The PDF's text as a reader copies it: NFKC folds the full-width forms and ligatures.
    static QString text(const QString &pdf) { return tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).normalized(QString::NormalizationForm_KC); }
    static QString flat(const QString &s) { return QString(s).replace(QRegularExpression(u"\\s+"_s), u" "_s); }

    QJsonObject quote(const QString &language, const QByteArray &logo = {})
    {
        hwdb::QuoteOptions o;
        o.company = u"Example Co"_s;
        o.preparedBy = u"Zhang Wei"_s;
        o.language = language;
        o.logo = logo;
        return hwdb::makeQuoteData(m_builds, m_cat.catalog, *m_prices, m_settings, o);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cat.ok, qPrintable(m_cat.error));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdfinfo, pdfimages) are needed: .ci/install-deps installs them");
        m_settings.currency = "CNY";
        m_prices = hwdb::makePriceBook(m_cat.catalog, m_settings);
        m_builds << m_cat.build(R"({"format": "hwplanner.build/1", "name": "SGLang 8 x H200", "model": "deepseek-r1", "quant": "fp8",
            "runtime": "sglang", "gpu": {"id": "h200", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2},
            "workload": {"users": 64, "context": 4096, "min_tps_per_user": 14}})")
                 << m_cat.build(R"({"format": "hwplanner.build/1", "name": "KTransformers one socket", "model": "deepseek-r1", "quant": "q4_k_m",
            "runtime": "ktransformers", "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1},
            "ram": {"gb": 512, "mts": 4800, "channels": 8}, "workload": {"users": 1, "context": 4096, "min_tps_per_user": 6}})")
                 << m_cat.build(R"({"format": "hwplanner.build/1", "name": "vLLM 8 x A100 AWQ", "model": "deepseek-r1", "quant": "awq-int4",
            "runtime": "vllm", "gpu": {"id": "a100-80g", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2},
            "workload": {"users": 64, "context": 4096, "min_tps_per_user": 14}})");
        for (const hw::Build &b : m_builds)
            QVERIFY(b.model.id == "deepseek-r1");
    }

    void totalsAreTheLinesPlusVat()
    {
        const QJsonObject q = quote(u"en"_s);
        QCOMPARE(q.value(u"vat_rate"_s).toDouble(), 0.13);
        for (const QJsonValue &v : q.value(u"builds"_s).toArray()) {
            const QJsonObject item = v.toObject();
            double sum = 0, roundingBound = 0;
            for (const QJsonValue &lv : item.value(u"result"_s).toObject().value(u"cost"_s).toObject().value(u"lines"_s).toArray()) {
                const QJsonObject l = lv.toObject();
                // Each amount is its quantity times the unit price printed, to the cent.
                QVERIFY(qAbs(l.value(u"total"_s).toDouble() - l.value(u"qty"_s).toDouble() * l.value(u"unit_price"_s).toDouble()) < 0.005);
                sum += l.value(u"total"_s).toDouble();
                roundingBound += l.value(u"qty"_s).toDouble() * 0.005 + 0.005;
            }
            QVERIFY(sum > 0);
            QVERIFY(qAbs(item.value(u"subtotal"_s).toDouble() - sum) < 0.005);
            QVERIFY(qAbs(item.value(u"vat"_s).toDouble() - sum * 0.13) < 0.005);
            QVERIFY(qAbs(item.value(u"total"_s).toDouble() - (item.value(u"subtotal"_s).toDouble() + item.value(u"vat"_s).toDouble())) < 0.005);
            // The engine's capex differs from the invoice subtotal by rounding only.
            const double capex = item.value(u"result"_s).toObject().value(u"cost"_s).toObject().value(u"capex"_s).toDouble();
            QVERIFY2(qAbs(capex - sum) <= roundingBound, qPrintable(u"capex %1, lines %2"_s.arg(capex).arg(sum)));
        }
        // Build 1 is the only one that gives 64 users 14 tok/s each.
        QCOMPARE(q.value(u"recommended"_s).toInt(), 0);
    }

    // Alternatives are compared at one workload (the first build's unless the quote sets one), only a build
    // that meets it is recommended, every other build says why, and nothing adds their totals up.
    void alternativesAtOneWorkloadAreNeverSummed()
    {
        const QList<hw::Build> builds{
            m_cat.build(R"({"format": "hwplanner.build/1", "name": "4 x H200", "model": "deepseek-r1", "quant": "awq-int4", "runtime": "vllm",
                "gpu": {"id": "h200", "count": 4}, "cpu": {"id": "xeon-8592", "sockets": 2},
                "workload": {"users": 50, "context": 4096, "min_tps_per_user": 14}})"),
            m_cat.build(R"({"format": "hwplanner.build/1", "name": "X99 box", "model": "deepseek-r1", "quant": "ud-iq1_s", "runtime": "llama.cpp",
                "gpu": {"id": "rtx-2080ti-22g", "count": 1}, "cpu": {"id": "e5-2696v3", "sockets": 1},
                "ram": {"gb": 256, "mts": 2133, "channels": 4}, "workload": {"users": 1, "context": 4096, "min_tps_per_user": 3}})")};
        hwdb::QuoteOptions o;
        o.language = u"en"_s;
        const QJsonObject q = hwdb::makeQuoteData(builds, m_cat.catalog, *m_prices, m_settings, o);
        const QJsonObject workload = q.value(u"workload"_s).toObject();
        QCOMPARE(workload.value(u"users"_s).toInt(), 50);
        QCOMPARE(workload.value(u"min_tps_per_user"_s).toDouble(), 14.0);
        const QJsonArray items = q.value(u"builds"_s).toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &v : items) // both evaluated for 50 users at 14 tok/s, the X99 box too
            QCOMPARE(v.toObject().value(u"build"_s).toObject().value(u"workload"_s).toObject().value(u"users"_s).toInt(), 50);
        const QJsonObject x99 = items[1].toObject();
        QVERIFY(!x99.value(u"meets_target"_s).toBool());
        QVERIFY2(x99.value(u"reason"_s).toString().contains(u"below the 14 tok/s target"_s) || x99.value(u"reason"_s).toString().contains(u"fit"_s),
                 qPrintable(x99.value(u"reason"_s).toString()));
        const QJsonObject h200 = items[0].toObject();
        const int recommended = q.value(u"recommended"_s).toInt(-2);
        if (recommended == 0) {
            QVERIFY(h200.value(u"meets_target"_s).toBool());
            QVERIFY(h200.value(u"reason"_s).toString().startsWith(u"recommended"_s));
        } else { // none: the H200 build says why
            QCOMPARE(recommended, -1);
            QVERIFY(!h200.value(u"reason"_s).toString().isEmpty());
        }

        // Stored: the record's total is the recommended build's, not the sum; the list gives each build's.
        hwdb::CatalogDatabase db(m_dir.filePath(u"alternatives.sqlite"_s));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        hwdb::QuoteStore store(db);
        QJsonObject data = q;
        QString error;
        const QString pdf = m_dir.filePath(u"alternatives.pdf"_s);
        QVERIFY2(store.issue(&data, pdf, hwui::renderQuotePdf, &error), qPrintable(error));
        const QList<hwdb::StoredQuote> all = store.list(&error);
        QCOMPARE(all.size(), 1);
        const double a = h200.value(u"total"_s).toDouble(), b = x99.value(u"total"_s).toDouble();
        QVERIFY(a > 0 && b > 0);
        QCOMPARE(all[0].total, recommended == 0 ? a : 0.0);
        QCOMPARE(all[0].buildTotals.size(), 2);
        QCOMPARE(all[0].buildTotals[0].second, a);
        QCOMPARE(all[0].buildTotals[1].second, b);
        // The PDF states the workload and why the X99 box is not recommended, and prints no combined sum.
        const QString f = flat(text(pdf));
        QVERIFY2(f.contains(u"50 users at 14 tok/s each"_s), qPrintable(f.left(3000)));
        QVERIFY(f.contains(recommended == 0 ? u"Recommended: build 1"_s : u"No build is recommended"_s));
        QVERIFY(f.contains(u"below the 14 tok/s target"_s) || f.contains(u"does not fit"_s) || f.contains(u"cannot run"_s));
        const QLocale l(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!f.contains(l.toString(a + b, 'f', 2)));
        // Each build's TCO shows its depreciation and the 3-year total (capex + 3 years of opex).
        const QJsonObject cost = h200.value(u"result"_s).toObject().value(u"cost"_s).toObject();
        QVERIFY(qAbs(cost.value(u"three_year_total"_s).toDouble() - (cost.value(u"capex"_s).toDouble() + 3 * cost.value(u"opex_per_year"_s).toDouble())) < 0.05);
        QVERIFY(qAbs(cost.value(u"depreciation_per_year"_s).toDouble() - cost.value(u"capex"_s).toDouble() / 3) < 0.02);
        QVERIFY2(f.contains(u"3-year total"_s) && f.contains(u"Depreciation per year"_s), qPrintable(f.mid(f.indexOf(u"Total cost of ownership"_s), 600)));
    }

    void englishPdfShowsEveryLineAndTotal()
    {
        const QJsonObject q = quote(u"en"_s);
        const QString pdf = m_dir.filePath(u"en.pdf"_s);
        QString error;
        QVERIFY2(hwui::writeQuotePdf(q, pdf, &error), qPrintable(error));
        QVERIFY(tool(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
        const QString t = text(pdf);
        const QString f = flat(t);
        QVERIFY(t.contains(u"Example Co"_s));
        const QLocale l(QLocale::English, QLocale::UnitedStates);
        for (const QJsonValue &v : q.value(u"builds"_s).toArray()) {
            const QJsonObject item = v.toObject();
            for (const QJsonValue &lv : item.value(u"result"_s).toObject().value(u"cost"_s).toObject().value(u"lines"_s).toArray()) {
                const QJsonObject line = lv.toObject();
                const QString amount = l.toString(line.value(u"total"_s).toDouble(), 'f', 2) + u" CNY"_s;
                QVERIFY2(t.contains(amount), qPrintable(amount));
                // Item names wrap in their cell: compare their first word.
                const QString first = line.value(u"name"_s).toString().section(u' ', 0, 0);
                QVERIFY2(t.contains(first), qPrintable(first));
            }
            for (const char *key : {"subtotal", "vat", "total"}) {
                const QString amount = l.toString(item.value(QLatin1StringView(key)).toDouble(), 'f', 2) + u" CNY"_s;
                QVERIFY2(t.contains(amount), qPrintable(amount));
            }
        }
        QVERIFY(f.contains(u"VAT 13%"_s));
        QVERIFY(f.contains(u"Recommended: build 1"_s));
        // Build 2 has parts without a sourced price: its totals read as lower bounds, its ratios as none.
        const QJsonObject second = q.value(u"builds"_s).toArray().at(1).toObject();
        const QJsonObject secondCost = second.value(u"result"_s).toObject().value(u"cost"_s).toObject();
        QVERIFY(!secondCost.value(u"complete"_s).toBool());
        const int unpriced = secondCost.value(u"unpriced_parts"_s).toInt();
        QVERIFY(unpriced >= 1);
        for (const char *key : {"subtotal", "total"}) {
            const QString amount = l.toString(second.value(QLatin1StringView(key)).toDouble(), 'f', 2);
            const QString bound = unpriced == 1 ? u"incomplete: at least %1 CNY, 1 part unpriced"_s.arg(amount)
                                                : u"incomplete: at least %1 CNY, %2 parts unpriced"_s.arg(amount).arg(unpriced);
            QVERIFY2(f.contains(bound), qPrintable(bound));
        }
        QVERIFY(f.contains(u"none: the capex is incomplete"_s));
        // A stale price says its age (the date cell wraps after "(stale:", hence two checks).
        QVERIFY(t.contains(u"(stale:"_s));
        for (const QJsonValue &lv : secondCost.value(u"lines"_s).toArray())
            if (lv[u"stale"_s].toBool())
                QVERIFY2(t.contains(u"price %1 days old)"_s.arg(lv[u"age_days"_s].toInt())), qPrintable(lv[u"part"_s].toString()));
        // Build 3 (8 x A100 80GB) is priced as the seed's whole 8-GPU A100 node, so it is complete.
        const QJsonObject third = q.value(u"builds"_s).toArray().at(2).toObject().value(u"result"_s).toObject().value(u"cost"_s).toObject();
        QVERIFY(third.value(u"complete"_s).toBool());
        QCOMPARE(third.value(u"lines"_s).toArray().first().toObject().value(u"part"_s).toString(), u"a100-80g:8"_s);
        // ... and the incomplete build's frontier chart says why it has no point on it; the complete builds have one.
        int incomplete = 0;
        for (const QJsonValue &v : q.value(u"builds"_s).toArray())
            incomplete += !v[u"result"_s][u"cost"_s][u"complete"_s].toBool();
        QCOMPARE(incomplete, 1);
        QCOMPARE(f.count(u"This build: not placed, parts without a price"_s), incomplete);
        QCOMPARE(f.count(u"This build"_s), 3);
        QVERIFY(f.contains(u"median error"_s));
        // The checklist names its rules and says why.
        QVERIFY(f.contains(u"Which model"_s));
        QVERIFY(f.contains(u"graphics card"_s));
        QVERIFY(f.contains(u"depreciation: straight line over 3 years"_s));
        // Charts are vector: no image at all when there is no logo.
        const QStringList images = tool(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines only
    }

    // Pages are cut between table rows: every row of the quote's tables lies on one page, at several page
    // heights (where a plain cut every page height would split some of them).
    void quoteRowsNeverSplitAcrossPages()
    {
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            QTextDocument doc;
            QFont font(u"WenQuanYi Micro Hei"_s);
            font.setPointSizeF(9);
            doc.setDefaultFont(font);
            doc.setTextWidth(700);
            doc.setHtml(hwui::quoteHtml(quote(language)));
            const QList<QPair<qreal, qreal>> rows = hwui::tableRowSpans(doc);
            QVERIFY(rows.size() > 20);
            int naiveSplits = 0;
            for (qreal pageHeight : {450.0, 600.0, 990.0}) {
                const QList<QPair<qreal, qreal>> pages = hwui::pageSpans(doc, pageHeight);
                QVERIFY(pages.size() > 1);
                QCOMPARE(pages.first().first, 0.0);
                QCOMPARE(pages.last().second, doc.documentLayout()->documentSize().height());
                for (qsizetype p = 0; p < pages.size(); ++p) {
                    QVERIFY(pages[p].second - pages[p].first <= pageHeight + 0.01);
                    if (p > 0)
                        QCOMPARE(pages[p].first, pages[p - 1].second);
                }
                for (const auto &[top, bottom] : rows) {
                    bool onOnePage = false;
                    for (const auto &[a, b] : pages)
                        onOnePage = onOnePage || (top >= a - 0.01 && bottom <= b + 0.01);
                    QVERIFY2(onOnePage, qPrintable(u"%1: row %2-%3 split at page height %4"_s.arg(language).arg(top).arg(bottom).arg(pageHeight)));
                    naiveSplits += std::floor(top / pageHeight) != std::floor((bottom - 0.01) / pageHeight);
                }
            }
            QVERIFY(naiveSplits > 0); // the cut placement is what keeps the rows whole
        }
    }

    void chinesePdfIsInChinese()
    {
        const QJsonObject q = quote(u"zh_CN"_s);
        const QString pdf = m_dir.filePath(u"zh.pdf"_s);
        QString error;
        QVERIFY2(hwui::writeQuotePdf(q, pdf, &error), qPrintable(error));
        const QString f = flat(text(pdf));
        // Including what comes from the engine: the checklist's reasons (build 2's graphics card, build 1's
        // speed) and the cost assumptions.
        for (const QString &phrase : {u"物料清单"_s, u"小计"_s, u"增值税 13%"_s, u"合计"_s, u"总拥有成本"_s, u"采购避坑清单"_s, u"推荐:配置 1"_s,
                                      u"确认模型版本"_s, u"游戏/图形卡"_s, u"个用户时每用户"_s, u"直线折旧"_s, u"满载 TDP"_s,
                                      u"可能区间"_s, u"解码区间:取自"_s}) // where the likely ranges come from, translated
            QVERIFY2(QString(f).remove(u' ').contains(QString(phrase).remove(u' ')), qPrintable(phrase)); // a Chinese line wraps anywhere
        const QLocale l(QLocale::Chinese, QLocale::China);
        QVERIFY(f.contains(l.toString(q.value(u"builds"_s).toArray().at(0).toObject().value(u"total"_s).toDouble(), 'f', 2)));
        // The interface's language is left as it was.
        QCOMPARE(QCoreApplication::translate("hwui", "Bill of materials"), u"Bill of materials"_s);
    }

    // A checked offer's findings go into the quote; in a Chinese quote the verdict, the rule and the
    // question for the vendor are Chinese, while the numbers read the same.
    void findingsInAChineseQuote()
    {
        const std::string offer = "满血版 DeepSeek R1 一体机，4卡4090，双路至强8480，1TB 内存，支持100人并发，每人 14 tokens/s，总吞吐 140 tokens/s，19.8万元";
        const hw::ClaimReport report = hw::checkClaim(hw::extractClaim(offer, m_cat.catalog), m_cat.catalog, *m_prices, m_settings);
        QVERIFY(!report.findings.empty());
        hwdb::QuoteOptions o;
        o.language = u"zh_CN"_s;
        const QJsonObject q = hwdb::makeQuoteData({m_builds.first()}, m_cat.catalog, *m_prices, m_settings, o, report.findings);
        const QString pdf = m_dir.filePath(u"findings.pdf"_s);
        QString error;
        QVERIFY2(hwui::writeQuotePdf(q, pdf, &error), qPrintable(error));
        const QString f = flat(text(pdf));
        for (const QString &phrase : {u"对供应商声明的核查结果"_s, u"不可能"_s, u"哪个数字是实测的"_s, u"100 x 14.0 = 1400 tok/s"_s,
                                      u"高于所称"_s, u"100 个用户每人 14.0 tok/s"_s, u"GPU 显存合计 103 GB"_s})
            QVERIFY2(f.contains(phrase), qPrintable(phrase + u" not in: "_s + f));
        QVERIFY(!f.contains(u"impossible"_s) && !f.contains(u"more than the stated"_s));
        // Parts by their names, not catalog ids.
        QVERIFY2(f.contains(u"DeepSeek-R1 671B"_s) && f.contains(u"NVIDIA H200"_s), qPrintable(f));
        QVERIFY2(!f.contains(u"deepseek-r1, fp8"_s) && !f.contains(u"x h200"_s), qPrintable(f));

        // A quote stored before the findings were translatable (English texts only) still renders them.
        QJsonObject old = q;
        QJsonArray findings;
        for (const QJsonValue &v : q.value(u"findings"_s).toArray()) {
            QJsonObject finding = v.toObject();
            finding.remove(u"claim_parts"_s);
            finding.remove(u"computed_parts"_s);
            findings.append(finding);
        }
        old.insert(u"findings"_s, findings);
        QVERIFY2(hwui::writeQuotePdf(old, pdf, &error), qPrintable(error));
        const QString english = flat(text(pdf));
        QVERIFY2(english.contains(u"more than"_s) && english.contains(u"100 users at"_s), qPrintable(english));
    }

    // A GPU without a published TFLOPS figure has no prefill estimate: the quote says so instead of "0 tok/s".
    void unestimatedPrefillIsSaidNotZero()
    {
        const hw::Build b = m_cat.build(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "int8", "runtime": "sglang",
            "gpu": {"id": "mi355x", "count": 4}, "cpu": {"id": "epyc-9124", "sockets": 2}, "workload": {"users": 50, "min_tps_per_user": 14}})");
        QVERIFY(!hw::estimate(b, hw::Detail::Figures).prefillKnown);
        hwdb::QuoteOptions o;
        o.language = u"en"_s;
        const QString html = hwui::quoteHtml(hwdb::makeQuoteData({b}, m_cat.catalog, *m_prices, m_settings, o));
        QVERIFY(html.contains(u"not estimated: the GPU has no published TFLOPS figure"_s));
        QVERIFY(!QRegularExpression(u"Prefill</t[dh]>\\s*<td[^>]*>\\s*0 tok/s"_s).match(html).hasMatch());
    }

    void logoIsTheOnlyImage()
    {
        QImage logo(300, 100, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        const QString pdf = m_dir.filePath(u"logo.pdf"_s);
        QString error;
        QVERIFY2(hwui::writeQuotePdf(quote(u"en"_s, png), pdf, &error), qPrintable(error));
        const QStringList images = tool(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 3);
        QVERIFY(images.at(2).simplified().startsWith(u"1 0 image 300 100"_s));
    }

    void unwritablePathLeavesNoFile()
    {
        const QString pdf = m_dir.filePath(u"missing-folder/q.pdf"_s);
        QString error;
        QVERIFY(!hwui::writeQuotePdf(quote(u"en"_s), pdf, &error));
        QVERIFY2(error.contains(pdf), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(QDir(m_dir.path()).entryList({u"*.pdf.*"_s}), QStringList()); // no temporary left behind
    }

    // Two people on one catalog file issuing at the same moment: the busy timeout queues them and the
    // counter is incremented before it is read, so no number is issued twice.
    void quotesIssuedAtOnceOnOneFileGetDistinctNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY(db.open());
        }
        const ConcurrentQuotes issued = issueConcurrently(path, 3, 8);
        QVERIFY2(issued.errors.isEmpty(), qPrintable(issued.errors));
        QCOMPARE(issued.numbers.size(), 24);
        QStringList unique = issued.numbers;
        QCOMPARE(unique.removeDuplicates(), 0);
        QVERIFY(issued.numbers.last().endsWith(u"-0024"_s));
    }

    void storedQuoteExportsTheSameNumbers()
    {
        hwdb::CatalogDatabase db(m_cat.dir.filePath(u"catalog.sqlite"_s));
        QVERIFY(db.open());
        hwdb::QuoteStore store(db);
        QString error;
        QJsonObject first = quote(u"en"_s);
        QJsonObject second = quote(u"en"_s);
        QVERIFY2(store.issue(&first, &error), qPrintable(error));
        QVERIFY2(store.issue(&second, &error), qPrintable(error));
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(first.value(u"number"_s).toString(), u"Q-%1-0001"_s.arg(year));
        QCOMPARE(second.value(u"number"_s).toString(), u"Q-%1-0002"_s.arg(year));

        const QString pdf = m_dir.filePath(u"stored.pdf"_s);
        QVERIFY2(hwui::writeQuotePdf(first, pdf, &error), qPrintable(error));
        QVERIFY2(store.setFile(first.value(u"number"_s).toString(), pdf, &error), qPrintable(error));

        const QList<hwdb::StoredQuote> all = store.list(&error);
        QCOMPARE(all.size(), 2);
        hwdb::StoredQuote stored;
        QVERIFY2(store.load(first.value(u"number"_s).toString(), &stored, &error), qPrintable(error));
        QCOMPARE(stored.file, pdf);
        QCOMPARE(stored.currency, u"CNY"_s);
        // The builds are alternatives: the record holds the recommended build's total, never a sum.
        const int recommended = first.value(u"recommended"_s).toInt(-1);
        QCOMPARE(stored.total, recommended >= 0 ? first.value(u"builds"_s).toArray()[recommended].toObject().value(u"total"_s).toDouble() : 0.0);
        QCOMPARE(stored.buildTotals.size(), first.value(u"builds"_s).toArray().size());
        QCOMPARE(stored.data, first);
        const QString again = m_dir.filePath(u"again.pdf"_s);
        QVERIFY2(hwui::writeQuotePdf(stored.data, again, &error), qPrintable(error));
        QCOMPARE(text(again), text(pdf));
        QVERIFY(!store.load(u"Q-1999-0001"_s, &stored, &error));
    }

    void bomCsvOpensInExcel()
    {
        const hw::Build &b = m_builds.first();
        const hw::Estimate e = hw::estimate(b);
        const hw::CostResult cost = hw::costOf(b, e, *m_prices, m_settings);
        const QString csv = m_dir.filePath(u"bom.csv"_s);
        QString error;
        QVERIFY2(hwdb::writeBomCsv(csv, cost, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel and WPS read UTF-8 only with the BOM
        const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), int(cost.lines.size()) + 2); // header, lines, total
        QVERIFY(rows.last().startsWith(u",total,,,,%1,CNY"_s.arg(cost.capex, 0, 'f', 2)));
        QVERIFY(!hwdb::writeBomCsv(m_dir.filePath(u"missing-folder/bom.csv"_s), cost, &error));
    }
};

QTEST_MAIN(TestQuote)
#include "tst_quote.moc"
