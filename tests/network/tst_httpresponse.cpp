// http/HttpResponse: how counterdesk-gateway's own client reads an answer
// from Eko (or whatever stands in front of it), byte for byte: each framing a
// server may choose, what arrives in pieces, what is cut by the close, and
// what is refused rather than guessed at. The client tests
// (tst_httpclient, tst_ekoclient_*_direct) cover the same over the network.
#include "TestRunner.h"
#include "http/HttpResponse.h"

#include <QTest>

using namespace counterdesk;
using Status = http::HttpResponseParse::Status;

Q_DECLARE_METATYPE(http::HttpResponseParse::Status)

class TestHttpResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framings_data();
    void framings();
    void arrivesInPieces();
    void cutByTheCloseKeepsItsStatus();
    void refused_data();
    void refused();
};

void TestHttpResponse::framings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("reusable");

    QTest::newRow("content-length") << QByteArray(
                                           "HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n{\"status\":0}")
                                    << false << 200 << QByteArray("{\"status\":0}") << true;
    QTest::newRow("connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}") << false << 200
        << QByteArray("{}") << false;
    QTest::newRow("chunked, extension, trailer")
        << QByteArray(
               "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"sta\r\n7;x=y\r\ntus\":0}\r\n"
               "0\r\nX-Check: 1\r\n\r\n")
        << false << 200 << QByteArray("{\"status\":0}") << true;
    QTest::newRow("until the close") << QByteArray("HTTP/1.0 200 OK\r\n\r\n{\"status\":0}") << true << 200
                                     << QByteArray("{\"status\":0}") << false;
    QTest::newRow("interim 100 skipped")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 502 Bad Gateway\r\n"
                      "Content-Length: 3\r\n\r\nbad")
        << false << 502 << QByteArray("bad") << true;
    QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204
                                     << QByteArray() << true;
    QTest::newRow("empty reason phrase")
        << QByteArray("HTTP/1.1 403 \r\nContent-Length: 0\r\n\r\n") << false << 403 << QByteArray() << true;
}

void TestHttpResponse::framings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closed);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, reusable);
    const http::HttpResponseParse parse = http::parseHttpResponse(bytes, closed);
    QCOMPARE(parse.status, Status::Complete);
    QCOMPARE(parse.response.status, status);
    QCOMPARE(parse.response.body, body);
    QCOMPARE(parse.response.reusable, reusable);
    QCOMPARE(parse.consumed, bytes.size());
}

void TestHttpResponse::arrivesInPieces()
{
    const QByteArray whole(
        "HTTP/1.1 200 OK\r\nDate: Sat, 05 Dec 2026 12:00:00 GMT\r\nTransfer-Encoding: chunked\r\n"
        "\r\n4\r\nabcd\r\n2\r\nef\r\n0\r\n\r\n");
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        const http::HttpResponseParse part = http::parseHttpResponse(whole.left(cut), false);
        QVERIFY2(part.status == Status::NeedMore, qPrintable(QString::number(cut)));
    }
    const http::HttpResponseParse parse = http::parseHttpResponse(whole, false);
    QCOMPARE(parse.status, Status::Complete);
    QCOMPARE(parse.response.body, QByteArray("abcdef"));
    QCOMPARE(parse.response.header("date"), QByteArray("Sat, 05 Dec 2026 12:00:00 GMT"));
}

void TestHttpResponse::cutByTheCloseKeepsItsStatus()
{
    // A 200 whose body the close cut: the request may have been applied, and
    // the code seen is kept for the log; the answer is not complete.
    const QByteArray cut("HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n{\"status\":0,\"da");
    const http::HttpResponseParse open = http::parseHttpResponse(cut, false);
    QCOMPARE(open.status, Status::NeedMore);
    QCOMPARE(open.statusSeen, 200);
    const http::HttpResponseParse closed = http::parseHttpResponse(cut, true);
    QCOMPARE(closed.status, Status::Malformed);
    QCOMPARE(closed.statusSeen, 200);
    QVERIFY(!closed.error.isEmpty());
    QCOMPARE(http::parseHttpResponse(QByteArray(), true).status, Status::Malformed);
}

void TestHttpResponse::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("conflicting lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}x");
    QTest::newRow("signed length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\n{}");
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\n{}\r\n\r\n");
    QTest::newRow("not HTTP/1") << QByteArray("HTTP/2 200\r\ncontent-length: 2\r\n\r\n{}");
    QTest::newRow("no status code") << QByteArray("HTTP/1.1 OK\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk without CRLF")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}xx0\r\n\r\n");
    QTest::newRow("chunks over the limit")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffff\r\n");
    QTest::newRow("protocol switch") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n");
}

void TestHttpResponse::refused()
{
    QFETCH(QByteArray, bytes);
    const http::HttpResponseParse parse = http::parseHttpResponse(bytes, false);
    QCOMPARE(parse.status, Status::Malformed);
    QVERIFY(!parse.error.isEmpty());
}

COUNTERDESK_TEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
