#include "ui/quotewriter.h"

#include "ui/buildnames.h"
#include "ui/chartlabels.h"
#include "ui/claimmodels.h"

#include "ui/resultmodels.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>
#include <QCategoryAxis>
#include <QLogValueAxis>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "db/calibrationcorpus.h"
#include "db/safeio.h"
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTranslator>
#include <QUrl>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("hwui", text); }

// Computed from the calibration corpus, never typed: the shipped engine on public measurements it was not fitted on.
QString accuracySentence()
{
    const hw::AccuracyReport &a = hwdb::shippedAccuracy();
    const QLocale l;
    return tr("Measured accuracy on %1 public measurements the factors were not fitted on (%2 sources): median error %3%, %4% within a "
              "factor of 2; speed ranges are the 10th-90th percentile of the measured/predicted ratios of the narrowest group of similar builds "
              "with enough of them, named beside each build.")
        .arg(a.overall.heldOut).arg(a.sources).arg(l.toString(a.overall.heldOutMedianError * 100, 'f', 0)).arg(l.toString(a.overall.within2x * 100, 'f', 0));
}
// English is the source text, so an English quote from a translated interface needs a translator that
// answers every lookup with the source: installed last, it is asked first, before the interface's.
class SourceTextTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *, const char *sourceText, const char *, int) const override { return QString::fromUtf8(sourceText); }
    bool isEmpty() const override { return false; }
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString money(const QLocale &l, double v, const QString &currency) { return l.toString(v, 'f', 2) + u' ' + currency; }

// An amount from a bill of materials with unpriced lines is a lower bound, never a total.
QString amount(const QLocale &l, double v, const QString &currency, const QJsonObject &cost)
{
    if (cost.value(u"complete"_s).toBool(true))
        return money(l, v, currency);
    int unpriced = cost.value(u"unpriced_parts"_s).toInt(-1);
    if (unpriced < 0) // a quote stored before the count was written
        unpriced = int(cost.value(u"missing_prices"_s).toArray().size());
    // Two sentences, not a %n plural: a quote in English is rendered without loading a translator.
    return unpriced == 1 ? tr("incomplete: at least %1, 1 part unpriced").arg(money(l, v, currency))
                         : tr("incomplete: at least %1, %2 parts unpriced").arg(money(l, v, currency)).arg(unpriced);
}

// Cost per user and per million tokens do not exist while the capex is incomplete (null in the JSON).
QString ratio(const QLocale &l, const QJsonObject &cost, const QString &key, const QString &currency)
{
    const QJsonValue v = cost.value(key);
    if (!cost.value(u"complete"_s).toBool(true))
        return tr("none: the capex is incomplete");
    if (v.isNull() || v.isUndefined())
        return tr("none");
    return money(l, v.toDouble(), currency);
}

QString placement(const QString &p)
{
    if (p == u"gpu")
        return tr("GPU only");
    if (p == u"hybrid")
        return tr("hybrid CPU+GPU");
    if (p == u"cpu")
        return tr("CPU only");
    return tr("unified memory");
}

QString bound(const QString &name)
{
    for (hw::Bound b : hw::kBounds)
        if (name == QLatin1StringView(hw::boundName(b)))
            return boundText(b);
    return name;
}

// Every item of a chart drawn as vector paths (no pixmap caches) so the PDF keeps them vector.
void noCache(QGraphicsItem *item)
{
    item->setCacheMode(QGraphicsItem::NoCache);
    for (QGraphicsItem *child : item->childItems())
        noCache(child);
}

void drawChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    const QSizeF logical(900, 900 * target.height() / target.width());
    chart->resize(logical);
    chart->setBackgroundRoundness(0);
    noCache(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
    scene.removeItem(chart);
}

std::unique_ptr<QChart> memoryChart(const QJsonObject &result)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(tr("Memory per device, % of its capacity"));
    auto *series = new QStackedBarSeries;
    const QStringList names = {tr("Weights"), tr("KV cache"), tr("Overhead"), tr("Free")};
    const QColor colours[] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0xe0, 0xe0, 0xe0)};
    QList<QBarSet *> sets;
    for (int i = 0; i < 4; ++i) {
        sets << new QBarSet(names[i]);
        sets.back()->setColor(colours[i]);
    }
    QStringList devices;
    for (const QJsonValue &v : result.value(u"devices"_s).toArray()) {
        const QJsonObject d = v.toObject();
        const double cap = std::max(d.value(u"capacity_gb"_s).toDouble(), d.value(u"used_gb"_s).toDouble());
        if (cap <= 0)
            continue;
        devices << (d.contains(u"device_label"_s) ? translated(d.value(u"device_label"_s).toArray()) : d.value(u"device"_s).toString());
        const double parts[] = {d.value(u"weights_gb"_s).toDouble(), d.value(u"kv_gb"_s).toDouble(), d.value(u"overhead_gb"_s).toDouble(),
                                std::max(0.0, d.value(u"capacity_gb"_s).toDouble() - d.value(u"used_gb"_s).toDouble())};
        for (int i = 0; i < 4; ++i)
            *sets[i] << 100.0 * parts[i] / cap;
    }
    series->append(sets);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setCategories(devices);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("% of capacity"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

std::unique_ptr<QChart> speedChart(const QJsonObject &item)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(tr("Decode speed per user against concurrent users"));
    auto *perUser = new QLineSeries;
    perUser->setName(tr("Per user (tok/s)"));
    double top = 15;
    for (const QJsonValue &v : item.value(u"concurrency"_s).toArray()) {
        const QJsonArray row = v.toArray();
        perUser->append(row.at(0).toDouble(), row.at(1).toDouble());
        top = std::max(top, row.at(1).toDouble());
    }
    auto *acceptable = new QLineSeries;
    acceptable->setName(tr("6 tok/s acceptable"));
    acceptable->setPen(QPen(QColor(0xb3, 0x6b, 0x00), 1, Qt::DashLine));
    auto *comfortable = new QLineSeries;
    comfortable->setName(tr("14 tok/s comfortable"));
    comfortable->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1, Qt::DashLine));
    for (int users : {1, 256}) {
        acceptable->append(users, 6);
        comfortable->append(users, 14);
    }
    auto *x = new QLogValueAxis;
    x->setBase(2);
    x->setRange(1, 256);
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(tr("Concurrent users"));
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers(); // 1-2-5 ticks, not 113.7 / 85.3
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("tok/s per user"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {perUser, acceptable, comfortable}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

std::unique_ptr<QChart> frontierChart(const QJsonObject &item, const QString &currency, const QLocale &locale)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(tr("Where this build sits against the cost versus tok/s frontier"));
    auto *frontier = new QLineSeries;
    frontier->setName(tr("Pareto frontier (priced builds)"));
    double lo = 1e300, hi = 1, top = 1;
    for (const QJsonValue &v : item.value(u"frontier"_s).toArray()) {
        const QJsonArray p = v.toArray();
        frontier->append(p.at(0).toDouble(), p.at(1).toDouble());
        lo = std::min(lo, p.at(0).toDouble());
        hi = std::max(hi, p.at(0).toDouble());
        top = std::max(top, p.at(1).toDouble());
    }
    auto *self = new QScatterSeries;
    self->setName(tr("This build"));
    self->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    self->setMarkerSize(12);
    self->setColor(QColor(0xff, 0xd6, 0x00));
    const QJsonObject result = item.value(u"result"_s).toObject();
    const double capex = result.value(u"cost"_s).toObject().value(u"capex"_s).toDouble();
    const double aggregate = result.value(u"decode_tps"_s).toObject().value(u"aggregate"_s).toDouble();
    if (result.value(u"cost"_s).toObject().value(u"complete"_s).toBool() && capex > 0) {
        self->append(capex, aggregate);
        lo = std::min(lo, capex);
        hi = std::max(hi, capex);
        top = std::max(top, aggregate);
    } else { // an incomplete capex would sit left of where the build belongs: say why there is no point
        self->setName(tr("This build: not placed, parts without a price"));
    }
    if (lo > hi)
        lo = 1;
    // The log scale carries no labels of its own: amounts at 1-2-5 steps in the quote's language
    // (100万 in Chinese, 1,000,000 in English), as on the sweep page.
    auto *x = new QLogValueAxis;
    x->setRange(std::max(1.0, lo / 1.5), hi * 1.5);
    x->setLabelsVisible(false);
    x->setTitleVisible(false);
    x->setLineVisible(false);
    auto *labels = new QCategoryAxis;
    labels->setTitleText(tr("Capex (%1, log scale)").arg(currency));
    labelLogAmounts(labels, std::max(1.0, lo / 1.5), hi * 1.5, locale);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Aggregate tok/s at the target users"));
    chart->addAxis(labels, Qt::AlignBottom);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(frontier), static_cast<QAbstractSeries *>(self)}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QString html(const QJsonObject &q)
{
    const QLocale l = q.value(u"language"_s).toString() == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
    const QString currency = q.value(u"currency"_s).toString();
    const double vatRate = q.value(u"vat_rate"_s).toDouble();
    QString h;
    h += u"<style>body{font-size:9pt} h1{font-size:16pt;margin:0} h2{font-size:12pt;margin-top:14pt} table{border-collapse:collapse} "
         "td,th{border:1px solid #999;padding:3px} th{background:#eeeeee} .num{text-align:right} .small{font-size:7.5pt;color:#444}</style>"_s;
    // The logo, when there is one, in the header's right cell: 100 px at 300 dpi is 8.5 mm.
    h += u"<table width='100%' style='border:0'><tr><td style='border:0'>"_s;
    h += u"<h1>%1</h1>"_s.arg(esc(q.value(u"company"_s).toString().isEmpty() ? tr("Hardware quote") : q.value(u"company"_s).toString()));
    h += u"<p>%1 <b>%2</b> &nbsp; %3 %4 &nbsp; %5 %6 &nbsp; %7 %8</p>"_s.arg(tr("Quote number"), esc(q.value(u"number"_s).toString()), tr("Date"),
                                                                                q.value(u"date"_s).toString(), tr("Valid until"), q.value(u"valid_until"_s).toString(),
                                                                                tr("Prepared by"), esc(q.value(u"prepared_by"_s).toString()));
    h += u"</td><td style='border:0' align='right' width='30%'>%1</td></tr></table>"_s.arg(
        q.value(u"logo"_s).toString().isEmpty() ? QString() : u"<img src='hwplanner-logo' height='100'>"_s);
    const QJsonArray builds = q.value(u"builds"_s).toArray();
    int index = 0;
    for (const QJsonValue &v : builds) {
        const QJsonObject item = v.toObject();
        const QJsonObject b = item.value(u"build"_s).toObject();
        const QJsonObject r = item.value(u"result"_s).toObject();
        const QJsonObject cost = r.value(u"cost"_s).toObject();
        const QJsonObject decode = r.value(u"decode_tps"_s).toObject();
        const QJsonObject gpu = b.value(u"gpu"_s).toObject();
        const QJsonObject cpu = b.value(u"cpu"_s).toObject();
        ++index;
        h += u"<h2>%1 %2: %3</h2>"_s.arg(tr("Build")).arg(index).arg(esc(b.value(u"name"_s).toString()));
        h += u"<table width='100%'>"_s;
        const auto row = [&](const QString &k, const QString &val) { h += u"<tr><th align='left' width='28%'>%1</th><td>%2</td></tr>"_s.arg(k, val); };
        // Names as quoted (quotes stored before names were kept show the ids).
        const QJsonObject names = item.value(u"names"_s).toObject();
        const auto name = [&](const QString &key, const QString &id) { return names.value(key).toString().isEmpty() ? id : names.value(key).toString(); };
        row(tr("Model and precision"), esc(name(u"model"_s, b.value(u"model"_s).toString()) + u", "_s
                                           + name(u"quant"_s, b.value(u"quant"_s).toVariant().toString())));
        row(tr("Runtime"), esc(name(u"runtime"_s, b.value(u"runtime"_s).toString())));
        row(tr("Hardware"), esc(gpu.isEmpty() ? tr("no GPU")
                                              : u"%1 x %2 x %3"_s.arg(b.value(u"nodes"_s).toInt(1)).arg(gpu.value(u"count"_s).toInt(1))
                                                    .arg(name(u"gpu"_s, gpu.value(u"id"_s).toString())))
                                + (cpu.isEmpty() ? QString() : u"; %1 x %2"_s.arg(cpu.value(u"sockets"_s).toInt(1)).arg(esc(name(u"cpu"_s, cpu.value(u"id"_s).toString()))))
                                + (b.value(u"ram"_s).toObject().isEmpty() ? QString() : u"; %1 GB RAM"_s.arg(b.value(u"ram"_s).toObject().value(u"gb"_s).toDouble())));
        const QJsonObject w = b.value(u"workload"_s).toObject();
        row(tr("Workload"), tr("%1 users, %2-token context, target %3 tok/s per user")
                                .arg(w.value(u"users"_s).toInt()).arg(w.value(u"context"_s).toInt()).arg(w.value(u"min_tps_per_user"_s).toDouble()));
        row(tr("Fits"), r.value(u"fits"_s).toBool() ? tr("yes") : (r.value(u"runs"_s).toBool() ? tr("no, runs degraded") : tr("no, cannot run")));
        row(tr("Placement"), placement(r.value(u"placement"_s).toString()));
        // The held-out error bars stored with the result: "(likely 6-11 tok/s)".
        const auto likely = [&](const QJsonValue &range) -> QString {
            const QJsonArray a = range.toArray();
            return a.size() == 2 ? u" "_s + tr("(likely %1-%2 tok/s)").arg(l.toString(a[0].toDouble(), 'f', a[0].toDouble() >= 10 ? 0 : 1), l.toString(a[1].toDouble(), 'f', a[1].toDouble() >= 10 ? 0 : 1)) : QString();
        };
        row(tr("Decode"), tr("%1 tok/s per user, %2 tok/s aggregate at %3 users; bound: %4")
                              .arg(l.toString(decode.value(u"per_user"_s).toDouble(), 'f', 1) + likely(decode.value(u"per_user_range"_s)),
                                   l.toString(decode.value(u"aggregate"_s).toDouble(), 'f', 1) + likely(decode.value(u"aggregate_range"_s)))
                              .arg(w.value(u"users"_s).toInt()).arg(bound(decode.value(u"bound"_s).toString())));
        // null: the GPU has no published TFLOPS figure, so prefill is not estimated (never printed as 0)
        const QJsonValue prefill = r.value(u"prefill_tps"_s);
        row(tr("Prefill"), prefill.isDouble() ? tr("%1 tok/s").arg(l.toString(prefill.toDouble(), 'f', 0)) + likely(r.value(u"prefill_tps_range"_s))
                                              : tr("not estimated: the GPU has no published TFLOPS figure"));
        // Where the likely ranges come from (results stored before the groups existed have none).
        QStringList basis;
        for (const QJsonValue &g : {decode.value(u"range_group"_s), r.value(u"prefill_tps_range_group"_s)})
            if (g.isObject())
                basis << translated(g.toObject().value(u"basis"_s).toArray()).toHtmlEscaped();
        if (!basis.isEmpty())
            row(tr("Likely ranges"), basis.join(u"<br>"_s));
        row(tr("Most users at the target"), QString::number(r.value(u"max_users"_s).toInt()));
        h += u"</table>"_s;

        h += u"<h2>%1</h2><table width='100%'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>"_s.arg(
            tr("Bill of materials"), tr("Item"), tr("Quantity"), tr("Unit price"), tr("Amount"), tr("Price date"), tr("Source"));
        for (const QJsonValue &lv : cost.value(u"lines"_s).toArray()) {
            const QJsonObject line = lv.toObject();
            const bool priced = !line.value(u"unit_price"_s).isNull();
            h += u"<tr><td>%1</td><td class='num'>%2 %3</td><td class='num'>%4</td><td class='num'>%5</td><td>%6%7</td><td class='small'>%8</td></tr>"_s
                     .arg(esc(line.contains(u"label"_s) ? translated(line.value(u"label"_s).toArray()) : line.value(u"name"_s).toString()),
                          l.toString(line.value(u"qty"_s).toDouble(), 'g', 6), esc(unitName(line.value(u"unit"_s).toString().toStdString())),
                          priced ? money(l, line.value(u"unit_price"_s).toDouble(), currency) : tr("no price"),
                          priced ? money(l, line.value(u"total"_s).toDouble(), currency) : tr("no price"), line.value(u"price_date"_s).toString(),
                          !line.value(u"stale"_s).toBool() ? QString()
                          : line.contains(u"age_days"_s) ? u" <b>%1</b>"_s.arg(tr("(stale: price %1 days old)").arg(line.value(u"age_days"_s).toInt()))
                                                         : u" <b>%1</b>"_s.arg(tr("(stale)")), // a quote stored before ages were written
                          priced ? esc(line.value(u"source"_s).toString()) : QString());
        }
        h += u"<tr><td colspan='3'><b>%1</b></td><td class='num'>%2</td><td colspan='2'></td></tr>"_s.arg(tr("Subtotal"), amount(l, item.value(u"subtotal"_s).toDouble(), currency, cost));
        h += u"<tr><td colspan='3'>%1</td><td class='num'>%2</td><td colspan='2'></td></tr>"_s.arg(tr("VAT %1%").arg(l.toString(vatRate * 100, 'f', 0)),
                                                                                                   money(l, item.value(u"vat"_s).toDouble(), currency));
        h += u"<tr><td colspan='3'><b>%1</b></td><td class='num'><b>%2</b></td><td colspan='2'></td></tr></table>"_s.arg(tr("Total"),
                                                                                                                          amount(l, item.value(u"total"_s).toDouble(), currency, cost));
        QStringList parts; // the lines without a price, named as in the table
        for (const QJsonValue &lv : cost.value(u"lines"_s).toArray())
            if (lv[u"unit_price"_s].isNull())
                parts << (lv.toObject().contains(u"label"_s) ? translated(lv[u"label"_s].toArray()) : lv[u"name"_s].toString());
        if (!parts.isEmpty()) {
            h += u"<p><b>%1</b> %2</p>"_s.arg(tr("Incomplete:"), esc(tr("no sourced price for %1; the totals leave them out.").arg(parts.join(u", "_s))));
        }
        h += u"<h2>%1</h2><table width='100%'>"_s.arg(tr("Total cost of ownership"));
        row(tr("Capex"), amount(l, item.value(u"subtotal"_s).toDouble(), currency, cost)); // the subtotal above, to the cent
        row(tr("Power"), tr("%1 W").arg(l.toString(cost.value(u"power_w"_s).toDouble(), 'f', 0)));
        if (cost.contains(u"build_class"_s)) // quotes stored before the classes have none
            row(tr("Operations per year"), tr("%1 (%2, %3 FTE)")
                                               .arg(money(l, cost.value(u"ops_cost_per_year"_s).toDouble(), currency),
                                                    buildClassName(cost.value(u"build_class"_s).toString()),
                                                    l.toString(cost.value(u"ops_fte"_s).toDouble(), 'f', 2)));
        row(tr("Opex per year"), money(l, cost.value(u"opex_per_year"_s).toDouble(), currency));
        if (cost.contains(u"depreciation_per_year"_s)) // quotes stored before these were computed have neither
            row(tr("Depreciation per year"), amount(l, cost.value(u"depreciation_per_year"_s).toDouble(), currency, cost));
        row(tr("TCO per year"), amount(l, cost.value(u"tco_per_year"_s).toDouble(), currency, cost));
        if (cost.contains(u"three_year_total"_s))
            row(tr("3-year total"), amount(l, cost.value(u"three_year_total"_s).toDouble(), currency, cost));
        row(tr("Capex per user"), ratio(l, cost, u"per_user"_s, currency));
        row(tr("Per million output tokens"), ratio(l, cost, u"per_million_tokens"_s, currency));
        h += u"</table><p class='small'>"_s;
        if (cost.contains(u"assumption_messages"_s)) {
            for (const QJsonValue &a : cost.value(u"assumption_messages"_s).toArray())
                h += u"• %1<br>"_s.arg(esc(translated(QJsonArray{a})));
        } else { // a quote stored before the assumptions were translatable
            for (const QJsonValue &a : cost.value(u"assumptions"_s).toArray())
                h += u"• %1<br>"_s.arg(esc(a.toString()));
        }
        h += u"</p><h2>%1</h2><table width='100%'>"_s.arg(tr("Buyer checklist"));
        for (const QJsonValue &cv : item.value(u"checklist"_s).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString status = c.value(u"status"_s).toString();
            const QString colour = status == u"pass" ? u"#c8e6c9"_s : status == u"warn" ? u"#ffecb3"_s : u"#ffcdd2"_s;
            // Quotes stored before the messages were translatable have the English message only.
            const QString why = c.contains(u"parts"_s) ? translated(c.value(u"parts"_s).toArray()) : c.value(u"message"_s).toString();
            h += u"<tr><td width='22%'>%1</td><td width='10%' bgcolor='%2'>%3</td><td>%4</td></tr>"_s.arg(
                esc(ruleName(c.value(u"id"_s).toString().toStdString())), colour, esc(statusName(status.toStdString())), esc(why));
        }
        h += u"</table>"_s;
    }
    const QJsonArray findings = q.value(u"findings"_s).toArray();
    if (!findings.isEmpty()) {
        h += u"<h2>%1</h2><table width='100%'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
            tr("Findings on the vendor's claims"), tr("Verdict"), tr("The offer says"), tr("The planner computes"), tr("Ask the vendor"));
        for (const QJsonValue &fv : findings) {
            const QJsonObject f = fv.toObject();
            const QByteArray ask = f.value(u"ask"_s).toString().toUtf8(); // a fixed sentence: translated by its English text
            // Quotes stored before the findings were translatable have the English texts only.
            const auto text = [&](const QString &key) {
                return f.contains(key + u"_parts"_s) ? translated(f.value(key + u"_parts"_s).toArray()) : f.value(key).toString();
            };
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(statusName(f.value(u"severity"_s).toString().toStdString())), esc(text(u"claim"_s)), esc(text(u"computed"_s)),
                esc(QCoreApplication::translate("hw::Message", ask.constData())));
        }
        h += u"</table>"_s;
    }
    if (builds.size() > 1) {
        // The builds are alternatives for one workload: each is judged against it, none is added to another.
        h += u"<h2>%1</h2>"_s.arg(tr("Comparison"));
        if (q.contains(u"workload_parts"_s))
            h += u"<p>%1 %2</p>"_s.arg(tr("Every build is evaluated for the same workload:"), esc(translated(q.value(u"workload_parts"_s).toArray())));
        h += u"<table width='100%'><tr><th></th>"_s;
        for (int i = 0; i < builds.size(); ++i)
            h += u"<th>%1 %2</th>"_s.arg(tr("Build")).arg(i + 1);
        h += u"</tr>"_s;
        const auto compare = [&](const QString &label, auto value) {
            h += u"<tr><th align='left'>%1</th>"_s.arg(label);
            for (const QJsonValue &v : builds)
                h += u"<td class='num'>%1</td>"_s.arg(value(v.toObject()));
            h += u"</tr>"_s;
        };
        compare(tr("Decode per user (tok/s)"), [&](const QJsonObject &o) {
            return l.toString(o.value(u"result"_s).toObject().value(u"decode_tps"_s).toObject().value(u"per_user"_s).toDouble(), 'f', 1);
        });
        compare(tr("Decode aggregate (tok/s)"), [&](const QJsonObject &o) {
            return l.toString(o.value(u"result"_s).toObject().value(u"decode_tps"_s).toObject().value(u"aggregate"_s).toDouble(), 'f', 1);
        });
        compare(tr("Most users at the target"), [&](const QJsonObject &o) { return QString::number(o.value(u"result"_s).toObject().value(u"max_users"_s).toInt()); });
        compare(tr("Total"), [&](const QJsonObject &o) -> QString {
            const QJsonObject cost = o.value(u"result"_s).toObject().value(u"cost"_s).toObject();
            return cost.value(u"complete"_s).toBool(true) ? money(l, o.value(u"total"_s).toDouble(), currency)
                                                          : u"<b>%1</b>"_s.arg(amount(l, o.value(u"total"_s).toDouble(), currency, cost));
        });
        compare(tr("TCO per year"), [&](const QJsonObject &o) {
            const QJsonObject cost = o.value(u"result"_s).toObject().value(u"cost"_s).toObject();
            return amount(l, cost.value(u"tco_per_year"_s).toDouble(), currency, cost);
        });
        compare(tr("Verdict"), [&](const QJsonObject &o) {
            return o.contains(u"reason_parts"_s) ? esc(translated(o.value(u"reason_parts"_s).toArray())) : QString();
        });
        h += u"</table>"_s;
        const int best = q.value(u"recommended"_s).toInt(-1);
        h += best >= 0 ? u"<p><b>%1</b></p>"_s.arg(tr("Recommended: build %1, the cheapest fully priced build that fits and gives every user the target speed.").arg(best + 1))
                       : u"<p><b>%1</b></p>"_s.arg(tr("No build is recommended: none is fully priced, fits and gives every user the target speed."));
        h += u"<p class='small'>%1</p>"_s.arg(tr("The builds are alternatives: each has its own total, and the totals are not added up."));
    }
    h += u"<h2>%1</h2><p class='small'>%2<br>%3<br>%4</p>"_s.arg(
        tr("How the figures were computed"),
        tr("Memory is counted device by device (weights, KV cache, runtime overhead); decode speed from the bytes each token reads over the memory "
           "bandwidth, with efficiency factors fitted on public measurements; prefill from compute; prices are the latest sourced quotes in the "
           "catalog, each with its date and source."),
        accuracySentence(),
        tr("This quote is an estimate for planning and negotiation, not a vendor's offer; confirm prices, availability and warranty with the vendor."));
    return h;
}

} // namespace

QString quoteHtml(const QJsonObject &quote) { return html(quote); }

namespace {

void collectTables(QTextFrame *frame, QList<QTextTable *> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out->append(table);
        collectTables(child, out);
    }
}

} // namespace

QList<QPair<qreal, qreal>> tableRowSpans(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<QTextTable *> tables;
    collectTables(doc.rootFrame(), &tables);
    QList<QPair<qreal, qreal>> rows;
    for (QTextTable *table : std::as_const(tables)) {
        const qreal padding = table->format().cellPadding() + table->format().border();
        for (int r = 0; r < table->rows(); ++r) {
            qreal top = 1e300, bottom = -1e300;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r)
                    continue; // spanned from a row above
                for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                    const QRectF rect = layout->blockBoundingRect(b);
                    top = std::min(top, rect.top());
                    bottom = std::max(bottom, rect.bottom());
                    if (b == cell.lastCursorPosition().block())
                        break;
                }
            }
            if (top < bottom)
                rows.append({top - padding, bottom + padding});
        }
    }
    return rows;
}

QList<QPair<qreal, qreal>> pageSpans(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal height = layout->documentSize().height();
    // Every stretch a cut must not cross: each table row, and each line of text.
    QList<QPair<qreal, qreal>> keep = tableRowSpans(doc);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        const QTextLayout *lines = b.layout();
        for (int i = 0; lines && i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            keep.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
    }
    QList<QPair<qreal, qreal>> pages;
    qreal top = 0;
    while (top < height - 0.5) {
        qreal cut = top + pageHeight;
        if (cut < height) {
            for (bool moved = true; moved;) {
                moved = false;
                for (const auto &[a, b] : std::as_const(keep))
                    if (a < cut - 0.01 && b > cut + 0.01 && a > top + 0.01) {
                        cut = a; // before the row or line it would cross
                        moved = true;
                    }
            }
            if (cut < top + pageHeight * 0.2) // a row taller than most of a page: cut it where it falls
                cut = top + pageHeight;
        } else {
            cut = height;
        }
        pages.append({top, cut});
        top = cut;
    }
    return pages;
}

bool renderQuotePdf(const QJsonObject &quote, QIODevice *file, QString *error)
{
    // Render in the quote's language, whatever the interface's.
    QTranslator loaded;
    SourceTextTranslator english;
    const bool isEnglish = quote.value(u"language"_s).toString() == u"en";
    QTranslator &translator = isEnglish ? static_cast<QTranslator &>(english) : loaded;
    const bool translated = (isEnglish || loaded.load(u":/i18n/hwplanner_"_s + quote.value(u"language"_s).toString()))
        && QCoreApplication::installTranslator(&translator);
    {
        QPdfWriter writer(file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Hardware quote %1").arg(quote.value(u"number"_s).toString()));
        writer.setCreator(u"hwplanner"_s);
        QPainter painter(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRectF area(0, 0, page.width(), page.height());

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer); // else text comes out a third of its size at 300 dpi
        QFont font(u"WenQuanYi Micro Hei"_s);
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        doc.setTextWidth(area.width()); // one long page: pageSpans() cuts it between rows, never through one
        QImage logo;
        if (logo.loadFromData(QByteArray::fromBase64(quote.value(u"logo"_s).toString().toLatin1())))
            doc.addResource(QTextDocument::ImageResource, QUrl(u"hwplanner-logo"_s), logo);
        QJsonObject shown = quote;
        if (logo.isNull())
            shown.remove(u"logo"_s); // an unreadable logo is left out, not drawn as a broken image
        doc.setHtml(html(shown));
        const QList<QPair<qreal, qreal>> pages = pageSpans(doc, area.height());
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -pages[p].first);
            doc.drawContents(&painter, QRectF(0, pages[p].first, area.width(), pages[p].second - pages[p].first));
            painter.restore();
        }
        // One page of vector charts per build.
        const QString currency = quote.value(u"currency"_s).toString();
        const QLocale language = quote.value(u"language"_s).toString() == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
        int index = 0;
        for (const QJsonValue &v : quote.value(u"builds"_s).toArray()) {
            writer.newPage();
            const QJsonObject item = v.toObject();
            QFont heading = font;
            heading.setPointSizeF(12);
            heading.setBold(true);
            painter.setFont(heading);
            const double top = painter.fontMetrics().height() * 1.5;
            painter.drawText(QRectF(0, 0, area.width(), top), Qt::AlignLeft | Qt::AlignTop,
                             u"%1 %2: %3"_s.arg(tr("Build")).arg(++index).arg(item.value(u"build"_s).toObject().value(u"name"_s).toString()));
            const double h = (area.height() - top) / 3.0;
            auto memory = memoryChart(item.value(u"result"_s).toObject());
            auto speed = speedChart(item);
            auto frontier = frontierChart(item, currency, language);
            drawChart(painter, memory.get(), QRectF(0, top, area.width(), h * 0.97));
            drawChart(painter, speed.get(), QRectF(0, top + h, area.width(), h * 0.97));
            drawChart(painter, frontier.get(), QRectF(0, top + 2 * h, area.width(), h * 0.97));
        }
        if (!painter.end()) {
            *error = u"the PDF could not be written"_s;
            if (translated)
                QCoreApplication::removeTranslator(&translator);
            return false;
        }
    }
    if (translated)
        QCoreApplication::removeTranslator(&translator);
    return true;
}

bool writeQuotePdf(const QJsonObject &quote, const QString &path, QString *error)
{
    if (!hwdb::checkOutputPath(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (!renderQuotePdf(quote, &file, error))
        return false;
    if (!file.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hwui
