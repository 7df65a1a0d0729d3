#include "db/claimfile.h"

#include "db/resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace hwdb {

hw::Claim claimFromText(const QString &text, const hw::Catalog &catalog)
{
    // NFKC folds the full-width comma "，" into ",", and "A100 80GB*2，128GB 内存" would then read as
    // 2,128 GB. A Chinese clause's comma is never a thousands separator: it keeps a space after it.
    QString unfolded = text;
    unfolded.replace(u'\uFF0C', u", "_s);
    return hw::extractClaim(unfolded.normalized(QString::NormalizationForm_KC).toStdString(), catalog);
}

bool decodeOfferText(const QByteArray &bytes, QString *text, QString *error)
{
    if (bytes.size() > qsizetype(hw::kMaxOfferBytes)) {
        *error = u"the offer is %1 bytes; at most %2 (1 MiB) are read"_s.arg(bytes.size()).arg(hw::kMaxOfferBytes);
        return false;
    }
    if (bytes.trimmed().isEmpty()) {
        *error = u"the offer is empty: there is nothing to check"_s;
        return false;
    }
    const auto decode = [&](QStringConverter::Encoding encoding, QByteArrayView data) {
        QStringDecoder d(encoding, QStringDecoder::Flag::Stateless);
        const QString s = d.decode(data);
        return d.hasError() ? std::optional<QString>() : std::optional<QString>(s);
    };
    std::optional<QString> decoded;
    QString which;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        decoded = decode(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3)), which = u"UTF-8"_s;
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        decoded = decode(bytes.startsWith("\xFF") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2)), which = u"UTF-16"_s;
    else if (const qsizetype zeros = bytes.count('\0'); zeros > bytes.size() / 4) {
        // UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
        qsizetype even = 0;
        for (qsizetype i = 0; i < bytes.size(); i += 2)
            even += bytes.at(i) == '\0';
        decoded = decode(even > zeros / 2 ? QStringConverter::Utf16BE : QStringConverter::Utf16LE, bytes), which = u"UTF-16"_s;
    } else if ((decoded = decode(QStringConverter::Utf8, bytes))) {
        which = u"UTF-8"_s;
    } else {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (!gb.isValid()) {
            *error = u"the offer is not UTF-8 or UTF-16, and this Qt has no GB18030 decoder (ICU): save it as UTF-8"_s;
            return false;
        }
        const QString s = gb.decode(bytes);
        if (!gb.hasError())
            decoded = s;
        which = u"GB18030"_s;
    }
    if (!decoded) {
        *error = u"the offer is not valid UTF-8, UTF-16 or GB18030 text (read as %1): save it as UTF-8"_s.arg(which);
        return false;
    }
    if (decoded->contains(QChar(0))) {
        *error = u"the offer holds NUL characters: it is not text"_s;
        return false;
    }
    *text = *decoded;
    return true;
}

namespace {

// The line of a field's key in the file, for file:line:field messages.
int lineOf(const QByteArray &json, const QString &field)
{
    const QByteArray key = '"' + field.section(u'.', -1).section(u'[', 0, 0).toUtf8() + '"';
    const qsizetype at = json.indexOf(key);
    return at < 0 ? 0 : int(json.left(at).count('\n')) + 1;
}

} // namespace

bool parseClaim(const QByteArray &json, const QString &fileName, const hw::Catalog &catalog, hw::Claim *claim, BuildError *error)
{
    error->file = fileName;
    if (json.size() > qsizetype(hw::kMaxOfferBytes)) {
        error->message = u"the file is %1 bytes; a claim file holds at most %2 (1 MiB)"_s.arg(json.size()).arg(hw::kMaxOfferBytes);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        error->line = int(json.left(parseError.offset).count('\n')) + 1;
        error->message = doc.isNull() ? u"malformed JSON: %1"_s.arg(parseError.errorString()) : u"a claim file holds one JSON object"_s;
        return false;
    }
    const QJsonObject root = doc.object();
    const auto fail = [&](const QString &field, const QString &message) {
        error->field = field;
        error->line = lineOf(json, field);
        error->message = message;
        return false;
    };
    if (root.value(u"format"_s).toString() != QLatin1StringView(kClaimFormat))
        return fail(u"format"_s, u"expected \"%1\", got \"%2\""_s.arg(QLatin1StringView(kClaimFormat), root.value(u"format"_s).toString()));
    const auto typeName = [](const QJsonValue &v) {
        return v.isString() ? u"a string"_s : v.isDouble() ? u"a number"_s : v.isBool() ? u"true/false"_s : v.isArray() ? u"an array"_s
             : v.isObject() ? u"an object"_s : u"null"_s;
    };
    // Types first: a wrong type is an error, never a silent default.
    const auto expect = [&](const QJsonObject &o, const QString &key, const QString &path, QJsonValue::Type type, const char *what) {
        if (!o.contains(key) || o.value(key).type() == type)
            return true;
        return fail(path, u"expected %1, got %2"_s.arg(QLatin1StringView(what), typeName(o.value(key))));
    };
    for (auto [key, type, what] : {std::tuple{u"text"_s, QJsonValue::String, "a string"}, {u"build"_s, QJsonValue::Object, "an object"},
                                   {u"claims"_s, QJsonValue::Object, "an object"}, {u"facts"_s, QJsonValue::Array, "an array"},
                                   {u"arithmetic"_s, QJsonValue::Array, "an array"}, {u"points"_s, QJsonValue::Array, "an array"}})
        if (!expect(root, key, key, type, what))
            return false;

    hw::Claim c = root.contains(u"text"_s) ? claimFromText(root.value(u"text"_s).toString(), catalog) : hw::Claim();
    c.text = root.value(u"text"_s).toString().toStdString();
    const auto entered = [&](const char *field) { c.read(field, "entered in the claim file"); };

    const QJsonObject b = root.value(u"build"_s).toObject();
    for (const char *key : {"model", "quant", "runtime"})
        if (!expect(b, QLatin1StringView(key), u"build."_s + QLatin1StringView(key), QJsonValue::String, "a string"))
            return false;
    for (const char *key : {"gpu", "cpu", "ram"})
        if (!expect(b, QLatin1StringView(key), u"build."_s + QLatin1StringView(key), QJsonValue::Object, "an object"))
            return false;
    // A whole number >= minimum, or the field's message.
    const auto integer = [&](const QJsonObject &o, const QString &key, const QString &path, int minimum, int *out) {
        if (!o.contains(key))
            return true;
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return fail(path, u"expected a number, got %1"_s.arg(typeName(v)));
        const double d = v.toDouble();
        if (d != std::floor(d) || d < minimum || d > 100000)
            return fail(path, u"must be a whole number from %1 to 100000, got %2"_s.arg(minimum).arg(d));
        *out = int(d);
        return true;
    };
    if (b.contains(u"model"_s)) {
        const hw::ModelSpec *m = catalog.model(b.value(u"model"_s).toString().toStdString());
        if (!m)
            return fail(u"build.model"_s, u"unknown model '%1'"_s.arg(b.value(u"model"_s).toString()));
        c.modelId = m->id;
        entered("model");
    }
    if (b.contains(u"quant"_s)) {
        if (!catalog.quant(b.value(u"quant"_s).toString().toStdString()))
            return fail(u"build.quant"_s, u"unknown quant '%1'"_s.arg(b.value(u"quant"_s).toString()));
        c.quantId = b.value(u"quant"_s).toString().toStdString();
        entered("quant");
    }
    if (b.contains(u"runtime"_s)) {
        if (!catalog.runtime(b.value(u"runtime"_s).toString().toStdString()))
            return fail(u"build.runtime"_s, u"unknown runtime '%1'"_s.arg(b.value(u"runtime"_s).toString()));
        c.runtimeId = b.value(u"runtime"_s).toString().toStdString();
        entered("runtime");
    }
    const QJsonObject gpu = b.value(u"gpu"_s).toObject();
    if (!expect(gpu, u"id"_s, u"build.gpu.id"_s, QJsonValue::String, "a string"))
        return false;
    if (gpu.contains(u"id"_s)) {
        if (!catalog.gpu(gpu.value(u"id"_s).toString().toStdString()))
            return fail(u"build.gpu.id"_s, u"unknown GPU '%1'"_s.arg(gpu.value(u"id"_s).toString()));
        c.gpuId = hw::normaliseId(gpu.value(u"id"_s).toString().toStdString());
        c.gpuCount = 1;
        c.gpuMemoryGB = 0;
        c.gpuText.clear();
        if (!integer(gpu, u"count"_s, u"build.gpu.count"_s, 1, &c.gpuCount))
            return false;
        entered("gpu");
        entered("gpu_count");
        entered("gpu_memory");
    }
    if (gpu.contains(u"memory_gb"_s)) {
        int memory = 0;
        if (!integer(gpu, u"memory_gb"_s, u"build.gpu.memory_gb"_s, 1, &memory))
            return false;
        c.gpuMemoryGB = memory;
        entered("gpu_memory");
    }
    const QJsonObject cpu = b.value(u"cpu"_s).toObject();
    if (!expect(cpu, u"id"_s, u"build.cpu.id"_s, QJsonValue::String, "a string"))
        return false;
    if (cpu.contains(u"id"_s)) {
        if (!catalog.cpu(cpu.value(u"id"_s).toString().toStdString()))
            return fail(u"build.cpu.id"_s, u"unknown CPU '%1'"_s.arg(cpu.value(u"id"_s).toString()));
        c.cpuId = cpu.value(u"id"_s).toString().toStdString();
        c.cpuText.clear();
        c.sockets = 1;
        entered("cpu");
    }
    if (!integer(cpu, u"sockets"_s, u"build.cpu.sockets"_s, 1, &c.sockets))
        return false;
    if (cpu.contains(u"sockets"_s))
        entered("sockets");
    if (!integer(b, u"nodes"_s, u"build.nodes"_s, 1, &c.nodes))
        return false;
    if (b.contains(u"nodes"_s))
        entered("nodes");
    const QJsonObject ram = b.value(u"ram"_s).toObject();
    if (ram.contains(u"gb"_s)) {
        if (!ram.value(u"gb"_s).isDouble() || ram.value(u"gb"_s).toDouble() < 0)
            return fail(u"build.ram.gb"_s, u"expected a number >= 0, got %1"_s.arg(typeName(ram.value(u"gb"_s))));
        c.ramGB = ram.value(u"gb"_s).toDouble();
        entered("ram_gb");
    }
    if (!integer(ram, u"channels"_s, u"build.ram.channels"_s, 1, &c.ramChannels))
        return false;

    const QJsonObject k = root.value(u"claims"_s).toObject();
    // A non-negative number (positive where zero makes no sense), or the field's message.
    const auto number = [&](const char *key, std::optional<double> *out, bool positive) {
        const QString name = QLatin1StringView(key);
        if (!k.contains(name))
            return true;
        const QJsonValue v = k.value(name);
        if (!v.isDouble())
            return fail(u"claims."_s + name, u"expected a number, got %1"_s.arg(typeName(v)));
        if (v.toDouble() < 0 || (positive && v.toDouble() == 0) || !std::isfinite(v.toDouble()))
            return fail(u"claims."_s + name, u"must be %1, got %2"_s.arg(positive ? u"greater than 0"_s : u"0 or more"_s).arg(v.toDouble()));
        *out = v.toDouble();
        c.read(key, "entered in the claim file");
        return true;
    };
    hw::PerformancePoint headline;
    bool ok = number("per_user_tps", &headline.perUserTps, true) && number("aggregate_tps", &headline.aggregateTps, true)
        && number("users", &headline.users, true) && number("context", &c.context, true) && number("context_window", &c.contextWindow, true)
        && number("params_b", &c.paramsB, true) && number("price", &c.price, false) && number("memory_gb", &c.claimedMemoryGB, true)
        && number("model_memory_gb", &c.claimedModelMemoryGB, true) && number("file_gb", &c.fileGB, true) && number("warranty_months", &c.warrantyMonths, false);
    if (!ok)
        return false;
    if (headline.users && *headline.users != std::floor(*headline.users))
        return fail(u"claims.users"_s, u"must be a whole number, got %1"_s.arg(*headline.users));
    for (const char *key : {"full", "training", "full_fine_tuning", "aggregate_includes_input", "mentions_bf8"})
        if (!expect(k, QLatin1StringView(key), u"claims."_s + QLatin1StringView(key), QJsonValue::Bool, "true or false"))
            return false;
    for (const char *key : {"currency", "condition"})
        if (!expect(k, QLatin1StringView(key), u"claims."_s + QLatin1StringView(key), QJsonValue::String, "a string"))
            return false;
    headline.aggregateIncludesInput = k.value(u"aggregate_includes_input"_s).toBool();
    if (headline.users || headline.perUserTps || headline.aggregateTps) {
        headline.text = "entered in the claim file";
        c.points.clear(); // the user's figures replace what the text gave
        c.points.push_back(headline);
        c.read("points", headline.text);
        c.unassume("users");
    }
    for (qsizetype i = 0; i < root.value(u"points"_s).toArray().size(); ++i) {
        const QJsonValue pv = root.value(u"points"_s).toArray().at(i);
        const QString path = u"points[%1]"_s.arg(i);
        if (!pv.isObject())
            return fail(path, u"expected an object, got %1"_s.arg(typeName(pv)));
        const QJsonObject po = pv.toObject();
        hw::PerformancePoint p;
        for (auto [key, out] : {std::pair{u"users"_s, &p.users}, {u"per_user_tps"_s, &p.perUserTps}, {u"aggregate_tps"_s, &p.aggregateTps},
                                {u"ttft_ms"_s, &p.ttftMs}, {u"tpot_ms"_s, &p.tpotMs}}) {
            if (!po.contains(key))
                continue;
            const QJsonValue v = po.value(key);
            if (!v.isDouble() || v.toDouble() <= 0)
                return fail(path + u'.' + key, v.isDouble() ? u"must be greater than 0, got %1"_s.arg(v.toDouble()) : u"expected a number, got %1"_s.arg(typeName(v)));
            *out = v.toDouble();
        }
        if (p.tpotMs && !p.perUserTps)
            p.perUserTps = 1000.0 / *p.tpotMs;
        p.text = po.value(u"text"_s).toString(u"entered in the claim file"_s).toStdString();
        if (i == 0 && !headline.perUserTps && !headline.aggregateTps && !headline.users)
            c.points.clear();
        c.points.push_back(p);
        c.read("points", "entered in the claim file");
    }
    if (k.contains(u"currency"_s)) {
        const QString currency = k.value(u"currency"_s).toString().toUpper();
        if (currency != u"CNY" && currency != u"USD")
            return fail(u"claims.currency"_s, u"unknown currency '%1' (CNY or USD)"_s.arg(k.value(u"currency"_s).toString()));
        c.priceCurrency = currency.toStdString();
    }
    if (k.contains(u"full"_s))
        c.fullModel = k.value(u"full"_s).toBool(), c.fullDenied = !c.fullModel, entered("full");
    if (k.contains(u"training"_s))
        c.trainingClaimed = k.value(u"training"_s).toBool();
    if (k.contains(u"full_fine_tuning"_s))
        c.fullFineTuning = k.value(u"full_fine_tuning"_s).toBool();
    if (k.contains(u"mentions_bf8"_s))
        c.mentionsBf8 = k.value(u"mentions_bf8"_s).toBool(), entered("mentions_bf8");
    if (k.contains(u"condition"_s)) {
        const QString condition = k.value(u"condition"_s).toString();
        if (condition != u"new" && condition != u"used" && condition != u"refurbished" && !condition.isEmpty())
            return fail(u"claims.condition"_s, u"expected new, used or refurbished, got '%1'"_s.arg(condition));
        c.condition = condition.toStdString();
    }
    const QJsonArray facts = root.value(u"facts"_s).toArray();
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QString path = u"facts[%1]"_s.arg(i);
        if (!facts.at(i).isObject())
            return fail(path, u"expected an object, got %1"_s.arg(typeName(facts.at(i))));
        const QJsonObject f = facts.at(i).toObject();
        if (!f.value(u"value"_s).isDouble())
            return fail(path + u".value"_s, u"expected a number, got %1"_s.arg(typeName(f.value(u"value"_s))));
        c.facts.push_back({hw::normaliseId(f.value(u"gpu"_s).toString().toStdString()), f.value(u"attribute"_s).toString().toStdString(),
                           f.value(u"precision"_s).toString().toLower().toStdString(), f.value(u"label"_s).toString().toLower().toStdString(),
                           f.value(u"value"_s).toDouble(), f.value(u"text"_s).toString().toStdString()});
    }
    if (!facts.isEmpty())
        entered("facts");
    const QJsonArray arithmetic = root.value(u"arithmetic"_s).toArray();
    for (qsizetype i = 0; i < arithmetic.size(); ++i) {
        const QString path = u"arithmetic[%1]"_s.arg(i);
        if (!arithmetic.at(i).isObject())
            return fail(path, u"expected an object, got %1"_s.arg(typeName(arithmetic.at(i))));
        const QJsonObject a = arithmetic.at(i).toObject();
        for (const char *key : {"before", "after", "claimed_change_pct"})
            if (a.contains(QLatin1StringView(key)) && !a.value(QLatin1StringView(key)).isDouble())
                return fail(path + u'.' + QLatin1StringView(key), u"expected a number, got %1"_s.arg(typeName(a.value(QLatin1StringView(key)))));
        c.arithmetic.push_back({a.value(u"label"_s).toString().toStdString(), a.value(u"before"_s).toDouble(), a.value(u"after"_s).toDouble(),
                                a.value(u"claimed_change_pct"_s).toDouble(), a.value(u"lower_is_better"_s).toBool(true),
                                a.value(u"claimed_improvement"_s).toBool(true)});
    }
    if (!arithmetic.isEmpty())
        entered("arithmetic");
    c.nothingRead = c.nothingRead && b.isEmpty() && k.isEmpty() && facts.isEmpty() && arithmetic.isEmpty() && !root.contains(u"points"_s);
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
    if (!c.runtimeId.empty())
        o.insert(u"runtime"_s, s(c.runtimeId));
    if (!c.gpuId.empty()) {
        QJsonObject g{{u"id"_s, s(c.gpuId)}, {u"count"_s, c.gpuCount}};
        if (c.gpuMemoryGB > 0)
            g.insert(u"memory_gb"_s, c.gpuMemoryGB);
        o.insert(u"gpu"_s, g);
    }
    if (!c.gpuText.empty())
        o.insert(u"gpu_not_in_catalog"_s, s(c.gpuText));
    if (!c.cpuId.empty())
        o.insert(u"cpu"_s, QJsonObject{{u"id"_s, s(c.cpuId)}, {u"sockets"_s, c.sockets}});
    if (!c.cpuText.empty())
        o.insert(u"cpu_not_in_catalog"_s, s(c.cpuText));
    o.insert(u"nodes"_s, c.nodes);
    if (c.ramGB > 0)
        o.insert(u"ram_gb"_s, c.ramGB);
    o.insert(u"full"_s, c.fullModel);
    put("params_b", c.paramsB);
    put("named_params_b", c.namedParamsB); // a model the catalog lacks, sized by its name
    put("named_active_b", c.namedActiveB);
    put("context_window", c.contextWindow);
    QJsonArray points;
    for (const hw::PerformancePoint &p : c.points) {
        QJsonObject po{{u"text"_s, s(p.text)}};
        const auto putp = [&](const char *key, const std::optional<double> &v) {
            if (v)
                po.insert(QLatin1StringView(key), *v);
        };
        putp("users", p.users);
        putp("per_user_tps", p.perUserTps);
        putp("aggregate_tps", p.aggregateTps);
        putp("ttft_ms", p.ttftMs);
        putp("tpot_ms", p.tpotMs);
        if (p.aggregateIncludesInput)
            po.insert(u"aggregate_includes_input"_s, true);
        points.append(po);
    }
    if (!points.isEmpty())
        o.insert(u"points"_s, points);
    put("price", c.price);
    put("memory_gb", c.claimedMemoryGB);
    put("model_memory_gb", c.claimedModelMemoryGB);
    put("file_gb", c.fileGB);
    put("warranty_months", c.warrantyMonths);
    if (c.price)
        o.insert(u"currency"_s, s(c.priceCurrency));
    if (!c.condition.empty())
        o.insert(u"condition"_s, s(c.condition));
    if (c.mentionsBf8)
        o.insert(u"mentions_bf8"_s, true);
    if (c.trainingClaimed)
        o.insert(u"training"_s, true);
    if (!c.quoteLines.empty()) {
        QJsonArray lines;
        for (const hw::QuoteLine &l : c.quoteLines)
            lines.append(QJsonObject{{u"text"_s, s(l.label)}, {u"amount"_s, l.amount}});
        o.insert(u"quote_lines"_s, lines);
        put("quote_total", c.quoteTotal);
    }
    // Provenance: for each field the words it was read from, or what was assumed.
    QJsonObject from;
    for (const auto &[field, words] : c.readFrom)
        from.insert(s(field), s(words));
    for (const auto &[field, what] : c.assumed)
        from.insert(s(field), QString(u"assumed: "_s + s(what)));
    o.insert(u"read_from"_s, from);
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
