#include "RecipientPage.h"

#include "BankNameHint.h"
#include "MessageWidget.h"
#include "RecipientModel.h"
#include "domain/MobileNumber.h"
#include "money/MoneyFormatter.h"
#include "transfer/NewRecipient.h"
#include "ui_RecipientPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

RecipientPage::RecipientPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, RecipientPageId, parent)
    , m_ui(std::make_unique<Ui::RecipientPage>())
    , m_model(new RecipientModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(RecipientModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->recipientView->setModel(m_filter);
    m_ui->recipientView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->recipientView->header()->setStretchLastSection(true);

    const auto validator = [this](const QString& pattern) {
        return new QRegularExpressionValidator(QRegularExpression(pattern), this);
    };
    // Letters only, as Eko refuses digits and symbols in a name.
    m_ui->recipientNameEdit->setValidator(validator(QStringLiteral("[A-Za-z .]{0,50}")));
    m_ui->recipientMobileEdit->setValidator(validator(QStringLiteral("[0-9+ \\-]{0,20}")));
    m_ui->accountEdit->setValidator(validator(QStringLiteral("[0-9 ]{0,24}")));
    m_ui->accountAgainEdit->setValidator(validator(QStringLiteral("[0-9 ]{0,24}")));
    m_ui->ifscEdit->setValidator(validator(QStringLiteral("[A-Za-z0-9]{0,11}")));
    m_ui->bankOtpEdit->setValidator(validator(QStringLiteral("[0-9]{0,8}")));
    enlarge(m_ui->customerSummary, 110, true);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &RecipientPage::applyFilter);
    connect(m_ui->addRecipientButton, &QPushButton::clicked, this, [this] { session().beginAddRecipient(); });
    connect(m_ui->saveRecipientButton, &QPushButton::clicked, this, [this] { act(State::AddRecipient); });
    connect(m_ui->backToListButton, &QPushButton::clicked, this, [this] { session().goBack(); });
    connect(m_ui->verifyBankOtpButton, &QPushButton::clicked, this, [this] { act(State::RecipientBankOtp); });
    connect(m_ui->ifscEdit, &QLineEdit::textEdited, this, &RecipientPage::onIfscEdited);
    // A name check speaks of the name, account and IFSC it was made for: the
    // page shows it only while the form still says the same.
    for (QLineEdit* edit : {m_ui->recipientNameEdit, m_ui->accountEdit, m_ui->accountAgainEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { render(); });
    connect(m_ui->checkNameButton, &QPushButton::clicked, this, [this] {
        if (!session().isBusy())
            session().checkRecipientName(typedRecipient());
        render();
    });
    connect(m_ui->confirmNameCheck, &QCheckBox::clicked, this, [this](bool checked) {
        session().confirmBankName(checked);
        render();
    });
    connect(&session(), &transfer::TransferSession::nameCheckChanged, this, [this] { render(); });
    connect(m_ui->recipientBusy, &BusyPanel::cancelRequested, this, [this] { session().cancel(); });
    connect(&context, &TransferContext::changed, this, [this] {
        if (m_model->rowCount() != session().recipients().size())
            reloadList();
    });
    // Arrow keys in the filter field move through the list, so the agent
    // types a few letters, presses Down and Enter without leaving the field.
    m_ui->filterEdit->installEventFilter(this);
    // A double-click chooses, like Enter.
    connect(m_ui->recipientView, &QAbstractItemView::doubleClicked, this, [this] {
        if (wizard())
            wizard()->next();
    });
}

RecipientPage::~RecipientPage() = default;

bool RecipientPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_ui->recipientView->currentIndex().row();
            selectRow(key->key() == Qt::Key_Down ? row + 1 : row - 1);
            return true;
        }
    }
    return TransferPage::eventFilter(watched, event);
}

void RecipientPage::reloadList()
{
    const qint64 current = currentRecipientId();
    m_model->setRecipients(session().recipients());
    int row = 0;
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        if (m_filter->index(i, 0).data(RecipientModel::RecipientIdRole).toLongLong() == current)
            row = i;
    }
    selectRow(row);
    render();
}

void RecipientPage::applyFilter(const QString& text)
{
    m_filter->setFilterFixedString(text.trimmed());
    selectRow(0);
    render();
}

void RecipientPage::selectRow(int row)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    row = qBound(0, row, rows - 1);
    m_ui->recipientView->setCurrentIndex(m_filter->index(row, 0));
}

qint64 RecipientPage::currentRecipientId() const
{
    const QModelIndex index = m_ui->recipientView->currentIndex();
    return index.isValid() ? index.data(RecipientModel::RecipientIdRole).toLongLong() : 0;
}

void RecipientPage::onIfscEdited(const QString& text)
{
    keepUpperCase(m_ui->ifscEdit, text);
    render();
}

void RecipientPage::renderCustomer()
{
    const std::optional<eko::SenderProfile>& sender = session().sender();
    if (!sender) {
        m_ui->customerSummary->clear();
        return;
    }
    const DisplayLanguage language = context().language();
    const QString balance =
        sender->balance ? MoneyFormatter::format(*sender->balance, language) : tr("not given by Eko");
    const QString limit = sender->nextAllowedLimit
                              ? MoneyFormatter::format(*sender->nextAllowedLimit, language)
                              : tr("not given by Eko");
    //: %1 name, %2 mobile, %3 wallet balance, %4 monthly limit left
    m_ui->customerSummary->setText(tr("%1 (%2) · Wallet %3 · Monthly limit left %4")
                                       .arg(sender->name,
                                            MobileNumber::parse(session().senderMobile())
                                                .value.value_or(MobileNumber())
                                                .toDisplayString(),
                                            balance, limit));
}

// KYC was finished in this session: the new limits, or that Eko did not
// send them (Levin's 2132 may come without a profile).
QString RecipientPage::kycCompletedText() const
{
    const std::optional<eko::SenderProfile>& sender = session().sender();
    if (!sender || !sender->totalMonthlyLimit || !sender->nextAllowedLimit)
        return tr("KYC is complete. Eko did not send the new limits with its answer; they show at the "
                  "customer's next visit.");
    const DisplayLanguage language = context().language();
    //: %1 the new monthly limit, %2 what is left of it this month
    return tr("KYC is complete. New monthly limit %1; left this month %2.")
        .arg(MoneyFormatter::format(*sender->totalMonthlyLimit, language),
             MoneyFormatter::format(*sender->nextAllowedLimit, language));
}

void RecipientPage::render()
{
    const transfer::TransferSession& s = session();
    const State state = s.state();
    const bool busy = s.isBusy();
    renderProblem(m_ui->recipientBanner);
    if (s.problem().isNone() && s.kycCompleted() && state == State::Recipients)
        m_ui->recipientBanner->showMessage(kycCompletedText(), MessageWidget::Type::Positive);
    renderBusy(m_ui->recipientBusy);
    renderCustomer();

    const bool list = state == State::Recipients;
    m_ui->recipientStack->setCurrentWidget(list ? m_ui->listPage : m_ui->addPage);
    m_ui->addRecipientButton->setEnabled(!busy);
    if (m_filter->rowCount() == 0) {
        m_ui->recipientEmpty->setText(m_model->rowCount() == 0
                                          ? tr("This customer has no recipients yet. Press Alt+A to add one.")
                                          : tr("No recipient matches. Clear the filter or add a new one."));
    }
    m_ui->recipientEmpty->setVisible(m_filter->rowCount() == 0);

    // The bank OTP step may come from the form or from choosing a recipient
    // the bank has not registered yet: then only the OTP row shows.
    const bool bankOtp = state == State::RecipientBankOtp;
    auto* form = m_ui->addForm;
    int otpRow = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getLayoutPosition(m_ui->bankOtpRow, &otpRow, &role);
    for (int row = 0; row < form->rowCount(); ++row)
        form->setRowVisible(row, (row == otpRow) == bankOtp);
    renderNameCheck(busy);
    m_ui->saveRecipientButton->setEnabled(!busy);
    m_ui->verifyBankOtpButton->setEnabled(!busy);

    // The bank's name as the IFSC is typed (the offline directory), or a
    // warning to check the passbook; it never blocks Add.
    const BankNameHint::Hint hint = BankNameHint::forTyped(m_ui->ifscEdit->text());
    m_ui->bankValue->setText(hint.text);
    m_ui->bankValue->setStyleSheet(hint.warning ? QStringLiteral("color: #8a4b00;") : QString());
}

void RecipientPage::act(State state)
{
    if (session().isBusy())
        return;
    switch (state) {
    case State::Recipients:
        session().chooseRecipient(currentRecipientId());
        break;
    case State::AddRecipient:
        session().addRecipient(typedRecipient());
        break;
    case State::RecipientBankOtp:
        session().verifyRecipientBankOtp(m_ui->bankOtpEdit->text());
        m_ui->bankOtpEdit->clear();
        break;
    default:
        break;
    }
    render();
}

transfer::NewRecipient RecipientPage::typedRecipient() const
{
    transfer::NewRecipient r;
    r.name = m_ui->recipientNameEdit->text().trimmed();
    r.mobile = m_ui->recipientMobileEdit->text();
    r.account = m_ui->accountEdit->text();
    r.accountRepeated = m_ui->accountAgainEdit->text();
    r.ifsc = m_ui->ifscEdit->text(); // the session asks Eko for its bank_id
    return r;
}

// The name check row: its fee before anything is sent, then the bank's name
// beside the customer's, and the confirmation box only where they differ.
void RecipientPage::renderNameCheck(bool busy)
{
    const transfer::TransferSession& s = session();
    const DisplayLanguage language = context().language();
    const std::optional<Money> fee = s.nameCheckFee();
    m_ui->nameCheckFee->setText(
        fee ? (fee->isZero() ? tr("No fee.")
                             //: %1 is Eko's fee for one name check, e.g. ₹7.00
                             : tr("Fee %1, charged when the check is sent; only where the bank supports it.")
                                   .arg(MoneyFormatter::format(*fee, language)))
            : tr("Eko charges a fee for this check; this connection does not say how much. Ask your "
                 "distributor before using it."));
    m_ui->checkNameButton->setEnabled(!busy);

    const transfer::NewRecipient typed = typedRecipient();
    const std::optional<transfer::TransferSession::NameCheck> check = s.nameCheckFor(typed);
    if (!check) {
        m_ui->nameCheckValue->clear();
        m_ui->confirmNameCheck->setVisible(false);
        return;
    }
    const bool agree = transfer::TransferSession::namesAgree(typed.name, check->bankName);
    //: %1 the name the bank holds for the account, %2 the name the customer gave
    QString text = tr("Bank says: %1\nCustomer gave: %2").arg(check->bankName, typed.name);
    text += u'\n';
    text += agree ? tr("The names agree.")
                  : tr("The names differ. Ask the customer who holds this account before saving.");
    if (check->fee)
        //: %1 the fee Eko charged for the check
        text +=
            u'\n' + tr("Eko charged %1 for the check.").arg(MoneyFormatter::format(*check->fee, language));
    m_ui->nameCheckValue->setText(text);
    m_ui->confirmNameCheck->setVisible(!agree);
    m_ui->confirmNameCheck->setChecked(check->confirmed);
    m_ui->confirmNameCheck->setEnabled(!busy);
}

void RecipientPage::focusFor(State state)
{
    switch (state) {
    case State::AddRecipient:
        m_ui->recipientNameEdit->setFocus();
        break;
    case State::RecipientBankOtp:
        m_ui->bankOtpEdit->setFocus();
        break;
    default:
        reloadList();
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
        break;
    }
}

void RecipientPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isShowing())
            render();
    }
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
