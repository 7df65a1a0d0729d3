#include "ui/windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace hwui {

QSize availableSize(const QWidget *window)
{
    const QScreen *screen = window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry().size() : QSize(1366, 728);
}

void resizeToFit(QWidget *window, QSize preferred)
{
    // The frame (title bar, borders) is not part of the size set: leave room for it.
    const QSize room = availableSize(window) - QSize(16, 40);
    window->resize(preferred.boundedTo(room));
}

} // namespace hwui
