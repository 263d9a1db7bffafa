// MessageBox: every modal question or notice goes through here, for two
// reasons. The text is set as plain text (server words can never become
// markup), and tests can pre-answer the next box so no test ever blocks on
// a modal dialog (the idea of KeePassXC's MessageBox).
//
// Prefer MessageWidget (inline) for anything that does not need an answer.
#pragma once

#include <QCoreApplication>
#include <QMessageBox>

namespace counterdesk::ui {

class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::MessageBox)
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    // Cancel-like answers should be the default for anything irreversible.
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    // Tests: the next box is not shown and returns this answer. One use.
    static void setNextAnswer(Button answer);
    // Tests: the text of the last box shown or pre-answered.
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
    static void translateButtons(QMessageBox& box);
};

} // namespace counterdesk::ui
