#include "ui/builddocument.h"

#include "db/appsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace hwui {

// An edit: the document before and after. Edits of the same field in a row merge into one step.
class SetJsonCommand final : public QUndoCommand
{
public:
    SetJsonCommand(BuildDocument *doc, QJsonObject before, QJsonObject after, const QString &text, const QString &field)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)), m_field(field)
    {
    }
    void undo() override { m_doc->apply(m_before); }
    void redo() override { m_doc->apply(m_after); }
    int id() const override { return m_field.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetJsonCommand *>(other);
        if (o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    BuildDocument *m_doc;
    QJsonObject m_before, m_after;
    QString m_field;
};

BuildDocument::BuildDocument(QObject *parent)
    : QObject(parent)
    , m_json(defaultBuild())
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

BuildDocument::~BuildDocument()
{
    // Clearing the stack on destruction emits cleanChanged: nobody may hear it from a dying document
    // (its parent window is already half destroyed).
    m_undo.disconnect(this);
}

QJsonObject BuildDocument::defaultBuild()
{
    return QJsonObject{
        {u"format"_s, QLatin1StringView(hwdb::kBuildFormat)},
        {u"model"_s, u"deepseek-r1"_s},
        {u"quant"_s, u"q4_k_m"_s},
        {u"runtime"_s, u"ktransformers"_s},
        {u"nodes"_s, 1},
        {u"gpu"_s, QJsonObject{{u"id"_s, u"rtx-4090"_s}, {u"count"_s, 1}}},
        {u"cpu"_s, QJsonObject{{u"id"_s, u"xeon-6454s"_s}, {u"sockets"_s, 1}}},
        {u"ram"_s, QJsonObject{{u"gb"_s, 512}}},
        {u"workload"_s, QJsonObject{{u"users"_s, 1}, {u"context"_s, 8192}, {u"prompt_tokens"_s, 512}, {u"output_tokens"_s, 1024},
                                     {u"min_tps_per_user"_s, hwdb::settings::targetTps.value()}}},
    };
}

QJsonValue BuildDocument::value(const QString &path) const
{
    QJsonValue v = m_json;
    for (const QString &part : path.split(u'.'))
        v = v.toObject().value(part);
    return v;
}

QJsonObject BuildDocument::withValue(QJsonObject root, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            root.remove(path);
        else
            root.insert(path, value);
        return root;
    }
    const QString head = path.left(dot);
    const QJsonObject child = withValue(root.value(head).toObject(), path.mid(dot + 1), value);
    if (child.isEmpty())
        root.remove(head);
    else
        root.insert(head, child);
    return root;
}

void BuildDocument::setValue(const QString &path, const QJsonValue &value, const QString &description)
{
    const QJsonObject after = withValue(m_json, path, value);
    if (after == m_json)
        return;
    m_undo.push(new SetJsonCommand(this, m_json, after, description.isEmpty() ? tr("Change %1").arg(path) : description, path));
}

void BuildDocument::replace(const QJsonObject &json, const QString &description)
{
    if (json == m_json)
        return;
    m_undo.push(new SetJsonCommand(this, m_json, json, description, QString()));
}

void BuildDocument::apply(const QJsonObject &json)
{
    m_json = json;
    emit changed();
}

QString BuildDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled build") : QFileInfo(m_path).fileName();
}

void BuildDocument::newBuild()
{
    m_undo.clear();
    m_path.clear();
    apply(defaultBuild());
    emit filePathChanged(m_path);
    emit modifiedChanged(false);
}

bool BuildDocument::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError parse;
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (doc.isNull() || !doc.isObject()) {
        const int line = int(bytes.left(parse.offset).count('\n')) + 1;
        *error = tr("%1:%2: not a build file: %3").arg(path).arg(line).arg(doc.isNull() ? parse.errorString() : tr("expected a JSON object"));
        return false;
    }
    const QString format = doc.object().value(u"format"_s).toString();
    if (format != QLatin1StringView(hwdb::kBuildFormat)) {
        *error = tr("%1: field 'format': \"%2\" is not %3; a newer hwplanner may have written it").arg(path, format, QLatin1StringView(hwdb::kBuildFormat));
        return false;
    }
    m_undo.clear();
    m_path = path;
    apply(doc.object());
    emit filePathChanged(m_path);
    emit modifiedChanged(false);
    return true;
}

bool BuildDocument::save(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(m_json).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    m_path = path;
    m_undo.setClean();
    emit filePathChanged(m_path);
    return true;
}

bool BuildDocument::resolve(const hw::Catalog &catalog, hw::Build *build, hwdb::BuildError *error) const
{
    return hwdb::parseBuild(QJsonDocument(m_json).toJson(QJsonDocument::Compact), displayName(), catalog, build, error);
}

} // namespace hwui
