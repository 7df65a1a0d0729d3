#include "ui/mainwindow.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { qputenv("HWPLANNER_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toUtf8()); }

    void editingAFieldUpdatesTheResult()
    {
        hwui::MainWindow w;
        auto *result = w.findChild<QPlainTextEdit *>();
        QVERIFY(result);
        const QString before = result->toPlainText();
        QVERIFY(before.contains(u"Decode:"_s));
        auto spins = w.findChildren<QSpinBox *>();
        QVERIFY(!spins.isEmpty());
        QSpinBox *users = nullptr;
        for (QSpinBox *s : spins)
            if (s->maximum() == 10000)
                users = s;
        QVERIFY(users);
        users->setValue(8);
        QVERIFY(result->toPlainText() != before);
        QVERIFY(result->toPlainText().contains(u"8 user"_s) || result->toPlainText().contains(u"8 sequence"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
