#include "MessageWidget.h"

#include "Announcement.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace counterdesk::ui {

namespace {

struct TypeLook
{
    QStyle::StandardPixmap icon;
    const char* background;
    const char* border;
};

// Dark text on light tints: contrast stays above 7:1 for every type.
TypeLook lookOf(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Information:
        return {QStyle::SP_MessageBoxInformation, "#e3f0fc", "#1f5f99"};
    case MessageWidget::Type::Positive:
        return {QStyle::SP_DialogApplyButton, "#e2f4e4", "#1e6b2a"};
    case MessageWidget::Type::Warning:
        return {QStyle::SP_MessageBoxWarning, "#fff3cd", "#8a5a00"};
    case MessageWidget::Type::Error:
        return {QStyle::SP_MessageBoxCritical, "#fbe3e3", "#a11b1b"};
    }
    return {QStyle::SP_MessageBoxInformation, "#e3f0fc", "#1f5f99"};
}

} // namespace

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));

    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &MessageWidget::hideMessage);

    retranslateUi();
    applyType();
    hide();
}

void MessageWidget::showMessage(const QString& text, Type type)
{
    m_type = type;
    applyType();
    show(); // first: a screen reader skips what is not shown
    setAnnounced(m_text, text);
    retranslateUi();
}

void MessageWidget::hideMessage()
{
    m_text->clear();
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void MessageWidget::applyType()
{
    const TypeLook look = lookOf(m_type);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) * 2 / 3;
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(size, size));
    setStyleSheet(
        QStringLiteral("#messageWidget { background: %1; border: 2px solid %2; border-radius: 4px; }"
                       "#messageText { color: #111111; }")
            .arg(QLatin1String(look.background), QLatin1String(look.border)));
}

void MessageWidget::retranslateUi()
{
    QString kind;
    switch (m_type) {
    case Type::Information:
        kind = tr("Information");
        break;
    case Type::Positive:
        kind = tr("Done");
        break;
    case Type::Warning:
        kind = tr("Warning");
        break;
    case Type::Error:
        kind = tr("Error");
        break;
    }
    m_icon->setAccessibleName(kind);
    setAccessibleName(kind);
    setAccessibleDescription(m_text->text());
    m_text->setAccessibleName(tr("Message"));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
}

} // namespace counterdesk::ui
