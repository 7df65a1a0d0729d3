#include "ui/chartlabels.h"

#include <QCategoryAxis>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hwui {

QString compactAmount(double v, const QLocale &l)
{
    const auto digits = [&l](double x) { return l.toString(x, 'f', QLocale::FloatingPointShortest); }; // 1000万, not 1E+03万
    if (l.language() == QLocale::Chinese) {
        if (std::abs(v) >= 1e8)
            return digits(v / 1e8) + u"亿"_s;
        if (std::abs(v) >= 1e4)
            return digits(v / 1e4) + u"万"_s;
        return l.toString(v, 'f', 0);
    }
    return l.toString(v, 'f', 0);
}

QList<double> oneTwoFiveSteps(double lo, double hi)
{
    QList<double> out;
    if (!(lo > 0) || !(hi >= lo))
        return out;
    for (double decade = std::pow(10.0, std::floor(std::log10(lo))); decade <= hi; decade *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (m * decade >= lo * (1 - 1e-9) && m * decade <= hi * (1 + 1e-9))
                out << m * decade;
    return out;
}

void labelLogAmounts(QCategoryAxis *axis, double lo, double hi, const QLocale &locale)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setRange(std::log10(lo), std::log10(hi));
    axis->setStartValue(std::log10(lo));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QList<double> steps = oneTwoFiveSteps(lo, hi);
    // A wide range: 1-5 steps, then decades only, so that the labels do not collide.
    for (double keep : {5.0, 1.0}) {
        if (steps.size() <= 9)
            break;
        QList<double> fewer;
        for (double s : steps) {
            const double mantissa = s / std::pow(10.0, std::floor(std::log10(s) + 1e-9));
            if (std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - keep) < 1e-6)
                fewer << s;
        }
        steps = fewer;
    }
    for (double s : steps)
        axis->append(compactAmount(s, locale), std::log10(s));
}

} // namespace hwui
