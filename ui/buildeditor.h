#pragma once

// The build editor: one widget per build-file field, bound to a BuildDocument by JSON path. Edits go
// to the document (and its undo stack); the document's changes come back here.

#include "model/catalog.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace hwui {

class BuildDocument;

class BuildEditor final : public QWidget
{
    Q_OBJECT

public:
    BuildEditor(BuildDocument *document, const hw::Catalog *catalog, QWidget *parent = nullptr);
    ~BuildEditor() override;
    Q_DISABLE_COPY_MOVE(BuildEditor)

    // Marks the field at `path` as invalid with `message` (an empty path clears every mark).
    void setFieldError(const QString &path, const QString &message);
    QWidget *fieldWidget(const QString &path) const { return m_fields.value(path); }
    // Refills the model, quant, runtime, GPU and CPU lists from the catalog (after catalog edits).
    void reloadChoices();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void bindCombo(QComboBox *box, const QString &path);
    QString fieldTitle(const QWidget *field, const QString &path) const;
    void bindSpin(QSpinBox *spin, const QString &path, int unsetValue);
    void updateQuantAvailability();
    void fillChoices();

    BuildDocument *m_doc;
    const hw::Catalog *m_catalog;
    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QString> m_baseToolTips;
    QComboBox *m_model = nullptr;
    QComboBox *m_quant = nullptr;
    QComboBox *m_runtime = nullptr;
    QComboBox *m_gpu = nullptr;
    QSpinBox *m_gpuCount = nullptr;
    QSpinBox *m_nodes = nullptr;
    QSpinBox *m_pipeline = nullptr;
    QComboBox *m_cpu = nullptr;
    QSpinBox *m_sockets = nullptr;
    QSpinBox *m_ramGB = nullptr;
    QSpinBox *m_ramMTs = nullptr;
    QSpinBox *m_ramChannels = nullptr;
    QSpinBox *m_gpuLayers = nullptr;
    QComboBox *m_kvType = nullptr;
    QComboBox *m_mla = nullptr;
    QSpinBox *m_users = nullptr;
    QSpinBox *m_context = nullptr;
    QSpinBox *m_prompt = nullptr;
    QSpinBox *m_output = nullptr;
    QComboBox *m_target = nullptr;
    QDoubleSpinBox *m_targetTps = nullptr;
    QLabel *m_modelNote = nullptr;
    bool m_refreshing = false;
};

} // namespace hwui
