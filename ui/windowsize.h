#pragma once

// Windows that fit the screen they open on: an office laptop has 1366 x 768, minus the task bar.

#include <QSize>

class QWidget;

namespace hwui {

// Resizes the window to `preferred`, but never beyond the available geometry of its screen (the
// primary screen before it is shown).
void resizeToFit(QWidget *window, QSize preferred);
// The available size of the window's screen.
QSize availableSize(const QWidget *window);

} // namespace hwui
