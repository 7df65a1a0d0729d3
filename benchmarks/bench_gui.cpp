// Prints the time from start to a usable main window (catalog opened, first estimate shown) and from a
// field change to updated results. Run offscreen: QT_QPA_PLATFORM=offscreen ./bench_gui

#include "ui/buildeditor.h"
#include "ui/mainwindow.h"
#include "ui/resultsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QElapsedTimer total;
    total.start();
    QTemporaryDir dir;
    qputenv("HWPLANNER_CATALOG", dir.filePath(QStringLiteral("catalog.sqlite")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);
    {
        // First start: the catalog is created from the embedded seed.
        QElapsedTimer t;
        t.start();
        hwui::MainWindow w;
        w.show();
        QApplication::processEvents();
        std::printf("start-up to a usable window, first run (creates the catalog): %.0f ms (process %.0f ms)\n", double(t.nsecsElapsed()) / 1e6,
                    double(total.nsecsElapsed()) / 1e6);
    }
    QElapsedTimer t;
    t.start();
    hwui::MainWindow w;
    w.show();
    QApplication::processEvents();
    std::printf("start-up to a usable window, catalog present: %.0f ms\n", double(t.nsecsElapsed()) / 1e6);

    auto *users = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(QStringLiteral("workload.users")));
    std::vector<double> ms;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer edit;
        edit.start();
        users->setValue(1 + i % 20); // the edit goes through the document, the undo stack and the estimate
        QApplication::processEvents();
        ms.push_back(double(edit.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("field change to updated results (50 edits): median %.1f ms, worst %.1f ms\n", ms[ms.size() / 2], ms.back());
    return 0;
}
