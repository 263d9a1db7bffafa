// MessageWidget: the inline banner at the top of a page, for anything the
// agent should notice but need not dismiss first (KeePassXC's MessageWidget
// idea, written for CounterDesk).
//
// Text is ALWAYS plain text: messages may carry words from a server (Eko's
// own message under ours), and a QLabel left on Qt::AutoText would render
// "<b>" or "<a href>" from such text as markup.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace counterdesk::ui {

class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    // Each type has its own icon and colour AND its own word in the
    // accessible description, so meaning never rests on colour alone.
    enum class Type {
        Information,
        Positive,
        Warning,
        Error,
    };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget* parent = nullptr);

    void showMessage(const QString& text, Type type);
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyType();
    void retranslateUi();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_closeButton;
    Type m_type = Type::Information;
};

} // namespace counterdesk::ui
