// CustomerDisplay: the window the customer reads, on a second screen facing
// them (full-screen) or as a normal window when there is only one screen.
//
// It shows a CustomerScreen and nothing else, in the customer's language
// (CustomerWords, never the agent's tr()), in large white-on-black type that
// scales with the window. It never takes the keyboard: it does not activate
// when shown and accepts no focus, so the agent keeps typing in their window.
#pragma once

#include "CustomerScreen.h"
#include "CustomerWords.h"

#include <QWidget>
#include <memory>

class QGridLayout;
class QLabel;

namespace counterdesk::ui {

class CustomerDisplay : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDisplay(QWidget* parent = nullptr);
    ~CustomerDisplay() override;

    void showScreen(const CustomerScreen& screen);
    // What it shows now (QWidget::screen() is the monitor it is on).
    const CustomerScreen& shown() const { return m_screen; }
    // The shop's name at the top (SettingKey::ShopName); empty = none.
    void setShopName(const QString& name);
    // The language of a screen whose customer has not chosen one yet (the
    // welcome between customers).
    void setDefaultLanguage(const QString& code);
    QString languageShown() const { return m_words.code(); }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // A caption and its value, one row of the details.
    struct Row
    {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
        void show(const QString& captionText, const QString& valueText) const;
        void hide() const;
    };

    QLabel* addLabel(const QString& objectName);
    Row addRow(QGridLayout* grid, const char* name);
    void render();
    void renderWelcome();
    void renderCheck();
    void renderResult();
    void renderOutcome();
    void hideDetails();
    void applyScale();
    QString say(const char* source) const;
    QString money(const std::optional<Money>& amount) const;

    CustomerScreen m_screen;
    CustomerWords m_words;
    QString m_defaultLanguage = QStringLiteral("en");
    QString m_shopName;

    QLabel* m_training = nullptr;
    QLabel* m_shop = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_subline = nullptr;
    Row m_recipient;
    Row m_bank;
    Row m_account;
    Row m_amount;
    Row m_amountWords;
    Row m_channel;
    Row m_tid;
    Row m_fee;
    Row m_balance;
    QLabel* m_note = nullptr;
};

} // namespace counterdesk::ui
