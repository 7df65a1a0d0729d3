#pragma once

// What the claim checker understood of an offer, as a form the user corrects: catalog combos for the
// parts, spin boxes for counts and figures, one row per performance point. Each field says where it
// came from ("read from: ...", "assumed: ...", "corrected by you"); an edit marks the field as the
// user's, so findings resting on it become verdicts, and emits claimEdited() for an immediate re-check.

#include "model/catalog.h"
#include "model/claims.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace hwui {

class ClaimForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimForm(QWidget *parent = nullptr);
    ~ClaimForm() override;
    Q_DISABLE_COPY_MOVE(ClaimForm)

    void setCatalog(const hw::Catalog *catalog);
    void setClaim(hw::Claim claim); // a fresh reading: every correction is forgotten
    const hw::Claim &claim() const { return m_claim; }
    // The editor of a claim field ("gpu", "gpu_count", "points.0.users", ...), for tests.
    QWidget *field(const QString &name) const;
    // Every editor in tab order.
    QList<QWidget *> editors() const;

signals:
    void claimEdited();

private:
    struct PointRow
    {
        QLabel *label;
        QDoubleSpinBox *users, *perUser, *total;
        QLabel *source;
    };

    void fillCombos();
    void showClaim();
    void rebuildPoints();
    void corrected(const std::string &field);
    QString sourceText(const std::string &field, QString *colour) const;
    void showSource(QLabel *label, const std::vector<std::pair<std::string, QWidget *>> &fields) const;
    void showSources() const;
    void updateTabOrder();
    QComboBox *catalogCombo();
    QDoubleSpinBox *figureSpin(double max, int decimals, const QString &suffix);
    QLabel *sourceLabel();

    const hw::Catalog *m_catalog = nullptr;
    hw::Claim m_claim;
    QSet<QString> m_corrected;
    bool m_showing = false; // values set by showClaim() are not edits

    QGridLayout *m_grid;
    QComboBox *m_model, *m_quant, *m_runtime, *m_gpu, *m_cpu, *m_currency, *m_condition;
    QSpinBox *m_nodes, *m_gpuCount, *m_sockets, *m_warranty;
    QDoubleSpinBox *m_ram, *m_fileGB, *m_promptTokens, *m_price;
    QLabel *m_modelFrom, *m_quantFrom, *m_runtimeFrom, *m_nodesFrom, *m_gpuFrom, *m_cpuFrom, *m_ramFrom,
        *m_fileFrom, *m_promptFrom, *m_priceFrom, *m_conditionFrom, *m_warrantyFrom;
    QGridLayout *m_pointsGrid;
    QList<PointRow> m_points;
    QPushButton *m_addPoint;
};

} // namespace hwui
