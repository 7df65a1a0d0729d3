#pragma once

// A first window over the engine: pick a build, read the estimate and how it was computed.
// The full editor, charts and comparison come with the desktop-application issue.

#include "model/catalog.h"

#include <QMainWindow>

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace hwui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

private:
    void recompute();

    hw::Catalog m_catalog;
    QComboBox *m_model = nullptr;
    QComboBox *m_quant = nullptr;
    QComboBox *m_runtime = nullptr;
    QComboBox *m_gpu = nullptr;
    QSpinBox *m_gpuCount = nullptr;
    QComboBox *m_cpu = nullptr;
    QSpinBox *m_ramGB = nullptr;
    QSpinBox *m_users = nullptr;
    QSpinBox *m_context = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace hwui
