#include "db/claimfile.h"

#include "db/resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hwdb {

hw::Claim claimFromText(const QString &text, const hw::Catalog &catalog)
{
    return hw::extractClaim(text.normalized(QString::NormalizationForm_KC).toStdString(), catalog);
}

bool parseClaim(const QByteArray &json, const QString &fileName, const hw::Catalog &catalog, hw::Claim *claim, BuildError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    error->file = fileName;
    if (doc.isNull() || !doc.isObject()) {
        error->line = int(json.left(parseError.offset).count('\n')) + 1;
        error->message = doc.isNull() ? u"malformed JSON: %1"_s.arg(parseError.errorString()) : u"a claim file holds one JSON object"_s;
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QLatin1StringView(kClaimFormat)) {
        error->field = u"format"_s;
        error->message = u"expected \"%1\", got \"%2\""_s.arg(QLatin1StringView(kClaimFormat), root.value(u"format"_s).toString());
        return false;
    }
    hw::Claim c = root.contains(u"text"_s) ? claimFromText(root.value(u"text"_s).toString(), catalog) : hw::Claim();
    c.text = root.value(u"text"_s).toString().toStdString();

    const auto fail = [&](const QString &field, const QString &message) {
        error->field = field;
        error->message = message;
        return false;
    };
    const QJsonObject b = root.value(u"build"_s).toObject();
    if (b.contains(u"model"_s)) {
        const hw::ModelSpec *m = catalog.model(b.value(u"model"_s).toString().toStdString());
        if (!m)
            return fail(u"build.model"_s, u"unknown model '%1'"_s.arg(b.value(u"model"_s).toString()));
        c.modelId = m->id;
    }
    if (b.contains(u"quant"_s)) {
        if (!catalog.quant(b.value(u"quant"_s).toString().toStdString()))
            return fail(u"build.quant"_s, u"unknown quant '%1'"_s.arg(b.value(u"quant"_s).toString()));
        c.quantId = b.value(u"quant"_s).toString().toStdString();
    }
    if (b.contains(u"runtime"_s)) {
        if (!catalog.runtime(b.value(u"runtime"_s).toString().toStdString()))
            return fail(u"build.runtime"_s, u"unknown runtime '%1'"_s.arg(b.value(u"runtime"_s).toString()));
        c.runtimeId = b.value(u"runtime"_s).toString().toStdString();
    }
    const QJsonObject gpu = b.value(u"gpu"_s).toObject();
    if (gpu.contains(u"id"_s)) {
        if (!catalog.gpu(gpu.value(u"id"_s).toString().toStdString()))
            return fail(u"build.gpu.id"_s, u"unknown GPU '%1'"_s.arg(gpu.value(u"id"_s).toString()));
        c.gpuId = hw::normaliseId(gpu.value(u"id"_s).toString().toStdString());
        c.gpuCount = gpu.value(u"count"_s).toInt(1);
        if (c.gpuCount < 1)
            return fail(u"build.gpu.count"_s, u"must be at least 1"_s);
    }
    const QJsonObject cpu = b.value(u"cpu"_s).toObject();
    if (cpu.contains(u"id"_s)) {
        if (!catalog.cpu(cpu.value(u"id"_s).toString().toStdString()))
            return fail(u"build.cpu.id"_s, u"unknown CPU '%1'"_s.arg(cpu.value(u"id"_s).toString()));
        c.cpuId = cpu.value(u"id"_s).toString().toStdString();
        c.sockets = cpu.value(u"sockets"_s).toInt(1);
    }
    if (b.contains(u"nodes"_s))
        c.nodes = b.value(u"nodes"_s).toInt(1);
    const QJsonObject ram = b.value(u"ram"_s).toObject();
    if (ram.contains(u"gb"_s))
        c.ramGB = ram.value(u"gb"_s).toDouble();
    if (ram.contains(u"channels"_s))
        c.ramChannels = ram.value(u"channels"_s).toInt();

    const QJsonObject k = root.value(u"claims"_s).toObject();
    const auto number = [&](const char *key, std::optional<double> *out) {
        const QJsonValue v = k.value(QLatin1StringView(key));
        if (v.isDouble())
            *out = v.toDouble();
    };
    number("per_user_tps", &c.perUserTps);
    number("aggregate_tps", &c.aggregateTps);
    number("users", &c.users);
    number("context", &c.context);
    number("context_window", &c.contextWindow);
    number("params_b", &c.paramsB);
    number("price", &c.price);
    number("memory_gb", &c.claimedMemoryGB);
    number("model_memory_gb", &c.claimedModelMemoryGB);
    number("warranty_months", &c.warrantyMonths);
    if (k.contains(u"currency"_s))
        c.priceCurrency = k.value(u"currency"_s).toString().toStdString();
    if (k.contains(u"full"_s))
        c.fullModel = k.value(u"full"_s).toBool();
    if (k.contains(u"training"_s))
        c.trainingClaimed = k.value(u"training"_s).toBool();
    if (k.contains(u"full_fine_tuning"_s))
        c.fullFineTuning = k.value(u"full_fine_tuning"_s).toBool();
    if (k.contains(u"aggregate_includes_input"_s))
        c.aggregateIncludesInput = k.value(u"aggregate_includes_input"_s).toBool();
    if (k.contains(u"mentions_bf8"_s))
        c.mentionsBf8 = k.value(u"mentions_bf8"_s).toBool();
    if (k.contains(u"condition"_s))
        c.condition = k.value(u"condition"_s).toString().toStdString();
    for (const QJsonValue &v : root.value(u"facts"_s).toArray()) {
        const QJsonObject f = v.toObject();
        c.facts.push_back({hw::normaliseId(f.value(u"gpu"_s).toString().toStdString()), f.value(u"attribute"_s).toString().toStdString(),
                           f.value(u"precision"_s).toString().toLower().toStdString(), f.value(u"label"_s).toString().toLower().toStdString(),
                           f.value(u"value"_s).toDouble(), f.value(u"text"_s).toString().toStdString()});
    }
    for (const QJsonValue &v : root.value(u"arithmetic"_s).toArray()) {
        const QJsonObject a = v.toObject();
        c.arithmetic.push_back({a.value(u"label"_s).toString().toStdString(), a.value(u"before"_s).toDouble(), a.value(u"after"_s).toDouble(),
                                a.value(u"claimed_change_pct"_s).toDouble(), a.value(u"lower_is_better"_s).toBool(true),
                                a.value(u"claimed_improvement"_s).toBool(true)});
    }
    *claim = c;
    return true;
}

QJsonObject claimToJson(const hw::Claim &c)
{
    const auto s = [](const std::string &v) { return QString::fromStdString(v); };
    QJsonObject o;
    const auto put = [&](const char *key, const std::optional<double> &v) {
        if (v)
            o.insert(QLatin1StringView(key), *v);
    };
    if (!c.modelId.empty())
        o.insert(u"model"_s, s(c.modelId));
    if (!c.quantId.empty())
        o.insert(u"quant"_s, s(c.quantId));
    if (!c.gpuId.empty())
        o.insert(u"gpu"_s, QJsonObject{{u"id"_s, s(c.gpuId)}, {u"count"_s, c.gpuCount}});
    if (!c.cpuId.empty())
        o.insert(u"cpu"_s, QJsonObject{{u"id"_s, s(c.cpuId)}, {u"sockets"_s, c.sockets}});
    if (c.nodes > 1)
        o.insert(u"nodes"_s, c.nodes);
    if (c.ramGB > 0)
        o.insert(u"ram_gb"_s, c.ramGB);
    o.insert(u"full"_s, c.fullModel);
    put("params_b", c.paramsB);
    put("context_window", c.contextWindow);
    put("per_user_tps", c.perUserTps);
    put("aggregate_tps", c.aggregateTps);
    put("users", c.users);
    put("price", c.price);
    put("memory_gb", c.claimedMemoryGB);
    put("warranty_months", c.warrantyMonths);
    if (c.price)
        o.insert(u"currency"_s, s(c.priceCurrency));
    if (!c.condition.empty())
        o.insert(u"condition"_s, s(c.condition));
    if (c.mentionsBf8)
        o.insert(u"mentions_bf8"_s, true);
    if (c.trainingClaimed)
        o.insert(u"training"_s, true);
    return o;
}

QJsonObject reportToJson(const hw::ClaimReport &r, const hw::Claim &claim)
{
    QJsonObject o{{u"verdict"_s, QString::fromStdString(r.verdict)}, {u"findings"_s, findingsToJson(r.findings)}, {u"extracted"_s, claimToJson(claim)}};
    if (r.buildKnown)
        o.insert(u"build"_s, buildToJson(r.build));
    return o;
}

} // namespace hwdb
