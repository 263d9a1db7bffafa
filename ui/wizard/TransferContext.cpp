#include "TransferContext.h"

namespace counterdesk::ui {

using transfer::TransferSession;

TransferContext::TransferContext(const WizardServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_customerLanguage(services.customerLanguage)
{
    makeSession(services.sessionOptions.rail);
}

TransferContext::~TransferContext() = default;

void TransferContext::makeSession(eko::Rail rail)
{
    transfer::SessionOptions options = m_services.sessionOptions;
    options.rail = rail;
    m_session = std::make_unique<TransferSession>(m_services.client, m_services.journal,
                                                  m_services.reconciler, options);
    TransferSession* s = m_session.get();
    connect(s, &TransferSession::stateChanged, this, &TransferContext::stateChanged);
    connect(s, &TransferSession::stateChanged, this, &TransferContext::changed);
    connect(s, &TransferSession::busyChanged, this, &TransferContext::changed);
    connect(s, &TransferSession::problemChanged, this, &TransferContext::changed);
    connect(s, &TransferSession::transferUpdated, this, &TransferContext::changed);
    connect(s, &TransferSession::otpCooldownChanged, this, &TransferContext::changed);
    connect(s, &TransferSession::recipientsChanged, this, &TransferContext::changed);
}

bool TransferContext::setRail(eko::Rail rail)
{
    if (rail == m_session->rail())
        return true;
    if (m_session->state() != TransferSession::State::EnterSender || m_session->isBusy())
        return false;
    makeSession(rail);
    Q_EMIT changed();
    return true;
}

void TransferContext::setCustomerLanguage(const QString& code)
{
    if (code == m_customerLanguage)
        return;
    m_customerLanguage = code;
    Q_EMIT changed();
}

bool TransferContext::startOver()
{
    const TransferSession::State state = m_session->state();
    if (state == TransferSession::State::Submitting)
        return false;
    // A fresh session rather than session().startOver(): the old one may
    // have the reconciler watch a pending transfer; the watch ends with it
    // and the reconciler carries on on the journal's schedule.
    makeSession(m_session->rail());
    m_customerLanguage = m_services.customerLanguage;
    Q_EMIT stateChanged(m_session->state());
    Q_EMIT changed();
    return true;
}

} // namespace counterdesk::ui
