#include "ui/mainwindow.h"

#include "db/catalogdb.h"
#include "model/estimator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

template<typename T>
void fill(QComboBox *box, const std::vector<T> &items)
{
    for (const T &item : items)
        box->addItem(q(item.name), q(item.id));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("hwplanner — hardware planner for local LLMs"));
    hwdb::CatalogDatabase db(hwdb::CatalogDatabase::defaultPath());
    if (!db.open() || !db.load(&m_catalog))
        statusBar()->showMessage(tr("Catalog: %1").arg(db.errorString()));
    else
        statusBar()->showMessage(tr("Catalog: %1").arg(db.path()));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    auto *form = new QFormLayout;
    m_model = new QComboBox(central);
    m_quant = new QComboBox(central);
    m_runtime = new QComboBox(central);
    m_gpu = new QComboBox(central);
    m_cpu = new QComboBox(central);
    m_gpuCount = new QSpinBox(central);
    m_ramGB = new QSpinBox(central);
    m_users = new QSpinBox(central);
    m_context = new QSpinBox(central);
    fill(m_model, m_catalog.models);
    fill(m_quant, m_catalog.quants);
    fill(m_runtime, m_catalog.runtimes);
    m_gpu->addItem(tr("None (CPU only)"), QString());
    fill(m_gpu, m_catalog.gpus);
    m_cpu->addItem(tr("None"), QString());
    fill(m_cpu, m_catalog.cpus);
    m_gpuCount->setRange(1, 64);
    m_ramGB->setRange(0, 16384);
    m_ramGB->setSuffix(u" GB"_s);
    m_ramGB->setValue(512);
    m_users->setRange(1, 10000);
    m_context->setRange(256, 163840);
    m_context->setSingleStep(1024);
    m_context->setValue(8192);
    m_context->setSuffix(tr(" tokens"));
    m_model->setCurrentIndex(m_model->findData(u"deepseek-r1"_s));
    m_quant->setCurrentIndex(m_quant->findData(u"q4_k_m"_s));
    m_runtime->setCurrentIndex(m_runtime->findData(u"ktransformers"_s));
    m_gpu->setCurrentIndex(m_gpu->findData(u"rtx-4090"_s));
    m_cpu->setCurrentIndex(m_cpu->findData(u"xeon-6454s"_s));
    form->addRow(tr("&Model"), m_model);
    form->addRow(tr("&Quantization"), m_quant);
    form->addRow(tr("&Runtime"), m_runtime);
    form->addRow(tr("&GPU"), m_gpu);
    form->addRow(tr("GPU &count per node"), m_gpuCount);
    form->addRow(tr("C&PU"), m_cpu);
    form->addRow(tr("R&AM per node"), m_ramGB);
    form->addRow(tr("Concurrent &users"), m_users);
    form->addRow(tr("Con&text per user"), m_context);
    m_result = new QPlainTextEdit(central);
    m_result->setReadOnly(true);
    layout->addLayout(form, 0);
    layout->addWidget(m_result, 1);
    setCentralWidget(central);
    resize(1200, 700);

    for (QComboBox *box : {m_model, m_quant, m_runtime, m_gpu, m_cpu})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::recompute);
    for (QSpinBox *spin : {m_gpuCount, m_ramGB, m_users, m_context})
        connect(spin, &QSpinBox::valueChanged, this, &MainWindow::recompute);
    recompute();
}

MainWindow::~MainWindow() = default;

void MainWindow::recompute()
{
    const hw::ModelSpec *model = m_catalog.model(m_model->currentData().toString().toStdString());
    const hw::QuantSpec *quant = m_catalog.quant(m_quant->currentData().toString().toStdString());
    const hw::RuntimeSpec *runtime = m_catalog.runtime(m_runtime->currentData().toString().toStdString());
    if (!model || !quant || !runtime) {
        m_result->setPlainText(tr("The catalog is empty or could not be read."));
        return;
    }
    hw::Build b;
    b.model = *model;
    b.quant = *quant;
    b.fileGB = m_catalog.fileGB(model->id, quant->id);
    b.runtime = *runtime;
    if (const hw::GpuSpec *g = m_catalog.gpu(m_gpu->currentData().toString().toStdString())) {
        b.gpu = *g;
        b.gpusPerNode = m_gpuCount->value();
    }
    if (const hw::CpuSpec *c = m_catalog.cpu(m_cpu->currentData().toString().toStdString()))
        b.cpu = *c;
    b.ramGB = m_ramGB->value();
    b.workload.users = m_users->value();
    b.workload.context = std::min(m_context->value(), model->maxContext);
    if (!b.gpu && !b.cpu) {
        m_result->setPlainText(tr("Choose a GPU or a CPU."));
        return;
    }
    const hw::Estimate e = hw::estimate(b);
    QStringList lines;
    lines << tr("Fits: %1 (placement: %2)").arg(e.fits ? tr("yes") : (e.runs ? tr("no, runs degraded") : tr("no, cannot run")),
                                                 QString::fromLatin1(hw::placementName(e.placement)));
    lines << tr("Decode: %1 tok/s per user, %2 tok/s aggregate (bound: %3)")
                 .arg(e.decodePerUser, 0, 'f', 2).arg(e.decodeAggregate, 0, 'f', 1).arg(QString::fromLatin1(hw::boundName(e.bound)));
    lines << tr("Prefill: %1 tok/s; max users at %2 tok/s each: %3").arg(e.prefillTps, 0, 'f', 0).arg(b.workload.minTpsPerUser).arg(e.maxUsers);
    lines << QString();
    for (const std::string &line : e.explanation)
        lines << u"• "_s + q(line);
    m_result->setPlainText(lines.join(u'\n'));
}

} // namespace hwui
