#include "eko/RequestAuthenticator.h"

#include "eko/CounterSigner.h"
#include "eko/Signer.h"

namespace counterdesk::eko {

QByteArray RequestAuthenticator::requestTarget(const QUrl& url)
{
    // The same formatting Qt's HTTP layer uses for a request not sent
    // through a proxy (QHttpNetworkRequest::uri); a signature over any other
    // spelling of the target would be refused by the gateway.
    QUrl copy = url;
    QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded |
                                   QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (copy.path().isEmpty())
        copy.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

void RequestAuthenticator::apply(QNetworkRequest& request, const Credentials& credentials,
                                 QByteArrayView method, QByteArrayView body, qint64 timestampMs)
{
    switch (credentials.signedBy) {
    case SignedBy::EkoKeys: {
        const SignedHeaders signature = Signer::sign(credentials.accessKey, timestampMs);
        request.setRawHeader(Signer::kDeveloperKeyHeader, credentials.developerKey.toUtf8());
        request.setRawHeader(Signer::kSecretKeyHeader, signature.secretKey);
        request.setRawHeader(Signer::kTimestampHeader, signature.timestamp);
        return;
    }
    case SignedBy::GatewayCounter: {
        const CounterSignedHeaders signature =
            CounterSigner::sign(credentials.counterId.toUtf8(), credentials.counterSecret, method,
                                requestTarget(request.url()), body, timestampMs);
        request.setRawHeader(CounterSigner::kCounterIdHeader, signature.counterId);
        request.setRawHeader(CounterSigner::kTimestampHeader, signature.timestamp);
        request.setRawHeader(CounterSigner::kSignatureHeader, signature.signature);
        return;
    }
    }
}

} // namespace counterdesk::eko
