#include "SecretText.h"

namespace counterdesk::ui {

QString SecretText::written(secrets::SecretWrite result)
{
    switch (result) {
    case secrets::SecretWrite::Saved:
        return tr("Keys saved in the system keychain.");
    case secrets::SecretWrite::SessionOnly:
        return tr("No keychain available: the keys are kept for this session only. Type them again after "
                  "CounterDesk restarts. They were not written to any file.");
    case secrets::SecretWrite::Failed:
        return tr("The system keychain refused the keys: they were not saved. Unlock the keychain and "
                  "save again.");
    }
    return {};
}

QString SecretText::source(secrets::SecretSource source, secrets::SecretKind kind)
{
    switch (source) {
    case secrets::SecretSource::None:
        return kind == secrets::SecretKind::CounterSecret
                   ? tr("No counter secret saved for this profile yet.")
                   : tr("No access key saved for this profile yet.");
    case secrets::SecretSource::Environment:
        return tr("The keys come from the environment (%1), which wins over the keychain.")
            .arg(QString::fromLatin1(secrets::secretEnvironmentVariable(kind)));
    case secrets::SecretSource::Session:
        return tr("The keys are kept for this session only (no keychain available).");
    case secrets::SecretSource::Keychain:
        return tr("The keys are saved in the system keychain.");
    }
    return {};
}

} // namespace counterdesk::ui
