#include "ui/offerpage.h"

#include "db/catalogdb.h"
#include "db/claimfile.h"
#include "ui/claimmodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

OfferPage::OfferPage(QWidget *parent)
    : QWidget(parent), m_findings(new FindingsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(top);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("1. Paste the vendor's offer (Chinese or English):"), left));
    m_text = new QPlainTextEdit(left);
    m_text->setPlaceholderText(tr("e.g. 满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，19.8万元"));
    leftLayout->addWidget(m_text, 1);
    auto *read = new QPushButton(tr("&Read the text"), left);
    leftLayout->addWidget(read);
    auto *right = new QWidget(top);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("2. What was understood (a claim file: correct it before checking):"), right));
    m_claim = new QPlainTextEdit(right);
    m_claim->setFont(QFont(u"monospace"_s));
    rightLayout->addWidget(m_claim, 1);
    auto *buttons = new QHBoxLayout;
    auto *checkButton = new QPushButton(tr("&Check the offer"), right);
    m_open = new QPushButton(tr("&Open as build"), right);
    m_open->setEnabled(false);
    buttons->addWidget(checkButton);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    top->addWidget(left);
    top->addWidget(right);
    layout->addWidget(top, 2);
    m_verdict = new QLabel(this);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *view = new QTableView(this);
    view->setModel(m_findings);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(FindingsModel::Severity, QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(view, 3);

    connect(read, &QPushButton::clicked, this, &OfferPage::readText);
    connect(checkButton, &QPushButton::clicked, this, &OfferPage::check);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_report.buildKnown)
            emit openAsBuild(m_report.build);
    });
}

OfferPage::~OfferPage() = default;

void OfferPage::setCatalog(const hw::Catalog *catalog, const hw::CostSettings &settings)
{
    m_catalog = catalog;
    m_settings = settings;
}

void OfferPage::setOfferText(const QString &text)
{
    m_text->setPlainText(text);
}

void OfferPage::readText()
{
    if (!m_catalog)
        return;
    const hw::Claim claim = hwdb::claimFromText(m_text->toPlainText(), *m_catalog);
    // The claim file: what the text said, as fields the user can correct.
    QJsonObject file{{u"format"_s, QLatin1StringView(hwdb::kClaimFormat)}, {u"text"_s, m_text->toPlainText()}};
    const QJsonObject extracted = hwdb::claimToJson(claim);
    QJsonObject build, claims;
    for (const char *key : {"model", "quant", "gpu", "cpu", "nodes"})
        if (extracted.contains(QLatin1StringView(key)))
            build.insert(QLatin1StringView(key), extracted.value(QLatin1StringView(key)));
    if (extracted.contains(u"ram_gb"_s))
        build.insert(u"ram"_s, QJsonObject{{u"gb"_s, extracted.value(u"ram_gb"_s)}});
    for (auto it = extracted.begin(); it != extracted.end(); ++it)
        if (!build.contains(it.key()) && it.key() != u"ram_gb")
            claims.insert(it.key(), it.value());
    file.insert(u"build"_s, build);
    file.insert(u"claims"_s, claims);
    m_claim->setPlainText(QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Indented)));
}

bool OfferPage::check()
{
    if (!m_catalog)
        return false;
    if (m_claim->toPlainText().trimmed().isEmpty())
        readText();
    hw::Claim claim;
    hwdb::BuildError error;
    if (!hwdb::parseClaim(m_claim->toPlainText().toUtf8(), tr("the claim"), *m_catalog, &claim, &error)) {
        m_verdict->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(error.toString().toHtmlEscaped()));
        return false;
    }
    // The explicit fields are the user's corrections: they win over the text read again.
    const auto prices = hwdb::makePriceBook(*m_catalog, m_settings);
    m_report = hw::checkClaim(claim, *m_catalog, *prices, m_settings);
    m_findings->setFindings(m_report.findings);
    m_open->setEnabled(m_report.buildKnown);
    const QString verdict = QString::fromStdString(m_report.verdict);
    const QString colour = verdict == u"impossible" ? u"#c62828"_s : verdict == u"optimistic" ? u"#ef6c00"_s : u"#2e7d32"_s;
    m_verdictText = verdict;
    const QString shown = verdict == u"impossible" ? tr("impossible") : verdict == u"optimistic" ? tr("optimistic") : tr("plausible");
    m_verdict->setText(tr("Overall verdict: <b><span style='color:%1'>%2</span></b> (the worst finding). %3")
                           .arg(colour, shown, m_report.buildKnown ? tr("Checked as: %1").arg(QString::fromStdString(m_report.build.name)).toHtmlEscaped()
                                                                   : tr("The offer names too little hardware to build it.")));
    return true;
}

} // namespace hwui
