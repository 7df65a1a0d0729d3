#include "ui/sweepview.h"

#include "ui/chartlabels.h"

#include "db/catalogdb.h"
#include "ui/resultmodels.h"
#include "ui/sweepmodel.h"
#include "ui/buildnames.h"
#include "ui/topbuildsmodel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
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
    bar->addWidget(m_progress, 1);
    layout->addLayout(bar);
    auto *filters = new QHBoxLayout;
    buildFilters(filters);
    auto *budgetLabel = new QLabel(tr("&Budget:"), this);
    budgetLabel->setBuddy(m_budget);
    filters->addWidget(budgetLabel);
    filters->addWidget(m_budget);
    filters->addStretch(1);
    layout->addLayout(filters);
    layout->addWidget(m_status);

    m_chart = new QChart;
    // No chart title: on a laptop every pixel of height goes to the points; the axes say what they are.
    m_chart->setMargins(QMargins(4, 0, 4, 0));
    m_capexAxis = new QLogValueAxis;
    m_capexAxis->setBase(10);
    m_capexAxis->setLabelsVisible(false);
    m_capexAxis->setGridLineVisible(false);
    m_capexAxis->setTitleVisible(false);
    m_capexAxis->setLineVisible(false);
    m_capexLabels = new QCategoryAxis;
    m_capexLabels->setTitleText(tr("Capex (%1, log scale)").arg(u"CNY"_s));
    m_speedAxis = new QValueAxis;
    m_speedAxis->setTitleText(tr("Aggregate tok/s"));
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
            if (row >= 0 && m_catalog) {
                hw::Build b = hw::sweepBuild(*m_catalog, m_model->target(), m_model->point(row));
                b.name = buildDisplayName(b, m_model->target().modelIds.size() != 1).toStdString();
                emit buildChosen(b);
            }
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
    view->setToolTip(tr("Capex against aggregate tok/s at the target users (priced builds)"));
    view->setMinimumWidth(320);
    view->setMinimumHeight(170);

    m_top = new TopBuildsModel(this);
    m_topProxy = new TopBuildsProxy(this);
    m_topProxy->setSourceModel(m_top);
    m_topProxy->setSortRole(RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"topBuilds"_s);
    m_table->setModel(m_topProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the sweep's order (cheapest complete first) until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TopBuildsModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("The cheapest fully priced builds that meet the target within the budget, then those that meet it but lack a price. "
                           "Click a header to sort; a capex with a part unpriced is a lower bound and sorts after the complete ones."));
    m_load = new QPushButton(tr("L&oad into the editor"), this);
    m_load->setToolTip(tr("Open the selected build in the editor (it can be undone)"));
    m_pin = new QPushButton(tr("P&in"), this);
    m_pin->setToolTip(tr("Add the selected build to the comparison and keep it highlighted on the chart"));
    m_load->setEnabled(false);
    m_pin->setEnabled(false);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableLabel = new QLabel(tr("Recommended &builds:"), tablePane);
    tableLabel->setBuddy(m_table);
    tableLayout->addWidget(tableLabel);
    tableLayout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_load);
    tableButtons->addWidget(m_pin);
    tableButtons->addStretch(1);
    tableLayout->addLayout(tableButtons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->setObjectName(u"sweepSplitter"_s);
    // Before a sweep (or when nothing runs) a sentence says what to do instead of empty axes.
    m_chartStack = new QStackedWidget(this);
    m_chartStack->setMinimumWidth(320);
    m_chartMessage = new QLabel(m_chartStack);
    m_chartMessage->setObjectName(u"sweepChartMessage"_s);
    m_chartMessage->setAlignment(Qt::AlignCenter);
    m_chartMessage->setWordWrap(true);
    m_chartMessage->setMargin(24);
    m_chartStack->addWidget(m_chartMessage);
    m_chartStack->addWidget(view);
    split->addWidget(m_chartStack);
    split->addWidget(tablePane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({500, 500});
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    layout->addWidget(split, 1);
    auto selected = [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.first().row();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, selected] {
        m_load->setEnabled(selected() >= 0);
        m_pin->setEnabled(selected() >= 0);
    });
    connect(m_topProxy, &QAbstractItemModel::modelReset, this, [this] {
        m_load->setEnabled(false);
        m_pin->setEnabled(false);
    });
    connect(m_load, &QPushButton::clicked, this, [this, selected] { loadRow(selected()); });
    connect(m_pin, &QPushButton::clicked, this, [this, selected] { pinRow(selected()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { loadRow(index.row()); });
    setTabOrder(m_run, m_stop);
    setTabOrder(m_stop, m_full);
    setTabOrder(m_full, m_quant);
    setTabOrder(m_quant, m_distill);
    setTabOrder(m_distill, m_newOnly);
    setTabOrder(m_newOnly, m_vendor);
    setTabOrder(m_vendor, m_runtime);
    setTabOrder(m_runtime, m_budget);
    setTabOrder(m_budget, view);
    setTabOrder(view, m_table);
    setTabOrder(m_table, m_load);
    setTabOrder(m_load, m_pin);

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
    rescale(); // the empty state's message
}

void SweepView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The table beside the chart where both have room; on a laptop's narrower page, under it, so the
    // chart keeps its legend and the table its build names.
    // Until the user drags the handle, every resize keeps 3/5 chart beside the table, or half under it.
    const Qt::Orientation wanted = width() >= 1200 ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted || !m_splitMoved) {
        m_split->setOrientation(wanted);
        QTimer::singleShot(0, this, [this] { // once the splitter has its new size
            const bool beside = m_split->orientation() == Qt::Horizontal;
            const int room = beside ? m_split->width() : m_split->height();
            const int chart = beside ? room * 3 / 5 : room / 2;
            const QSignalBlocker quiet(m_split);
            m_split->setSizes({chart, room - chart});
        });
    }
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
    m_target = targetFor(current);
    m_cancel = false;
    m_progressPermille = 0;
    m_run->setEnabled(false);
    m_stop->setEnabled(true);
    m_status->setText(tr("Sweeping every build for %1, %2 users at ≥ %3 tok/s each…")
                          .arg(QString::fromStdString(current.model.name)).arg(m_target.users).arg(QLocale().toString(m_target.minTpsPerUser)));
    m_model->setResult(catalog, m_target, {});
    m_top->clear();
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
    QString best = r.feasible > 0 ? tr("none of them fully priced within the budget") : tr("none");
    if (!r.recommended.empty()) {
        const hw::SweepPoint &p = r.points[r.recommended.front()];
        best = tr("cheapest: %1 at %2 %3")
                   .arg(buildDisplayName(hw::sweepBuild(*m_catalog, m_target, p), m_target.modelIds.size() != 1), locale.toString(p.capex, 'f', 0),
                        QString::fromStdString(m_settings.currency));
    }
    m_status->setText(tr("%1 builds evaluated; %2 meet the target (%3). Builds with a part without a price are left out of the chart.")
                          .arg(locale.toString(qlonglong(r.evaluated)), locale.toString(qlonglong(r.feasible)), best));
    m_swept = true;
    m_top->setCurrency(QString::fromStdString(m_settings.currency));
    m_top->setRows(TopBuildsModel::rowsFor(*m_catalog, m_target, r, *m_prices, m_settings));
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
    m_chartStack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    m_chartMessage->setText(m_swept ? tr("No priced build in the catalog runs this workload with these filters. Widen the filters or the budget, "
                                         "or look at the builds without a price in the table.")
                                    : tr("Press Run sweep: every build the catalog can make is estimated and priced for the workload set on the left "
                                         "(users, context, target speed per user), and the cheapest that meet it are listed."));
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

hw::SweepTarget SweepView::targetFor(const hw::Build &build) const
{
    hw::SweepTarget t = hw::sweepTargetFor(build);
    hw::SweepFilters f;
    f.budget = m_budget->value();
    f.qualities = (m_full->isChecked() ? unsigned(hw::QualityClass::Full) : 0u) | (m_quant->isChecked() ? unsigned(hw::QualityClass::Quant) : 0u)
        | (m_distill->isChecked() ? unsigned(hw::QualityClass::Distill) : 0u);
    f.newOnly = m_newOnly->isChecked();
    f.vendorGroup = m_vendor->currentData().toString().toStdString();
    const QString runtime = m_runtime->currentData().toString();
    if (!runtime.isEmpty())
        f.runtimeIds = {runtime.toStdString()};
    static const hw::Catalog noCatalog; // before the first build arrives: no distilled models to add
    hw::applySweepFilters(m_catalog ? *m_catalog : noCatalog, f, &t);
    return t;
}

void SweepView::buildFilters(QBoxLayout *into)
{
    auto *quality = new QLabel(tr("Quality:"), this);
    m_full = new QCheckBox(tr("&Full model"), this);
    m_full->setToolTip(tr("The model at its published precision or wider (FP8 for DeepSeek-R1, BF16 for Qwen3)"));
    m_quant = new QCheckBox(tr("&Quantised"), this);
    m_quant->setToolTip(tr("The same model with narrower weights (INT4, GGUF Q4 and below): smaller and faster, with some loss of quality"));
    m_distill = new QCheckBox(tr("&Distilled"), this);
    m_distill->setToolTip(tr("Smaller models distilled from this one (DeepSeek-R1-Distill-*): a different, weaker model"));
    m_full->setChecked(true);
    m_quant->setChecked(true);
    m_newOnly = new QCheckBox(tr("&New parts only"), this);
    m_newOnly->setToolTip(tr("Leave out used and refurbished prices and memory-modified cards (no vendor warranty)"));
    m_newOnly->setChecked(true); // what a buyer buys: new, with the vendor's warranty
    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(u"vendorGroup"_s);
    m_vendor->addItem(tr("Any vendor"), QString());
    for (const std::string &group : hw::vendorGroups()) {
        const QString id = QString::fromStdString(group);
        m_vendor->addItem(id == u"domestic" ? tr("Domestic (Huawei, Cambricon, Moore Threads, Biren…)") : id, id);
    }
    m_vendor->setToolTip(tr("The accelerator's vendor; choosing one leaves CPU-only builds out"));
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(u"runtime"_s);
    m_runtime->setToolTip(tr("Only builds served by this runtime"));
    reloadRuntimes();
    auto *vendorLabel = new QLabel(tr("&Vendor:"), this);
    vendorLabel->setBuddy(m_vendor);
    auto *runtimeLabel = new QLabel(tr("R&untime:"), this);
    runtimeLabel->setBuddy(m_runtime);
    auto *qualityRow = new QHBoxLayout;
    qualityRow->addWidget(quality);
    qualityRow->addWidget(m_full);
    qualityRow->addWidget(m_quant);
    qualityRow->addWidget(m_distill);
    qualityRow->addSpacing(12);
    qualityRow->addWidget(m_newOnly);
    qualityRow->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(qualityRow);
    for (QComboBox *box : {m_vendor, m_runtime}) { // the longest item must not widen the window
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    into->addWidget(vendorLabel);
    into->addWidget(m_vendor);
    into->addWidget(runtimeLabel);
    into->addWidget(m_runtime);
    const QString changed = tr("The filters changed: run the sweep again.");
    for (QCheckBox *box : {m_full, m_quant, m_distill, m_newOnly})
        connect(box, &QCheckBox::toggled, this, [this, changed] { invalidate(changed); });
    for (QComboBox *box : {m_vendor, m_runtime})
        connect(box, &QComboBox::currentIndexChanged, this, [this, changed] { invalidate(changed); });
    connect(m_budget, &QSpinBox::valueChanged, this, [this, changed] { invalidate(changed); });
}

void SweepView::reloadRuntimes()
{
    const QString chosen = m_runtime->currentData().toString();
    const QSignalBlocker block(m_runtime);
    m_runtime->clear();
    m_runtime->addItem(tr("Any runtime"), QString());
    if (m_catalog)
        for (const hw::RuntimeSpec &r : m_catalog->runtimes)
            m_runtime->addItem(QString::fromStdString(r.name), QString::fromStdString(r.id));
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(chosen)));
}

bool SweepView::hasResults() const { return m_model->rowCount() > 0 || m_top->rowCount() > 0; }

QString SweepView::statusText() const { return m_status->text(); }

void SweepView::invalidate(const QString &why)
{
    if (!hasResults() || isRunning())
        return;
    m_model->setResult(*m_catalog, m_target, {});
    m_top->clear();
    m_progress->setValue(0);
    m_status->setText(why);
    rescale();
}

void SweepView::loadRow(int viewRow)
{
    if (viewRow < 0 || viewRow >= m_topProxy->rowCount())
        return;
    emit buildChosen(m_top->row(m_topProxy->mapToSource(m_topProxy->index(viewRow, 0)).row()).build);
}

void SweepView::pinRow(int viewRow)
{
    if (viewRow < 0 || viewRow >= m_topProxy->rowCount())
        return;
    const int row = m_topProxy->mapToSource(m_topProxy->index(viewRow, 0)).row();
    m_top->setPinned(row, true);
    emit buildPinned(m_top->row(row).build);
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
    const bool settingsChanged = settings.currency != m_settings.currency || settings.usdToCny != m_settings.usdToCny
        || settings.staleDays != m_settings.staleDays;
    const bool newCatalog = m_catalog != &catalog || m_runtime->count() <= 1;
    m_catalog = &catalog;
    m_settings = settings;
    m_build = build;
    if (newCatalog)
        reloadRuntimes();
    if (hasResults()) {
        const hw::SweepTarget now = hw::sweepTargetFor(build);
        const auto &models = m_target.modelIds;
        if (now.users != m_target.users || now.minTpsPerUser != m_target.minTpsPerUser || now.context != m_target.context
            || now.promptTokens != m_target.promptTokens || now.outputTokens != m_target.outputTokens
            || std::find(models.begin(), models.end(), build.model.id) == models.end())
            invalidate(tr("The model or workload changed: run the sweep again for %1 users at %2 tok/s each.")
                           .arg(now.users)
                           .arg(QLocale().toString(now.minTpsPerUser)));
        else if (settingsChanged)
            invalidate(tr("The cost settings changed: run the sweep again."));
    }
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
