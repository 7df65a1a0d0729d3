// A stored quote's JSON rendered to PDF, as Tools > Quotes does with a record read back from a shared
// team catalog: whatever the record holds (missing fields, wrong types, huge numbers, odd text), the
// renderer writes a PDF or says why, and never crashes.

#include "ui/quotewriter.h"

#include <QApplication>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_quotepdf";
    static char *argv[] = {name, nullptr};
    static QApplication *app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // charts need a QApplication, headless
        return new QApplication(argc, argv);
    }();
    Q_UNUSED(app);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    if (!hwui::renderQuotePdf(doc.object(), &out, &error) && error.isEmpty())
        std::abort();
    return 0;
}
