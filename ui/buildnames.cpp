#include "ui/buildnames.h"

#include <QCoreApplication>

namespace hwui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("hwui", text); }
QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

QString buildDisplayName(const hw::Build &b, bool withModel)
{
    QString hardware;
    if (b.gpu && b.gpu->unified)
        hardware = b.nodes > 1 ? tr("%1 × %2").arg(b.nodes).arg(q(b.gpu->name)) : q(b.gpu->name);
    else if (b.gpu)
        hardware = tr("%1 × %2 × %3").arg(b.nodes).arg(b.gpusPerNode).arg(q(b.gpu->name));
    else
        hardware = tr("CPU only");
    if (b.cpu && !(b.gpu && b.gpu->unified))
        hardware = tr("%1, %2 × %3").arg(hardware).arg(b.sockets).arg(q(b.cpu->name));
    const QString serving = tr("%1 on %2, %3").arg(q(b.quant.name.empty() ? b.quant.id : b.quant.name), q(b.runtime.name.empty() ? b.runtime.id : b.runtime.name), hardware);
    return withModel ? tr("%1, %2").arg(q(b.model.name.empty() ? b.model.id : b.model.name), serving) : serving;
}

QString buildClassName(hw::BuildClass c)
{
    switch (c) {
    case hw::BuildClass::Workstation:
        return tr("workstation");
    case hw::BuildClass::Server:
        return tr("server");
    case hw::BuildClass::Cluster:
        return tr("cluster");
    }
    return {};
}

QString buildClassName(const QString &id)
{
    if (id == u"server")
        return buildClassName(hw::BuildClass::Server);
    if (id == u"cluster")
        return buildClassName(hw::BuildClass::Cluster);
    return buildClassName(hw::BuildClass::Workstation);
}

QString qualityClassName(hw::QualityClass c)
{
    switch (c) {
    case hw::QualityClass::Full:
        return tr("full model");
    case hw::QualityClass::Quant:
        return tr("quantised");
    case hw::QualityClass::Distill:
        return tr("distilled");
    }
    return {};
}

} // namespace hwui
