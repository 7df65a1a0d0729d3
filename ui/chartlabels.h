#pragma once

// Axis labels people read: amounts in the locale's own units (万 and 亿 in Chinese, digit grouping in
// English) at 1-2-5 steps, and those steps for a log axis that Qt Charts labels only with printf.

#include <QList>
#include <QString>

class QCategoryAxis;
class QLocale;

namespace hwui {

// 1500000 -> "150万" (Chinese), "1,500,000" (other locales); at most 3 significant digits.
QString compactAmount(double value, const QLocale &locale);
// The 1-2-5 values (1, 2, 5, 10, 20, ...) within [lo, hi].
QList<double> oneTwoFiveSteps(double lo, double hi);
// Labels a log10 scale: the axis spans [log10(lo), log10(hi)] and carries a label at each 1-2-5 value,
// so it lines up with a QLogValueAxis (base 10) over [lo, hi] drawn beside it.
void labelLogAmounts(QCategoryAxis *axis, double lo, double hi, const QLocale &locale);

} // namespace hwui
