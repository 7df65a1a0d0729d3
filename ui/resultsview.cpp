#include "ui/resultsview.h"

#include "ui/claimmodels.h"
#include "ui/resultmodels.h"

#include "db/calibrationcorpus.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RawValueRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    return view;
}

QString number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_memory(new MemoryModel(this))
    , m_concurrency(new ConcurrencyModel(this))
    , m_bom(new BomModel(this))
    , m_checklist(new ChecklistModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_headline, 3);
    // The buyer checklist beside the figures: pass / warn / fail, with the reason.
    auto *checklist = new QTableView(this);
    checklist->setModel(m_checklist);
    checklist->verticalHeader()->hide();
    checklist->setWordWrap(false);
    checklist->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    checklist->horizontalHeader()->setStretchLastSection(true);
    checklist->setMaximumHeight(140);
    checklist->setSelectionMode(QAbstractItemView::NoSelection);
    top->addWidget(checklist, 4);
    layout->addLayout(top);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Memory per device: stacked bars mapped from the memory model.
    auto *memoryPage = new QSplitter(Qt::Vertical, m_tabs);
    m_memoryChart = new QChart;
    m_memoryChart->setTitle(tr("Memory per device, % of its capacity (the table below is in GB = 10^9 bytes)"));
    auto *bars = new QStackedBarSeries;
    auto *barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(MemoryModel::WeightsShare);
    barMapper->setLastBarSetColumn(MemoryModel::FreeShare);
    barMapper->setSeries(bars);
    barMapper->setModel(m_memory);
    m_memoryChart->addSeries(bars);
    m_devicesAxis = new QBarCategoryAxis;
    m_memoryAxis = new QValueAxis;
    m_memoryAxis->setTitleText(tr("% of capacity"));
    m_memoryChart->addAxis(m_devicesAxis, Qt::AlignBottom);
    m_memoryChart->addAxis(m_memoryAxis, Qt::AlignLeft);
    bars->attachAxis(m_devicesAxis);
    bars->attachAxis(m_memoryAxis);
    auto *memoryView = new QChartView(m_memoryChart, memoryPage);
    memoryView->setRenderHint(QPainter::Antialiasing);
    memoryPage->addWidget(memoryView);
    QTableView *memoryTable = table(m_memory, memoryPage);
    for (int column = MemoryModel::WeightsShare; column < MemoryModel::ColumnCount; ++column)
        memoryTable->hideColumn(column);
    memoryPage->addWidget(memoryTable);
    memoryPage->setStretchFactor(0, 3);
    m_tabs->addTab(memoryPage, tr("&Memory"));

    // Speed against users: lines mapped from the concurrency model, on a log axis.
    m_throughputChart = new QChart;
    m_throughputChart->setTitle(tr("Decode speed against concurrent users"));
    auto *perUser = new QLineSeries;
    perUser->setName(tr("Per user (tok/s)"));
    auto *aggregate = new QLineSeries;
    aggregate->setName(tr("Aggregate (tok/s, right axis)"));
    for (auto [series, column] : {std::pair{perUser, int(ConcurrencyModel::PerUser)}, std::pair{aggregate, int(ConcurrencyModel::Aggregate)}}) {
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(ConcurrencyModel::Users);
        mapper->setYColumn(column);
        mapper->setSeries(series);
        mapper->setModel(m_concurrency);
        m_throughputChart->addSeries(series);
    }
    m_acceptable = new QLineSeries;
    m_acceptable->setName(tr("6 tok/s acceptable"));
    m_comfortable = new QLineSeries;
    m_comfortable->setName(tr("14 tok/s comfortable"));
    m_acceptable->setPen(QPen(QColor(0xb3, 0x6b, 0x00), 1, Qt::DashLine));
    m_comfortable->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1, Qt::DashLine));
    for (int users : {1, 256}) {
        m_acceptable->append(users, 6);
        m_comfortable->append(users, 14);
    }
    m_target = new QScatterSeries;
    m_target->setName(tr("Target users"));
    m_target->setMarkerSize(12);
    m_throughputChart->addSeries(m_acceptable);
    m_throughputChart->addSeries(m_comfortable);
    m_throughputChart->addSeries(m_target);
    auto *usersAxis = new QLogValueAxis;
    usersAxis->setBase(2);
    usersAxis->setRange(1, 256);
    usersAxis->setLabelFormat(u"%d"_s);
    usersAxis->setTitleText(tr("Concurrent users"));
    m_perUserAxis = new QValueAxis;
    m_perUserAxis->setTitleText(tr("tok/s per user"));
    m_aggregateAxis = new QValueAxis;
    m_aggregateAxis->setTitleText(tr("tok/s aggregate"));
    m_throughputChart->addAxis(usersAxis, Qt::AlignBottom);
    m_throughputChart->addAxis(m_perUserAxis, Qt::AlignLeft);
    m_throughputChart->addAxis(m_aggregateAxis, Qt::AlignRight);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(perUser), static_cast<QAbstractSeries *>(m_acceptable),
                               static_cast<QAbstractSeries *>(m_comfortable), static_cast<QAbstractSeries *>(m_target)}) {
        s->attachAxis(usersAxis);
        s->attachAxis(m_perUserAxis);
    }
    aggregate->attachAxis(usersAxis);
    aggregate->attachAxis(m_aggregateAxis);
    auto *throughputView = new QChartView(m_throughputChart, m_tabs);
    throughputView->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(throughputView, tr("&Speed vs users"));

    // Cost: the bill of materials and every assumption.
    auto *costPage = new QWidget(m_tabs);
    auto *costLayout = new QVBoxLayout(costPage);
    m_costSummary = new QLabel(costPage);
    m_costSummary->setWordWrap(true);
    m_costSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    costLayout->addWidget(m_costSummary);
    costLayout->addWidget(table(m_bom, costPage), 1);
    m_assumptions = new QLabel(costPage);
    m_assumptions->setWordWrap(true);
    m_assumptions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    costLayout->addWidget(m_assumptions);
    m_tabs->addTab(costPage, tr("&Cost"));

    m_explanation = new QPlainTextEdit(m_tabs);
    m_explanation->setReadOnly(true);
    m_tabs->addTab(m_explanation, tr("&How it was computed"));

    connect(m_memory, &QAbstractItemModel::modelReset, this, [this, bars] {
        QStringList names;
        double top = 100;
        for (int r = 0; r < m_memory->rowCount(); ++r) {
            names << m_memory->index(r, MemoryModel::Device).data().toString();
            double used = 0;
            for (int c = MemoryModel::WeightsShare; c <= MemoryModel::OverheadShare; ++c)
                used += m_memory->index(r, c).data(RawValueRole).toDouble();
            top = std::max(top, used);
        }
        m_devicesAxis->setCategories(names);
        m_memoryAxis->setRange(0, top);
        const QColor colours[] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0xe0, 0xe0, 0xe0)};
        const QList<QBarSet *> sets = bars->barSets();
        for (int i = 0; i < sets.size() && i < 4; ++i)
            sets[i]->setColor(colours[i]);
    });
}

ResultsView::~ResultsView() = default;

void ResultsView::showResult(const hw::Build &b, const hw::Estimate &e, const hw::CostResult &cost)
{
    const QString currency = QString::fromStdString(cost.currency);
    QString fit;
    if (e.fits)
        fit = u"<span style='color:#2e7d32'><b>%1</b></span>"_s.arg(tr("Fits"));
    else if (e.runs)
        fit = u"<span style='color:#b36b00'><b>%1</b></span>"_s.arg(tr("Does not fit everywhere: runs degraded (see How it was computed)"));
    else
        fit = u"<span style='color:#c62828'><b>%1</b></span>"_s.arg(tr("Cannot run as configured (see How it was computed)"));
    // An unpriced part is never 0: an incomplete capex and TCO read "at least", the ratios do not exist.
    const QString capex = translated({hw::capexMessage(cost, number(cost.capex, 0).toStdString())});
    const QString tco = translated({hw::tcoMessage(cost, number(cost.tcoPerYear, 0).toStdString())});
    const QString none = cost.complete() ? tr("none") : tr("none (capex incomplete)");
    // The held-out error bars beside each speed: " (likely 6-11)".
    const hw::SpeedRanges ranges = hwdb::shippedSpeedRanges(b, e);
    const auto likely = [](const std::optional<hw::SpeedRange> &r) -> QString {
        return r ? u" (%1 %2-%3)"_s.arg(tr("likely"), number(r->low, r->low >= 10 ? 0 : 1), number(r->high, r->high >= 10 ? 0 : 1)) : QString();
    };
    m_headline->setText(
        tr("%1 — placement: %2, GPU layers %3<br>"
           "Decode: <b>%4 tok/s per user</b>, %5 tok/s aggregate at %6 users (bound: %7)<br>"
           "Prefill: %8 tok/s &nbsp; Most users at ≥ %9 tok/s each: <b>%10</b><br>"
           "Capex: <b>%11</b> &nbsp; TCO: %12")
            .arg(fit, placementText(e.placement))
            .arg(e.gpuLayers)
            .arg(number(e.decodePerUser, 1) + likely(ranges.perUser), number(e.decodeAggregate, 1) + likely(ranges.aggregate))
            .arg(b.workload.users)
            .arg(boundText(e.bound), e.prefillKnown ? number(e.prefillTps, 0) : u"—"_s) // no published TFLOPS: not estimated
            .arg(b.workload.minTpsPerUser)
            .arg(e.maxUsers)
            .arg(cost.complete() ? capex : u"<span style='color:#c62828'>%1</span>"_s.arg(capex), tco));
    m_memory->setEstimate(e);
    m_concurrency->setBuild(b, e.runs);
    double top = 15;
    double topAggregate = 1;
    for (int r = 0; r < m_concurrency->rowCount(); ++r) {
        top = std::max(top, m_concurrency->index(r, ConcurrencyModel::PerUser).data(RawValueRole).toDouble());
        topAggregate = std::max(topAggregate, m_concurrency->index(r, ConcurrencyModel::Aggregate).data(RawValueRole).toDouble());
    }
    m_perUserAxis->setRange(0, top * 1.1);
    m_aggregateAxis->setRange(0, topAggregate * 1.1);
    m_target->clear();
    if (e.runs && b.workload.users <= 256)
        m_target->append(b.workload.users, e.decodePerUser);
    m_bom->setCost(cost);
    m_costSummary->setText(tr("Capex %1 · power %2 W · energy %3 kWh/year · opex %4 %5/year · TCO %6 · per user %7 · per million output tokens %8")
                               .arg(cost.complete() ? capex : u"<span style='color:#c62828'>%1</span>"_s.arg(capex), number(cost.powerW, 0), number(cost.energyKWhPerYear, 0), number(cost.opexPerYear, 0), currency, tco,
                                    cost.perUser ? tr("%1 %2").arg(number(*cost.perUser, 0), currency) : none,
                                    cost.perMillionTokens ? tr("%1 %2").arg(number(*cost.perMillionTokens, 2), currency) : none));
    QStringList assumptions;
    for (const hw::Message &a : cost.assumptionMessages)
        assumptions << u"• "_s + translated({a});
    for (const hw::BomLine &l : cost.lines)
        if (!l.price)
            assumptions << u"• "_s + tr("No price: %1").arg(translated({l.label}));
    m_assumptions->setText(assumptions.join(u'\n'));
    QStringList lines;
    for (const hw::Message &l : e.explanation)
        lines << u"• "_s + translated({l});
    m_explanation->setPlainText(lines.join(u'\n'));
}

void ResultsView::addOverlay(const QString &name, const hw::Build &build, bool runs)
{
    auto *model = new ConcurrencyModel(this);
    model->setBuild(build, runs);
    auto *series = new QLineSeries;
    series->setName(tr("Pinned: %1").arg(name));
    QPen pen(QColor::fromHsv((m_overlays.size() / 2 * 67 + 200) % 360, 160, 180), 2, Qt::DotLine);
    series->setPen(pen);
    auto *mapper = new QVXYModelMapper(model);
    mapper->setXColumn(ConcurrencyModel::Users);
    mapper->setYColumn(ConcurrencyModel::PerUser);
    mapper->setSeries(series);
    mapper->setModel(model);
    m_throughputChart->addSeries(series);
    for (QAbstractAxis *axis : m_throughputChart->axes())
        if (axis != m_aggregateAxis)
            series->attachAxis(axis);
    m_overlays << series << model;
}

void ResultsView::clearOverlays()
{
    for (QObject *o : std::as_const(m_overlays)) {
        if (auto *series = qobject_cast<QLineSeries *>(o)) {
            m_throughputChart->removeSeries(series);
            delete series;
        } else {
            delete o;
        }
    }
    m_overlays.clear();
}

void ResultsView::setChecklist(std::vector<hw::ChecklistItem> items)
{
    m_checklist->setItems(std::move(items));
}

void ResultsView::showError(const QString &message)
{
    m_headline->setText(u"<span style='color:#c62828'><b>%1</b></span> %2"_s.arg(tr("Invalid build:"), message.toHtmlEscaped()));
}

} // namespace hwui
