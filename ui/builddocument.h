#pragma once

// One build being edited: the build-file JSON, its file, and the undo stack every edit goes through.
// Validation is the CLI's: the document resolves against the catalog with hwdb::parseBuild, so an
// invalid value comes back with the JSON path of its field.

#include "db/buildfile.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

namespace hwui {

class BuildDocument final : public QObject
{
    Q_OBJECT

public:
    explicit BuildDocument(QObject *parent = nullptr);
    ~BuildDocument() override;
    Q_DISABLE_COPY_MOVE(BuildDocument)

    // A sensible first build: DeepSeek R1 Q4_K_M with KTransformers on one RTX 4090 and a Xeon 6454S.
    static QJsonObject defaultBuild();

    const QJsonObject &json() const { return m_json; }
    QJsonValue value(const QString &path) const;
    // Sets one field ("gpu.count"; an undefined value removes it) as an undoable edit.
    void setValue(const QString &path, const QJsonValue &value, const QString &description = QString());
    // Replaces the whole build as one undoable edit (a build picked on a chart, a pinned build).
    void replace(const QJsonObject &json, const QString &description);

    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    QString filePath() const { return m_path; }
    QString displayName() const;

    void newBuild();
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error);

    // The build this document describes, or the first invalid field.
    bool resolve(const hw::Catalog &catalog, hw::Build *build, hwdb::BuildError *error) const;

    static QJsonObject withValue(QJsonObject root, const QString &path, const QJsonValue &value);

signals:
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class SetJsonCommand;
    void apply(const QJsonObject &json);

    QJsonObject m_json;
    QString m_path;
    QUndoStack m_undo;
};

} // namespace hwui
