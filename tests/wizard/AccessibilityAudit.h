// AccessibilityAudit: what a screen reader would find nameless in a window,
// or named but unexplained where a name is not enough.
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

// The controls whose purpose a name cannot carry — the ones that move money,
// take a secret, or ask Eko again — must also explain themselves
// (accessibleDescription). "objectName" of each shown one that does not.
inline QStringList undescribedControls(QWidget* root)
{
    static const QStringList needADescription{QStringLiteral("mobileEdit"),
                                              QStringLiteral("senderOtpEdit"),
                                              QStringLiteral("resendSenderOtpButton"),
                                              QStringLiteral("amountEdit"),
                                              QStringLiteral("otpEdit"),
                                              QStringLiteral("resendOtpButton"),
                                              QStringLiteral("sendButton"),
                                              QStringLiteral("cancelSendButton"),
                                              QStringLiteral("checkNowButton"),
                                              QStringLiteral("refundConfirm"),
                                              QStringLiteral("refundCheck"),
                                              QStringLiteral("pinEntryField")};
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!needADescription.contains(w->objectName()) || !w->isVisibleTo(root))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Description).trimmed().isEmpty())
            found << w->objectName();
    }
    return found;
}

} // namespace counterdesk::ui::testing
