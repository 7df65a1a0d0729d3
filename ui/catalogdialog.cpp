#include "ui/catalogdialog.h"
#include "ui/windowsize.h"

#include "ui/catalogcolumns.h"

#include "db/modelimport.h"
#include "db/pricecsv.h"

#include "model/pricebook.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoCommand>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

QString today() { return QDate::currentDate().toString(Qt::ISODate); }

// Edits from the view become undoable commands on the dialog instead of direct writes.
class UndoableProxy final : public QIdentityProxyModel
{
public:
    UndoableProxy(CatalogDialog *dialog, const QString &table, QObject *parent)
        : QIdentityProxyModel(parent), m_dialog(dialog), m_table(table) {}
    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole)
            return false;
        auto *sql = static_cast<QSqlTableModel *>(sourceModel());
        const QModelIndex source = mapToSource(index);
        const QString id = sql->record(source.row()).value(0).toString();
        const QString column = sql->record().fieldName(source.column());
        if (sql->data(source, Qt::EditRole) == value)
            return false;
        return m_dialog->setCell(m_table, id, column, value);
    }

private:
    CatalogDialog *m_dialog;
    QString m_table;
};

} // namespace

// One cell: the old and new values, and the source the row had before (a spec edited by hand is
// re-sourced as a user edit, and undo restores the original source).
class CellCommand final : public QUndoCommand
{
public:
    CellCommand(CatalogDialog *d, QString table, QString id, QString column, QVariant before, QVariant after, QString sourceBefore,
                QString dateBefore)
        : QUndoCommand(CatalogDialog::tr("Edit %1 %2 %3").arg(table, id, column))
        , m_d(d), m_table(std::move(table)), m_id(std::move(id)), m_column(std::move(column)), m_before(std::move(before))
        , m_after(std::move(after)), m_sourceBefore(std::move(sourceBefore)), m_dateBefore(std::move(dateBefore))
    {
    }
    void redo() override
    {
        QString error;
        m_ok = m_d->applyCell(m_table, m_id, m_column, m_after, &error);
        if (m_ok && m_column != u"source" && m_column != u"source_date" && m_column != u"note" && !m_sourceBefore.isNull()) {
            m_d->applyCell(m_table, m_id, u"source"_s, m_sourceBefore.startsWith(u"user edit"_s) ? m_sourceBefore
                                                                                                   : u"user edit (was: %1)"_s.arg(m_sourceBefore), &error);
            m_d->applyCell(m_table, m_id, u"source_date"_s, today(), &error);
        }
        if (!m_ok) {
            m_d->reportError(error);
            setObsolete(true);
        }
    }
    void undo() override
    {
        QString error;
        m_d->applyCell(m_table, m_id, m_column, m_before, &error);
        if (!m_sourceBefore.isNull()) {
            m_d->applyCell(m_table, m_id, u"source"_s, m_sourceBefore, &error);
            m_d->applyCell(m_table, m_id, u"source_date"_s, m_dateBefore, &error);
        }
    }
    bool ok() const { return m_ok; }

private:
    CatalogDialog *m_d;
    QString m_table, m_id, m_column;
    QVariant m_before, m_after;
    QString m_sourceBefore, m_dateBefore;
    bool m_ok = false;
};

class RowCommand final : public QUndoCommand
{
public:
    RowCommand(CatalogDialog *d, QString table, QVariantMap row)
        : QUndoCommand(CatalogDialog::tr("Add a row to %1").arg(table)), m_d(d), m_table(std::move(table)), m_row(std::move(row)) {}
    void redo() override
    {
        QString error;
        m_ok = m_d->applyRow(m_table, m_row, true, &error);
        if (!m_ok) {
            m_d->reportError(error);
            setObsolete(true);
        }
    }
    void undo() override
    {
        QString error;
        m_d->applyRow(m_table, m_row, false, &error);
    }
    bool ok() const { return m_ok; }

private:
    CatalogDialog *m_d;
    QString m_table;
    QVariantMap m_row;
    bool m_ok = false;
};

// A price entered in the form: redo stores it (one transaction), undo takes back the row it added.
class PriceCommand final : public QUndoCommand
{
public:
    PriceCommand(CatalogDialog *d, hw::PriceRecord record)
        : QUndoCommand(CatalogDialog::tr("Add a price for %1").arg(QString::fromStdString(record.partId))), m_d(d), m_record(std::move(record)) {}
    void redo() override
    {
        QString error;
        m_ok = m_d->applyPrice(m_record, true, &error);
        if (!m_ok) {
            m_d->reportError(error);
            setObsolete(true);
        }
    }
    void undo() override
    {
        QString error;
        if (!m_d->applyPrice(m_record, false, &error))
            m_d->reportError(error);
    }
    bool ok() const { return m_ok; }

private:
    CatalogDialog *m_d;
    hw::PriceRecord m_record;
    bool m_ok = false;
};

CatalogDialog::CatalogDialog(const QString &catalogPath, QWidget *parent)
    : QDialog(parent), m_db(std::make_unique<hwdb::CatalogDatabase>(catalogPath))
{
    setWindowTitle(tr("Catalog"));
    resizeToFit(this, QSize(1500, 900));
    auto *layout = new QVBoxLayout(this);
    if (!m_db->open() || !m_db->load(&m_catalog)) {
        layout->addWidget(new QLabel(tr("The catalog could not be opened:\n%1").arg(m_db->errorString()), this));
        return;
    }
    auto *bar = new QHBoxLayout;
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter the rows (any column)"));
    filter->setClearButtonEnabled(true);
    auto *undo = new QPushButton(tr("&Undo"), this);
    auto *redo = new QPushButton(tr("&Redo"), this);
    auto *add = new QPushButton(tr("&Add row"), this);
    auto *import = new QPushButton(tr("&Import prices…"), this);
    auto *exportButton = new QPushButton(tr("&Export prices…"), this);
    auto *importModelButton = new QPushButton(tr("Import &model…"), this);
    importModelButton->setToolTip(tr("Add a model from a Hugging Face config.json or a GGUF file (only its header is read)"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    bar->addWidget(filter, 1);
    for (QPushButton *b : {undo, redo, add, import, exportButton, importModelButton})
        bar->addWidget(b);
    layout->addLayout(bar);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QList<QPair<QString, QString>> tables = {{u"gpus"_s, tr("GPUs")}, {u"cpus"_s, tr("CPUs")}, {u"models"_s, tr("Models")},
                                                   {u"quants"_s, tr("Quantizations")}, {u"platforms"_s, tr("Platforms")},
                                                   {u"prices"_s, tr("Prices (history)")}};
    const QSqlDatabase db = QSqlDatabase::database(m_db->connectionName());
    for (const auto &[name, title] : tables) {
        auto *model = new QSqlTableModel(this, db);
        model->setTable(name);
        model->setEditStrategy(QSqlTableModel::OnManualSubmit);
        model->select();
        while (model->canFetchMore())
            model->fetchMore();
        auto *undoable = new UndoableProxy(this, name, this);
        undoable->setSourceModel(model);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(undoable);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
        for (int c = 0; c < model->columnCount(); ++c)
            model->setHeaderData(c, Qt::Horizontal, catalogColumnTitle(model->record().fieldName(c)));
        auto *view = new QTableView(m_tabs);
        view->setModel(proxy);
        view->setItemDelegate(new LocaleNumberDelegate(view));
        if (name == u"gpus") // 0 stands for a figure the vendor does not publish (the engine skips it too)
            for (const char *column : {"bf16_tflops", "tdp_w"})
                if (const int c = model->record().indexOf(QLatin1StringView(column)); c >= 0)
                    view->setItemDelegateForColumn(c, new LocaleNumberDelegate(view, true));
        view->setSortingEnabled(true);
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->resizeColumnsToContents();
        for (int c = 0; c < proxy->columnCount(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c), 320));
        if (name == u"prices") {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers); // history: add by import or the form, never overwrite
            auto *page = new QWidget(m_tabs);
            auto *pageLayout = new QVBoxLayout(page);
            pageLayout->setContentsMargins(0, 0, 0, 0);
            view->setParent(page);
            pageLayout->addWidget(view, 1);
            pageLayout->addWidget(makePriceForm(page));
            m_tabs->addTab(page, title);
        } else {
            m_tabs->addTab(view, title);
        }
        m_tables.append({name, model});
    }
    connect(undo, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, &m_undo, &QUndoStack::redo);
    connect(&m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_tables.value(m_tabs->currentIndex()).first;
        if (name != u"prices")
            addRow(name);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, add](int i) { add->setEnabled(m_tables.value(i).first != u"prices"); });
    connect(import, &QPushButton::clicked, this, &CatalogDialog::importPrices);
    connect(exportButton, &QPushButton::clicked, this, &CatalogDialog::exportPrices);
    connect(importModelButton, &QPushButton::clicked, this, &CatalogDialog::importModel);
    m_status->setText(tr("Edits are checked by the catalog's rules and saved at once; an edited specification is marked as a user edit with today's date."));
}

CatalogDialog::~CatalogDialog()
{
    for (auto &t : m_tables)
        delete t.second; // close the models before the connection goes
    m_tables.clear();
}

QSqlTableModel *CatalogDialog::table(const QString &name) const
{
    for (const auto &t : m_tables)
        if (t.first == name)
            return t.second;
    return nullptr;
}

void CatalogDialog::reportError(const QString &message)
{
    m_lastError = message;
    m_status->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(message.toHtmlEscaped()));
}

bool CatalogDialog::applyCell(const QString &tableName, const QString &id, const QString &column, const QVariant &value, QString *error)
{
    QSqlTableModel *model = table(tableName);
    const int col = model->record().indexOf(column);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row).value(0).toString() != id)
            continue;
        model->setData(model->index(row, col), value);
        if (!model->submitAll()) {
            *error = tr("%1, row '%2', %3: %4").arg(tableName, id, column, model->lastError().databaseText());
            model->revertAll();
            return false;
        }
        emit catalogChanged();
        return true;
    }
    *error = tr("%1: no row '%2'").arg(tableName, id);
    return false;
}

bool CatalogDialog::setCell(const QString &tableName, const QString &id, const QString &column, const QVariant &value)
{
    QSqlTableModel *model = table(tableName);
    if (!model || tableName == u"prices")
        return false;
    QVariant before;
    QString source, date;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QSqlRecord r = model->record(row);
        if (r.value(0).toString() == id) {
            before = r.value(column);
            if (r.indexOf(u"source"_s) >= 0) {
                source = r.value(u"source"_s).toString();
                date = r.value(u"source_date"_s).toString();
            }
        }
    }
    auto *command = new CellCommand(this, tableName, id, column, before, value, source, date);
    m_undo.push(command); // redo() runs now; a refused value removes itself (obsolete)
    return m_undo.count() > 0 && m_undo.command(m_undo.count() - 1) == command;
}

bool CatalogDialog::applyRow(const QString &tableName, const QVariantMap &row, bool insert, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
    if (insert) {
        QStringList marks;
        for (qsizetype i = 0; i < row.size(); ++i)
            marks << u"?"_s;
        q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(tableName, row.keys().join(u", "_s), marks.join(u", "_s)));
        for (const QVariant &v : row)
            q.addBindValue(v);
    } else {
        q.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(tableName));
        q.addBindValue(row.value(u"id"_s));
    }
    if (!q.exec()) {
        *error = tr("%1: %2").arg(tableName, q.lastError().databaseText());
        return false;
    }
    table(tableName)->select();
    emit catalogChanged();
    return true;
}

bool CatalogDialog::addRow(const QString &tableName)
{
    // A complete, valid row the user then edits; its source says it is theirs.
    QString id;
    for (int n = 1;; ++n) {
        id = u"new-%1-%2"_s.arg(tableName.chopped(1)).arg(n);
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        q.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(tableName));
        q.addBindValue(id);
        if (q.exec() && !q.next())
            break;
    }
    QVariantMap row{{u"id"_s, id}, {u"source"_s, tr("user entry")}, {u"source_date"_s, today()}};
    if (tableName == u"gpus")
        row.insert({{u"name"_s, tr("New GPU")}, {u"vendor"_s, u""_s}, {u"class"_s, u"consumer"_s}, {u"memory_gb"_s, 1}, {u"bandwidth_gbs"_s, 1},
                    {u"bf16_tflops"_s, 1}, {u"tdp_w"_s, 1}, {u"interconnect"_s, u"pcie"_s}});
    else if (tableName == u"cpus")
        row.insert({{u"name"_s, tr("New CPU")}, {u"vendor"_s, u""_s}, {u"cores"_s, 1}, {u"base_ghz"_s, 1}, {u"memory_channels"_s, 1},
                    {u"memory_type"_s, u"ddr5"_s}, {u"memory_mts"_s, 4800}, {u"tdp_w"_s, 1}});
    else if (tableName == u"models")
        row.insert({{u"name"_s, tr("New model")}, {u"kind"_s, u"other"_s}, {u"total_params_b"_s, 1}, {u"active_params_b"_s, 1}, {u"layers"_s, 1},
                    {u"hidden_size"_s, 1}, {u"attention_heads"_s, 1}, {u"kv_heads"_s, 1}, {u"head_dim"_s, 128}, {u"attention"_s, u"gqa"_s},
                    {u"vocab_size"_s, 1}, {u"max_context"_s, 4096}, {u"native_precision"_s, u"bf16"_s}});
    else if (tableName == u"quants")
        row.insert({{u"name"_s, tr("New quantization")}, {u"format"_s, u"gguf"_s}, {u"bits_per_weight"_s, 4}});
    else if (tableName == u"platforms")
        row.insert({{u"name"_s, tr("New platform")}, {u"gpu_slots"_s, 1}, {u"sockets"_s, 1}, {u"memory_type"_s, u"ddr5"_s}});
    auto *command = new RowCommand(this, tableName, row);
    m_undo.push(command);
    return command->ok();
}

QWidget *CatalogDialog::makePriceForm(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Add price"), parent);
    box->setObjectName(u"addPriceForm"_s);
    auto *grid = new QGridLayout(box);
    m_priceKind = new QComboBox(box);
    const QList<QPair<QString, QString>> kinds = {{u"gpu"_s, tr("GPU (per card)")}, {u"cpu"_s, tr("CPU (each)")}, {u"memory"_s, tr("Memory (per GB)")},
                                                  {u"platform"_s, tr("Platform")}, {u"nvme"_s, tr("NVMe (per TB)")}, {u"nic"_s, tr("NIC")},
                                                  {u"system"_s, tr("Whole system (per machine)")}};
    for (const auto &[id, name] : kinds)
        m_priceKind->addItem(name, id);
    m_pricePart = new QComboBox(box);
    m_pricePart->setEditable(true); // a memory speed (ddr5-5600) or a system size (h200:4) may be new
    m_pricePart->setMinimumContentsLength(18);
    m_pricePart->setToolTip(tr("A catalog id. Memory: ddr4, ddr5 or with a speed, ddr5-4800. Whole systems: <gpu id>:<GPU count>, e.g. a100-80g:8."));
    m_priceVendor = new QLineEdit(box);
    m_priceAmount = new QDoubleSpinBox(box);
    m_priceAmount->setRange(0, 1e9);
    m_priceAmount->setDecimals(2);
    m_priceAmount->setGroupSeparatorShown(true);
    m_priceCurrency = new QComboBox(box);
    m_priceCurrency->setObjectName(u"priceCurrency"_s);
    for (const std::string &c : hw::priceCurrencies(m_catalog.exchangeRates)) { // others convert at the catalog's rates
        const QString code = QString::fromStdString(c);
        m_priceCurrency->addItem(c == "CNY" ? tr("CNY") : c == "USD" ? tr("USD") : code, code);
    }
    m_priceCurrency->setToolTip(tr("CNY, USD (at the settings' rate) or a currency the catalog has exchange rates for (converted at the rate nearest the price's date)."));
    m_priceCondition = new QComboBox(box);
    m_priceCondition->addItem(tr("new"), u"new"_s);
    m_priceCondition->addItem(tr("used"), u"used"_s);
    m_priceCondition->addItem(tr("refurbished"), u"refurbished"_s);
    m_priceDate = new QDateEdit(QDate::currentDate(), box);
    m_priceDate->setCalendarPopup(true);
    m_priceDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_priceDate->setMaximumDate(QDate::currentDate());
    m_priceSource = new QLineEdit(box);
    m_priceSource->setPlaceholderText(tr("Required: URL, quote number or document"));
    m_priceNote = new QLineEdit(box);
    m_priceNote->setPlaceholderText(tr("For a whole system: what it includes (CPUs, RAM, storage)"));
    auto *add = new QPushButton(tr("Add &price"), box);
    add->setObjectName(u"addPriceButton"_s);
    const auto field = [&](int row, int column, const QString &label, QWidget *w) {
        auto *l = new QLabel(label, box);
        l->setBuddy(w);
        grid->addWidget(l, row, column * 2);
        grid->addWidget(w, row, column * 2 + 1);
    };
    field(0, 0, tr("&Kind:"), m_priceKind);
    field(0, 1, tr("Pa&rt:"), m_pricePart);
    field(0, 2, tr("&Vendor:"), m_priceVendor);
    field(0, 3, tr("Pri&ce:"), m_priceAmount);
    field(1, 0, tr("C&urrency:"), m_priceCurrency);
    field(1, 1, tr("Co&ndition:"), m_priceCondition);
    field(1, 2, tr("&Date:"), m_priceDate);
    field(1, 3, tr("&Source:"), m_priceSource);
    field(2, 0, tr("N&ote:"), m_priceNote);
    grid->addWidget(m_priceNote, 2, 1, 1, 5);
    grid->addWidget(add, 2, 7);
    fillPartIds();
    connect(m_priceKind, &QComboBox::currentIndexChanged, this, &CatalogDialog::fillPartIds);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addPrice(priceFromForm())) {
            m_priceAmount->setValue(0);
            m_priceSource->clear();
            m_priceNote->clear();
        }
    });
    return box;
}

void CatalogDialog::fillPartIds()
{
    hw::PartKind kind = hw::PartKind::Gpu;
    hw::partKindFromName(m_priceKind->currentData().toString().toStdString(), &kind);
    QStringList ids;
    switch (kind) {
    case hw::PartKind::Gpu:
        for (const hw::GpuSpec &g : m_catalog.gpus)
            ids << QString::fromStdString(g.id);
        break;
    case hw::PartKind::Cpu:
        for (const hw::CpuSpec &c : m_catalog.cpus)
            ids << QString::fromStdString(c.id);
        break;
    case hw::PartKind::Platform:
        for (const hw::PlatformSpec &p : m_catalog.platforms)
            ids << QString::fromStdString(p.id);
        break;
    case hw::PartKind::Memory:
        for (hw::MemoryType t : hw::kMemoryTypes) // every type the engine knows, MRDIMM among them
            ids << QString::fromLatin1(hw::memoryTypeId(t));
        for (const hw::CpuSpec &c : m_catalog.cpus) {
            ids << QString::fromStdString(hw::memoryPartId(c.memoryType, c.memoryMTs));
            if (c.mrdimmMTs > 0)
                ids << QString::fromStdString(hw::memoryPartId(hw::MemoryType::Mrdimm, c.mrdimmMTs));
        }
        break;
    case hw::PartKind::Nvme:
        ids << u"nvme"_s;
        break;
    case hw::PartKind::Nic:
        ids << u"ib-400g"_s << u"ib-200g"_s << u"eth-100g"_s;
        break;
    case hw::PartKind::System:
        for (const hw::PriceRecord &r : m_catalog.prices)
            if (r.kind == hw::PartKind::System)
                ids << QString::fromStdString(r.partId);
        for (const hw::GpuSpec &g : m_catalog.gpus)
            if (!g.unified)
                ids << QString::fromStdString(hw::systemPartId(g.id, 8));
        break;
    }
    ids.removeDuplicates();
    m_pricePart->clear();
    m_pricePart->addItems(ids);
}

hw::PriceRecord CatalogDialog::priceFromForm() const
{
    hw::PriceRecord r;
    hw::partKindFromName(m_priceKind->currentData().toString().toStdString(), &r.kind);
    r.partId = m_pricePart->currentText().trimmed().toStdString();
    r.vendor = m_priceVendor->text().trimmed().toStdString();
    r.amount = m_priceAmount->value();
    r.currency = m_priceCurrency->currentData().toString().toStdString();
    r.condition = m_priceCondition->currentData().toString().toStdString();
    r.date = m_priceDate->date().toString(Qt::ISODate).toStdString();
    r.source = m_priceSource->text().trimmed().toStdString();
    r.note = m_priceNote->text().trimmed().toStdString();
    return r;
}

QString CatalogDialog::priceProblem(const hw::PriceRecord &r) const
{
    if (!m_catalog.knowsPart(r.kind, r.partId))
        return tr("Part: no %1 \"%2\" in the catalog").arg(QString::fromLatin1(hw::partKindName(r.kind)), QString::fromStdString(r.partId));
    if (!(r.amount > 0))
        return tr("Price: must be more than 0");
    const std::vector<std::string> currencies = hw::priceCurrencies(m_catalog.exchangeRates);
    if (std::find(currencies.begin(), currencies.end(), r.currency) == currencies.end())
        return tr("Currency: CNY, USD or one the catalog has an exchange rate for");
    if (r.condition != "new" && r.condition != "used" && r.condition != "refurbished")
        return tr("Condition: new, used or refurbished");
    int days = 0;
    if (!hw::parseIsoDate(r.date, &days))
        return tr("Date: not a date YYYY-MM-DD");
    if (days > hwdb::todayDays())
        return tr("Date: %1 is in the future; a price is dated when it was quoted").arg(QString::fromStdString(r.date));
    if (QString::fromStdString(r.source).trimmed().isEmpty())
        return tr("Source: required (URL, quote number or document), so the price can be checked");
    return {};
}

bool CatalogDialog::addPrice(const hw::PriceRecord &record)
{
    hw::Catalog current; // parts added in this dialog since it opened count too
    if (m_db->load(&current))
        m_catalog = std::move(current);
    const QString problem = priceProblem(record);
    if (!problem.isEmpty()) {
        reportError(problem);
        return false;
    }
    auto *command = new PriceCommand(this, record);
    m_undo.push(command);
    if (command->ok())
        m_status->setText(tr("Price added: %1 %2 %3 (%4). Undo takes it back.")
                              .arg(QString::fromStdString(record.partId), QLocale().toString(record.amount, 'f', 2), QString::fromStdString(record.currency),
                                   QString::fromStdString(record.date)));
    return command->ok();
}

bool CatalogDialog::applyPrice(const hw::PriceRecord &record, bool insert, QString *error)
{
    int added = 0, unchanged = 0;
    const bool ok = insert ? m_db->addPrices({record}, false, &added, &unchanged) : m_db->removeUserPrice(record);
    if (!ok) {
        *error = tr("prices: %1").arg(m_db->errorString());
        return false;
    }
    if (insert && added == 0) { // the same record is already in the history: nothing to add, nothing to undo
        *error = tr("This price is already in the history (same part, vendor, condition, date and price).");
        return false;
    }
    table(u"prices"_s)->select();
    while (table(u"prices"_s)->canFetchMore())
        table(u"prices"_s)->fetchMore();
    emit catalogChanged();
    return true;
}

int importPricesWithPreview(QWidget *parent, hwdb::CatalogDatabase &db, const hw::Catalog &catalog, QString *message)
{
    const QString path = QFileDialog::getOpenFileName(parent, CatalogDialog::tr("Import prices"), QString(), CatalogDialog::tr("Price lists (*.csv *.tsv *.txt)"));
    if (path.isEmpty())
        return 0;
    hwdb::PriceImportResult preview;
    if (!hwdb::importPriceCsv(db, path, catalog, true, &preview, message))
        return -1;
    QMessageBox box(QMessageBox::Question, CatalogDialog::tr("Import prices"),
                    CatalogDialog::tr("%1 rows read: %2 new prices, %3 already stored. Import them?").arg(preview.rows).arg(preview.added).arg(preview.unchanged),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDetailedText(preview.lines.join(u'\n'));
    if (box.exec() != QMessageBox::Yes)
        return 0;
    hwdb::PriceImportResult done;
    if (!hwdb::importPriceCsv(db, path, catalog, false, &done, message))
        return -1;
    *message = CatalogDialog::tr("Imported %1 prices from %2").arg(done.added).arg(path);
    return done.added;
}

void CatalogDialog::importPrices()
{
    QString message;
    const int added = importPricesWithPreview(this, *m_db, m_catalog, &message);
    if (added < 0) {
        reportError(message);
        return;
    }
    if (added > 0) {
        table(u"prices"_s)->select();
        emit catalogChanged();
    }
    m_status->setText(message);
}

void CatalogDialog::exportPrices()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export prices"), u"prices.csv"_s, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    hw::Catalog current;
    QString error;
    if (!m_db->load(&current, hwdb::CatalogDatabase::PriceHistory::All) || !hwdb::exportPriceCsv(current, path, &error)) {
        reportError(error.isEmpty() ? m_db->errorString() : error);
        return;
    }
    m_status->setText(tr("Exported %1 prices to %2").arg(current.prices.size()).arg(path));
}

void CatalogDialog::importModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import model"), QString(), tr("Model descriptions (config.json *.json *.gguf);;All files (*)"));
    if (path.isEmpty())
        return;
    hwdb::ModelImportResult result;
    QString error;
    if (!hwdb::importModel(*m_db, path, QString(), QString(), &result, &error)) {
        reportError(error);
        QMessageBox::warning(this, tr("Import model"), error);
        return;
    }
    for (const QString &name : {u"models"_s, u"quants"_s})
        table(name)->select();
    m_db->load(&m_catalog);
    emit catalogChanged();
    const QStringList lines = result.summary();
    m_status->setText(lines.value(0));
    QMessageBox box(QMessageBox::Information, tr("Import model"), lines.value(0), QMessageBox::Ok, this);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

} // namespace hwui
