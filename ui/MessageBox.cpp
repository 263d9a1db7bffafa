#include "MessageBox.h"

#include <QAbstractButton>

namespace counterdesk::ui {

namespace {
// Test hooks only: the GUI thread is the only one that ever shows a box.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
} // namespace

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                           Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    translateButtons(box);
    return static_cast<Button>(box.exec());
}

// Qt's own button words come from qtbase_<lang>.qm, which Debian does not
// ship for Hindi; wording them here keeps a Hindi box fully Hindi.
void MessageBox::translateButtons(QMessageBox& box)
{
    const struct
    {
        QMessageBox::StandardButton button;
        QString text;
    } words[] = {
        {QMessageBox::Ok, tr("OK")}, {QMessageBox::Cancel, tr("Cancel")}, {QMessageBox::Yes, tr("Yes")},
        {QMessageBox::No, tr("No")}, {QMessageBox::Close, tr("Close")},   {QMessageBox::Retry, tr("Retry")},
    };
    for (const auto& word : words) {
        if (QAbstractButton* button = box.button(word.button)) {
            button->setText(word.text);
        }
    }
}

} // namespace counterdesk::ui
