#include "ui/claimform.h"

#include "ui/claimmodels.h"

#include <algorithm>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

// What a claim field's provenance says when the user entered it (the checker treats it as read).
constexpr char kEnteredByUser[] = "entered by the user";
constexpr int kSourceWidth = 170; // px of "read from" text before it is elided (the tooltip has it all)

std::optional<double> stated(double v) { return v > 0 ? std::optional<double>(v) : std::nullopt; }

template<typename Spec>
void fillCombo(QComboBox *combo, const std::vector<Spec> &specs, const QString &none)
{
    combo->clear();
    combo->addItem(none, QString());
    for (const Spec &s : specs)
        combo->addItem(QString::fromStdString(s.name), QString::fromStdString(s.id));
}

void select(QComboBox *combo, const std::string &id)
{
    const int i = combo->findData(QString::fromStdString(id));
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

std::string idOf(const QComboBox *combo) { return combo->currentData().toString().toStdString(); }

} // namespace

ClaimForm::ClaimForm(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    auto addRow = [this, &row](const QString &label, QWidget *editor, QLabel *source) {
        auto *l = new QLabel(label, this);
        l->setBuddy(editor);
        m_grid->addWidget(l, row, 0);
        m_grid->addWidget(editor, row, 1);
        m_grid->addWidget(source, row, 2);
        ++row;
    };
    auto pair = [this](QWidget *a, const QString &between, QWidget *b) {
        auto *w = new QWidget(this);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a, 1);
        h->addWidget(new QLabel(between, w));
        h->addWidget(b);
        return w;
    };

    m_model = catalogCombo();
    addRow(tr("&Model:"), m_model, m_modelFrom = sourceLabel());
    m_quant = catalogCombo();
    addRow(tr("&Quantization:"), m_quant, m_quantFrom = sourceLabel());
    m_runtime = catalogCombo();
    addRow(tr("R&untime:"), m_runtime, m_runtimeFrom = sourceLabel());
    m_nodes = new QSpinBox(this);
    m_nodes->setRange(1, 1024);
    addRow(tr("Mac&hines:"), m_nodes, m_nodesFrom = sourceLabel());
    m_gpu = catalogCombo();
    m_gpuCount = new QSpinBox(this);
    m_gpuCount->setRange(0, 64);
    m_gpuCount->setSpecialValueText(tr("none"));
    m_gpuCount->setToolTip(tr("Cards per machine"));
    addRow(tr("&Cards:"), pair(m_gpu, tr("×"), m_gpuCount), m_gpuFrom = sourceLabel());
    m_cpu = catalogCombo();
    m_sockets = new QSpinBox(this);
    m_sockets->setRange(1, 8);
    m_sockets->setToolTip(tr("Sockets per machine"));
    addRow(tr("C&PU:"), pair(m_cpu, tr("×"), m_sockets), m_cpuFrom = sourceLabel());
    m_ram = figureSpin(65536, 0, tr(" GB"));
    addRow(tr("&RAM:"), m_ram, m_ramFrom = sourceLabel());
    // The weights' size as a tool printed it, and the prompt a first-token latency was measured with.
    m_fileGB = figureSpin(65536, 1, tr(" GB"));
    m_fileGB->setToolTip(tr("The model file's size as the offer states it"));
    addRow(tr("Model &file:"), m_fileGB, m_fileFrom = sourceLabel());
    m_promptTokens = figureSpin(1e7, 0, tr(" tokens"));
    m_promptTokens->setToolTip(tr("The prompt the first-token latency was measured with"));
    addRow(tr("Promp&t:"), m_promptTokens, m_promptFrom = sourceLabel());

    // Performance points: a header row, then one row per point, in the form's own columns.
    auto *points = new QWidget(this);
    m_pointsGrid = new QGridLayout(points);
    m_pointsGrid->setContentsMargins(0, 0, 0, 0);
    m_pointsGrid->addWidget(new QLabel(tr("Performance:"), points), 0, 0);
    m_pointsGrid->addWidget(new QLabel(tr("users"), points), 0, 1);
    m_pointsGrid->addWidget(new QLabel(tr("tok/s per user"), points), 0, 2);
    m_pointsGrid->addWidget(new QLabel(tr("tok/s total"), points), 0, 3);
    m_pointsGrid->setColumnStretch(1, 1);
    m_pointsGrid->setColumnStretch(2, 1);
    m_pointsGrid->setColumnStretch(3, 1);
    m_grid->addWidget(points, row++, 0, 1, 3);
    m_addPoint = new QPushButton(tr("&Add a performance point"), this);
    m_grid->addWidget(m_addPoint, row++, 1, Qt::AlignLeft);

    m_price = figureSpin(1e9, 0, QString());
    m_currency = new QComboBox(this);
    m_currency->addItem(tr("CNY"), u"CNY"_s);
    m_currency->addItem(tr("USD"), u"USD"_s);
    addRow(tr("Pri&ce:"), pair(m_price, QString(), m_currency), m_priceFrom = sourceLabel());
    m_condition = new QComboBox(this);
    m_condition->addItem(tr("not stated"), QString());
    m_condition->addItem(tr("new"), u"new"_s);
    m_condition->addItem(tr("used"), u"used"_s);
    m_condition->addItem(tr("refurbished"), u"refurbished"_s);
    addRow(tr("Con&dition:"), m_condition, m_conditionFrom = sourceLabel());
    m_warranty = new QSpinBox(this);
    m_warranty->setRange(-1, 240);
    m_warranty->setSpecialValueText(tr("not stated"));
    m_warranty->setSuffix(tr(" months"));
    addRow(tr("&Warranty:"), m_warranty, m_warrantyFrom = sourceLabel());
    m_grid->setRowStretch(row, 1);

    auto onCombo = [this](QComboBox *combo, auto apply) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, apply] {
            if (!m_showing)
                apply(idOf(combo));
        });
    };
    onCombo(m_model, [this](const std::string &id) { m_claim.modelId = id; corrected("model"); });
    onCombo(m_quant, [this](const std::string &id) { m_claim.quantId = id; corrected("quant"); });
    onCombo(m_runtime, [this](const std::string &id) { m_claim.runtimeId = id; corrected("runtime"); });
    onCombo(m_gpu, [this](const std::string &id) {
        // A part picked from the catalog comes with its catalog memory; the unknown name is gone.
        m_claim.gpuId = id, m_claim.gpuText.clear(), m_claim.gpuMemoryGB = 0;
        m_claim.unassume("gpu_memory");
        corrected("gpu");
    });
    onCombo(m_cpu, [this](const std::string &id) { m_claim.cpuId = id, m_claim.cpuText.clear(); corrected("cpu"); });
    onCombo(m_currency, [this](const std::string &id) { m_claim.priceCurrency = id; corrected("price"); });
    onCombo(m_condition, [this](const std::string &id) { m_claim.condition = id; corrected("condition"); });
    auto onSpin = [this](auto *spin, auto apply) {
        connect(spin, &std::remove_pointer_t<decltype(spin)>::valueChanged, this,
                [this, apply](auto v) {
                    if (!m_showing)
                        apply(v);
                });
    };
    onSpin(m_nodes, [this](int v) { m_claim.nodes = v; corrected("nodes"); });
    onSpin(m_gpuCount, [this](int v) { m_claim.gpuCount = v; corrected("gpu_count"); });
    onSpin(m_sockets, [this](int v) { m_claim.sockets = v; corrected("sockets"); });
    onSpin(m_ram, [this](double v) { m_claim.ramGB = v; corrected("ram_gb"); });
    onSpin(m_fileGB, [this](double v) { m_claim.fileGB = stated(v); corrected("file_gb"); });
    onSpin(m_promptTokens, [this](double v) { m_claim.promptTokens = stated(v); corrected("prompt_tokens"); });
    onSpin(m_price, [this](double v) { m_claim.price = stated(v); corrected("price"); });
    onSpin(m_warranty, [this](int v) {
        m_claim.warrantyMonths = v < 0 ? std::nullopt : std::optional<double>(v);
        corrected("warranty_months");
    });
    connect(m_addPoint, &QPushButton::clicked, this, [this] {
        m_claim.points.push_back({});
        m_claim.points.back().text = kEnteredByUser;
        rebuildPoints();
        updateTabOrder();
        m_points.back().users->setFocus();
    });
}

ClaimForm::~ClaimForm() = default;

QComboBox *ClaimForm::catalogCombo()
{
    auto *combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

QDoubleSpinBox *ClaimForm::figureSpin(double max, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(0, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(tr("not stated"));
    spin->setGroupSeparatorShown(true);
    spin->setMinimumWidth(80); // not the width of the largest value
    return spin;
}

QLabel *ClaimForm::sourceLabel()
{
    auto *label = new QLabel(this);
    label->setFixedWidth(kSourceWidth);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    label->setFont(small);
    return label;
}

void ClaimForm::setCatalog(const hw::Catalog *catalog)
{
    m_catalog = catalog;
    fillCombos();
    showClaim();
}

void ClaimForm::fillCombos()
{
    if (!m_catalog)
        return;
    m_showing = true;
    fillCombo(m_model, m_catalog->models, tr("not stated"));
    fillCombo(m_quant, m_catalog->quants, tr("not stated"));
    fillCombo(m_runtime, m_catalog->runtimes, tr("not stated"));
    fillCombo(m_gpu, m_catalog->gpus, tr("none"));
    fillCombo(m_cpu, m_catalog->cpus, tr("not stated"));
    m_showing = false;
}

void ClaimForm::setClaim(hw::Claim claim)
{
    m_claim = std::move(claim);
    m_corrected.clear();
    showClaim();
}

void ClaimForm::showClaim()
{
    m_showing = true;
    const hw::Claim &c = m_claim;
    select(m_model, c.modelId);
    select(m_quant, c.quantId);
    select(m_runtime, c.runtimeId);
    // A part the catalog lacks is shown by its name in the empty entry.
    m_gpu->setItemText(0, c.gpuText.empty() ? tr("none") : tr("not in the catalog: %1").arg(QString::fromStdString(c.gpuText)));
    m_cpu->setItemText(0, c.cpuText.empty() ? tr("not stated") : tr("not in the catalog: %1").arg(QString::fromStdString(c.cpuText)));
    select(m_gpu, c.gpuId);
    select(m_cpu, c.cpuId);
    m_nodes->setValue(c.nodes);
    m_gpuCount->setValue(c.gpuCount);
    m_sockets->setValue(c.sockets);
    m_ram->setValue(c.ramGB);
    m_fileGB->setValue(c.fileGB.value_or(0));
    m_promptTokens->setValue(c.promptTokens.value_or(0));
    m_price->setValue(c.price.value_or(0));
    select(m_currency, c.priceCurrency);
    select(m_condition, c.condition);
    m_warranty->setValue(c.warrantyMonths ? int(*c.warrantyMonths) : -1);
    m_showing = false;
    showSources();
    rebuildPoints();
    updateTabOrder();
}

// "read from: <the offer's words>", "assumed: <what>", "corrected by you" or "not in the offer".
QString ClaimForm::sourceText(const std::string &field, QString *colour) const
{
    if (m_corrected.contains(QString::fromStdString(field)))
        return *colour = u"#1565c0"_s, tr("corrected by you");
    // The reasons are the checker's messages: shown in the interface's language.
    const auto reason = [&](const std::string &english) {
        const auto why = m_claim.reasons.find(field);
        return why != m_claim.reasons.end() ? translated({why->second}) : QString::fromStdString(english);
    };
    if (const auto a = m_claim.assumed.find(field); a != m_claim.assumed.end())
        return *colour = u"#ef6c00"_s, tr("assumed: %1").arg(reason(a->second));
    *colour = u"#616161"_s;
    if (const auto r = m_claim.readFrom.find(field); r != m_claim.readFrom.end() && m_claim.inferred.count(field))
        return tr("not stated, taken as: %1").arg(reason(r->second));
    if (const auto r = m_claim.readFrom.find(field); r != m_claim.readFrom.end())
        return tr("read from: “%1”").arg(QString::fromStdString(r->second).simplified());
    return tr("not in the offer");
}

// The label shows as much as fits of the row's fields (the most doubtful colour wins); each editor's
// tooltip says all of its own field.
void ClaimForm::showSource(QLabel *label, const std::vector<std::pair<std::string, QWidget *>> &fields) const
{
    QStringList texts;
    QString shownColour = u"#616161"_s;
    for (const auto &[field, editor] : fields) {
        QString colour;
        const QString text = sourceText(field, &colour);
        editor->setToolTip(text);
        if (!texts.contains(text))
            texts << text;
        if (colour != u"#616161")
            shownColour = colour;
    }
    const QString all = texts.join(u"; "_s);
    label->setText(u"<span style='color:%1'>%2</span>"_s.arg(shownColour, label->fontMetrics().elidedText(all, Qt::ElideRight, kSourceWidth).toHtmlEscaped()));
    label->setToolTip(all);
}

void ClaimForm::showSources() const
{
    showSource(m_modelFrom, {{"model", m_model}});
    showSource(m_quantFrom, {{"quant", m_quant}});
    showSource(m_runtimeFrom, {{"runtime", m_runtime}});
    showSource(m_nodesFrom, {{"nodes", m_nodes}});
    showSource(m_gpuFrom, {{"gpu", m_gpu}, {"gpu_count", m_gpuCount}});
    showSource(m_cpuFrom, {{"cpu", m_cpu}, {"sockets", m_sockets}});
    showSource(m_ramFrom, {{"ram_gb", m_ram}});
    showSource(m_fileFrom, {{"file_gb", m_fileGB}});
    showSource(m_promptFrom, {{"prompt_tokens", m_promptTokens}});
    showSource(m_priceFrom, {{"price", m_price}, {"price", m_currency}});
    showSource(m_conditionFrom, {{"condition", m_condition}});
    showSource(m_warrantyFrom, {{"warranty_months", m_warranty}});
}

void ClaimForm::rebuildPoints()
{
    for (const PointRow &p : std::as_const(m_points)) {
        delete p.label;
        delete p.users;
        delete p.perUser;
        delete p.total;
        delete p.source;
    }
    m_points.clear();
    m_showing = true;
    for (size_t i = 0; i < m_claim.points.size(); ++i) {
        const hw::PerformancePoint &point = m_claim.points[i];
        QWidget *host = m_pointsGrid->parentWidget();
        PointRow row{new QLabel(tr("Point %1:").arg(i + 1), host), nullptr, nullptr, nullptr, new QLabel(host)};
        auto spin = [host](double max, const std::optional<double> &v, const QString &tip) {
            auto *s = new QDoubleSpinBox(host);
            s->setRange(0, max);
            s->setDecimals(1);
            s->setSpecialValueText(tr("not stated"));
            s->setValue(v.value_or(0));
            s->setAccessibleName(tip);
            s->setMinimumWidth(60);
            return s;
        };
        row.users = spin(1e6, point.users, tr("Users"));
        row.users->setDecimals(0);
        row.users->setValue(point.users.value_or(0));
        row.perUser = spin(1e5, point.perUserTps, tr("Tokens per second per user"));
        row.total = spin(1e7, point.aggregateTps, tr("Total tokens per second"));
        row.label->setBuddy(row.users);
        QString from = point.text == kEnteredByUser ? tr("corrected by you") : tr("read from: “%1”").arg(QString::fromStdString(point.text).simplified());
        if (point.perUserTps && !point.users && point.text != kEnteredByUser)
            from = tr("%1 (assumed 1 user)").arg(from);
        row.source->setFont(m_modelFrom->font());
        row.source->setFixedWidth(kSourceWidth);
        row.source->setText(u"<span style='color:#616161'>%1</span>"_s.arg(row.source->fontMetrics().elidedText(from, Qt::ElideRight, kSourceWidth).toHtmlEscaped()));
        row.source->setToolTip(from);
        for (QWidget *e : {static_cast<QWidget *>(row.users), static_cast<QWidget *>(row.perUser), static_cast<QWidget *>(row.total)})
            e->setToolTip(e->accessibleName() + u": "_s + from);
        const int r = int(i) + 1;
        m_pointsGrid->addWidget(row.label, r, 0);
        m_pointsGrid->addWidget(row.users, r, 1);
        m_pointsGrid->addWidget(row.perUser, r, 2);
        m_pointsGrid->addWidget(row.total, r, 3);
        m_pointsGrid->addWidget(row.source, r, 4);
        auto edit = [this, i](QDoubleSpinBox *s, std::optional<double> hw::PerformancePoint::*member) {
            connect(s, &QDoubleSpinBox::valueChanged, this, [this, i, member](double v) {
                if (m_showing || i >= m_claim.points.size())
                    return;
                m_claim.points[i].*member = stated(v);
                m_claim.points[i].text = kEnteredByUser;
                // Users entered for every speed: no point is read as one user's any more.
                if (std::all_of(m_claim.points.begin(), m_claim.points.end(), [](const hw::PerformancePoint &p) { return p.users || !p.perUserTps; }))
                    m_claim.unassume("users");
                corrected("points");
            });
        };
        edit(row.users, &hw::PerformancePoint::users);
        edit(row.perUser, &hw::PerformancePoint::perUserTps);
        edit(row.total, &hw::PerformancePoint::aggregateTps);
        m_points.append(row);
    }
    m_showing = false;
}

void ClaimForm::corrected(const std::string &field)
{
    m_claim.read(field, kEnteredByUser);
    m_corrected.insert(QString::fromStdString(field));
    // Provenance labels follow the edit; the editors keep their values and focus.
    showSources();
    for (int i = 0; i < m_points.size() && size_t(i) < m_claim.points.size(); ++i)
        if (m_claim.points[size_t(i)].text == kEnteredByUser) {
            m_points[i].source->setText(u"<span style='color:#1565c0'>%1</span>"_s.arg(tr("corrected by you").toHtmlEscaped()));
            m_points[i].source->setToolTip(tr("corrected by you"));
        }
    emit claimEdited();
}

QList<QWidget *> ClaimForm::editors() const
{
    QList<QWidget *> out{m_model, m_quant, m_runtime, m_nodes, m_gpu, m_gpuCount, m_cpu, m_sockets, m_ram, m_fileGB, m_promptTokens};
    for (const PointRow &p : m_points)
        out << p.users << p.perUser << p.total;
    out << m_addPoint << m_price << m_currency << m_condition << m_warranty;
    return out;
}

void ClaimForm::updateTabOrder()
{
    const QList<QWidget *> chain = editors();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

QWidget *ClaimForm::field(const QString &name) const
{
    static const QStringList names{u"model"_s, u"quant"_s, u"runtime"_s, u"nodes"_s, u"gpu"_s, u"gpu_count"_s, u"cpu"_s, u"sockets"_s, u"ram_gb"_s, u"file_gb"_s, u"prompt_tokens"_s};
    const QList<QWidget *> all = editors();
    if (const qsizetype i = names.indexOf(name); i >= 0)
        return all[i];
    if (name.startsWith(u"points.")) {
        const QStringList parts = name.split(u'.');
        const int i = parts.value(1).toInt();
        if (parts.size() != 3 || i < 0 || i >= m_points.size())
            return nullptr;
        const PointRow &p = m_points[i];
        return parts[2] == u"users" ? p.users : parts[2] == u"per_user_tps" ? p.perUser : parts[2] == u"aggregate_tps" ? p.total : nullptr;
    }
    static const QStringList tail{u"price"_s, u"currency"_s, u"condition"_s, u"warranty_months"_s};
    if (const qsizetype i = tail.indexOf(name); i >= 0)
        return all[all.size() - tail.size() + i];
    return nullptr;
}

} // namespace hwui
