// LogRedactor: takes secrets and personal numbers out of a log line.
//
// Every line the rotating log writes goes through redact(), whatever part of
// the program wrote it, so a careless qDebug() elsewhere cannot leak:
//  - the value after a secret-ish key (access_key, developer_key, secret-key,
//    wallet_token, otp, pin, password...) becomes "***";
//  - a 4-8 digit run shortly after an OTP-ish word ("OTP is 123456") becomes "***";
//  - any 9-18 digit run (account numbers, and also mobiles and long ids)
//    keeps only its last four digits: "••••1234";
//  - values registered with addSecret() (the keys actually loaded) become "***"
//    wherever they appear, whatever the wording around them.
#pragma once

#include <QByteArray>
#include <QString>

namespace counterdesk::security {

class LogRedactor
{
public:
    static QString redact(const QString& line);
    // Thread-safe; values shorter than 6 characters are ignored (they would
    // mask ordinary words).
    static void addSecret(const QString& value);
    static void addSecret(const QByteArray& value);
    static void clearSecrets();
};

} // namespace counterdesk::security
