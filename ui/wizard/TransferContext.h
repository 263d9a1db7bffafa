// TransferContext: the one state object the wizard pages share (KeePassXC's
// NewDatabaseWizard idea). It owns the TransferSession and re-announces all
// of its signals as changed(), so a page renders from the session's state
// whenever anything moves, and never keeps a copy of its own.
//
// The session is made for one wallet (rail); choosing the other wallet on
// the first page, before any call, replaces it. Pages hold the context, not
// the session, so they never see a stale pointer.
#pragma once

#include "WizardServices.h"
#include "transfer/TransferSession.h"

#include <QObject>
#include <memory>

namespace counterdesk::ui {

class TransferContext : public QObject
{
    Q_OBJECT
public:
    explicit TransferContext(const WizardServices& services, QObject* parent = nullptr);
    ~TransferContext() override;

    transfer::TransferSession& session() const { return *m_session; }
    const WizardServices& services() const { return m_services; }
    bool isTraining() const { return m_services.training; }
    DisplayLanguage language() const { return m_services.language; }
    // The customer's language for this transfer (the customer display's),
    // apart from the agent's; a new customer starts with the default again.
    QString customerLanguage() const { return m_customerLanguage; }
    void setCustomerLanguage(const QString& code);

    // Only while the agent is still typing the mobile and nothing is out.
    bool setRail(eko::Rail rail);
    // The next customer: a fresh session on the same wallet.
    bool startOver();

Q_SIGNALS:
    // Anything in the session moved: state, busy, problem, transfer, OTP
    // cool-down or recipients. Pages re-render.
    void changed();
    void stateChanged(counterdesk::transfer::TransferSession::State state);

private:
    void makeSession(eko::Rail rail);

    WizardServices m_services;
    QString m_customerLanguage;
    std::unique_ptr<transfer::TransferSession> m_session;
};

} // namespace counterdesk::ui
