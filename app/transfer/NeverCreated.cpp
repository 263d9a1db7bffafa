#include "transfer/NeverCreated.h"

namespace counterdesk::transfer {

bool NeverCreated::mayConclude(journal::TransferState state, qint64 ageSecs, const ReconcilerOptions& options)
{
    return state == journal::TransferState::Unknown &&
           ageSecs >= std::chrono::duration_cast<std::chrono::seconds>(options.notFoundMinimumAge).count();
}

bool NeverCreated::concluded(journal::TransferState state, qint64 ageSecs, int notFoundAnswers,
                             const ReconcilerOptions& options)
{
    return mayConclude(state, ageSecs, options) && notFoundAnswers >= options.notFoundConfirmations;
}

QString NeverCreated::note(int notFoundAnswers, qint64 ageSecs)
{
    return QStringLiteral("reconcile: not found %1 times over %2 min; never created")
        .arg(notFoundAnswers)
        .arg(ageSecs / 60);
}

} // namespace counterdesk::transfer
