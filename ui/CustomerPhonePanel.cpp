#include "CustomerPhonePanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {
// The sandbox's purpose word is kept on the row so the purpose can be
// reworded when the language changes.
constexpr int PurposeRole = Qt::UserRole + 1;
} // namespace

CustomerPhonePanel::CustomerPhonePanel(QWidget* parent)
    : QDockWidget(parent)
    , m_intro(new QLabel)
    , m_messages(new QTreeWidget)
    , m_clearButton(new QPushButton)
{
    setObjectName(QStringLiteral("customerPhoneDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    m_intro->setObjectName(QStringLiteral("customerPhoneIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_messages->setObjectName(QStringLiteral("customerPhoneMessages"));
    m_messages->setColumnCount(ColumnCount);
    m_messages->setRootIsDecorated(false);
    m_messages->setAlternatingRowColors(true);
    m_messages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_messages->header()->setStretchLastSection(true);

    m_clearButton->setObjectName(QStringLiteral("customerPhoneClearButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &CustomerPhonePanel::clear);

    auto* content = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addWidget(m_messages, 1);
    layout->addLayout(buttons);
    setWidget(content);

    retranslateUi();
}

void CustomerPhonePanel::addOtp(const QString& mobile, const QString& otp, const QString& purpose,
                                const QDateTime& when)
{
    auto* item = new QTreeWidgetItem;
    item->setText(TimeColumn, when.time().toString(QStringLiteral("HH:mm")));
    item->setText(MobileColumn, mobile);
    item->setData(PurposeColumn, PurposeRole, purpose);
    item->setText(PurposeColumn, purposeText(purpose));
    item->setText(OtpColumn, otp);
    // The OTP is what the agent reads out: make it stand out.
    QFont otpFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    otpFont.setPointSizeF(m_messages->font().pointSizeF() * 1.3);
    otpFont.setBold(true);
    item->setFont(OtpColumn, otpFont);
    m_messages->insertTopLevelItem(0, item);
    m_messages->setCurrentItem(item);
}

void CustomerPhonePanel::clear()
{
    m_messages->clear();
}

int CustomerPhonePanel::messageCount() const
{
    return m_messages->topLevelItemCount();
}

void CustomerPhonePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDockWidget::changeEvent(event);
}

void CustomerPhonePanel::retranslateUi()
{
    setWindowTitle(tr("Customer phone"));
    m_intro->setText(tr("Training: the SMS the customer would receive appear here."));
    m_messages->setHeaderLabels({tr("OTP"), tr("Mobile"), tr("Time"), tr("Purpose")});
    m_messages->setAccessibleName(tr("Messages on the customer's phone"));
    m_clearButton->setText(tr("Clea&r"));
    m_clearButton->setAccessibleName(tr("Clear messages"));
    for (int i = 0; i < m_messages->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_messages->topLevelItem(i);
        item->setText(PurposeColumn, purposeText(item->data(PurposeColumn, PurposeRole).toString()));
    }
}

QString CustomerPhonePanel::purposeText(const QString& purpose)
{
    if (purpose == QLatin1String("sender")) {
        return tr("Verify customer");
    }
    if (purpose == QLatin1String("transaction")) {
        return tr("Confirm transfer");
    }
    if (purpose == QLatin1String("recipient_bank")) {
        return tr("Register recipient bank account");
    }
    if (purpose == QLatin1String("refund")) {
        return tr("Refund");
    }
    // A purpose the sandbox added later: show its own word, not nothing.
    return purpose;
}

} // namespace counterdesk::ui
