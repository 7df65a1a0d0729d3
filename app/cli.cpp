#include "app/cli.h"

#include "app/estimatejson.h"
#include "db/buildfile.h"
#include "db/catalogdb.h"
#include "model/estimator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hwapp {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage()
{
    err() << "usage: hwplanner [estimate BUILD.json [--json] | catalog [gpus|cpus|models|quants|runtimes] [--json]] [--catalog FILE]\n"
             "       hwplanner            (no arguments) opens the desktop application\n";
    return 2;
}

bool openCatalog(const QString &path, hw::Catalog *catalog)
{
    hwdb::CatalogDatabase db(path.isEmpty() ? hwdb::CatalogDatabase::defaultPath() : path);
    if (!db.open() || !db.load(catalog)) {
        err() << "hwplanner: catalog " << db.errorString() << "\n";
        return false;
    }
    return true;
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

bool isSubcommand(const QString &word)
{
    return word == u"estimate" || word == u"catalog" || word == u"--help" || word == u"-h" || word == u"help" || word == u"--version";
}

int runCli(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        usage();
        return 0;
    }
    if (command == u"--version") {
        out() << "hwplanner " << HWPLANNER_VERSION << "\n";
        return 0;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file."_s, u"FILE"_s);
    parser.addOption(json);
    parser.addOption(catalogPath);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parser.parse(rest)) {
        err() << "hwplanner " << command << ": " << parser.errorText() << "\n";
        return 2;
    }
    const QStringList positional = parser.positionalArguments();

    hw::Catalog catalog;
    if (command == u"catalog") {
        const QString kind = positional.value(0);
        if (!kind.isEmpty() && !catalogKinds().contains(kind)) {
            err() << "hwplanner catalog: unknown list '" << kind << "' (" << catalogKinds().join(u", "_s) << ")\n";
            return 2;
        }
        if (!openCatalog(parser.value(catalogPath), &catalog))
            return 1;
        if (parser.isSet(json))
            printJson(catalogToJson(catalog, kind));
        else
            out() << catalogToText(catalog, kind).join(u'\n') << "\n";
        return 0;
    }

    // estimate
    if (positional.size() != 1)
        return usage();
    if (!openCatalog(parser.value(catalogPath), &catalog))
        return 1;
    hw::Build build;
    hwdb::BuildError error;
    if (!hwdb::readBuildFile(positional.first(), catalog, &build, &error)) {
        err() << "hwplanner estimate: " << error.toString() << "\n";
        return 2;
    }
    const hw::Estimate e = hw::estimate(build);
    if (parser.isSet(json))
        printJson(estimateToJson(build, e));
    else
        out() << estimateToText(build, e).join(u'\n') << "\n";
    return 0;
}

} // namespace hwapp
