#include "ui/claimmodels.h"

#include "ui/catalogtext.h"
#include "ui/resultmodels.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>

namespace hwui {

namespace {

QColor statusColour(const std::string &s)
{
    if (s == "pass" || s == "ok")
        return QColor(0xc8, 0xe6, 0xc9);
    if (s == "warn" || s == "warning" || s == "unverifiable")
        return QColor(0xff, 0xec, 0xb3);
    if (s == "optimistic")
        return QColor(0xff, 0xcc, 0x80);
    return QColor(0xff, 0xcd, 0xd2); // fail, impossible
}

} // namespace

QString ruleName(const std::string &id)
{
    if (id == "model-identity")
        return ChecklistModel::tr("1. Which model exactly");
    if (id == "hardware-and-run-mode")
        return ChecklistModel::tr("2. Hardware and run mode");
    if (id == "speed-and-concurrency")
        return ChecklistModel::tr("3. Speed at the real concurrency");
    if (id == "new-and-warranty")
        return ChecklistModel::tr("4. New parts and warranty");
    return QString::fromStdString(id);
}

QString statusName(const std::string &s)
{
    if (s == "pass")
        return ChecklistModel::tr("pass");
    if (s == "warn")
        return ChecklistModel::tr("warn");
    if (s == "fail")
        return ChecklistModel::tr("fail");
    if (s == "ok")
        return FindingsModel::tr("ok");
    if (s == "warning")
        return FindingsModel::tr("warning");
    if (s == "unverifiable")
        return FindingsModel::tr("unverifiable");
    if (s == "optimistic")
        return FindingsModel::tr("optimistic");
    if (s == "impossible")
        return FindingsModel::tr("impossible");
    return QString::fromStdString(s);
}

namespace {

// Sentences joined as each language writes them: a space after Latin punctuation, none after Chinese.
QString joinSentences(const QStringList &parts)
{
    QString out;
    for (const QString &p : parts) {
        if (!out.isEmpty() && out.back().unicode() < 0x3000)
            out += u' ';
        out += p;
    }
    return out;
}

// One message in the current language; an argument that is a note of the embedded catalog is
// translated too (names and figures are not).
QString translatedOne(const char *text, const std::vector<std::string> &args)
{
    std::vector<std::string> shown;
    shown.reserve(args.size());
    for (const std::string &a : args)
        shown.push_back(catalogText(a).toStdString());
    return QString::fromStdString(hw::fill(QCoreApplication::translate("hw::Message", text).toStdString(), shown));
}

} // namespace

QString translated(const std::vector<hw::Message> &parts)
{
    QStringList out;
    for (const hw::Message &m : parts)
        out << translatedOne(m.text, m.args);
    return joinSentences(out);
}

QString translated(const QJsonArray &parts)
{
    QStringList out;
    for (const QJsonValue &v : parts) {
        std::vector<std::string> args;
        for (const QJsonValue &a : v[QStringLiteral("args")].toArray())
            args.push_back(a.toString().toStdString());
        out << translatedOne(v[QStringLiteral("text")].toString().toUtf8().constData(), args);
    }
    return joinSentences(out);
}

void ChecklistModel::setItems(std::vector<hw::ChecklistItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int ChecklistModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const hw::ChecklistItem &item = m_items[size_t(index.row())];
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case Rule:
            return ruleName(item.id);
        case Status:
            return role == RawValueRole ? QString::fromStdString(item.status) : statusName(item.status);
        case Message:
            return translated(item.parts);
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Status)
        return QBrush(statusColour(item.status));
    if (role == Qt::ToolTipRole)
        return translated(item.parts);
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Buyer checklist");
    case Status:
        return tr("Status");
    case Message:
        return tr("Why");
    }
    return {};
}

void FindingsModel::setFindings(std::vector<hw::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const hw::Finding &a, const hw::Finding &b) { return a.severity > b.severity; });
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const hw::Finding &f = m_findings[size_t(index.row())];
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case Severity:
            return role == RawValueRole ? QVariant(int(f.severity)) : QVariant(statusName(hw::severityName(f.severity)));
        case Claim:
            return translated({f.claim});
        case Computed:
            return translated(f.computed);
        case Rule: // fixed sentences: translated by their English text
            return QCoreApplication::translate("hw::Message", f.rule.c_str());
        case Ask:
            return QCoreApplication::translate("hw::Message", f.ask.c_str());
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Severity)
        return QBrush(statusColour(hw::severityName(f.severity)));
    if (role == Qt::ToolTipRole)
        return QString(QString::fromStdString(f.id) + QStringLiteral(": ") + translated(f.computed));
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Verdict");
    case Claim:
        return tr("The offer says");
    case Computed:
        return tr("The planner computes");
    case Rule:
        return tr("Rule");
    case Ask:
        return tr("Ask the vendor");
    }
    return {};
}

} // namespace hwui
