#include "ui/quotedialog.h"
#include "ui/windowsize.h"

#include "db/appsettings.h"
#include "ui/quotewriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

QuoteDialog::QuoteDialog(const QStringList &names, const hw::Workload &workload, bool hasFindings, QWidget *parent)
    : QDialog(parent)
    , m_workload(workload)
{
    setWindowTitle(tr("Export quote"));
    const hwdb::QuoteOptions defaults = [] {
        QString ignored; // a bad logo is reported when the quote is written
        return hwdb::quoteOptionsFromSettings(&ignored);
    }();
    auto *form = new QFormLayout(this);
    m_builds = new QListWidget(this);
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_builds);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Every build's whole name readable, up to six rows before the list scrolls.
    m_builds->setWordWrap(true);
    m_builds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_builds->setMinimumWidth(520);
    m_builds->setFixedHeight(m_builds->sizeHintForRow(0) * std::min<qsizetype>(6, std::max<qsizetype>(2, names.size())) + 2 * m_builds->frameWidth() + 4);
    // One workload for every build: alternatives are only comparable for the same users and speed.
    m_users = new QSpinBox(this);
    m_users->setObjectName(u"users"_s);
    m_users->setRange(1, 100000);
    m_users->setSuffix(tr(" users"));
    m_users->setValue(workload.users);
    m_users->setToolTip(tr("Concurrent users every build of the quote is evaluated for"));
    m_target = new QDoubleSpinBox(this);
    m_target->setObjectName(u"target"_s);
    m_target->setRange(0.1, 1000);
    m_target->setDecimals(1);
    m_target->setSuffix(tr(" tok/s per user"));
    m_target->setValue(workload.minTpsPerUser);
    m_target->setToolTip(tr("The decode speed each user must get; a build below it is not recommended"));
    m_context = new QSpinBox(this);
    m_context->setObjectName(u"context"_s);
    m_context->setRange(256, 1 << 20);
    m_context->setSingleStep(1024);
    m_context->setSuffix(tr(" tokens"));
    m_context->setValue(workload.context);
    m_context->setToolTip(tr("Tokens each user's KV cache must hold, thinking included"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    m_company = new QLineEdit(defaults.company, this);
    m_company->setPlaceholderText(tr("Your company, shown in the header"));
    m_preparedBy = new QLineEdit(defaults.preparedBy, this);
    m_validity = new QSpinBox(this);
    m_validity->setRange(1, 3650);
    m_validity->setSuffix(tr(" days"));
    m_validity->setValue(defaults.validityDays);
    m_vat = new QDoubleSpinBox(this);
    m_vat->setRange(0, 100);
    m_vat->setDecimals(1);
    m_vat->setSuffix(tr(" %"));
    m_vat->setValue(defaults.vatRate * 100);
    m_vat->setToolTip(tr("China's standard VAT on goods is 13%."));
    m_findings = new QCheckBox(tr("Include the findings on the checked offer"), this);
    m_findings->setChecked(hasFindings);
    m_findings->setEnabled(hasFindings);
    m_remember = new QCheckBox(tr("Remember company, author, validity and VAT as defaults"), this);
    form->addRow(tr("&Builds:"), m_builds);
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("&Target speed:"), m_target);
    form->addRow(tr("Con&text:"), m_context);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Prepared by:"), m_preparedBy);
    form->addRow(tr("&Valid for:"), m_validity);
    form->addRow(tr("&VAT:"), m_vat);
    form->addRow(m_findings);
    form->addRow(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuoteDialog::reject);
    form->addRow(buttons);
    resizeToFit(this, QSize(760, sizeHint().height()));
}

QuoteDialog::~QuoteDialog() = default;

QList<int> QuoteDialog::chosen() const
{
    QList<int> rows;
    for (int i = 0; i < m_builds->count(); ++i)
        if (m_builds->item(i)->checkState() == Qt::Checked)
            rows << i;
    return rows;
}

bool QuoteDialog::includeFindings() const { return m_findings->isChecked(); }

hwdb::QuoteOptions QuoteDialog::options() const
{
    QString ignored;
    hwdb::QuoteOptions o = hwdb::quoteOptionsFromSettings(&ignored);
    o.language = m_language->currentData().toString();
    o.company = m_company->text().trimmed();
    o.preparedBy = m_preparedBy->text().trimmed();
    o.validityDays = m_validity->value();
    o.vatRate = m_vat->value() / 100.0;
    hw::Workload w = m_workload;
    w.users = m_users->value();
    w.minTpsPerUser = m_target->value();
    w.context = m_context->value();
    o.workload = w;
    return o;
}

void QuoteDialog::accept()
{
    if (chosen().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Tick at least one build for the quote."));
        return;
    }
    if (m_remember->isChecked()) {
        hwdb::settings::quoteCompany.set(m_company->text().trimmed());
        hwdb::settings::quotePreparedBy.set(m_preparedBy->text().trimmed());
        hwdb::settings::quoteValidityDays.set(m_validity->value());
        hwdb::settings::vatRate.set(m_vat->value() / 100.0);
    }
    QDialog::accept();
}

QuotesDialog::QuotesDialog(const QString &catalogPath, QWidget *parent)
    : QDialog(parent)
    , m_catalogPath(catalogPath)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Quotes"));
    m_model->setHorizontalHeaderLabels({tr("Number"), tr("Issued"), tr("Language"), tr("Builds"), tr("Each build's total incl. VAT"), tr("File")});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("&Export again…"), QDialogButtonBox::ActionRole);
    QPushButton *open = buttons->addButton(tr("&Open PDF"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &QuotesDialog::exportSelected);
    connect(m_view, &QTableView::activated, this, &QuotesDialog::exportSelected);
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const QString file = current.isValid() ? m_model->item(current.row(), 5)->text() : QString();
        if (!file.isEmpty() && QFileInfo::exists(file))
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
        else
            QMessageBox::information(this, windowTitle(), tr("This quote's PDF is not there any more; export it again."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QuotesDialog::reject);
    layout->addWidget(buttons);
    reload();
    resizeToFit(this, QSize(900, 420));
}

QuotesDialog::~QuotesDialog() = default;

void QuotesDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    hwdb::CatalogDatabase db(m_catalogPath);
    QString error;
    if (!db.open()) {
        QMessageBox::critical(this, windowTitle(), db.errorString());
        return;
    }
    const QLocale locale;
    for (const hwdb::StoredQuote &q : hwdb::QuoteStore(db).list(&error)) {
        // The builds of a quote are alternatives: each one's total, never their sum.
        QStringList totals;
        for (const auto &[name, amount] : q.buildTotals)
            totals << (q.buildTotals.size() > 1 ? tr("%1: %2 %3").arg(name, locale.toString(amount, 'f', 2), q.currency)
                                                : tr("%1 %2").arg(locale.toString(amount, 'f', 2), q.currency));
        auto *total = new QStandardItem(totals.join(u'\n'));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({new QStandardItem(q.number), new QStandardItem(q.created), new QStandardItem(q.language), new QStandardItem(q.title), total,
                            new QStandardItem(q.file)});
    }
    if (!error.isEmpty())
        QMessageBox::critical(this, windowTitle(), error);
    m_view->resizeColumnsToContents();
    m_view->resizeRowsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

bool QuotesDialog::exportAgain(int row, const QString &path, QString *error)
{
    hwdb::CatalogDatabase db(m_catalogPath);
    if (!db.open()) {
        *error = db.errorString();
        return false;
    }
    hwdb::QuoteStore store(db);
    hwdb::StoredQuote q;
    const QString number = m_model->item(row, 0)->text();
    if (!store.load(number, &q, error) || !writeQuotePdf(q.data, path, error) || !store.setFile(number, path, error))
        return false;
    m_model->item(row, 5)->setText(path);
    return true;
}

void QuotesDialog::exportSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString number = m_model->item(current.row(), 0)->text();
    const QString previous = m_model->item(current.row(), 5)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export quote %1 again").arg(number),
                                                      previous.isEmpty() ? QDir::home().filePath(number + u".pdf"_s) : previous, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportAgain(current.row(), path, &error))
        QMessageBox::critical(this, windowTitle(), error);
}

} // namespace hwui
