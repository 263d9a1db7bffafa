// CustomerPhonePanel: in training mode there is no real customer phone, so
// the SMS the sandbox "sends" appear here, newest first, for the agent to
// read out and type like a customer's OTP.
#pragma once

#include <QDateTime>
#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace counterdesk::ui {

class CustomerPhonePanel : public QDockWidget
{
    Q_OBJECT
public:
    // The OTP first: it is what the agent reads out, and it must never be
    // the column a narrow dock cuts off.
    enum Column { OtpColumn, MobileColumn, TimeColumn, PurposeColumn, ColumnCount };

    explicit CustomerPhonePanel(QWidget* parent = nullptr);

    // purpose is the sandbox's word ("sender", "transaction",
    // "recipient_bank", "refund"); it is shown in the agent's language.
    void addOtp(const QString& mobile, const QString& otp, const QString& purpose, const QDateTime& when);
    void clear();
    int messageCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    static QString purposeText(const QString& purpose);

    QLabel* m_intro;
    QTreeWidget* m_messages;
    QPushButton* m_clearButton;
};

} // namespace counterdesk::ui
