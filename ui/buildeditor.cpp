#include "ui/buildeditor.h"

#include "ui/builddocument.h"
#include "ui/catalogtext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix, const QString &special = QString())
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setSpecialValueText(special);
    s->setAccelerated(true);
    s->setKeyboardTracking(false); // one edit per finished number, not per keystroke
    return s;
}

} // namespace

BuildEditor::BuildEditor(BuildDocument *document, const hw::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_doc(document), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);

    auto *modelBox = new QGroupBox(tr("Model"), this);
    auto *modelForm = new QFormLayout(modelBox);
    m_model = new QComboBox(modelBox);
    m_quant = new QComboBox(modelBox);
    m_runtime = new QComboBox(modelBox);
    m_modelNote = new QLabel(modelBox);
    m_modelNote->setWordWrap(true);
    m_modelNote->setStyleSheet(u"color: palette(mid);"_s);
    modelForm->addRow(tr("&Model:"), m_model);
    modelForm->addRow(tr("&Quantization:"), m_quant);
    modelForm->addRow(tr("&Runtime:"), m_runtime);
    modelForm->addRow(m_modelNote);
    layout->addWidget(modelBox);

    auto *hwBox = new QGroupBox(tr("Hardware (per node)"), this);
    auto *hwForm = new QFormLayout(hwBox);
    m_gpu = new QComboBox(hwBox);
    m_gpuCount = spin(hwBox, 1, 64, QString());
    m_nodes = spin(hwBox, 1, 64, QString());
    m_pipeline = spin(hwBox, 1, 64, QString());
    m_cpu = new QComboBox(hwBox);
    m_sockets = spin(hwBox, 1, 8, QString());
    m_ramGB = spin(hwBox, 0, 65536, tr(" GB"), tr("not set"));
    m_ramMTs = spin(hwBox, 0, 12800, tr(" MT/s"), tr("CPU maximum"));
    m_ramMTs->setSingleStep(400);
    m_ramChannels = spin(hwBox, 0, 64, QString(), tr("all"));
    hwForm->addRow(tr("&GPU:"), m_gpu);
    hwForm->addRow(tr("GPU &count:"), m_gpuCount);
    hwForm->addRow(tr("N&odes:"), m_nodes);
    hwForm->addRow(tr("P&ipeline stages:"), m_pipeline);
    hwForm->addRow(tr("C&PU:"), m_cpu);
    hwForm->addRow(tr("&Sockets:"), m_sockets);
    hwForm->addRow(tr("R&AM:"), m_ramGB);
    hwForm->addRow(tr("RAM &speed:"), m_ramMTs);
    hwForm->addRow(tr("Populated c&hannels:"), m_ramChannels);
    layout->addWidget(hwBox);

    auto *runBox = new QGroupBox(tr("Run mode"), this);
    auto *runForm = new QFormLayout(runBox);
    m_gpuLayers = spin(runBox, -1, 200, QString(), tr("automatic"));
    m_kvType = new QComboBox(runBox);
    for (const char *t : {"f16", "q8_0", "q4_0", "fp8"})
        m_kvType->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_mla = new QComboBox(runBox);
    m_mla->addItem(tr("The runtime's behaviour"), QString());
    m_mla->addItem(tr("Compressed latent (MLA)"), u"true"_s);
    m_mla->addItem(tr("Expanded to full heads"), u"false"_s);
    runForm->addRow(tr("GPU &layers (-ngl):"), m_gpuLayers);
    runForm->addRow(tr("&KV cache type:"), m_kvType);
    runForm->addRow(tr("MLA KV cache:"), m_mla);
    layout->addWidget(runBox);

    auto *workBox = new QGroupBox(tr("Workload"), this);
    auto *workForm = new QFormLayout(workBox);
    m_users = spin(workBox, 1, 100000, QString());
    m_context = spin(workBox, 1, 163840, tr(" tokens"));
    m_context->setSingleStep(1024);
    m_prompt = spin(workBox, 1, 163840, tr(" tokens"));
    m_output = spin(workBox, 1, 163840, tr(" tokens"));
    m_target = new QComboBox(workBox);
    m_target->addItem(tr("6 tok/s (acceptable)"), 6.0);
    m_target->addItem(tr("14 tok/s (comfortable)"), 14.0);
    m_target->addItem(tr("Custom"), 0.0);
    m_targetTps = new QDoubleSpinBox(workBox);
    m_targetTps->setRange(0.1, 10000);
    m_targetTps->setSuffix(tr(" tok/s"));
    m_targetTps->setKeyboardTracking(false);
    workForm->addRow(tr("Concurrent &users:"), m_users);
    workForm->addRow(tr("Con&text per user:"), m_context);
    workForm->addRow(tr("&Prompt:"), m_prompt);
    workForm->addRow(tr("O&utput (thinking included):"), m_output);
    workForm->addRow(tr("&Target speed per user:"), m_target);
    workForm->addRow(QString(), m_targetTps);
    layout->addWidget(workBox);
    layout->addStretch(1);
    fillChoices();
    for (QComboBox *box : findChildren<QComboBox *>()) { // long catalog names must not widen the form
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
    }
    // The form scrolls on a laptop screen: the wheel scrolls it, and changes a field only once the field
    // has been clicked or tabbed into (eventFilter), so scrolling past a field never edits it.
    QList<QWidget *> wheelFields;
    for (QComboBox *box : findChildren<QComboBox *>())
        wheelFields << box;
    for (QAbstractSpinBox *spin : findChildren<QAbstractSpinBox *>())
        wheelFields << spin;
    for (QWidget *field : wheelFields) {
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(this);
    }

    const auto tip = [this](QWidget *w, const QString &text) {
        w->setToolTip(text);
        m_baseToolTips.insert(w, text);
    };
    tip(m_model, tr("Which model: the full 671B R1/V3, or a distill (a much smaller model trained on R1's answers)."));
    tip(m_quant, tr("Weight format. Lower bits need less memory and lose some quality; FP8 needs a GPU with native FP8."));
    tip(m_runtime, tr("The inference software. It decides how memory is split, how many users decode together and the efficiency."));
    tip(m_gpu, tr("GPU type, or a unified-memory machine (Mac) counted as one device."));
    tip(m_gpuCount, tr("GPUs in each node (machine)."));
    tip(m_nodes, tr("Identical machines working together."));
    tip(m_pipeline, tr("Serving engines only (vLLM --pipeline-parallel-size, SGLang --pp-size): the layers are split into this many stages, "
                       "each on its share of the GPUs in tensor parallel. 1 = every layer split over all GPUs. It must divide the GPUs."));
    tip(m_cpu, tr("CPU type; it matters when weights run on the CPU (hybrid or CPU-only)."));
    tip(m_sockets, tr("CPUs per node."));
    tip(m_ramGB, tr("System memory per node, in GB (10^9 bytes)."));
    tip(m_ramMTs, tr("Memory speed; the CPU's maximum when not set."));
    tip(m_ramChannels, tr("Memory channels with a DIMM, per node. Half the channels is half the bandwidth."));
    tip(m_gpuLayers, tr("llama.cpp -ngl: how many layers go to the GPUs. Automatic: what fits, following Unsloth's rule."));
    tip(m_kvType, tr("Precision of the KV cache: q8_0 and q4_0 halve and quarter its memory."));
    tip(m_mla, tr("DeepSeek's MLA cache is 70 times smaller when the runtime keeps it compressed."));
    tip(m_users, tr("Users generating at the same time."));
    tip(m_context, tr("Tokens each user's KV cache must hold: prompt plus answer, including R1's thinking (often thousands of tokens)."));
    tip(m_prompt, tr("Typical prompt length."));
    tip(m_output, tr("Typical answer length, thinking included."));
    tip(m_target, tr("“本地部署DeepSeek R1到底需要什么配置?”: 6 tok/s per user is acceptable, 14 is comfortable."));

    bindCombo(m_model, u"model"_s);
    bindCombo(m_quant, u"quant"_s);
    bindCombo(m_runtime, u"runtime"_s);
    bindCombo(m_kvType, u"kv_cache.type"_s);
    bindSpin(m_gpuCount, u"gpu.count"_s, -1000);
    bindSpin(m_nodes, u"nodes"_s, -1000);
    bindSpin(m_pipeline, u"pipeline_parallel"_s, 1);
    bindSpin(m_sockets, u"cpu.sockets"_s, -1000);
    bindSpin(m_ramGB, u"ram.gb"_s, 0);
    bindSpin(m_ramMTs, u"ram.mts"_s, 0);
    bindSpin(m_ramChannels, u"ram.channels"_s, 0);
    bindSpin(m_gpuLayers, u"offload.gpu_layers"_s, -1);
    bindSpin(m_users, u"workload.users"_s, -1000);
    bindSpin(m_context, u"workload.context"_s, -1000);
    bindSpin(m_prompt, u"workload.prompt_tokens"_s, -1000);
    bindSpin(m_output, u"workload.output_tokens"_s, -1000);
    m_fields.insert(u"gpu.id"_s, m_gpu);
    m_fields.insert(u"gpu"_s, m_gpu);
    m_fields.insert(u"cpu.id"_s, m_cpu);
    m_fields.insert(u"cpu"_s, m_cpu);
    m_fields.insert(u"kv_cache.mla"_s, m_mla);
    m_fields.insert(u"workload.min_tps_per_user"_s, m_targetTps);

    connect(m_gpu, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString id = m_gpu->currentData().toString();
        if (id.isEmpty())
            m_doc->setValue(u"gpu"_s, QJsonValue::Undefined, tr("Remove the GPUs"));
        else
            m_doc->setValue(u"gpu"_s, QJsonObject{{u"id"_s, id}, {u"count"_s, m_gpuCount->value()}}, tr("Change GPU"));
    });
    connect(m_cpu, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString id = m_cpu->currentData().toString();
        if (id.isEmpty())
            m_doc->setValue(u"cpu"_s, QJsonValue::Undefined, tr("Remove the CPU"));
        else { // a CPU that scales to one socket (a desktop part) goes in a one-socket board
            const hw::CpuSpec *cpu = m_catalog->cpu(id.toStdString());
            const int sockets = cpu && cpu->maxSockets > 0 ? std::min(m_sockets->value(), cpu->maxSockets) : m_sockets->value();
            m_doc->setValue(u"cpu"_s, QJsonObject{{u"id"_s, id}, {u"sockets"_s, sockets}}, tr("Change CPU"));
        }
    });
    connect(m_mla, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString v = m_mla->currentData().toString();
        m_doc->setValue(u"kv_cache.mla"_s, v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v == u"true"), tr("Change MLA cache"));
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const double v = m_target->currentData().toDouble();
        m_targetTps->setEnabled(v <= 0);
        if (v > 0)
            m_doc->setValue(u"workload.min_tps_per_user"_s, v, tr("Change target speed"));
    });
    connect(m_targetTps, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_refreshing)
            m_doc->setValue(u"workload.min_tps_per_user"_s, v, tr("Change target speed"));
    });
    connect(m_doc, &BuildDocument::changed, this, &BuildEditor::refresh);
    refresh();
}

BuildEditor::~BuildEditor() = default;

bool BuildEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        const auto *field = qobject_cast<QWidget *>(watched);
        if (field && !field->hasFocus()) {
            event->ignore(); // not accepted: QApplication passes it on to the scroll area
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BuildEditor::fillChoices()
{
    for (QComboBox *box : {m_model, m_quant, m_runtime, m_gpu, m_cpu})
        box->clear();
    for (const hw::ModelSpec &m : m_catalog->models) {
        const QString kind = m.kind == "full" ? tr("full model") : m.kind == "distill" ? tr("distill") : tr("other");
        m_model->addItem(tr("%1 (%2)").arg(q(m.name), kind), q(m.id));
        m_model->setItemData(m_model->count() - 1, tr("%1\nSource: %2 (%3)").arg(catalogText(m.qualityNote), q(m.source), q(m.sourceDate)), Qt::ToolTipRole);
    }
    for (const hw::QuantSpec &s : m_catalog->quants) {
        m_quant->addItem(tr("%1 (%2 bits/weight)").arg(q(s.name)).arg(s.bitsPerWeight), q(s.id));
        m_quant->setItemData(m_quant->count() - 1, s.qualityNote.empty() ? q(s.source) : catalogText(s.qualityNote) + u'\n' + q(s.source), Qt::ToolTipRole);
    }
    for (const hw::RuntimeSpec &r : m_catalog->runtimes) {
        m_runtime->addItem(q(r.name), q(r.id));
        m_runtime->setItemData(m_runtime->count() - 1, q(r.note), Qt::ToolTipRole);
    }
    m_gpu->addItem(tr("None (CPU only)"), QString());
    for (const hw::GpuSpec &g : m_catalog->gpus) {
        m_gpu->addItem(tr("%1 — %2 GB, %3 GB/s").arg(q(g.name)).arg(g.memoryGB).arg(g.bandwidthGBs), q(g.id));
        m_gpu->setItemData(m_gpu->count() - 1, tr("Source: %1 (%2)\n%3").arg(q(g.source), q(g.sourceDate), q(g.note)), Qt::ToolTipRole);
    }
    m_cpu->addItem(tr("None"), QString());
    for (const hw::CpuSpec &c : m_catalog->cpus) {
        m_cpu->addItem(tr("%1 — %2 cores, %3 × %4-%5").arg(q(c.name)).arg(c.cores).arg(c.memoryChannels)
                           .arg(q(hw::memoryTypeId(c.memoryType)).toUpper()).arg(c.memoryMTs),
                       q(c.id));
        m_cpu->setItemData(m_cpu->count() - 1, tr("Source: %1 (%2)").arg(q(c.source), q(c.sourceDate)), Qt::ToolTipRole);
    }
}

void BuildEditor::reloadChoices()
{
    m_refreshing = true;
    fillChoices();
    m_refreshing = false;
    refresh();
}

// The field as its label names it ("Quantization", "量化"), for the undo text: "Change Quantization".
QString BuildEditor::fieldTitle(const QWidget *field, const QString &path) const
{
    for (const QLabel *l : findChildren<QLabel *>())
        if (l->buddy() == field) {
            static const QRegularExpression mnemonic(u"\\(&\\w\\)"_s), colon(u"[:：]\\s*$"_s);
            return QString(l->text()).remove(mnemonic).remove(u'&').remove(colon).trimmed();
        }
    return path;
}

void BuildEditor::bindCombo(QComboBox *box, const QString &path)
{
    m_fields.insert(path, box);
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, path] {
        if (!m_refreshing)
            m_doc->setValue(path, box->currentData().toString(), tr("Change %1").arg(fieldTitle(box, path)));
    });
}

void BuildEditor::bindSpin(QSpinBox *spinBox, const QString &path, int unsetValue)
{
    m_fields.insert(path, spinBox);
    connect(spinBox, &QSpinBox::valueChanged, this, [this, spinBox, path, unsetValue](int v) {
        if (!m_refreshing)
            m_doc->setValue(path, v == unsetValue ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v), tr("Change %1").arg(fieldTitle(spinBox, path)));
    });
}

void BuildEditor::updateQuantAvailability()
{
    // Unsloth's dynamic quants exist for the MoE model only: offer them only there.
    const hw::ModelSpec *model = m_catalog->model(m_model->currentData().toString().toStdString());
    auto *items = qobject_cast<QStandardItemModel *>(m_quant->model());
    for (int i = 0; i < m_quant->count() && items; ++i) {
        const hw::QuantSpec *quant = m_catalog->quant(m_quant->itemData(i).toString().toStdString());
        const bool available = !(quant && quant->nonExpertBits > 0 && model && !model->isMoe());
        items->item(i)->setEnabled(available);
    }
    if (model)
        m_modelNote->setText(catalogText(model->qualityNote));
}

void BuildEditor::refresh()
{
    m_refreshing = true;
    const auto setCombo = [](QComboBox *box, const QString &value) {
        const int i = box->findData(value);
        box->setCurrentIndex(i < 0 ? 0 : i);
    };
    const auto intOr = [this](const QString &path, int fallback) {
        const QJsonValue v = m_doc->value(path);
        return v.isDouble() ? v.toInt() : fallback;
    };
    const QJsonValue quant = m_doc->value(u"quant"_s);
    setCombo(m_model, m_doc->value(u"model"_s).toString());
    setCombo(m_quant, quant.isObject() ? quant.toObject().value(u"id"_s).toString() : quant.toString());
    setCombo(m_runtime, m_doc->value(u"runtime"_s).toString());
    setCombo(m_gpu, m_doc->value(u"gpu.id"_s).toString());
    setCombo(m_cpu, m_doc->value(u"cpu.id"_s).toString());
    setCombo(m_kvType, m_doc->value(u"kv_cache.type"_s).toString(u"f16"_s));
    const QJsonValue mla = m_doc->value(u"kv_cache.mla"_s);
    setCombo(m_mla, mla.isBool() ? (mla.toBool() ? u"true"_s : u"false"_s) : QString());
    m_gpuCount->setValue(intOr(u"gpu.count"_s, 1));
    m_gpuCount->setEnabled(m_doc->value(u"gpu"_s).isObject());
    m_nodes->setValue(intOr(u"nodes"_s, 1));
    m_pipeline->setValue(intOr(u"pipeline_parallel"_s, 1));
    { // pipeline stages apply where the runtime splits layers by tensor parallel (the serving engines)
        const hw::RuntimeSpec *rt = m_catalog->runtime(m_doc->value(u"runtime"_s).toString().toStdString());
        m_pipeline->setEnabled((rt && rt->tensorParallel) || m_pipeline->value() > 1);
    }
    m_sockets->setValue(intOr(u"cpu.sockets"_s, 1));
    m_sockets->setEnabled(m_doc->value(u"cpu"_s).isObject());
    m_ramGB->setValue(intOr(u"ram.gb"_s, 0));
    m_ramMTs->setValue(intOr(u"ram.mts"_s, 0));
    m_ramChannels->setValue(intOr(u"ram.channels"_s, 0));
    m_gpuLayers->setValue(intOr(u"offload.gpu_layers"_s, -1));
    m_users->setValue(intOr(u"workload.users"_s, 1));
    m_context->setValue(intOr(u"workload.context"_s, 4096));
    m_prompt->setValue(intOr(u"workload.prompt_tokens"_s, 512));
    m_output->setValue(intOr(u"workload.output_tokens"_s, 512));
    const double target = m_doc->value(u"workload.min_tps_per_user"_s).toDouble(6.0);
    const int preset = m_target->findData(target);
    m_target->setCurrentIndex(preset < 0 ? 2 : preset);
    m_targetTps->setValue(target);
    m_targetTps->setEnabled(preset < 0);
    updateQuantAvailability();
    m_refreshing = false;
}

void BuildEditor::setFieldError(const QString &path, const QString &message)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setStyleSheet(QString());
        it.value()->setToolTip(m_baseToolTips.value(it.value()));
        it.value()->setProperty("invalid", false);
    }
    if (path.isEmpty())
        return;
    QWidget *w = m_fields.value(path);
    if (!w)
        w = m_fields.value(path.section(u'.', 0, 0));
    if (!w)
        return;
    w->setStyleSheet(u"border: 2px solid #c62828;"_s);
    w->setToolTip(message);
    w->setProperty("invalid", true);
}

} // namespace hwui
