#include "ui/settingsdialog.h"

#include "db/appsettings.h"
#include "db/catalogdb.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

QDoubleSpinBox *number(QWidget *parent, double min, double max, int decimals, const QString &suffix, double value)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setValue(value);
    return s;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    const hw::CostSettings s = hwdb::costSettings();
    auto *form = new QFormLayout(this);
    m_currency = new QComboBox(this);
    m_currency->addItem(tr("CNY (¥)"), u"CNY"_s);
    m_currency->addItem(tr("USD ($)"), u"USD"_s);
    m_currency->setCurrentIndex(m_currency->findData(QString::fromStdString(s.currency)));
    m_usdRate = number(this, 0.01, 1000, 4, tr(" CNY per USD"), s.usdToCny);
    m_tariff = number(this, 0, 100, 3, tr(" CNY/kWh"), s.tariffPerKWh);
    m_pue = number(this, 1, 3, 2, QString(), s.pue);
    m_utilisation = number(this, 0, 100, 0, tr(" %"), s.utilisation * 100);
    m_years = number(this, 1, 20, 1, tr(" years"), s.depreciationYears);
    m_fteWorkstation = number(this, 0, 20, 2, tr(" FTE"), s.opsFteWorkstation);
    m_fteWorkstation->setObjectName(u"opsFteWorkstation"_s);
    m_fte = number(this, 0, 20, 2, tr(" FTE"), s.opsFte);
    m_fte->setObjectName(u"opsFteServer"_s);
    m_fteCluster = number(this, 0, 20, 2, tr(" FTE per node"), s.opsFteClusterPerNode);
    m_fteCluster->setObjectName(u"opsFteCluster"_s);
    const hw::CostSettings defaults;
    const QLocale locale;
    m_fteWorkstation->setToolTip(
        tr("Engineers looking after a workstation: one box with up to 4 consumer or workstation GPUs and one desktop CPU, or one Apple machine. "
           "Default %1 FTE (about half a day a month): an assumption, no public source gives a figure.")
            .arg(locale.toString(defaults.opsFteWorkstation, 'f', 2)));
    m_fte->setToolTip(tr("Engineers operating a server: one node with data-centre GPUs, more than 4 GPUs, two sockets or a server CPU. "
                         "Default %1 FTE, the figure “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses for an 8 x H100 server.")
                          .arg(locale.toString(defaults.opsFte, 'f', 2)));
    m_fteCluster->setToolTip(tr("Engineers per node of a cluster (more than one node or machine). Default %1 FTE per node: the server figure "
                                "for each node, an assumption.")
                                 .arg(locale.toString(defaults.opsFteClusterPerNode, 'f', 2)));
    m_salary = number(this, 0, 1e8, 0, tr(" CNY/year"), s.opsSalaryPerYear);
    m_salary->setToolTip(tr("Yearly cost of one engineer; the default 300,000 CNY is the figure “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses."));
    m_serving = number(this, 0, 100, 0, tr(" %"), s.servingUtilisation * 100);
    m_target = number(this, 0.1, 1000, 1, tr(" tok/s"), hwdb::settings::targetTps.value());
    m_staleDays = new QSpinBox(this);
    m_staleDays->setObjectName(u"staleDays"_s);
    m_staleDays->setRange(1, 3650);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(s.staleDays);
    m_staleDays->setToolTip(tr("A price older than this is marked stale in the bill of materials, with its age."));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(hwdb::settings::language.value())));

    m_tariff->setToolTip(tr("Electricity price; “深度解析:本地部署DeepSeek服务器配置全攻略,R1满血版价格“劝退”实录” uses 0.8 CNY/kWh."));
    m_pue->setToolTip(tr("Power usage effectiveness of the room: 1.0 counts the servers only."));
    m_utilisation->setToolTip(tr("Average share of the parts' TDP drawn; 100% is the conservative full-load figure."));
    m_serving->setToolTip(tr("Share of the year the build produces tokens, for the cost per million tokens."));
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&USD rate:"), m_usdRate);
    form->addRow(tr("Electricity &tariff:"), m_tariff);
    form->addRow(tr("&PUE:"), m_pue);
    form->addRow(tr("Power &utilisation:"), m_utilisation);
    form->addRow(tr("&Depreciation:"), m_years);
    form->addRow(tr("&Operations, workstation:"), m_fteWorkstation);
    form->addRow(tr("Operations, se&rver:"), m_fte);
    form->addRow(tr("Operations, clust&er:"), m_fteCluster);
    form->addRow(tr("Operations &salary:"), m_salary);
    form->addRow(tr("&Serving utilisation:"), m_serving);
    form->addRow(tr("Default &target speed:"), m_target);
    form->addRow(tr("Prices stale a&fter:"), m_staleDays);
    form->addRow(tr("&Language:"), m_language);

    m_company = new QLineEdit(hwdb::settings::quoteCompany.value(), this);
    m_logo = new QLineEdit(hwdb::settings::quoteLogo.value(), this);
    m_logo->setPlaceholderText(tr("PNG, JPEG or SVG; none when empty"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), m_logo->text(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    m_preparedBy = new QLineEdit(hwdb::settings::quotePreparedBy.value(), this);
    m_vat = number(this, 0, 100, 1, tr(" %"), hwdb::settings::vatRate.value() * 100);
    m_vat->setToolTip(tr("China's standard VAT on goods is 13%."));
    m_validity = new QSpinBox(this);
    m_validity->setRange(1, 3650);
    m_validity->setSuffix(tr(" days"));
    m_validity->setValue(hwdb::settings::quoteValidityDays.value());
    form->addRow(new QLabel(tr("<b>Quotes</b>"), this));
    form->addRow(tr("Co&mpany name:"), m_company);
    auto *logoLabel = new QLabel(tr("L&ogo:"), this); // a row holding a layout gets no buddy by itself
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    form->addRow(tr("Prepared &by:"), m_preparedBy);
    form->addRow(tr("&VAT:"), m_vat);
    form->addRow(tr("Quote &validity:"), m_validity);
    m_teamUrl = new QLineEdit(hwdb::settings::teamCatalogUrl.value(), this);
    m_teamUrl->setObjectName(u"teamUrl"_s);
    m_teamUrl->setPlaceholderText(tr("postgresql://user@server/database"));
    m_teamUrl->setToolTip(tr("A PostgreSQL database the whole team shares: one price list with its history, and one quote numbering. "
                             "Empty: the catalog file on this computer. Options such as ?sslmode=require may follow the database name."));
    auto *teamHint = new QLabel(tr("Empty: this computer's own catalog. The password goes in ~/.pgpass."), this);
    form->addRow(new QLabel(tr("<b>Team catalog</b>"), this));
    form->addRow(tr("Post&greSQL URL:"), m_teamUrl);
    form->addRow(QString(), teamHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty() && QFileInfo(logo).size() > 2 * 1024 * 1024) {
        QMessageBox::warning(this, tr("Logo"), tr("%1: the logo is larger than 2 MB; use a smaller file.").arg(logo));
        m_logo->setFocus();
        return;
    }
    if (!logo.isEmpty() && QImageReader(logo).size().isEmpty()) {
        QMessageBox::warning(this, tr("Logo"), tr("%1: not an image hwplanner can read (PNG, JPEG or SVG).").arg(logo));
        m_logo->setFocus();
        return;
    }
    const QString team = m_teamUrl->text().trimmed();
    if (team != hwdb::settings::teamCatalogUrl.value() && !team.isEmpty()) {
        QString problem;
        if (!hwdb::CatalogDatabase::isServerLocation(team)) {
            problem = tr("A team catalog URL starts with postgresql://");
        } else if (!QUrl(team).password().isEmpty()) {
            problem = tr("Leave the password out of the URL: settings are stored as plain text. Put it in ~/.pgpass "
                         "(host:port:database:user:password, readable only by you) or in $PGPASSWORD.");
        } else {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            hwdb::CatalogDatabase db(team); // creates the schema and the built-in data on an empty database
            if (!db.open())
                problem = tr("The team catalog could not be opened:\n%1").arg(db.errorString());
            QGuiApplication::restoreOverrideCursor();
        }
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, tr("Team catalog"), problem);
            m_teamUrl->setFocus();
            return;
        }
    }
    hwdb::settings::teamCatalogUrl.set(team);
    hwdb::settings::quoteCompany.set(m_company->text().trimmed());
    hwdb::settings::quoteLogo.set(logo);
    hwdb::settings::quotePreparedBy.set(m_preparedBy->text().trimmed());
    hwdb::settings::vatRate.set(m_vat->value() / 100.0);
    hwdb::settings::quoteValidityDays.set(m_validity->value());
    hw::CostSettings s = hwdb::costSettings();
    s.currency = m_currency->currentData().toString().toStdString();
    s.usdToCny = m_usdRate->value();
    s.tariffPerKWh = m_tariff->value();
    s.pue = m_pue->value();
    s.utilisation = m_utilisation->value() / 100.0;
    s.depreciationYears = m_years->value();
    s.opsFteWorkstation = m_fteWorkstation->value();
    s.opsFte = m_fte->value();
    s.opsFteClusterPerNode = m_fteCluster->value();
    s.opsSalaryPerYear = m_salary->value();
    s.servingUtilisation = m_serving->value() / 100.0;
    s.staleDays = m_staleDays->value();
    hwdb::setCostSettings(s);
    hwdb::settings::targetTps.set(m_target->value());
    const QString language = m_language->currentData().toString();
    if (language != hwdb::settings::language.value()) {
        hwdb::settings::language.set(language);
        QMessageBox::information(this, tr("Language"), tr("The new language applies the next time hwplanner starts."));
    }
    QDialog::accept();
}

} // namespace hwui
