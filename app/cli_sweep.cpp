// hwplanner sweep: its own parser, so an option another subcommand takes is an error here, not ignored.

#include "app/cli_sweep.h"
#include "app/cli.h"

#include "db/appsettings.h"
#include "db/buildfile.h"
#include "db/catalogdb.h"
#include "db/resultjson.h"
#include "model/cost.h"
#include "model/estimator.h"
#include "model/sweep.h"
#include "ui/buildnames.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace hwapp {

namespace {

QString money(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

int usageError(QTextStream &err)
{
    err << "usage: " << sweepUsage();
    return 2;
}

// The filters in one line, as the reader set them.
QString filterLine(const hw::Catalog &catalog, const hw::SweepTarget &target)
{
    QStringList parts;
    if (target.qualities != 0) {
        QStringList classes;
        for (hw::QualityClass c : {hw::QualityClass::Full, hw::QualityClass::Quant, hw::QualityClass::Distill})
            if (target.qualities & unsigned(c))
                classes << QString::fromLatin1(hw::qualityClassId(c));
        parts << u"quality "_s + classes.join(u", "_s);
    }
    if (target.newOnly)
        parts << u"new parts only"_s;
    if (!target.vendorGroup.empty())
        parts << u"vendor "_s + QString::fromStdString(target.vendorGroup);
    if (!target.runtimeIds.empty()) {
        QStringList ids;
        for (const std::string &id : target.runtimeIds) {
            const hw::RuntimeSpec *rt = catalog.runtime(id);
            ids << QString::fromStdString(rt && !rt->name.empty() ? rt->name : id);
        }
        parts << u"runtime "_s + ids.join(u", "_s);
    }
    if (target.budget > 0)
        parts << u"budget "_s + money(target.budget) + u" CNY"_s;
    return parts.isEmpty() ? u"none"_s : parts.join(u"; "_s);
}

// What the catalog says of the build's quality: of the model when it is a distilled one, else of its weights.
std::string qualityNote(const hw::Build &b, hw::QualityClass quality)
{
    return quality == hw::QualityClass::Distill || b.quant.qualityNote.empty() ? b.model.qualityNote : b.quant.qualityNote;
}

int report(const hw::Catalog &catalog, const hw::SweepTarget &target, bool json)
{
    QTextStream out(stdout);
    const hw::CostSettings settings = hwdb::costSettings();
    const auto prices = hwdb::makePriceBook(catalog, settings);
    const auto start = std::chrono::steady_clock::now();
    const hw::SweepResult r = hw::sweep(catalog, target, *prices, settings);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const bool withModel = target.modelIds.size() != 1;

    const auto item = [&](std::size_t index, bool reason) {
        hw::Build b = hw::sweepBuild(catalog, target, r.points[index]);
        b.name = hwui::buildDisplayName(b, withModel).toStdString(); // as the sweep page's table names it
        const hw::Estimate e = hw::estimate(b, hw::Detail::Figures);
        const hw::CostResult cost = hw::costOf(b, e, *prices, settings);
        const hw::QualityClass quality = hw::qualityClass(b.model, b.quant);
        const QString qualityId = QString::fromLatin1(hw::qualityClassId(quality));
        QJsonObject result = hwdb::estimateToJson(b, e, &cost);
        result.remove(u"explanation"_s);
        result.remove(u"explanation_messages"_s);
        QJsonObject o{{u"build"_s, hwdb::buildToJson(b)}, {u"result"_s, result}, {u"quality"_s, qualityId}};
        if (reason)
            o.insert(u"reason"_s, u"%1 users at %2 tok/s each (>= %3), %4 tok/s aggregate, capex %5 CNY%6; %7: %8"_s.arg(target.users)
                                      .arg(e.decodePerUser, 0, 'f', 1).arg(target.minTpsPerUser).arg(e.decodeAggregate, 0, 'f', 0)
                                      .arg(money(cost.capex), target.budget > 0 ? u" within the %1 budget"_s.arg(money(target.budget)) : QString(),
                                           qualityId, QString::fromStdString(qualityNote(b, quality))));
        return o;
    };
    // With a budget, the frontier stops at it: a point within the budget is dominated only by cheaper
    // points, so the frontier's part within the budget is the frontier of the builds within it.
    const auto inBudget = [&](std::size_t i) { return target.budget <= 0 || r.points[i].capex <= target.budget; };
    QJsonArray frontier, frontierPerUser, recommended, unpriced;
    for (std::size_t i : r.frontierAggregate)
        if (inBudget(i))
            frontier.append(item(i, false));
    for (std::size_t i : r.frontierPerUser)
        if (inBudget(i))
            frontierPerUser.append(item(i, false));
    for (std::size_t i : r.recommended)
        recommended.append(item(i, true));
    for (std::size_t i : r.unpricedFeasible) {
        QJsonObject o = item(i, false);
        o.insert(u"reason"_s, QString(u"meets the target but is left out of the cost ranking: no price for "_s
                                  + o.value(u"result"_s).toObject().value(u"cost"_s).toObject().value(u"missing_prices"_s).toVariant().toStringList().join(u", "_s)));
        unpriced.append(o);
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"evaluated"_s, qint64(r.evaluated)}, {u"feasible"_s, qint64(r.feasible)},
                                                           {u"seconds"_s, seconds}, {u"frontier"_s, frontier}, {u"frontier_per_user"_s, frontierPerUser},
                                                           {u"recommended"_s, recommended}, {u"unpriced"_s, unpriced}})
                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    const auto name = [](const QJsonValue &v) { return v.toObject().value(u"build"_s).toObject().value(u"name"_s).toString(); };
    const auto number = [](const QJsonValue &v, const QString &group, const QString &key) {
        return v.toObject().value(u"result"_s).toObject().value(group).toObject().value(key);
    };
    out << "Evaluated " << r.evaluated << " builds in " << QString::number(seconds, 'f', 3) << " s; " << r.feasible << " meet "
        << target.users << " users at >= " << target.minTpsPerUser << " tok/s each.\n";
    out << "Filters: " << filterLine(catalog, target) << ".\n";
    out << "\nCheapest builds that meet the target" << (target.budget > 0 ? " within budget" : "") << ":\n";
    if (recommended.isEmpty())
        out << "  none with every part priced" << (target.budget > 0 ? " within the budget" : "") << ".\n";
    else
        out << "  " << u"#"_s.rightJustified(3) << u"capex CNY"_s.rightJustified(13) << u"tok/s/user"_s.rightJustified(12)
            << u"aggregate"_s.rightJustified(11) << u"users"_s.rightJustified(7) << u"CNY/user"_s.rightJustified(11) << "  "
            << u"quality"_s.leftJustified(8) << "build\n";
    int rank = 0;
    for (const QJsonValue &v : recommended) {
        const QJsonValue perUser = number(v, u"cost"_s, u"per_user"_s);
        out << "  " << QString::number(++rank).rightJustified(3) << money(number(v, u"cost"_s, u"capex"_s).toDouble()).rightJustified(13)
            << QString::number(number(v, u"decode_tps"_s, u"per_user"_s).toDouble(), 'f', 1).rightJustified(12)
            << QString::number(number(v, u"decode_tps"_s, u"aggregate"_s).toDouble(), 'f', 0).rightJustified(11)
            << QString::number(v.toObject().value(u"result"_s).toObject().value(u"max_users"_s).toInt()).rightJustified(7)
            << (perUser.isDouble() ? money(perUser.toDouble()) : u"-"_s).rightJustified(11) << "  "
            << v.toObject().value(u"quality"_s).toString().leftJustified(8) << name(v) << "\n"
            << "       " << v.toObject().value(u"reason"_s).toString() << "\n";
    }
    if (!unpriced.isEmpty()) {
        out << "\nAlso meet the target, but some part has no price (left out of the ranking):\n";
        for (const QJsonValue &v : unpriced)
            out << "  - " << name(v) << " (" << v.toObject().value(u"quality"_s).toString() << "): " << v.toObject().value(u"reason"_s).toString() << "\n";
    }
    out << "\nPareto frontier, capex vs aggregate tok/s at " << target.users << " users" << (target.budget > 0 ? " (within the budget)" : "") << ":\n";
    for (const QJsonValue &v : frontier)
        out << "  " << money(number(v, u"cost"_s, u"capex"_s).toDouble()).rightJustified(12) << " CNY  "
            << QString::number(number(v, u"decode_tps"_s, u"aggregate"_s).toDouble(), 'f', 1).rightJustified(9) << " tok/s  "
            << v.toObject().value(u"quality"_s).toString().leftJustified(8) << name(v) << "\n";
    return 0;
}

} // namespace

QString sweepUsage()
{
    return u"hwplanner sweep --model ID[,ID|all] [--quant Q[,Q]] [--runtime R[,R]] --users N --min-tps X\n"
           "                       [--context T] [--budget CNY] [--quality full,quant,distill] [--new-only]\n"
           "                       [--vendor NVIDIA|AMD|Apple|Intel|domestic] [--top K] [--json] [--catalog FILE|URL]\n"_s;
}

int runSweepCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file, or a postgresql:// URL."_s, u"FILE|URL"_s);
    const QCommandLineOption model(u"model"_s, u"Model id(s), comma separated, or all."_s, u"ID"_s);
    const QCommandLineOption quant(u"quant"_s, u"Quant id(s), comma separated."_s, u"ID"_s);
    const QCommandLineOption runtime(u"runtime"_s, u"Runtime id(s), comma separated."_s, u"ID"_s);
    const QCommandLineOption users(u"users"_s, u"Concurrent users."_s, u"N"_s);
    const QCommandLineOption minTps(u"min-tps"_s, u"Tokens/s each user must get."_s, u"X"_s, u"6"_s);
    const QCommandLineOption context(u"context"_s, u"Context tokens per user."_s, u"T"_s, u"8192"_s);
    const QCommandLineOption budget(u"budget"_s, u"Most capex allowed."_s, u"AMOUNT"_s);
    const QCommandLineOption top(u"top"_s, u"How many builds to recommend."_s, u"K"_s, u"10"_s);
    const QCommandLineOption quality(u"quality"_s, u"Quality classes, comma separated: full, quant, distill."_s, u"CLASS"_s);
    const QCommandLineOption newOnly(u"new-only"_s, u"New parts only: no used prices, no memory-modified cards."_s);
    const QCommandLineOption vendor(u"vendor"_s, u"Accelerator vendor group: NVIDIA, AMD, Apple, Intel or domestic."_s, u"GROUP"_s);
    parser.addOptions({json, catalogPath, model, quant, runtime, users, minTps, context, budget, top, quality, newOnly, vendor});
    if (!parser.parse(QStringList{u"hwplanner sweep"_s} + args)) {
        err << "hwplanner sweep: " << parser.errorText() << "\n";
        return usageError(err);
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "hwplanner sweep: takes no arguments, got " << parser.positionalArguments().join(u' ') << "\n";
        return usageError(err);
    }
    QString problem;
    if (!parser.isSet(users))
        problem = u"--users is required"_s;
    const auto bounded = [&](const QCommandLineOption &o, double min, double max, bool whole, double *value) {
        readBoundedOption(parser, o, min, max, whole, value, &problem);
    };
    hw::SweepTarget target;
    hw::SweepFilters filters;
    double usersValue = 0, contextValue = 8192, topValue = 10;
    bounded(users, 1, 100000, true, &usersValue);
    bounded(minTps, 0.01, 10000, false, &target.minTpsPerUser);
    bounded(context, 1, 10000000, true, &contextValue);
    bounded(top, 1, 1000, true, &topValue);
    bounded(budget, 0, 1e12, false, &filters.budget);
    for (const QString &word : parser.value(quality).split(u',', Qt::SkipEmptyParts)) {
        hw::QualityClass c;
        if (!problem.isEmpty())
            break;
        if (hw::parseQualityClass(word.trimmed().toStdString(), &c))
            filters.qualities |= unsigned(c);
        else
            problem = u"--quality: unknown class '%1' (full, quant, distill)"_s.arg(word);
    }
    if (problem.isEmpty() && parser.isSet(quality) && filters.qualities == 0)
        problem = u"--quality: name at least one class (full, quant, distill)"_s;
    if (problem.isEmpty() && parser.isSet(vendor)) {
        const auto &groups = hw::vendorGroups();
        const auto found = std::find_if(groups.begin(), groups.end(), [&](const std::string &g) {
            return QString::fromStdString(g).compare(parser.value(vendor).trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (found == groups.end()) {
            QStringList names;
            for (const std::string &g : groups)
                names << QString::fromStdString(g);
            problem = u"--vendor: unknown group '%1' (%2)"_s.arg(parser.value(vendor), names.join(u", "_s));
        } else {
            filters.vendorGroup = *found;
        }
    }
    filters.newOnly = parser.isSet(newOnly);
    if (problem.isEmpty())
        hwdb::checkSettings(&problem); // a settings file holding numbers outside their ranges is refused
    if (!problem.isEmpty()) {
        err << "hwplanner sweep: " << problem << "\n";
        return 2;
    }
    if (!parser.isSet(model)) {
        err << "hwplanner sweep: --model is required (an id, a comma list, or all)\n";
        return usageError(err);
    }
    target.users = int(usersValue);
    target.context = int(contextValue);
    target.top = int(topValue);
    hw::Catalog catalog;
    if (!openCatalog(parser.value(catalogPath), &catalog))
        return 1;
    const auto ids = [&](const QCommandLineOption &o, const std::vector<std::string> &known, const char *what, std::vector<std::string> *into) {
        for (const QString &id : parser.value(o).split(u',', Qt::SkipEmptyParts)) {
            const std::string s = hw::normaliseId(id.trimmed().toStdString());
            if (s == "all")
                continue;
            std::string resolved = s;
            if (&o == &model) {
                const hw::ModelSpec *m = catalog.model(s);
                resolved = m ? m->id : std::string();
            }
            if (std::find(known.begin(), known.end(), resolved) == known.end()) {
                QStringList near;
                for (const std::string &n : hw::Catalog::closest(s, known))
                    near << QString::fromStdString(n);
                err << "hwplanner sweep: unknown " << what << " '" << id << "'; closest catalog ids: " << near.join(u", "_s) << "\n";
                return false;
            }
            into->push_back(resolved);
        }
        return true;
    };
    if (!ids(model, catalog.modelIds(), "model", &target.modelIds) || !ids(quant, catalog.quantIds(), "quant", &target.quantIds)
        || !ids(runtime, catalog.runtimeIds(), "runtime", &filters.runtimeIds))
        return 2;
    hw::applySweepFilters(catalog, filters, &target);
    return report(catalog, target, parser.isSet(json));
}

} // namespace hwapp
