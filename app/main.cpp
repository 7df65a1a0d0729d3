#include "app/cli.h"
#include "db/appsettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("hwplanner"));
    QCoreApplication::setApplicationName(QStringLiteral("hwplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HWPLANNER_VERSION));

    // hwplanner FILE.hwplan ... opens the files in the window (a double-click in the file manager);
    // any other first word is a subcommand, and an unknown one is an error, never the window.
    const bool openFiles = argc > 1 && !hwapp::isSubcommand(QString::fromLocal8Bit(argv[1]))
        && QFileInfo(QString::fromLocal8Bit(argv[1])).isFile();
    if (argc > 1 && !openFiles) {
        const QString command = QString::fromLocal8Bit(argv[1]);
        if (command == QLatin1String("quote")) {
            // Quotes draw charts: a QApplication, offscreen when there is no display.
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            QFont font = QApplication::font();
            font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), font.family()});
            QApplication::setFont(font);
            return hwapp::runCli(QCoreApplication::arguments());
        }
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hwplanner.svg")));
    // Chinese text needs a CJK face; WenQuanYi Micro Hei renders Simplified Chinese without boxes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    QApplication::setFont(font);
    // The language the user chose, else the system's; Simplified Chinese for any Chinese locale.
    QString language = hwdb::settings::language.value();
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QStringLiteral(":/i18n/hwplanner_") + language))
        QApplication::installTranslator(&appTranslator);
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));
    hwui::MainWindow window;
    window.show();
    if (openFiles) {
        const QStringList files = QCoreApplication::arguments().mid(1);
        for (const QString &file : files)
            window.openFile(file); // a file that cannot be read says so in the window
    }
    return app.exec();
}
