// hwplanner catalog import-model FILE [--id ID] [--quant QID] [--catalog FILE|URL] [--json]
// Its own parser: an option another subcommand takes is an error here, not ignored.

#include "app/cli_importmodel.h"

#include "db/catalogdb.h"
#include "db/modelimport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hwapp {

int runImportModel(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption id(u"id"_s, u"Model id in the catalog (default: from the file)."_s, u"ID"_s);
    const QCommandLineOption quant(u"quant"_s, u"Quant id of a GGUF file (default: from general.file_type)."_s, u"QID"_s);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file, or a postgresql:// URL."_s, u"FILE|URL"_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    parser.addOptions({id, quant, catalogPath, json});
    // QCommandLineParser skips the first argument as the program name.
    if (!parser.parse(QStringList{u"hwplanner catalog import-model"_s} + args)) {
        err << "hwplanner catalog import-model: " << parser.errorText() << "\n";
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "hwplanner catalog import-model: expected one FILE (a config.json or a .gguf), got " << files.size() << "\n";
        return 2;
    }
    hwdb::CatalogDatabase db(parser.value(catalogPath).isEmpty() ? hwdb::CatalogDatabase::defaultPath() : parser.value(catalogPath));
    hwdb::Recovery recovery;
    if (!hwdb::openOrRecover(db, &recovery)) {
        err << "hwplanner: catalog " << db.errorString() << "\n";
        return 1;
    }
    hwdb::ModelImportResult result;
    QString error;
    if (!hwdb::importModel(db, files.first(), parser.value(id), parser.value(quant), &result, &error)) {
        err << "hwplanner catalog import-model: " << error << "\n";
        return 2;
    }
    if (parser.isSet(json)) {
        QJsonObject o{{u"model"_s, QString::fromStdString(result.model.id)},
                      {u"model_added"_s, result.modelAdded},
                      {u"total_params_b"_s, result.model.totalParamsB},
                      {u"active_params_b"_s, result.model.activeParamsB}};
        if (result.config)
            o.insert(u"kv_bytes_per_token_f16"_s, result.config->kvBytesPerTokenF16);
        if (result.file) {
            const hw::WeightGroupBytes &g = result.file->groups;
            o.insert(u"quant"_s, QString::fromStdString(result.file->quantId));
            o.insert(u"file_bytes"_s, g.total());
            o.insert(u"groups_bytes"_s, QJsonObject{{u"attention"_s, g.attention}, {u"shared_experts"_s, g.sharedExperts},
                                                    {u"routed_experts"_s, g.routedExperts}, {u"dense_ffn"_s, g.denseFfn},
                                                    {u"embedding"_s, g.embedding}, {u"output"_s, g.output}, {u"other"_s, g.other}});
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << result.summary().join(u'\n') << "\n";
    return 0;
}

} // namespace hwapp
