// AccessibilityAudit: what a screen reader would find nameless in a window.
// Every focusable, visible control must have an accessible name (Qt takes it
// from the control's text or its label's buddy, or setAccessibleName()), and
// a name that is only a symbol ("×", "▶", "…") does not count: a blind agent
// hears "times" and guesses.
#pragma once

#include <QAccessible>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace counterdesk::ui::testing {

inline QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// "objectName (class)" of each nameless control under `root` that is shown.
inline QStringList namelessControls(QWidget* root)
{
    static const QRegularExpression hasLetterOrDigit(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList found;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) || w->isWindow())
            continue;
        // The parts of a compound control (a spin box's line edit, a
        // scroll area's viewport) are named by their owner.
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QString name = accessibleName(w);
        name.remove(QLatin1Char('&'));
        if (!name.contains(hasLetterOrDigit))
            found << QStringLiteral("%1 (%2) \"%3\"")
                         .arg(w->objectName(), QLatin1String(w->metaObject()->className()), name);
    }
    return found;
}

} // namespace counterdesk::ui::testing
