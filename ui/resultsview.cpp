#include "ui/resultsview.h"

#include "ui/buildnames.h"

#include "ui/claimmodels.h"
#include "ui/resultmodels.h"

#include "db/calibrationcorpus.h"
#include "model/estimator.h"
#include "model/placement.h"

#include <QAreaSeries>
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
#include <QStackedWidget>
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

// A target as it was entered: "6", "2.5".
QString target(double tps) { return QLocale().toString(tps, 'g', 4); }

QLabel *chartMessage(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    return label;
}

// The headline's verdict: fit and speed against the target in one sentence, coloured by the worse of them.
QString verdict(const hw::Build &b, const hw::Estimate &e)
{
    const auto coloured = [](const char *colour, const QString &text) { return u"<span style='color:%1'><b>%2</b></span>"_s.arg(QLatin1String(colour), text.toHtmlEscaped()); };
    const QString speed = number(e.decodePerUser, 1);
    if (!e.runs)
        return coloured("#c62828", ResultsView::tr("Cannot run as configured: the model does not fit in this build's memory (see How it was computed)"));
    if (!e.fits)
        return coloured("#b36b00", ResultsView::tr("Does not fit in memory: runs degraded at %1 tok/s per user against the %2 tok/s target (see How it was computed)")
                                       .arg(speed, target(b.workload.minTpsPerUser)));
    if (e.decodePerUser < b.workload.minTpsPerUser)
        return coloured("#b36b00", ResultsView::tr("Fits, but %1 tok/s per user is below the %2 tok/s target").arg(speed, target(b.workload.minTpsPerUser)));
    return coloured("#2e7d32", ResultsView::tr("Fits, and %1 tok/s per user meets the %2 tok/s target").arg(speed, target(b.workload.minTpsPerUser)));
}

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
    m_memoryStack = new QStackedWidget(memoryPage);
    auto *memoryView = new QChartView(m_memoryChart, m_memoryStack);
    memoryView->setRenderHint(QPainter::Antialiasing);
    m_memoryStack->addWidget(memoryView);
    m_memoryMessage = chartMessage(m_memoryStack);
    m_memoryStack->addWidget(m_memoryMessage);
    memoryPage->addWidget(m_memoryStack);
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
    // The right axis and its series share a colour, apart from the left axis's per-user and 6/14 tok/s lines.
    const QColor perUserColour(0x15, 0x65, 0xc0), aggregateColour(0x6a, 0x1b, 0x9a);
    perUser->setPen(QPen(perUserColour, 2.5));
    aggregate->setPen(QPen(aggregateColour, 2, Qt::DashDotLine));
    m_perUserAxis = new QValueAxis;
    m_perUserAxis->setTitleText(tr("tok/s per user (left: per-user line, 6 and 14 tok/s marks)"));
    m_perUserAxis->setTitleBrush(perUserColour);
    m_perUserAxis->setLabelFormat(u"%.0f"_s);
    m_aggregateAxis = new QValueAxis;
    m_aggregateAxis->setTitleText(tr("tok/s aggregate, all users together (right)"));
    m_aggregateAxis->setTitleBrush(aggregateColour);
    m_aggregateAxis->setLabelsColor(aggregateColour);
    m_aggregateAxis->setLinePenColor(aggregateColour);
    m_aggregateAxis->setGridLineVisible(false);
    m_aggregateAxis->setLabelFormat(u"%.0f"_s);
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
    // Where real measurements scatter around the per-user line: its held-out error range as a band.
    m_bandLow = new QLineSeries(this);
    m_bandHigh = new QLineSeries(this);
    m_perUserBand = new QAreaSeries(m_bandHigh, m_bandLow);
    m_perUserBand->setName(tr("Likely range per user (error on held-out measurements)"));
    m_perUserBand->setColor(QColor(0x15, 0x65, 0xc0, 40));
    m_perUserBand->setBorderColor(QColor(0x15, 0x65, 0xc0, 90));
    m_throughputChart->addSeries(m_perUserBand);
    m_perUserBand->attachAxis(usersAxis);
    m_perUserBand->attachAxis(m_perUserAxis);
    m_speedStack = new QStackedWidget(m_tabs);
    auto *throughputView = new QChartView(m_throughputChart, m_speedStack);
    throughputView->setRenderHint(QPainter::Antialiasing);
    m_speedStack->addWidget(throughputView);
    m_speedMessage = chartMessage(m_speedStack);
    m_speedStack->addWidget(m_speedMessage);
    m_tabs->addTab(m_speedStack, tr("&Speed vs users"));

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
        const QLocale locale;
        for (int r = 0; r < m_memory->rowCount(); ++r) {
            QString name = m_memory->index(r, MemoryModel::Device).data().toString();
            double used = 0;
            for (int c = MemoryModel::WeightsShare; c <= MemoryModel::OverflowShare; ++c)
                used += m_memory->index(r, c).data(RawValueRole).toDouble();
            top = std::max(top, used);
            // A device that does not fit says by how much, first (a long category label is elided at its end).
            if (m_memory->index(r, MemoryModel::OverflowShare).data(RawValueRole).toDouble() > 0) {
                const double weights = m_memory->index(r, MemoryModel::Weights).data(RawValueRole).toDouble();
                const double kv = m_memory->index(r, MemoryModel::KvCache).data(RawValueRole).toDouble();
                const double overhead = m_memory->index(r, MemoryModel::Overhead).data(RawValueRole).toDouble();
                const double capacity = m_memory->index(r, MemoryModel::Capacity).data(RawValueRole).toDouble();
                name = tr("%1 GB of %2 GB").arg(locale.toString(weights + kv + overhead, 'f', 1), locale.toString(capacity, 'f', 0)) + u" · "_s + name;
            }
            names << name;
        }
        m_devicesAxis->setCategories(names);
        // Nice steps of 25% up to the fullest device.
        const double rounded = std::ceil(top / 25.0) * 25.0;
        m_memoryAxis->setRange(0, rounded);
        m_memoryAxis->setTickCount(int(rounded / 25.0) + 1);
        m_memoryAxis->setLabelFormat(u"%.0f%%"_s);
        const QColor colours[] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0xc6, 0x28, 0x28), QColor(0xe0, 0xe0, 0xe0)};
        const QList<QBarSet *> sets = bars->barSets();
        for (int i = 0; i < sets.size() && i < 5; ++i)
            sets[i]->setColor(colours[i]);
        if (sets.size() > 3) { // the overflow stands out: hatched red, labelled in the legend
            sets[3]->setBrush(QBrush(colours[3], Qt::Dense3Pattern));
            sets[3]->setBorderColor(colours[3]);
        }
    });
}

ResultsView::~ResultsView() = default;

void ResultsView::showResult(const hw::Build &b, const hw::Estimate &e, const hw::CostResult &cost)
{
    const QString currency = QString::fromStdString(cost.currency);
    const QString fit = verdict(b, e);
    QString queue;
    QString memoryTitle = tr("Memory per device, % of its capacity (the table below is in GB = 10^9 bytes)");
    // Beyond the runtime's batch (or what the KV cache holds) users wait their turn: said, not hidden in a per-user average.
    if (e.runs) {
        const hw::Plan plan = hw::planPlacement(b, false);
        const int batch = hw::batchLimit(b, plan);
        if (batch < b.workload.users)
            queue = u"<br><span style='color:#b36b00'>%1</span>"_s.arg(
                tr("%1 of %2 users decode at once; %3 wait").arg(batch).arg(b.workload.users).arg(b.workload.users - batch));
        // The memory chart says it too when memory is the reason: the KV cache holds only so many contexts.
        const double kvUsers = hw::kvUserCapacity(b, plan);
        if (kvUsers < b.workload.users && kvUsers <= batch)
            memoryTitle += u"<br><span style='color:#b36b00'>%1</span>"_s.arg(
                tr("The KV cache left in memory holds the context (%1 tokens) of %2 of %3 users: the other %4 wait their turn")
                    .arg(QLocale().toString(b.workload.context))
                    .arg(batch)
                    .arg(b.workload.users)
                    .arg(b.workload.users - batch)
                    .toHtmlEscaped());
    }
    m_memoryChart->setTitle(memoryTitle);
    // An unpriced part is never 0: an incomplete capex and TCO read "at least", the ratios do not exist.
    const QString capex = translated({hw::capexMessage(cost, number(cost.capex, 0).toStdString())});
    const QString tco = translated({hw::tcoMessage(cost, number(cost.tcoPerYear, 0).toStdString())});
    const QString none = cost.complete() ? tr("none") : tr("none (capex incomplete)");
    // The held-out error bars beside each speed: " (likely 6-11)".
    const hw::SpeedRanges ranges = hwdb::shippedSpeedRanges(b, e);
    const auto likely = [](const std::optional<hw::SpeedRange> &r) -> QString {
        return r ? u" (%1 %2-%3)"_s.arg(tr("likely"), number(r->low, r->low >= 10 ? 0 : 1), number(r->high, r->high >= 10 ? 0 : 1)) : QString();
    };
    // Where the ranges come from, in plain words: the group of similar public measurements.
    QString basis;
    for (const std::optional<hw::SpeedRange> &r : {ranges.perUser, ranges.prefill})
        if (r)
            basis += u"<br><small>%1</small>"_s.arg(translated(hw::rangeBasis(r->group)).toHtmlEscaped());
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
            .arg(cost.complete() ? capex : u"<span style='color:#c62828'>%1</span>"_s.arg(capex), tco)
        + queue + basis);
    m_memory->setEstimate(e);
    m_concurrency->setBuild(b, e.runs);
    // A build that cannot run has nothing to chart: say so instead of drawing empty axes.
    const QString cannotRun = tr("This build cannot run as configured: the model does not fit in its memory, so there is no speed to chart. "
                                 "The table below and How it was computed give the sizes.");
    m_memoryMessage->setText(cannotRun);
    m_speedMessage->setText(tr("This build cannot run as configured, so it has no decode speed. Add memory or choose a smaller quantization."));
    const bool empty = !e.runs && (e.devices.empty() || m_memory->rowCount() == 0);
    m_memoryStack->setCurrentIndex(empty ? 1 : 0);
    m_speedStack->setCurrentIndex(e.runs ? 0 : 1);
    double top = 15;
    double topAggregate = 1;
    for (int r = 0; r < m_concurrency->rowCount(); ++r) {
        top = std::max(top, m_concurrency->index(r, ConcurrencyModel::PerUser).data(RawValueRole).toDouble());
        topAggregate = std::max(topAggregate, m_concurrency->index(r, ConcurrencyModel::Aggregate).data(RawValueRole).toDouble());
    }
    // Nice ticks (1-2-5 steps), not 16.5 / 12.4.
    m_perUserAxis->setRange(0, top * 1.05);
    m_perUserAxis->applyNiceNumbers();
    m_aggregateAxis->setRange(0, topAggregate * 1.05);
    m_aggregateAxis->applyNiceNumbers();
    m_target->clear();
    if (e.runs && b.workload.users <= 256)
        m_target->append(b.workload.users, e.decodePerUser);
    // The band scales every point of the line by the ratios of the build's range group (one range for the curve).
    m_bandLow->clear();
    m_bandHigh->clear();
    if (e.runs && ranges.perUser && e.decodePerUser > 0) {
        const double low = ranges.perUser->low / e.decodePerUser, high = ranges.perUser->high / e.decodePerUser;
        for (int r = 0; r < m_concurrency->rowCount(); ++r) {
            const double users = m_concurrency->index(r, ConcurrencyModel::Users).data(RawValueRole).toDouble();
            const double perUser = m_concurrency->index(r, ConcurrencyModel::PerUser).data(RawValueRole).toDouble();
            m_bandLow->append(users, perUser * low);
            m_bandHigh->append(users, perUser * high);
            top = std::max(top, perUser * high);
        }
        m_perUserAxis->setRange(0, top * 1.05);
        m_perUserAxis->applyNiceNumbers();
    }
    m_perUserBand->setVisible(m_bandLow->count() > 0);
    m_bom->setCost(cost);
    m_costSummary->setText(tr("Capex %1 · power %2 W · energy %3 kWh/year · opex %4 %5/year · TCO %6 · per user %7 · per million output tokens %8")
                               .arg(cost.complete() ? capex : u"<span style='color:#c62828'>%1</span>"_s.arg(capex), number(cost.powerW, 0), number(cost.energyKWhPerYear, 0), number(cost.opexPerYear, 0), currency, tco,
                                    cost.perUser ? tr("%1 %2").arg(number(*cost.perUser, 0), currency) : none,
                                    cost.perMillionTokens ? tr("%1 %2").arg(number(*cost.perMillionTokens, 2), currency) : none));
    // Over a typical life: what the buyer pays in three years, and the capex share of each year's TCO.
    const QString atLeast = cost.complete() ? QString() : tr("at least ");
    m_costSummary->setText(m_costSummary->text() + u"<br>"_s
                           + tr("3-year total (capex + 3 years of opex): <b>%1%2 %3</b> · depreciation %1%4 %3/year")
                                 .arg(atLeast, number(cost.threeYearTotal, 0), currency, number(cost.depreciationPerYear, 0))
                           + u"<br>"_s
                           + tr("Operations charged as a %1: %2 FTE · %3 %4/year")
                                 .arg(buildClassName(cost.buildClass), QLocale().toString(cost.opsFte, 'f', 2), number(cost.opsCostPerYear, 0), currency));
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

bool ResultsView::chartsReplacedByMessage() const { return m_speedStack->currentIndex() == 1; }

void ResultsView::showError(const QString &message)
{
    m_headline->setText(u"<span style='color:#c62828'><b>%1</b></span> %2"_s.arg(tr("Invalid build:"), message.toHtmlEscaped()));
}

} // namespace hwui
