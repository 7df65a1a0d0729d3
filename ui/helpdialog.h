#pragma once

// Help > Guide (F1): a short guide to the planner and a glossary of the words it uses, in the
// interface's language; scrolls on a small screen.

#include <QDialog>

class QTextBrowser;

namespace hwui {

class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    ~HelpDialog() override;
    Q_DISABLE_COPY_MOVE(HelpDialog)

    QTextBrowser *browser() const { return m_browser; }
    static QString guideHtml();

private:
    QTextBrowser *m_browser;
};

} // namespace hwui
