#pragma once

// "Check an offer": paste the vendor's text (Chinese or English), correct what was understood, and
// read a verdict on each claim with the numbers behind it; open the offer as a build to explore it.

#include "model/catalog.h"
#include "model/claims.h"
#include "model/pricebook.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hwui {

class ClaimForm;
class FindingsModel;

class OfferPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OfferPage(QWidget *parent = nullptr);
    ~OfferPage() override;
    Q_DISABLE_COPY_MOVE(OfferPage)

    void setCatalog(const hw::Catalog *catalog, const hw::CostSettings &settings);
    void setOfferText(const QString &text);
    void readText();      // text -> the form shown for correction, checked at once
    void check();         // the (corrected) form -> verdict and findings
    FindingsModel *findings() const { return m_findings; }
    QString verdict() const { return m_verdictText; }
    ClaimForm *form() const { return m_form; }

signals:
    void openAsBuild(const hw::Build &build);

private:
    const hw::Catalog *m_catalog = nullptr;
    hw::CostSettings m_settings;
    QPlainTextEdit *m_text;
    ClaimForm *m_form;
    QLabel *m_verdict;
    QPushButton *m_open;
    FindingsModel *m_findings;
    QString m_verdictText;
    hw::ClaimReport m_report;
};

} // namespace hwui
