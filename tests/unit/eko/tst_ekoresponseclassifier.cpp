// ResponseClassifier: one data row per documented answer (REFERENCE.md §3,
// the seed pages' examples), then the payload parsing of those answers.
#include "TestRunner.h"
#include "eko/ResponseClassifier.h"

#include <QFile>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::eko;

class TestEkoResponseClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void kycPayloads();
    void classify();
    void noAnswer_data();
    void noAnswer();
    void seedInitiatePayload();
    void seedSendOtpPayload();
    void senderProfilePayload();
    void recipientListPayload();
    void bankPayloads();
    void holderPayloads();
    void fieldErrorsBothSpellings();
    void refundPayload();
    void indeterminate();
    void ekoAuthRefusal();
    void gatewayRefusalIsEkosAuthRefusal_data();
    void gatewayRefusalIsEkosAuthRefusal();
    void txStatusTable_data();
    void txStatusTable();
};

static QByteArray example(const char* name)
{
    QFile f(QStringLiteral(":/examples/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", name);
    return f.readAll();
}

static Result classify(Call call, int http, const QByteArray& body, Rail rail = Rail::DigiKhata)
{
    Result r;
    r.call = call;
    r.rail = rail;
    ResponseClassifier::classifyAnswer(r, http, body);
    return r;
}

void TestEkoResponseClassifier::classify_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Reason>("reason");

    using C = Call;
    using O = Outcome;
    using R = Reason;
    auto row = [](const char* name, Call call, int http, const QByteArray& body, Outcome o, Reason r) {
        QTest::newRow(name) << call << http << body << o << r;
    };

    // --- the seed pages, verbatim
    row("seed: dk initiate success", C::InitiateTransaction, 200, example("digikhata-initiate-success.json"),
        O::Success, R::None);
    row("seed: dk send transaction otp (status 2133, rsid 1)", C::SendTransactionOtp, 200,
        example("digikhata-send-transaction-otp.json"), O::Success, R::None);
    row("seed: levin send transaction otp", C::SendTransactionOtp, 200,
        R"({"response_status_id":1,"data":{"otp_ref_id":"abc"},"response_type_id":2133,"message":"Send OTP","status":2133})",
        O::Success, R::None);

    // --- sender (§1.1 #1-#4, §1.2 #1-#3)
    row("get sender: existing, OTP sent 2129", C::GetSender, 200,
        R"({"status":2129,"response_status_id":1,"response_type_id":2129,"message":"Validate the OTP","data":{"intent_id":19,"otp_ref_id":"r1"}})",
        O::Success, R::None);
    row("get sender: production variant status 0 rsid 0", C::GetSender, 200,
        R"({"response_status_id":0,"message":"Validate the OTP","status":0,"data":{"otp_ref_id":"r1"}})",
        O::Success, R::None);
    row("get sender: ids as strings", C::GetSender, 200,
        R"({"status":"2129","response_status_id":"1","response_type_id":"2129","message":"Validate the OTP","data":{"otp_ref_id":"r1"}})",
        O::Success, R::None);
    row("get sender: not enrolled 308", C::GetSender, 200,
        R"({"status":308,"response_status_id":1,"response_type_id":308,"message":"Failure!Customer Not Enrolled","data":{}})",
        O::ActionRequired, R::NotEnrolled);
    row("get sender: 463 user not found", C::GetSender, 200,
        R"({"status":463,"response_status_id":1,"response_type_id":-1,"message":"customer_id does not exist in system"})",
        O::Failed, R::UserNotFound);
    row("onboard: OTP sent", C::OnboardSender, 200,
        R"({"status":2129,"response_status_id":1,"response_type_id":2129,"message":"Validate the OTP","data":{"otp_ref_id":"r2"}})",
        O::Success, R::None);
    row("onboard: wallet opened 300", C::OnboardSender, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":300,"message":"Wallet opened successfully.","data":{"state":"2"}})",
        O::Success, R::None);
    row("resend sender otp", C::ResendSenderOtp, 200,
        R"({"status":2129,"response_status_id":1,"response_type_id":2129,"message":"Validate the OTP","data":{"otp_ref_id":"r3"}})",
        O::Success, R::None);
    row("verify sender: 309", C::VerifySenderOtp, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":309,"message":"Success!","data":{"customer_profile":{"balance":"814.0"}}})",
        O::Success, R::None);
    row("verify sender: 2136 aadhaar pending", C::VerifySenderOtp, 200,
        R"({"status":2136,"response_status_id":1,"response_type_id":2136,"message":"Aadhar Validation Pending"})",
        O::ActionRequired, R::AadhaarPending);
    row("verify sender: 2147 PAN required", C::VerifySenderOtp, 200,
        R"({"status":2147,"response_status_id":1,"response_type_id":2147,"message":"Pan Number Required"})",
        O::ActionRequired, R::PanRequired);
    row("verify sender: levin 2138 invalid OTP", C::VerifySenderOtp, 200,
        R"({"status":2138,"response_status_id":1,"response_type_id":2138,"message":"Invalid OTP"})",
        O::Failed, R::InvalidOtp);
    row("verify sender: 302 wrong OTP", C::VerifySenderOtp, 200,
        R"({"status":302,"response_status_id":1,"response_type_id":-1,"message":"Wrong OTP"})", O::Failed,
        R::WrongOtp);
    row("verify sender: 303 OTP expired", C::VerifySenderOtp, 200,
        R"({"status":303,"response_status_id":1,"message":"OTP expired"})", O::Failed, R::OtpExpired);

    // --- recipients
    row("get recipients 23", C::GetRecipients, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":23,"message":"Success","data":{"recipient_list":[]}})",
        O::Success, R::None);
    row("get recipients 22 none", C::GetRecipients, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":22,"message":"No recepients found"})",
        O::Success, R::None);
    row("add recipient 43", C::AddRecipient, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":43,"message":"Success!Please transact using Recipientid","data":{"recipient_id":10017680}})",
        O::Success, R::None);
    row("add recipient 2148 already", C::AddRecipient, 200,
        R"({"status":2148,"response_status_id":1,"response_type_id":2148,"message":"dmt.add.beneficiary.failed","data":{"description":"Beneficiary allready added!"}})",
        O::Failed, R::RecipientAlreadyAdded);
    row("add recipient status 342", C::AddRecipient, 200,
        R"({"status":342,"response_status_id":1,"message":"Recipient already registered"})", O::Failed,
        R::RecipientAlreadyAdded);
    row("add recipient status 39 max", C::AddRecipient, 200,
        R"({"status":39,"response_status_id":1,"message":"Max recipient limit reached"})", O::Failed,
        R::MaxRecipients);
    row("recipient bank otp 1741", C::RecipientBankOtp, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":1741,"message":"Beneficiary added","data":{"beneficiary_id":"4202888","otp_ref_id":"8617567988~8617567988~Channel4~4202888~4202888"}})",
        O::Success, R::None);
    row("verify bank otp 2131 rsid 0 = success", C::VerifyRecipientBankOtp, 200,
        R"({"status":2131,"response_status_id":0,"response_type_id":2131,"message":"Validate OTP"})",
        O::Success, R::None);
    row("verify bank otp 2131 rsid 1 = failed", C::VerifyRecipientBankOtp, 200,
        R"({"status":2131,"response_status_id":1,"response_type_id":2131,"message":"Validate OTP Failed"})",
        O::Failed, R::WrongOtp);

    // --- transaction OTP
    row("send otp: 347 insufficient", C::SendTransactionOtp, 200,
        R"({"status":347,"response_status_id":1,"message":"Insufficient balance"})", O::Failed,
        R::InsufficientBalance);
    row("send otp: 945 limit", C::SendTransactionOtp, 200,
        R"({"status":945,"response_status_id":1,"message":"Sender/beneficiary monthly limit exhausted"})",
        O::Failed, R::LimitExhausted);
    row("send otp: 314 limit", C::SendTransactionOtp, 200,
        R"({"status":314,"response_status_id":1,"message":"Failed! Monthly limit exceeded"})", O::Failed,
        R::LimitExhausted);
    row("send otp: 346 agent not allowed", C::SendTransactionOtp, 200,
        R"({"status":346,"response_status_id":1,"message":"Agent not allowed to this transaction"})",
        O::Failed, R::AgentNotAllowed);
    row("resend otp: 461 cool-down", C::ResendSenderOtp, 200,
        R"({"status":461,"response_status_id":1,"response_type_id":-1,"message":"OTP already sent to 9000000001, please wait for minimum 1 minutes before requesting new OTP."})",
        O::Failed, R::TryLater);
    row("initiate: 461 without tx_status is inquired", C::InitiateTransaction, 200,
        R"({"status":461,"response_status_id":1,"response_type_id":-1,"message":"Failed!Please try after some time"})",
        O::Pending, R::EkoError);
    row("send otp: unknown code", C::SendTransactionOtp, 200,
        R"({"status":9999,"response_status_id":1,"message":"Something new"})", O::Failed, R::EkoError);

    // --- initiate: tx_status is the truth
    const char* fin =
        R"({"status":%1,"response_status_id":%2,"response_type_id":325,"message":"m","data":{"tx_status":"%3","tid":"1"}})";
    auto finBody = [fin](int status, int rsid, const char* tx) {
        return QString::fromLatin1(fin).arg(status).arg(rsid).arg(QLatin1String(tx)).toLatin1();
    };
    row("initiate tx 0", C::InitiateTransaction, 200, finBody(0, 0, "0"), O::Success, R::None);
    row("initiate tx 1", C::InitiateTransaction, 200, finBody(0, 1, "1"), O::Failed, R::TransactionFailed);
    row("initiate tx 1 status 347", C::InitiateTransaction, 200, finBody(347, 1, "1"), O::Failed,
        R::InsufficientBalance);
    row("initiate tx 2 awaited", C::InitiateTransaction, 200, finBody(0, 0, "2"), O::Pending, R::None);
    row("initiate tx 3 refund pending", C::InitiateTransaction, 200, finBody(0, 0, "3"), O::RefundPending,
        R::None);
    row("initiate tx 4 refunded", C::InitiateTransaction, 200, finBody(0, 0, "4"), O::Refunded, R::None);
    row("initiate tx 5 hold", C::InitiateTransaction, 200, finBody(0, 0, "5"), O::Pending, R::None);
    row("initiate tx 6 awaited", C::InitiateTransaction, 200, finBody(0, 0, "6"), O::Pending, R::None);
    row("initiate tx 9 unknown", C::InitiateTransaction, 200, finBody(0, 0, "9"), O::Pending, R::None);
    row("initiate tx 0 despite status 55", C::InitiateTransaction, 200, finBody(55, 0, "0"), O::Success,
        R::None);
    row("initiate tx numeric", C::InitiateTransaction, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":325,"data":{"tx_status":0}})", O::Success,
        R::None);
    row("initiate: status 0, no tx_status", C::InitiateTransaction, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":325,"message":"Transaction successful","data":{}})",
        O::Pending, R::None);
    row("initiate: unknown status, no tx_status", C::InitiateTransaction, 200,
        R"({"status":1234,"response_status_id":1,"message":"?"})", O::Pending, R::EkoError);
    row("initiate: 347 no tx_status", C::InitiateTransaction, 200,
        R"({"status":347,"response_status_id":1,"message":"Insufficient balance"})", O::Failed,
        R::InsufficientBalance);
    row("initiate: 302 wrong OTP", C::InitiateTransaction, 200,
        R"({"status":302,"response_status_id":1,"message":"Wrong OTP"})", O::Failed, R::WrongOtp);
    row("initiate: rsid -2 in progress", C::InitiateTransaction, 200,
        R"({"status":1,"response_status_id":-2,"message":"Another transaction in progress"})", O::Failed,
        R::TransactionInProgress);
    row("initiate: rsid 2 initiated", C::InitiateTransaction, 200,
        R"({"status":0,"response_status_id":2,"message":"Initiated"})", O::Pending, R::None);

    // --- inquiry
    row("inquiry 1472 success", C::TransactionInquiry, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":1472,"message":"Sucess! Enquiry success.","data":{"tx_status":"0","tid":"1"}})",
        O::Success, R::None);
    row("inquiry 1472 refunded", C::TransactionInquiry, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":1472,"data":{"tx_status":"4"}})",
        O::Refunded, R::None);
    row("inquiry 168 not found", C::TransactionInquiry, 200,
        R"({"status":168,"response_status_id":1,"message":"TID does not exist"})", O::Failed,
        R::TransactionNotFound);
    row("inquiry 463 not found", C::TransactionInquiry, 200,
        R"({"status":463,"response_status_id":1,"response_type_id":-1,"message":"User not found"})",
        O::Failed, R::UserNotFound);

    // --- refund
    row("refund otp 2133", C::RefundOtp, 200,
        R"({"status":2133,"response_status_id":1,"response_type_id":2133,"message":"Send OTP","data":{"otp_ref_id":"r"}})",
        O::Success, R::None);
    row("refund 74 done", C::Refund, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":74,"message":"Refund done","data":{"refund_tid":"9","refunded_amount":"110.00"}})",
        O::Success, R::None);
    row("refund tx 4", C::Refund, 200, R"({"status":0,"response_status_id":0,"data":{"tx_status":"4"}})",
        O::Success, R::None);
    row("refund 302 wrong otp", C::Refund, 200,
        R"({"status":302,"response_status_id":1,"message":"Wrong OTP"})", O::Failed, R::WrongOtp);

    // --- validation errors, both spellings
    row("invalid_params", C::AddRecipient, 200,
        R"({"status":461,"response_status_id":1,"response_type_id":-1,"message":"bad","invalid_params":{"account":"Invalid"}})",
        O::Failed, R::InvalidParameters);
    row("invalid_parameters", C::InitiateTransaction, 200,
        R"({"status":461,"response_status_id":1,"response_type_id":-1,"message":"bad","invalid_parameters":{"amount":"Required"}})",
        O::Failed, R::InvalidParameters);

    // --- HTTP level: only Eko's own JSON refusal proves it did not act
    // (DESIGN.md "What an error answer proves"); every other error answer
    // may have come after the money moved.
    row("403 eko json (auth refusal)", C::InitiateTransaction, 403,
        R"({"status":403,"message":"Forbidden","reason":"stale_timestamp"})", O::Failed, R::HttpForbidden);
    row("403 eko json, rsid only", C::GetSender, 403, R"({"response_status_id":1})", O::Failed,
        R::HttpForbidden);
    row("403 proxy html", C::InitiateTransaction, 403, "<html><h1>403 Forbidden</h1></html>", O::Unknown,
        R::HttpForbidden);
    row("403 plain text", C::InitiateTransaction, 403, "Forbidden", O::Unknown, R::HttpForbidden);
    row("403 empty", C::Refund, 403, "", O::Unknown, R::HttpForbidden);
    row("403 proxy json without eko ids", C::InitiateTransaction, 403, R"({"message":"Forbidden"})",
        O::Unknown, R::HttpForbidden);
    row("403 json array", C::InitiateTransaction, 403, R"([{"status":403}])", O::Unknown, R::HttpForbidden);
    row("404 eko-looking json, unknown status", C::GetSender, 404,
        R"({"status":404,"message":"No mapping rule matched"})", O::Unknown, R::HttpClientError);
    row("404 proxy html", C::InitiateTransaction, 404, "<html><body>404 Not Found</body></html>", O::Unknown,
        R::HttpClientError);
    row("404 empty", C::GetSender, 404, "", O::Unknown, R::HttpClientError);
    row("405", C::InitiateTransaction, 405, R"({"status":405,"message":"Method not allowed"})", O::Unknown,
        R::HttpClientError);
    row("408 load balancer", C::InitiateTransaction, 408, "<html>408 Request Time-out</html>", O::Unknown,
        R::HttpClientError);
    row("408 empty", C::Refund, 408, "", O::Unknown, R::HttpClientError);
    row("415", C::InitiateTransaction, 415, "", O::Unknown, R::HttpClientError);
    row("400 unknown json", C::InitiateTransaction, 400, R"({"error":"bad request"})", O::Unknown,
        R::HttpClientError);
    row("400 envelope with an unknown code", C::InitiateTransaction, 400,
        R"({"status":9999,"response_status_id":1,"message":"?"})", O::Unknown, R::HttpClientError);
    row("400 envelope with a success code proves nothing", C::GetSender, 400,
        R"({"status":2129,"response_status_id":1,"response_type_id":2129,"data":{"otp_ref_id":"r"}})",
        O::Unknown, R::HttpClientError);
    row("400 with field errors", C::AddRecipient, 400,
        R"({"status":461,"response_status_id":1,"invalid_params":{"ifsc":"bad"}})", O::Failed,
        R::InvalidParameters);
    row("400 initiate with field errors", C::InitiateTransaction, 400,
        R"({"status":461,"response_status_id":1,"invalid_parameters":{"amount":"Required"}})", O::Failed,
        R::InvalidParameters);
    row("400 initiate, table status 347", C::InitiateTransaction, 400,
        R"({"status":347,"response_status_id":1,"message":"Insufficient balance"})", O::Failed,
        R::InsufficientBalance);
    row("422 table rtid 308", C::GetSender, 422,
        R"({"status":308,"response_status_id":1,"response_type_id":308,"message":"Customer Not Enrolled"})",
        O::ActionRequired, R::NotEnrolled);
    row("400 initiate 461 is not a refusal of a money call", C::InitiateTransaction, 400,
        R"({"status":461,"response_status_id":1,"message":"Failed!Please try after some time"})", O::Unknown,
        R::HttpClientError);
    row("429", C::InitiateTransaction, 429, "", O::Unknown, R::HttpTooManyRequests);
    row("429 with an eko-looking body", C::InitiateTransaction, 429,
        R"({"status":347,"response_status_id":1})", O::Unknown, R::HttpTooManyRequests);
    row("500 html", C::InitiateTransaction, 500, "<html>oops</html>", O::Unknown, R::HttpServerError);
    row("502 gateway html", C::InitiateTransaction, 502, "<html>502 Bad Gateway</html>", O::Unknown,
        R::HttpServerError);
    row("503", C::GetRecipients, 503, "", O::Unknown, R::HttpServerError);
    row("http 302", C::InitiateTransaction, 302, "", O::Unknown, R::HttpUnexpected);
    row("200 html", C::InitiateTransaction, 200, "<html>proxy</html>", O::Unknown, R::UnparseableResponse);
    row("200 truncated json", C::InitiateTransaction, 200, R"({"response_status_id":0,"data":{"tx_sta)",
        O::Unknown, R::UnparseableResponse);
    row("200 json without envelope", C::InitiateTransaction, 200, R"({"error":"gateway"})", O::Unknown,
        R::UnparseableResponse);
    row("200 empty", C::GetSender, 200, "", O::Unknown, R::UnparseableResponse);

    // --- bank look-ups (DESIGN.md "Banks and channels"): 414 / 466 found, 467 unknown
    row("ifsc details: found 414", C::GetIfscDetails, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":414,"message":"Success ! Found bank Details for given Ifsc","data":{"bank":"State Bank of India","branch":"Connaught Place","ifsc":"SBIN0001234","bank_id":108,"ifsc_status":1,"available_channels":0,"isverificationavailable":1}})",
        O::Success, R::None);
    row("ifsc details: unknown 467", C::GetIfscDetails, 200,
        R"({"status":467,"response_status_id":1,"response_type_id":467,"message":"Please provide valid bank details"})",
        O::Failed, R::InvalidBankDetails);
    row("ifsc details: 467 as status only", C::GetIfscDetails, 200,
        R"({"status":467,"response_status_id":1,"message":"Please provide valid bank details"})", O::Failed,
        R::InvalidBankDetails);
    row("ifsc details: 467 on a 400 is still Eko's refusal", C::GetIfscDetails, 400,
        R"({"status":467,"response_status_id":1,"response_type_id":467,"message":"Please provide valid bank details"})",
        O::Failed, R::InvalidBankDetails);
    row("ifsc details: 414 without a bank_id answers nothing", C::GetIfscDetails, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":414,"data":{"bank":"State Bank of India"}})",
        O::Failed, R::EkoError);
    row("bank details: found 466", C::GetBankDetails, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":466,"message":"Success","data":{"bank_id":"1164","name":"AU Small Finance Bank","code":"AUBL","ifsc_status":"1","available_channels":"0","isverificationavailable":"1"}})",
        O::Success, R::None);
    row("bank details: unknown 467", C::GetBankDetails, 200,
        R"({"status":467,"response_status_id":1,"response_type_id":467,"message":"Please provide valid bank details"})",
        O::Failed, R::InvalidBankDetails);
    row("467 means nothing to an add recipient", C::AddRecipient, 200,
        R"({"status":467,"response_status_id":1,"response_type_id":467,"message":"Please provide valid bank details"})",
        O::Failed, R::EkoError);

    // --- the bank-account check: 61 found, 1796 not offered, 350 no name (every answer Eko documents)
    row("verify account: 61 with the bank's name", C::VerifyBankAccount, 200,
        R"({"response_status_id":-1,"data":{"client_ref_id":"","bank":"Allahabad Bank","amount":"1.0","is_name_editable":"0","fee":"2.00","verification_failure_refund":"","aadhar":"","recipient_name":"Mr. Sonu Kumar","is_Ifsc_required":"0","tid":"451638796"},"response_type_id":61,"message":"Success!  Account details found..","status":0})",
        O::Success, R::None);
    row("verify account: 61 with name_at_bank (EPS)", C::VerifyBankAccount, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":61,"data":{"name_at_bank":"GOPAL KUMAR","utr":"431712345678"}})",
        O::Success, R::None);
    row("verify account: 61 naming 'Unknown' names nobody", C::VerifyBankAccount, 200,
        R"({"response_status_id":-1,"data":{"amount":"1.0","fee":"7.00","verification_failure_refund":"7.00","tid":"2157012435","bank":"Kotak Mahindra Bank","recipient_name":"Unknown"},"response_type_id":61,"message":"The bank did not share the recipient name this time.","status":0})",
        O::Failed, R::AccountNameNotFound);
    row("verify account: 61 without any name", C::VerifyBankAccount, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":61,"data":{"fee":"7.00"}})", O::Failed,
        R::AccountNameNotFound);
    row("verify account: 350 recipient name not found", C::VerifyBankAccount, 200,
        R"({"response_status_id":1,"data":{"is_Ifsc_required":"0"},"response_type_id":350,"message":"Verification failed.Recipient name not found.","status":350})",
        O::Failed, R::AccountNameNotFound);
    row("verify account: 350 as status only", C::VerifyBankAccount, 200,
        R"({"status":350,"response_status_id":1,"message":"Verification failed, recipient name not found"})",
        O::Failed, R::AccountNameNotFound);
    row("verify account: 1796 not offered at this bank", C::VerifyBankAccount, 200,
        R"({"status":1796,"response_status_id":1,"response_type_id":1796,"message":"Recipient name not found and verification not available for this bank"})",
        O::Failed, R::NameCheckUnavailable);
    row("verify account: 350 on a 400 is still Eko's refusal", C::VerifyBankAccount, 400,
        R"({"status":350,"response_status_id":1,"response_type_id":350,"message":"Verification failed"})",
        O::Failed, R::AccountNameNotFound);
    row("verify account: a 504 proves nothing", C::VerifyBankAccount, 504, "<html>504</html>", O::Unknown,
        R::HttpServerError);
    row("61 means nothing to a sender look-up", C::GetSender, 200,
        R"({"status":61,"response_status_id":1,"response_type_id":61,"message":"x"})", O::Failed,
        R::EkoError);

    // --- KYC (REFERENCE.md §1.1 rows 5-9, §1.2 rows 4-6, §3.4): every disagreement of the sources
    row("consent languages 2444", C::GetConsentLanguages, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2444,"message":"Consent Language Successfully Retrieved","data":{"consent_language_list":[{"pkid":1,"consentLanguage":"English"},{"pkid":2,"consentLanguage":"Hindi"}]}})",
        O::Success, R::None);
    row("consent languages: an empty list answers nothing", C::GetConsentLanguages, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2444,"data":{"consent_language_list":[]}})",
        O::Failed, R::EkoError);
    row("consent details 2446", C::GetConsentDetails, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2446,"message":"Consent Language Successfully Retrieved","data":{"consent_detail":{"consentContent":"I agree","consent":"Y","audioUrl":"","consentId":7,"consentLanguage":"English"}}})",
        O::Success, R::None);
    row("consent details without a text answer nothing", C::GetConsentDetails, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2446,"data":{"consent_detail":{"consentId":7}}})",
        O::Failed, R::EkoError);
    row("aadhaar otp: 2129 rsid 1 with otp_ref_id (EPS-SPEC)", C::SenderAadhaarOtp, 200,
        R"({"status":2129,"response_status_id":1,"response_type_id":2129,"message":"Validate the OTP","data":{"intent_id":20,"otp_ref_id":"a1"}})",
        O::Success, R::None);
    row("aadhaar otp: status 0 rsid 0 with otp_ref_id", C::SenderAadhaarOtp, 200,
        R"({"status":0,"response_status_id":0,"message":"Validate the OTP","data":{"otp_ref_id":"a1"}})",
        O::Success, R::None);
    row("aadhaar otp: 2129 without otp_ref_id is no OTP", C::SenderAadhaarOtp, 200,
        R"({"status":2129,"response_status_id":1,"response_type_id":2129,"message":"Validate the OTP","data":{}})",
        O::Failed, R::EkoError);
    row("aadhaar otp: status 0 without otp_ref_id is no OTP", C::SenderAadhaarOtp, 200,
        R"({"status":0,"response_status_id":0,"message":"Validate the OTP","data":{}})", O::Failed,
        R::EkoError);
    row("aadhaar otp: levin 2138 Adhar Validation Failed", C::SenderAadhaarOtp, 200,
        R"({"status":2138,"response_status_id":1,"response_type_id":2138,"message":"Adhar Validation Failed"})",
        O::Failed, R::AadhaarRejected);
    row("aadhaar otp: 585 already KYC approved", C::SenderAadhaarOtp, 200,
        R"({"status":585,"response_status_id":1,"response_type_id":-1,"message":"Customer already KYC approved"})",
        O::Failed, R::KycAlreadyDone);
    row("verify aadhaar otp: 2147 Pan Number Required is its success", C::VerifySenderAadhaarOtp, 200,
        R"({"status":2147,"response_status_id":1,"response_type_id":2147,"message":"Pan Number Required","data":{"application_id":"APP1"}})",
        O::Success, R::PanRequired);
    row("verify aadhaar otp: levin 2131 rsid 1 Validate OTP Failed", C::VerifySenderAadhaarOtp, 200,
        R"({"status":2131,"response_status_id":1,"response_type_id":2131,"message":"Validate OTP Failed"})",
        O::Failed, R::WrongOtp);
    row("verify aadhaar otp: 302 wrong", C::VerifySenderAadhaarOtp, 200,
        R"({"status":302,"response_status_id":1,"response_type_id":-1,"message":"Wrong OTP"})", O::Failed,
        R::WrongOtp);
    row("verify aadhaar otp: 303 expired", C::VerifySenderAadhaarOtp, 200,
        R"({"status":303,"response_status_id":1,"response_type_id":-1,"message":"OTP expired"})", O::Failed,
        R::OtpExpired);
    row("2147 elsewhere is still a step to take", C::VerifySenderOtp, 200,
        R"({"status":2147,"response_status_id":1,"response_type_id":2147,"message":"Pan Number Required"})",
        O::ActionRequired, R::PanRequired);
    row("2131 rsid 0 on the recipient OTP stays a success", C::VerifyRecipientBankOtp, 200,
        R"({"status":2131,"response_status_id":0,"response_type_id":2131,"message":"Validate OTP"})",
        O::Success, R::None);
    row("pan: digikhata 309 with the profile (EPS-SPEC)", C::ValidateSenderPan, 200,
        R"({"status":0,"response_status_id":-1,"response_type_id":309,"message":"Success!","data":{"customer_profile":{"name":"Asha","total_monthly_limit":"200000.0","next_allowed_limit":"200000.0"}}})",
        O::Success, R::None);
    row("pan: levin 2132 Customer Registration Completed (LEGACY-MD)", C::ValidateSenderPan, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2132,"message":"Customer Registration Completed","data":{"customer_id":"9000000001"}})",
        O::Success, R::None);
    row("pan: name mismatch as field errors", C::ValidateSenderPan, 200,
        R"({"status":461,"response_status_id":1,"response_type_id":-1,"message":"Name as per PAN does not match","invalid_params":{"pan_number":"Name as per PAN does not match"}})",
        O::Failed, R::InvalidParameters);
    row("pan: 585 already KYC approved", C::ValidateSenderPan, 200,
        R"({"status":585,"response_status_id":1,"message":"Customer already KYC approved"})", O::Failed,
        R::KycAlreadyDone);
    row("2138 on a sender OTP is still an invalid OTP", C::VerifySenderOtp, 200,
        R"({"status":2138,"response_status_id":1,"response_type_id":2138,"message":"Invalid OTP"})",
        O::Failed, R::InvalidOtp);
}

void TestEkoResponseClassifier::kycPayloads()
{
    const Result languages = ::classify(
        Call::GetConsentLanguages, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2444,"data":{"consent_language_list":[{"pkid":"2","consentLanguage":"Hindi"},{"pkid":0,"consentLanguage":"broken"},{"pkid":1,"consentLanguage":"English"}]}})");
    QCOMPARE(languages.consentLanguages.size(), 2); // the entry without a pkid is dropped
    QCOMPARE(languages.consentLanguages.at(0).id, 2);
    QCOMPARE(languages.consentLanguages.at(0).name, QStringLiteral("Hindi"));

    const Result consent = ::classify(
        Call::GetConsentDetails, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2446,"data":{"consent_detail":{"consentContent":"  I agree.  ","consent":"Y","audioUrl":"https://example.invalid/hi.mp3","consentId":"7","consentLanguage":"Hindi"}}})");
    QVERIFY(consent.consent.has_value());
    QCOMPARE(consent.consent->text, QStringLiteral("I agree."));
    QCOMPARE(consent.consent->consentId, 7);
    QCOMPARE(consent.consent->audioUrl, QStringLiteral("https://example.invalid/hi.mp3"));

    const Result pan = ::classify(
        Call::ValidateSenderPan, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2132,"message":"Customer Registration Completed","data":{"customer_profile":{"total_monthly_limit":"200000.0","next_allowed_limit":"150000.0"}}})");
    QVERIFY(pan.sender.has_value());
    QCOMPARE(pan.sender->totalMonthlyLimit, Money::fromRupees(200000));
    QCOMPARE(pan.sender->nextAllowedLimit, Money::fromRupees(150000));
    const Result bare = ::classify(
        Call::ValidateSenderPan, 200,
        R"({"status":0,"response_status_id":0,"response_type_id":2132,"data":{"customer_id":"9000000001"}})");
    QVERIFY2(!bare.sender.has_value(), "no profile in the answer: no limits may be made up");
}

void TestEkoResponseClassifier::classify()
{
    QFETCH(Call, call);
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(Reason, reason);
    const Result r = ::classify(call, http, body);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.httpStatus, http);
}

void TestEkoResponseClassifier::noAnswer_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("timeout initiate") << Call::InitiateTransaction << Reason::Timeout << Outcome::Unknown;
    QTest::newRow("closed refund") << Call::Refund << Reason::ConnectionClosed << Outcome::Unknown;
    QTest::newRow("refused get") << Call::GetSender << Reason::ConnectionFailed << Outcome::Unknown;
    QTest::newRow("tls") << Call::InitiateTransaction << Reason::TlsError << Outcome::NotSent;
    QTest::newRow("insecure") << Call::InitiateTransaction << Reason::InsecureUrl << Outcome::NotSent;
    QTest::newRow("invalid request") << Call::InitiateTransaction << Reason::InvalidRequest
                                     << Outcome::NotSent;
}

void TestEkoResponseClassifier::noAnswer()
{
    QFETCH(Call, call);
    QFETCH(Reason, reason);
    QFETCH(Outcome, outcome);
    Result r;
    r.call = call;
    ResponseClassifier::classifyNoAnswer(r, reason, QStringLiteral("detail"));
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.httpStatus, 0);
}

void TestEkoResponseClassifier::seedInitiatePayload()
{
    const Result r = ::classify(Call::InitiateTransaction, 200, example("digikhata-initiate-success.json"));
    QCOMPARE(r.ekoStatus, 0);
    QCOMPARE(r.responseStatusId, 0);
    QCOMPARE(r.responseTypeId, 325);
    QCOMPARE(r.message, QStringLiteral("Transaction successful"));
    QVERIFY(r.transaction);
    const Transaction& t = *r.transaction;
    QCOMPARE(t.tid, QStringLiteral("2886522975"));
    QCOMPARE(t.txStatus, 0);
    QCOMPARE(t.txStatusDesc, QStringLiteral("Success"));
    QCOMPARE(t.bankRefNum, QStringLiteral("250121123714472002"));
    QCOMPARE(t.amount, Money::fromPaise(11000));
    QCOMPARE(t.fee, Money::fromPaise(400));
    QCOMPARE(t.collectableAmount, Money::fromPaise(11400));
    QCOMPARE(t.balance, Money::fromPaise(81400));
    // The sample's contradiction, kept visible: code "2" was IMPS.
    QCOMPARE(t.channel, QStringLiteral("2"));
    QCOMPARE(t.channelDesc, QStringLiteral("IMPS"));
    QCOMPARE(t.recipientName, QStringLiteral("Krishna"));
    QCOMPARE(t.recipientId, qint64(10017680));
    QCOMPARE(t.customerId, QStringLiteral("8999999992"));
    QCOMPARE(t.timestamp, QStringLiteral("2025-01-21T07:07:20.562Z"));
}

void TestEkoResponseClassifier::seedSendOtpPayload()
{
    const Result r =
        ::classify(Call::SendTransactionOtp, 200, example("digikhata-send-transaction-otp.json"));
    QCOMPARE(r.otpRefId,
             QStringLiteral("zCISyglexo0Pjqp4YrS2ssweuD9v1c3aLKGxjTW8wU7An8Wem1UyNws5830yh7q/sf5J4R3BY="));
    QCOMPARE(r.ekoStatus, 2133); // kept verbatim for support
}

void TestEkoResponseClassifier::senderProfilePayload()
{
    const Result r =
        ::classify(Call::VerifySenderOtp, 200, R"({"status":0,"response_status_id":-1,"response_type_id":309,
        "message":"Success!","data":{"sender_name":"Asha","next_allowed_limit":"49678.0","wallet_token":"jwt","wallet_id":"77",
        "customer_profile":{"mobile":"9444444444","total_monthly_limit":"50000.0","balance":"2.20834E3","kyc_state":"2"}}})",
                   Rail::Levin);
    QCOMPARE(r.outcome, Outcome::Success);
    QVERIFY(r.sender);
    QCOMPARE(r.sender->name, QStringLiteral("Asha"));
    QCOMPARE(r.sender->mobile, QStringLiteral("9444444444"));
    QCOMPARE(r.sender->balance, Money::fromPaise(220834));
    QCOMPARE(r.sender->totalMonthlyLimit, Money::fromRupees(50000));
    QCOMPARE(r.sender->nextAllowedLimit, Money::fromRupees(49678));
    QCOMPARE(r.sender->walletToken, QStringLiteral("jwt"));
    QCOMPARE(r.sender->walletId, QStringLiteral("77"));
    QCOMPARE(r.sender->kycState, QStringLiteral("2"));
}

void TestEkoResponseClassifier::recipientListPayload()
{
    const Result r =
        ::classify(Call::GetRecipients, 200, R"({"status":0,"response_status_id":-1,"response_type_id":23,
        "data":{"pan_required":2,"recipient_list":[
          {"recipient_id":10017680,"recipient_name":"Krishna","recipient_mobile":"9876543210","bank":"UCO Bank",
           "account":"XXXX8454","ifsc":"UCBA0000001","beneficiary_id":null,"channel":0,"available_channel":0,
           "is_verified":"1","is_otp_required":"0","recipient_id_type":"acc_ifsc"},
          {"recipient_id":"10017681","recipient_name":"Ravi","beneficiary_id":4202888,"is_verified":0,"is_otp_required":1}]}})");
    QCOMPARE(r.recipients.size(), 2);
    QCOMPARE(r.recipients[0].recipientId, qint64(10017680));
    QCOMPARE(r.recipients[0].beneficiaryId, QString()); // null
    QCOMPARE(r.recipients[0].availableChannel, QStringLiteral("0"));
    QVERIFY(r.recipients[0].isVerified);
    QVERIFY(!r.recipients[0].isOtpRequired);
    QCOMPARE(r.recipients[1].recipientId, qint64(10017681));
    QCOMPARE(r.recipients[1].beneficiaryId, QStringLiteral("4202888"));
    QVERIFY(r.recipients[1].isOtpRequired);
}

void TestEkoResponseClassifier::bankPayloads()
{
    // Get IFSC Details names the bank `bank`; a sublet's bank_id is the
    // holding bank's, whatever the IFSC's first letters say.
    const Result ifsc = ::classify(Call::GetIfscDetails, 200,
                                   R"({"status":0,"response_status_id":-1,"response_type_id":414,
        "data":{"bank":"Akhand Anand Co-operative Bank","branch":"Anand","ifsc":"HDFC0CAACOB","bank_id":1503,
                "ifsc_status":4,"available_channels":1,"isverificationavailable":0}})");
    QVERIFY(ifsc.bank);
    QCOMPARE(ifsc.bank->bankId, qint64(1503));
    QCOMPARE(ifsc.bank->bank, QStringLiteral("Akhand Anand Co-operative Bank"));
    QCOMPARE(ifsc.bank->branch, QStringLiteral("Anand"));
    QCOMPARE(ifsc.bank->ifsc, QStringLiteral("HDFC0CAACOB"));
    QCOMPARE(ifsc.bank->availableChannels, QStringLiteral("1"));
    QCOMPARE(ifsc.bank->ifscStatus, QStringLiteral("4"));
    QVERIFY(!ifsc.bank->verificationAvailable);
    // Get Bank Details names it `name`, and sends strings.
    const Result bank = ::classify(Call::GetBankDetails, 200,
                                   R"({"status":0,"response_status_id":-1,"response_type_id":466,
        "data":{"bank_id":"1164","name":"AU Small Finance Bank","code":"AUBL","available_channels":"0",
                "isverificationavailable":"1"}})");
    QVERIFY(bank.bank);
    QCOMPARE(bank.bank->bankId, qint64(1164));
    QCOMPARE(bank.bank->bank, QStringLiteral("AU Small Finance Bank"));
    QCOMPARE(bank.bank->code, QStringLiteral("AUBL"));
    QVERIFY(bank.bank->verificationAvailable);
    // A refusal carries no bank at all.
    QVERIFY(!::classify(Call::GetIfscDetails, 200,
                        R"({"status":467,"response_status_id":1,"response_type_id":467,"message":"x"})")
                 .bank);
}

void TestEkoResponseClassifier::holderPayloads()
{
    const Result found = ::classify(Call::VerifyBankAccount, 200,
                                    R"({"response_status_id":-1,"response_type_id":61,"status":0,
        "data":{"bank":"Allahabad Bank","amount":"1.0","fee":"2.00","recipient_name":"  Mr. Sonu   Kumar ",
                "tid":"451638796"}})");
    QVERIFY(found.holder);
    QCOMPARE(found.holder->name, QStringLiteral("Mr. Sonu Kumar"));
    QCOMPARE(found.holder->fee, std::optional<Money>(Money::fromPaise(200)));
    QCOMPARE(found.holder->tid, QStringLiteral("451638796"));
    QCOMPARE(found.holder->bank, QStringLiteral("Allahabad Bank"));
    // No name: the fee Eko charged is still there to show, the name is not.
    const Result nameless = ::classify(Call::VerifyBankAccount, 200,
                                       R"({"response_status_id":-1,"response_type_id":61,"status":0,
        "data":{"fee":"7.00","verification_failure_refund":"7.00","recipient_name":"Unknown"}})");
    QVERIFY(nameless.holder);
    QVERIFY(nameless.holder->name.isEmpty());
    QCOMPARE(nameless.holder->fee, std::optional<Money>(Money::fromPaise(700)));
    // Not offered: no holder at all.
    QVERIFY(!::classify(Call::VerifyBankAccount, 200,
                        R"({"status":1796,"response_status_id":1,"response_type_id":1796,"message":"x"})")
                 .holder);
}

void TestEkoResponseClassifier::fieldErrorsBothSpellings()
{
    Result a = ::classify(
        Call::AddRecipient, 200,
        R"({"status":461,"response_status_id":1,"invalid_params":{"account":"Invalid account","ifsc":"Bad"}})");
    QCOMPARE(a.fieldErrors.size(), 2);
    QCOMPARE(a.fieldErrors.value(QStringLiteral("account")), QStringLiteral("Invalid account"));
    Result b = ::classify(
        Call::AddRecipient, 200,
        R"({"status":461,"response_status_id":1,"data":{"invalid_parameters":{"recipient_mobile":"10 digits"}}})");
    QCOMPARE(b.reason, Reason::InvalidParameters);
    QCOMPARE(b.fieldErrors.value(QStringLiteral("recipient_mobile")), QStringLiteral("10 digits"));
}

void TestEkoResponseClassifier::refundPayload()
{
    const Result r =
        ::classify(Call::Refund, 200, R"({"status":0,"response_status_id":0,"response_type_id":74,
        "message":"Refund done","data":{"refund_tid":"2886530001","refunded_amount":"110.00","amount":"110.00",
        "fee":"4.0","balance":"924.0","tid":"2886522975"}})");
    QVERIFY(r.refund);
    QCOMPARE(r.refund->refundTid, QStringLiteral("2886530001"));
    QCOMPARE(r.refund->refundedAmount, Money::fromRupees(110));
    QCOMPARE(r.refund->balance, Money::fromRupees(924));
    QCOMPARE(r.transaction->tid, QStringLiteral("2886522975"));
}

void TestEkoResponseClassifier::indeterminate()
{
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::GetSender, 500, "")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::GetSender, 429, "")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::InitiateTransaction, 200, "<html>")));
    // Eko's own refusals are decisive: not retried, not inquired.
    QVERIFY(!ResponseClassifier::isIndeterminate(::classify(Call::GetSender, 403, R"({"status":403})")));
    QVERIFY(!ResponseClassifier::isIndeterminate(
        ::classify(Call::InitiateTransaction, 400, R"({"status":347,"response_status_id":1})")));
    // Every other error answer: a money call is inquired, a GET retried.
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::InitiateTransaction, 403, "<html>")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::GetSender, 403, "")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::GetSender, 404, "")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::InitiateTransaction, 408, "")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::Refund, 404, "<html>")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::InitiateTransaction, 502, "<html>")));
    QVERIFY(ResponseClassifier::isIndeterminate(::classify(Call::InitiateTransaction, 302, "")));
    QVERIFY(!ResponseClassifier::isIndeterminate(::classify(
        Call::InitiateTransaction, 200, R"({"status":0,"response_status_id":0,"data":{"tx_status":"2"}})")));
    Result aborted;
    ResponseClassifier::classifyNoAnswer(aborted, Reason::Aborted, {});
    QVERIFY(!ResponseClassifier::isIndeterminate(aborted));
}

void TestEkoResponseClassifier::ekoAuthRefusal()
{
    using C = Call;
    QVERIFY(ResponseClassifier::isEkoAuthRefusal(
        ::classify(C::InitiateTransaction, 403, R"({"status":403,"message":"Forbidden"})")));
    QVERIFY(ResponseClassifier::isEkoAuthRefusal(::classify(C::Refund, 403, R"({"response_type_id":-1})")));
    QVERIFY(
        !ResponseClassifier::isEkoAuthRefusal(::classify(C::InitiateTransaction, 403, "<html>403</html>")));
    QVERIFY(!ResponseClassifier::isEkoAuthRefusal(::classify(C::InitiateTransaction, 403, "")));
    QVERIFY(!ResponseClassifier::isEkoAuthRefusal(
        ::classify(C::InitiateTransaction, 403, R"({"message":"Forbidden"})")));
    // Other refusals are decisive but are not the authentication 403.
    QVERIFY(!ResponseClassifier::isEkoAuthRefusal(
        ::classify(C::InitiateTransaction, 400, R"({"status":403,"response_status_id":1})")));
    QVERIFY(!ResponseClassifier::isEkoAuthRefusal(
        ::classify(C::InitiateTransaction, 200, R"({"status":302,"response_status_id":1})")));
}

void TestEkoResponseClassifier::gatewayRefusalIsEkosAuthRefusal_data()
{
    QTest::addColumn<QByteArray>("gatewayError");
    QTest::addColumn<GatewayRefusal>("refusal");
    QTest::newRow("unknown counter") << QByteArray("unknown_counter") << GatewayRefusal::UnknownCounter;
    QTest::newRow("revoked") << QByteArray("revoked") << GatewayRefusal::Revoked;
    QTest::newRow("bad signature") << QByteArray("bad_signature") << GatewayRefusal::BadSignature;
    QTest::newRow("stale timestamp") << QByteArray("stale_timestamp") << GatewayRefusal::StaleTimestamp;
    QTest::newRow("replayed") << QByteArray("replayed") << GatewayRefusal::Replayed;
    QTest::newRow("a newer gateway's cause") << QByteArray("counter_locked") << GatewayRefusal::Other;
}

// counterdesk-gateway refuses a counter with Eko's own auth envelope plus
// gateway_error (docs/gateway.md): the same proof that nothing was done (a
// money call Failed, the one re-sign allowed), and the cause is kept so the
// agent hears which credential failed.
void TestEkoResponseClassifier::gatewayRefusalIsEkosAuthRefusal()
{
    QFETCH(QByteArray, gatewayError);
    QFETCH(GatewayRefusal, refusal);
    const QByteArray body = R"({"status":403,"message":"Forbidden","reason":"counter","gateway_error":")" +
                            gatewayError + R"("})";
    for (const Call call : {Call::InitiateTransaction, Call::Refund, Call::GetSender}) {
        const Result r = ::classify(call, 403, body);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.reason, Reason::HttpForbidden);
        QVERIFY(ResponseClassifier::isEkoAuthRefusal(r));
        QVERIFY(!ResponseClassifier::isIndeterminate(r));
        QCOMPARE(r.gatewayRefusal, refusal);
    }
    // Eko's own refusal names no gateway cause; a proxy's page stays unknown
    // even if it happens to carry the word.
    QCOMPARE(::classify(Call::InitiateTransaction, 403, R"({"status":403})").gatewayRefusal,
             GatewayRefusal::None);
    const Result proxy =
        ::classify(Call::InitiateTransaction, 403, R"({"gateway_error":")" + gatewayError + R"("})");
    QCOMPARE(proxy.outcome, Outcome::Unknown);
    QCOMPARE(proxy.gatewayRefusal, GatewayRefusal::None);
}

void TestEkoResponseClassifier::txStatusTable_data()
{
    QTest::addColumn<int>("tx");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("0") << 0 << Outcome::Success;
    QTest::newRow("1") << 1 << Outcome::Failed;
    QTest::newRow("2") << 2 << Outcome::Pending;
    QTest::newRow("3") << 3 << Outcome::RefundPending;
    QTest::newRow("4") << 4 << Outcome::Refunded;
    QTest::newRow("5") << 5 << Outcome::Pending;
    QTest::newRow("6") << 6 << Outcome::Pending;
    QTest::newRow("-1") << -1 << Outcome::Pending;
    QTest::newRow("42") << 42 << Outcome::Pending;
}

void TestEkoResponseClassifier::txStatusTable()
{
    QFETCH(int, tx);
    QFETCH(Outcome, outcome);
    QCOMPARE(ResponseClassifier::outcomeForTxStatus(tx), outcome);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoResponseClassifier)
#include "tst_ekoresponseclassifier.moc"
