#include "app/cli.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("hwplanner"));
    QCoreApplication::setApplicationName(QStringLiteral("hwplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HWPLANNER_VERSION));

    if (argc > 1 && hwapp::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return hwapp::runCli(QCoreApplication::arguments());
    }
    // Without a display Qt aborts inside QApplication: say so instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "hwplanner: no display to open the window on (DISPLAY is not set). "
                             "Use a subcommand for headless work: hwplanner --help\n");
        return 2;
    }
    QApplication app(argc, argv);
    // Chinese text needs a CJK face; WenQuanYi Micro Hei renders Simplified Chinese without boxes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    QApplication::setFont(font);
    hwui::MainWindow window;
    window.show();
    return app.exec();
}
