#include "transfer/TransferProblem.h"

namespace counterdesk::transfer {

TransferProblem TransferProblem::fromEko(const eko::Result& result)
{
    TransferProblem problem;
    problem.source = Source::Eko;
    problem.call = result.call;
    problem.reason = result.reason;
    problem.ekoMessage = result.message;
    problem.gatewayRefusal = result.gatewayRefusal;
    problem.fieldErrors = result.fieldErrors;
    return problem;
}

TransferProblem TransferProblem::fromJournal(journal::JournalError error)
{
    TransferProblem problem;
    problem.source = Source::Journal;
    problem.local = LocalProblem::JournalUnavailable;
    problem.journalError = error;
    return problem;
}

TransferProblem TransferProblem::fromLocal(LocalProblem local)
{
    TransferProblem problem;
    problem.source = Source::Local;
    problem.local = local;
    return problem;
}

} // namespace counterdesk::transfer
