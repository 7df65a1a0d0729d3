#include "ui/offerpage.h"

#include "db/catalogdb.h"
#include "db/claimfile.h"
#include "ui/claimform.h"
#include "ui/claimmodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

OfferPage::OfferPage(QWidget *parent)
    : QWidget(parent), m_findings(new FindingsModel(this))
{
    // Top: the text and what was understood side by side; below: the verdict and its findings. A
    // vertical splitter and the form's scroll area keep every field reachable at 1366x768.
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, split);
    auto *left = new QWidget(top);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *paste = new QLabel(tr("1. Paste the vendor's offer (Chinese or English):"), left);
    paste->setWordWrap(true);
    leftLayout->addWidget(paste);
    m_text = new QPlainTextEdit(left);
    m_text->setPlaceholderText(tr("e.g. 满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，19.8万元"));
    leftLayout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    auto *read = new QPushButton(tr("&Read the text"), left);
    m_open = new QPushButton(tr("&Open as build"), left);
    m_open->setEnabled(false);
    buttons->addWidget(read);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    auto *right = new QWidget(top);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *understood = new QLabel(tr("2. What was understood: correct any field and the verdict follows."), right);
    understood->setWordWrap(true);
    rightLayout->addWidget(understood);
    m_form = new ClaimForm(right);
    auto *scroll = new QScrollArea(right);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows; rows scroll
    rightLayout->addWidget(scroll, 1);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new QLabel(bottom);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    bottomLayout->addWidget(m_verdict);
    auto *view = new QTableView(bottom);
    view->setModel(m_findings);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(FindingsModel::Severity, QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    bottomLayout->addWidget(view, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);

    connect(read, &QPushButton::clicked, this, &OfferPage::readText);
    connect(m_form, &ClaimForm::claimEdited, this, &OfferPage::check);
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
    m_form->setCatalog(catalog);
}

void OfferPage::setOfferText(const QString &text)
{
    m_text->setPlainText(text);
}

void OfferPage::readText()
{
    if (!m_catalog)
        return;
    m_form->setClaim(hwdb::claimFromText(m_text->toPlainText(), *m_catalog));
    check();
}

void OfferPage::check()
{
    if (!m_catalog)
        return;
    const hw::Claim &claim = m_form->claim();
    // The form holds the user's corrections: the text is not read again.
    const auto prices = hwdb::makePriceBook(*m_catalog, m_settings);
    m_report = hw::checkClaim(claim, *m_catalog, *prices, m_settings);
    m_findings->setFindings(m_report.findings);
    m_open->setEnabled(m_report.buildKnown);
    const QString verdict = QString::fromStdString(m_report.verdict);
    const QString colour = verdict == u"impossible" ? u"#c62828"_s : verdict == u"optimistic" ? u"#ef6c00"_s
        : verdict == u"unverifiable"                  ? u"#616161"_s
                                                      : u"#2e7d32"_s;
    m_verdictText = verdict;
    const QString shown = verdict == u"impossible" ? tr("impossible") : verdict == u"optimistic" ? tr("optimistic")
        : verdict == u"unverifiable"                                  ? tr("unverifiable: needs confirmation")
                                                                      : tr("plausible");
    // The build by its parts' names (product names stay as they are written).
    const hw::Build &b = m_report.build;
    const QString checkedAs = !m_report.buildKnown ? tr("The offer names too little hardware to build it.")
        : b.gpu ? tr("Checked as: %1 %2 with %3, %4 machine(s) × %5 × %6.")
                      .arg(QString::fromStdString(b.model.name), QString::fromStdString(b.quant.name), QString::fromStdString(b.runtime.name))
                      .arg(b.nodes)
                      .arg(b.gpusPerNode)
                      .arg(QString::fromStdString(b.gpu->name))
                : tr("Checked as: %1 %2 with %3 on the CPU.")
                      .arg(QString::fromStdString(b.model.name), QString::fromStdString(b.quant.name), QString::fromStdString(b.runtime.name));
    m_verdict->setText(tr("Overall verdict: <b><span style='color:%1'>%2</span></b> (the worst finding). %3").arg(colour, shown, checkedAs.toHtmlEscaped()));
}

} // namespace hwui
