#include "db/safeio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

QString kindOf(const QFileInfo &info)
{
    if (info.isDir())
        return u"a folder"_s;
    if (info.isFile())
        return u"a file"_s;
    return u"a device, FIFO or socket"_s;
}

} // namespace

bool parseBoundedNumber(const QString &text, double min, double max, bool whole, double *value, QString *why)
{
    bool ok = false;
    const QString raw = text.trimmed();
    const double v = raw.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max || (whole && v != std::floor(v))) {
        *why = u"\"%1\" is not %2 from %3 to %4"_s.arg(raw.left(40).simplified(), whole ? u"a whole number"_s : u"a number"_s, QString::number(min, 'g', 12),
                                                      QString::number(max, 'g', 12));
        return false;
    }
    *value = v;
    return true;
}

bool readInputFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = u"%1: cannot read: no such file"_s.arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = u"%1: not a regular file (%2)"_s.arg(path, kindOf(info));
        return false;
    }
    if (info.size() > maxBytes) {
        *error = u"%1: %2 bytes, more than the %3 bytes this input may have"_s.arg(path).arg(info.size()).arg(maxBytes);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, f.errorString());
        return false;
    }
    *bytes = f.read(maxBytes + 1); // the file may grow after the check
    if (bytes->size() > maxBytes) {
        *error = u"%1: more than the %2 bytes this input may have"_s.arg(path).arg(maxBytes);
        return false;
    }
    if (f.error() != QFileDevice::NoError) {
        *error = u"%1: cannot read: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

bool checkOutputPath(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = u"no file name given"_s;
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = u"%1: cannot write: it is %2, not a regular file"_s.arg(path, kindOf(info));
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        *error = u"%1: cannot write: the folder %2 does not exist"_s.arg(path, info.absolutePath());
        return false;
    }
    if (!folder.isWritable()) {
        *error = u"%1: cannot write: the folder %2 is not writable"_s.arg(path, info.absolutePath());
        return false;
    }
    return true;
}

bool makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool makePrivateFolder(const QString &path, QString *error)
{
    // The folders this call creates, outermost first: only those are restricted, never /tmp or $HOME.
    QStringList created;
    for (QString folder = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(folder); folder = QFileInfo(folder).absolutePath()) {
        created.prepend(folder);
        if (folder == QFileInfo(folder).absolutePath())
            break; // the root
    }
    for (const QString &folder : std::as_const(created)) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir()) {
            *error = u"cannot create folder %1"_s.arg(folder);
            return false;
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!checkOutputPath(path, error))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

QString csvCell(const QString &text)
{
    static const QRegularExpression number(u"^[+-]?[0-9]+(\\.[0-9]+)?$"_s);
    QString s = text;
    const QString folded = text.left(8).normalized(QString::NormalizationForm_KC);
    if (!folded.isEmpty() && !number.match(text).hasMatch()) {
        const QChar first = folded.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            s.prepend(u'\'');
    }
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r') || s.contains(u'\t'))
        return u'"' + s.replace(u"\""_s, u"\"\""_s) + u'"';
    return s;
}

} // namespace hwdb
