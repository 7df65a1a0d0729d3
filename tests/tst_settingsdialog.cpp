// The Settings dialog: what it shows, the stale-price limit and the team catalog URL it checks before
// keeping them, and the operations cost per build class.

#include "guifixture.h"

class TestSettingsDialog final : public GuiTestCase
{
    Q_OBJECT

private slots:
    void settingsDialogShows()
    {
        hwui::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"settings"_s);
    }

    // The stale limit is one setting: the dialog writes it, the price book and the Cost tab use it.
    void staleLimitIsASetting()
    {
        const int before = hwdb::settings::staleDays.value();
        {
            hwui::SettingsDialog dialog;
            auto *days = dialog.findChild<QSpinBox *>(u"staleDays"_s);
            QVERIFY(days);
            QCOMPARE(days->value(), before);
            days->setValue(3000); // nothing in the seed is that old
            dialog.accept();
        }
        QCOMPARE(hwdb::settings::staleDays.value(), 3000);
        QCOMPARE(hwdb::costSettings().staleDays, 3000);
        {
            hwui::MainWindow w;
            const hwui::BomModel *bom = w.results()->bomModel();
            QVERIFY(bom->rowCount() > 0);
            int priced = 0;
            for (int r = 0; r < bom->rowCount(); ++r) {
                if (bom->index(r, hwui::BomModel::UnitPrice).data(hwui::RawValueRole).toDouble() <= 0)
                    continue; // an unpriced line is marked for that reason
                ++priced;
                // a stale price is drawn in orange; none is stale at this limit
                QVERIFY2(!bom->index(r, hwui::BomModel::PriceDate).data(Qt::ForegroundRole).isValid(),
                         qPrintable(bom->index(r, hwui::BomModel::PriceDate).data().toString()));
            }
            QVERIFY(priced > 0);
        }
        hwdb::settings::staleDays.set(30);
        {
            hwui::MainWindow w;
            const hwui::BomModel *bom = w.results()->bomModel();
            int stale = 0;
            for (int r = 0; r < bom->rowCount(); ++r)
                stale += bom->index(r, hwui::BomModel::PriceDate).data(Qt::ToolTipRole).toString().contains(u" 30 "_s);
            QVERIFY(stale > 0); // the tooltip names the limit set
        }
        hwdb::settings::staleDays.set(before);
    }

    // A team catalog URL is checked before it is kept: the scheme, no password in the plain-text
    // settings, and a server that answers. A refused URL leaves the setting as it was.
    void teamCatalogUrlIsCheckedBeforeItIsKept_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("told");
        QTest::newRow("scheme") << u"mysql://db/prices"_s << u"postgresql://"_s;
        QTest::newRow("password") << u"postgresql://buyer:secret@db/prices"_s << u".pgpass"_s;
        QTest::newRow("no server") << u"postgresql://buyer@127.0.0.1:1/prices"_s << u"127.0.0.1"_s;
    }

    void teamCatalogUrlIsCheckedBeforeItIsKept()
    {
        QFETCH(QString, url);
        QFETCH(QString, told);
        hwui::SettingsDialog dialog;
        dialog.findChild<QLineEdit *>(u"teamUrl"_s)->setText(url);
        QString message;
        QTimer::singleShot(0, this, [&message] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                message = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
                box->close();
            }
        });
        dialog.accept();
        QVERIFY2(message.contains(told), qPrintable(message));
        QVERIFY(!message.contains(u"secret"_s));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(hwdb::settings::teamCatalogUrl.value(), QString());
    }

    // One field per build class; what is entered is what the Cost tab charges.
    void operationsPerBuildClassAreSettings()
    {
        hwui::SettingsDialog dialog;
        auto *workstation = dialog.findChild<QDoubleSpinBox *>(u"opsFteWorkstation"_s);
        auto *server = dialog.findChild<QDoubleSpinBox *>(u"opsFteServer"_s);
        auto *cluster = dialog.findChild<QDoubleSpinBox *>(u"opsFteCluster"_s);
        QVERIFY(workstation && server && cluster);
        QCOMPARE(workstation->value(), hw::CostSettings().opsFteWorkstation);
        QVERIFY(!workstation->toolTip().isEmpty() && !server->toolTip().isEmpty() && !cluster->toolTip().isEmpty());
        QVERIFY(server->toolTip().contains(u"0.50"_s) || server->toolTip().contains(u"0,50"_s)); // the default, said
        workstation->setValue(0.1);
        cluster->setValue(0.75);
        dialog.accept();
        const hw::CostSettings s = hwdb::costSettings();
        QCOMPARE(s.opsFteWorkstation, 0.1);
        QCOMPARE(s.opsFteClusterPerNode, 0.75);
        hwdb::setCostSettings(hw::CostSettings());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
