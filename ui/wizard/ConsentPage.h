// ConsentPage: the Aadhaar e-KYC consent, on its own page before the Aadhaar
// number is asked for. The customer picks their language from Eko's list,
// the agent reads the text out (or plays Eko's recording) and ticks that the
// customer agreed; the session then writes the journal's consent record.
#pragma once

#include "TransferPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace counterdesk::ui {

class BusyPanel;
class MessageWidget;

class ConsentPage : public TransferPage
{
    Q_OBJECT
public:
    explicit ConsentPage(TransferContext& context, QWidget* parent = nullptr);

protected:
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLanguages();
    void onLanguageChosen(int index);
    void playRecording();

    MessageWidget* m_banner;
    BusyPanel* m_busy;
    QLabel* m_customer;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QPushButton* m_reload;
    QTextBrowser* m_text;
    QPushButton* m_play;
    QCheckBox* m_agreed;
    QLabel* m_hint;
};

} // namespace counterdesk::ui
