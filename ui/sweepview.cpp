#include "ui/sweepview.h"

#include "ui/chartlabels.h"

#include "db/catalogdb.h"
#include "ui/resultmodels.h"
#include "ui/sweepmodel.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QCategoryAxis>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

// Rows of one placement, or the frontier ordered by capex, as a model a series can map.
QSortFilterProxyModel *slice(SweepModel *model, int column, const QVariant &value, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(column);
    proxy->setFilterRole(RawValueRole);
    proxy->setFilterFixedString(value.toString());
    proxy->setSortRole(RawValueRole);
    proxy->sort(SweepModel::Capex);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

} // namespace

SweepView::SweepView(QWidget *parent)
    : QWidget(parent), m_model(new SweepModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run sweep"), this);
    m_run->setToolTip(tr("Evaluate every build the catalog allows for this model and workload"));
    m_stop = new QPushButton(tr("Cance&l"), this);
    m_stop->setEnabled(false);
    m_budget = new QSpinBox(this);
    m_budget->setRange(0, 2000000000);
    m_budget->setSingleStep(10000);
    m_budget->setSpecialValueText(tr("no budget"));
    m_budget->setSuffix(tr(" CNY"));
    m_budget->setToolTip(tr("Most capex allowed for the recommended builds"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    bar->addWidget(m_run);
    bar->addWidget(m_stop);
    bar->addWidget(new QLabel(tr("&Budget:"), this));
    bar->addWidget(m_budget);
    bar->addWidget(m_progress, 1);
    static_cast<QLabel *>(bar->itemAt(2)->widget())->setBuddy(m_budget);
    layout->addLayout(bar);
    layout->addWidget(m_status);

    m_chart = new QChart;
    m_chart->setTitle(tr("Capex against aggregate tok/s at the target users (priced builds)"));
    m_capexAxis = new QLogValueAxis;
    m_capexAxis->setBase(10);
    m_capexAxis->setLabelsVisible(false);
    m_capexAxis->setGridLineVisible(false);
    m_capexAxis->setTitleVisible(false);
    m_capexAxis->setLineVisible(false);
    m_capexLabels = new QCategoryAxis;
    m_capexLabels->setTitleText(tr("Capex (%1, log scale)").arg(u"CNY"_s));
    m_speedAxis = new QValueAxis;
    m_speedAxis->setTitleText(tr("Aggregate tok/s at the target users"));
    m_speedAxis->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_capexLabels, Qt::AlignBottom);
    m_chart->addAxis(m_capexAxis, Qt::AlignBottom);
    m_chart->addAxis(m_speedAxis, Qt::AlignLeft);

    const QList<std::pair<QString, QColor>> placements = {
        {u"gpu"_s, QColor(0x15, 0x65, 0xc0)}, {u"hybrid"_s, QColor(0xef, 0x6c, 0x00)},
        {u"cpu"_s, QColor(0x6d, 0x4c, 0x41)}, {u"unified"_s, QColor(0x8e, 0x24, 0xaa)}};
    const QStringList names = {tr("GPU"), tr("Hybrid CPU+GPU"), tr("CPU only"), tr("Unified memory")};
    for (int i = 0; i < placements.size(); ++i) {
        auto *series = new QScatterSeries;
        series->setName(names[i]);
        series->setMarkerSize(7);
        series->setColor(placements[i].second);
        series->setBorderColor(placements[i].second);
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(SweepModel::Capex);
        mapper->setYColumn(SweepModel::Aggregate);
        mapper->setSeries(series);
        mapper->setModel(slice(m_model, SweepModel::Placement, placements[i].first, this));
        m_chart->addSeries(series);
        series->attachAxis(m_capexAxis);
        series->attachAxis(m_speedAxis);
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
            const int row = m_model->nearestRow(p.x(), p.y());
            if (!state || row < 0) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tr("%1\n%2 CNY · %3 tok/s aggregate · %4 tok/s per user\nClick to load it into the editor")
                                                   .arg(m_model->index(row, SweepModel::Name).data().toString(),
                                                        m_model->index(row, SweepModel::Capex).data().toString(),
                                                        m_model->index(row, SweepModel::Aggregate).data().toString(),
                                                        m_model->index(row, SweepModel::PerUser).data().toString()));
        });
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            const int row = m_model->nearestRow(p.x(), p.y());
            if (row >= 0 && m_catalog)
                emit buildChosen(hw::sweepBuild(*m_catalog, m_model->target(), m_model->point(row)));
        });
    }
    auto *failing = new QScatterSeries;
    failing->setName(tr("Fails a checklist rule"));
    failing->setMarkerSize(13);
    failing->setColor(Qt::transparent);
    failing->setBorderColor(QColor(0xc6, 0x28, 0x28));
    auto *failingMapper = new QVXYModelMapper(this);
    failingMapper->setXColumn(SweepModel::Capex);
    failingMapper->setYColumn(SweepModel::Aggregate);
    failingMapper->setSeries(failing);
    failingMapper->setModel(slice(m_model, SweepModel::FailsChecklist, u"true"_s, this));
    m_chart->addSeries(failing);
    failing->attachAxis(m_capexAxis);
    failing->attachAxis(m_speedAxis);
    auto *frontier = new QLineSeries;
    frontier->setName(tr("Pareto frontier"));
    frontier->setPen(QPen(QColor(0x21, 0x21, 0x21), 2));
    auto *frontierMapper = new QVXYModelMapper(this);
    frontierMapper->setXColumn(SweepModel::Capex);
    frontierMapper->setYColumn(SweepModel::Aggregate);
    frontierMapper->setSeries(frontier);
    frontierMapper->setModel(slice(m_model, SweepModel::OnFrontier, u"true"_s, this));
    m_chart->addSeries(frontier);
    frontier->attachAxis(m_capexAxis);
    frontier->attachAxis(m_speedAxis);
    m_targetLine = new QLineSeries;
    m_targetLine->setName(tr("Target: users x tok/s each"));
    m_targetLine->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1, Qt::DashLine));
    m_budgetLine = new QLineSeries;
    m_budgetLine->setName(tr("Budget"));
    m_budgetLine->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1, Qt::DashLine));
    m_current = new QScatterSeries;
    m_current->setName(tr("This build"));
    m_current->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_current->setMarkerSize(14);
    m_current->setColor(QColor(0xff, 0xd6, 0x00));
    m_current->setBorderColor(Qt::black);
    m_pinned = new QScatterSeries;
    m_pinned->setName(tr("Pinned builds"));
    m_pinned->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_pinned->setMarkerSize(11);
    m_pinned->setColor(QColor(0x00, 0xac, 0xc1));
    m_pinned->setBorderColor(Qt::black);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_targetLine), static_cast<QAbstractSeries *>(m_budgetLine),
                               static_cast<QAbstractSeries *>(m_pinned), static_cast<QAbstractSeries *>(m_current)}) {
        m_chart->addSeries(s);
        s->attachAxis(m_capexAxis);
        s->attachAxis(m_speedAxis);
    }
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(view, 1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_catalog)
            start(*m_catalog, m_settings, m_build);
    });
    connect(m_stop, &QPushButton::clicked, this, &SweepView::cancel);
    connect(&m_watcher, &QFutureWatcher<hw::SweepResult>::finished, this, &SweepView::onFinished);
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this] { m_progress->setValue(m_progressPermille.load()); });
    poll->start();
}

SweepView::~SweepView()
{
    cancel();
    m_watcher.waitForFinished();
}

void SweepView::start(const hw::Catalog &catalog, const hw::CostSettings &settings, const hw::Build &current)
{
    cancel();
    m_watcher.waitForFinished();
    m_catalog = &catalog;
    m_settings = settings;
    m_build = current;
    m_prices = hwdb::makePriceBook(catalog, settings);
    m_target = hw::sweepTargetFor(current);
    m_target.budget = m_budget->value();
    m_cancel = false;
    m_progressPermille = 0;
    m_run->setEnabled(false);
    m_stop->setEnabled(true);
    m_status->setText(tr("Sweeping every build for %1, %2 users at ≥ %3 tok/s each…")
                          .arg(QString::fromStdString(current.model.name)).arg(m_target.users).arg(m_target.minTpsPerUser));
    const hw::Catalog *cat = m_catalog;
    const hw::InMemoryPriceBook *prices = m_prices.get();
    const hw::SweepTarget target = m_target;
    const hw::CostSettings s = settings;
    m_watcher.setFuture(QtConcurrent::run([this, cat, prices, target, s] {
        return hw::sweep(*cat, target, *prices, s, [this](double done) {
            m_progressPermille = int(done * 1000);
            return !m_cancel.load();
        });
    }));
}

void SweepView::cancel()
{
    m_cancel = true;
}

void SweepView::onFinished()
{
    hw::SweepResult r = m_watcher.result();
    m_run->setEnabled(true);
    m_stop->setEnabled(false);
    m_progress->setValue(r.cancelled ? 0 : 1000);
    if (r.cancelled) {
        m_status->setText(tr("Sweep cancelled."));
        emit finished();
        return;
    }
    const QLocale locale;
    QString best = tr("none of them priced");
    if (!r.recommended.empty()) {
        const hw::SweepPoint &p = r.points[r.recommended.front()];
        best = tr("cheapest: %1 at %2 CNY").arg(QString::fromStdString(hw::sweepBuild(*m_catalog, m_target, p).name), locale.toString(p.capex, 'f', 0));
    }
    m_status->setText(tr("%1 builds evaluated; %2 meet the target (%3). Builds with a part without a price are left out of the chart.")
                          .arg(locale.toString(qlonglong(r.evaluated)), locale.toString(qlonglong(r.feasible)), best));
    m_model->setResult(*m_catalog, m_target, std::move(r), m_prices.get(), m_settings);
    rescale();
    emit finished();
}

void SweepView::rescale()
{
    double lo = 1e300, hi = 1, top = 1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const hw::SweepPoint &p = m_model->point(row);
        lo = std::min(lo, p.capex);
        hi = std::max(hi, p.capex);
        top = std::max(top, double(p.aggregate));
    }
    if (lo > hi)
        lo = 1;
    m_capexAxis->setRange(std::max(1.0, lo / 1.5), hi * 1.5);
    labelLogAmounts(m_capexLabels, std::max(1.0, lo / 1.5), hi * 1.5, QLocale());
    const double target = m_target.users * m_target.minTpsPerUser;
    m_speedAxis->setRange(0, std::max(top, target) * 1.1);
    m_speedAxis->applyNiceNumbers();
    m_targetLine->clear();
    m_targetLine->append(std::max(1.0, lo / 1.5), target);
    m_targetLine->append(hi * 1.5, target);
    m_budgetLine->clear();
    if (m_target.budget > 0) {
        m_budgetLine->append(m_target.budget, 0);
        m_budgetLine->append(m_target.budget, std::max(top, target) * 1.1);
    }
}

void SweepView::setPinned(const QList<QPointF> &points, int unpriced)
{
    m_pinned->clear();
    for (const QPointF &p : points)
        if (p.x() > 0)
            m_pinned->append(p);
    m_pinned->setName(unpriced > 0 ? tr("Pinned builds (%n more not placed: parts without a price)", "", unpriced) : tr("Pinned builds"));
}

void SweepView::setCurrent(const hw::Catalog &catalog, const hw::CostSettings &settings, const hw::Build &build, const hw::CostResult &cost, double aggregate)
{
    m_catalog = &catalog;
    m_settings = settings;
    m_build = build;
    m_capexLabels->setTitleText(tr("Capex (%1, log scale)").arg(QString::fromStdString(settings.currency)));
    m_current->clear();
    // A lower bound drawn on the axis would sit left of where the build belongs, among cheaper builds.
    if (cost.complete() && cost.capex > 0) {
        m_current->append(cost.capex, aggregate);
        m_current->setName(tr("This build"));
    } else {
        m_current->setName(tr("This build: not placed, %n part(s) without a price", "", cost.unpricedCount()));
    }
}

} // namespace hwui
