// HistoryView: layout, filters and selection. The actions on a transfer
// (check now, reprint, refund, export, end of day) are in HistoryActions.cpp.
#include "HistoryView.h"

#include "HistoryModel.h"
#include "HistoryText.h"
#include "TransferDetailPanel.h"
#include "eko/EkoClient.h"
#include "history/CsvExportJob.h"
#include "history/IstDay.h"
#include "journal/Journal.h"
#include "transfer/Reconciler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {

// Long enough that a TID typed at speed is searched once, short enough to feel live.
constexpr int kSearchDelayMs = 250;

} // namespace

HistoryView::HistoryView(journal::Journal& journal, eko::EkoClient* client, Settings& settings,
                         QWidget* parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_client(client)
    , m_settings(settings)
    , m_chooser([](QWidget* p, const QString& suggested) {
        return QFileDialog::getSaveFileName(p, tr("Export history as CSV"), suggested,
                                            tr("CSV files (*.csv)"));
    })
    , m_model(new HistoryModel(journal, this))
{
    setObjectName(QStringLiteral("historyView"));
    buildUi();
    retranslate();
    applyFilters();
}

HistoryView::~HistoryView() = default;

void HistoryView::buildUi()
{
    // Large type: agents read this across a counter, often on a small screen.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    setFont(big);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);

    m_useDates = new QCheckBox(this);
    m_useDates->setObjectName(QStringLiteral("historyUseDates"));
    const QDate today = history::IstDay::today();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("historyTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_status);
    m_rail = new QComboBox(this);
    m_rail->setObjectName(QStringLiteral("historyRail"));
    m_railLabel = new QLabel(this);
    m_railLabel->setBuddy(m_rail);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the actions
    m_table->verticalHeader()->hide();
    // Two lines per row (name over mobile) at a fixed height: sizing rows to
    // their contents would measure every fetched row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 2 + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {16, 12, 13, 8, 6, 9, 9, 10}; // the date on one line
    for (int c = 0; c < HistoryModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);

    m_detail = new TransferDetailPanel(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_matchNote = new QLabel(this);
    m_matchNote->setObjectName(QStringLiteral("historyMatch"));
    m_matchNote->setTextFormat(Qt::PlainText); // carries what the agent typed
    m_matchNote->setWordWrap(true);
    m_matchNote->hide();
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("historyInfo"));
    m_info->setTextFormat(Qt::PlainText); // may carry Eko's words
    m_info->setWordWrap(true);

    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("historyCheckNow"));
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("historyReprint"));
    m_refund = new QPushButton(this);
    m_refund->setObjectName(QStringLiteral("historyRefund"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_endOfDay = new QPushButton(this);
    m_endOfDay->setObjectName(QStringLiteral("historyEndOfDay"));
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("historyExportProgress"));
    m_exportProgress->hide();
    m_exportCancel = new QPushButton(this);
    m_exportCancel->setObjectName(QStringLiteral("historyExportCancel"));
    m_exportCancel->hide();
    m_checkNow->setVisible(m_client);
    m_refund->setVisible(m_client);

    auto* filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 5);
    filters->addWidget(m_useDates, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_to, 1, 2);
    filters->addWidget(m_statusLabel, 1, 3, Qt::AlignRight);
    filters->addWidget(m_status, 1, 4);
    auto* railBox = new QHBoxLayout;
    railBox->addWidget(m_railLabel);
    railBox->addWidget(m_rail);
    railBox->addStretch(); // the combos keep their natural width; the space goes right
    filters->addLayout(railBox, 1, 5);
    filters->setColumnStretch(5, 1);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_checkNow, m_reprint, m_refund})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_exportProgress);
    actions->addWidget(m_exportCancel);
    actions->addWidget(m_export);
    actions->addWidget(m_endOfDay);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(m_info);
    lowerLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_matchNote);
    layout->addWidget(splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryView::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::applyFilters);
    connect(m_status, &QComboBox::activated, this, &HistoryView::applyFilters);
    connect(m_rail, &QComboBox::activated, this, &HistoryView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateMatchNote);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateMatchNote);
    connect(m_model, &HistoryModel::journalFailed, this, &HistoryView::showJournalError);
    connect(m_checkNow, &QPushButton::clicked, this, &HistoryView::checkStatusNow);
    connect(m_reprint, &QPushButton::clicked, this, &HistoryView::reprint);
    connect(m_refund, &QPushButton::clicked, this, &HistoryView::refund);
    connect(m_export, &QPushButton::clicked, this, &HistoryView::exportCsv);
    connect(m_exportCancel, &QPushButton::clicked, this, [this] {
        if (m_exportJob)
            m_exportJob->cancel();
    });
    connect(m_endOfDay, &QPushButton::clicked, this, &HistoryView::showDaySummary);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &HistoryView::refresh);
    setFocusProxy(m_search);
}

void HistoryView::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("TID, customer mobile, account number, amount or name"));
    m_search->setAccessibleName(tr("Search history"));
    m_useDates->setText(tr("&Dates from"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setAccessibleName(tr("Status filter"));
    m_railLabel->setText(tr("R&ail:"));
    m_rail->setAccessibleName(tr("Rail filter"));
    m_table->setAccessibleName(tr("Transfers, newest first"));

    const int status = qMax(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("All"), -1);
    for (journal::TransferState s : journal::allTransferStates())
        m_status->addItem(HistoryText::state(s), static_cast<int>(s));
    m_status->setCurrentIndex(status);
    const int rail = qMax(0, m_rail->currentIndex());
    m_rail->clear();
    m_rail->addItem(tr("All"), -1);
    m_rail->addItem(HistoryText::rail(journal::Rail::DigiKhata), static_cast<int>(journal::Rail::DigiKhata));
    m_rail->addItem(HistoryText::rail(journal::Rail::Levin), static_cast<int>(journal::Rail::Levin));
    m_rail->setCurrentIndex(rail);

    m_checkNow->setText(tr("&Check status now"));
    m_reprint->setText(tr("Re&print (copy)"));
    m_refund->setText(tr("Re&fund…"));
    m_export->setText(tr("&Export CSV…"));
    m_endOfDay->setText(tr("E&nd of day…"));
    m_exportCancel->setText(tr("Cancel export"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    updateCount();
    updateMatchNote();
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

journal::SearchQuery HistoryView::currentQuery() const
{
    journal::SearchQuery q;
    q.text = m_search->text().trimmed();
    if (m_useDates->isChecked()) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (to < from)
            std::swap(from, to);
        q.from = history::IstDay::start(from);
        q.to = history::IstDay::end(to); // the "to" day is included
    }
    if (const int s = m_status->currentData().toInt(); s >= 0)
        q.states = {static_cast<journal::TransferState>(s)};
    if (const int r = m_rail->currentData().toInt(); r >= 0)
        q.rails = {static_cast<journal::Rail>(r)};
    return q;
}

void HistoryView::applyFilters()
{
    m_searchDelay->stop();
    const QString selected = selectedTransfer() ? selectedTransfer()->clientRefId : QString();
    m_model->setQuery(currentQuery());
    if (selected.isEmpty() || !selectTransfer(selected))
        onSelectionChanged();
}

void HistoryView::refresh()
{
    const QString selected = selectedTransfer() ? selectedTransfer()->clientRefId : QString();
    m_model->reload();
    if (selected.isEmpty() || !selectTransfer(selected))
        onSelectionChanged();
}

void HistoryView::refreshTransfer(const QString& clientRefId)
{
    if (m_model->refreshTransfer(clientRefId) < 0)
        return;
    if (const auto t = selectedTransfer(); t && t->clientRefId == clientRefId)
        onSelectionChanged();
}

std::optional<journal::Transfer> HistoryView::selectedTransfer() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const journal::Transfer* t = current.isValid() ? m_model->transferAt(current.row()) : nullptr;
    return t ? std::optional<journal::Transfer>(*t) : std::nullopt;
}

bool HistoryView::selectTransfer(const QString& clientRefId)
{
    const int row = m_model->rowOf(clientRefId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    onSelectionChanged();
    return true;
}

void HistoryView::onSelectionChanged()
{
    const auto t = selectedTransfer();
    if (!t) {
        m_detail->clear();
    } else {
        const auto events = m_journal.events(t->clientRefId);
        m_detail->showTransfer(*t, events.ok() ? events.value() : QList<journal::TransferEvent>{});
        if (!events.ok())
            showJournalError();
    }
    updateActions();
}

void HistoryView::updateActions()
{
    const auto t = selectedTransfer();
    const bool open = t && (journal::isOpen(t->state) || t->state == journal::TransferState::RefundPending);
    m_checkNow->setEnabled(m_client && open && !m_checking);
    m_reprint->setEnabled(t.has_value());
    m_refund->setEnabled(m_client && t && t->state == journal::TransferState::RefundPending);
}

void HistoryView::updateCount()
{
    const qint64 shown = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({})
                         ? HistoryText::groupCount(tr("%n transfer(s) shown; scroll down for more", nullptr,
                                                      HistoryText::numerus(shown)),
                                                   shown)
                         : HistoryText::transferCount(shown));
}

void HistoryView::updateMatchNote()
{
    // The journal lists exact matches first: the first row tells whether
    // there is one. The agent reads this before trusting the top row.
    const journal::Transfer* first = m_model->transferAt(0);
    const journal::SearchMatch firstMatch = m_model->matchAt(0);
    if (!first || firstMatch == journal::SearchMatch::None) {
        m_matchNote->clear();
        m_matchNote->hide();
        return;
    }
    bool similar = false;
    for (int row = 0; row < m_model->rowCount() && !similar; ++row)
        similar = !journal::isExactMatch(m_model->matchAt(row));
    QString note;
    if (journal::isExactMatch(firstMatch)) {
        note = HistoryText::matchMarker(firstMatch, *first);
        if (similar)
            note +=
                u' ' + tr("The rows marked \"Similar\" below it are other transfers that only look alike.");
    } else {
        note = tr("No exact TID, reference or mobile match. These transfers only look alike: check before "
                  "you act on one.");
    }
    m_matchNote->setText(note);
    m_matchNote->show();
}

void HistoryView::showInfo(const QString& text)
{
    m_info->setText(text);
}

void HistoryView::showJournalError()
{
    showInfo(tr("The journal could not be read. Try again; if it keeps failing, call support."));
}

void HistoryView::setReconciler(transfer::Reconciler* reconciler)
{
    m_reconciler = reconciler;
    if (!reconciler)
        return;
    connect(reconciler, &transfer::Reconciler::transferSettled, this,
            [this](const journal::Transfer& t) { refreshTransfer(t.clientRefId); });
}

void HistoryView::setSavePathChooser(SavePathChooser chooser)
{
    m_chooser = std::move(chooser);
}

} // namespace counterdesk::ui
