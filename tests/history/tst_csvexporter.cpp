// CsvExporter: RFC 4180 quoting, the UTF-8 BOM, and a known journal written
// out line by line (Hindi names and a recipient with a comma and quotes).
#include "HistoryFixture.h"
#include "TestRunner.h"
#include "history/CsvExporter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::history;
using namespace counterdesk::history::testing;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Sita Devi") << QStringLiteral("Sita Devi");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Rahul, Raju") << QStringLiteral("\"Rahul, Raju\"");
        QTest::newRow("quote") << QStringLiteral("Rahul \"Raju\"")
                               << QStringLiteral("\"Rahul \"\"Raju\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line one\nline two")
                                 << QStringLiteral("\"line one\nline two\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("hindi") << QStringLiteral("सीता देवी") << QStringLiteral("सीता देवी");
        QTest::newRow("hindi with comma") << QStringLiteral("सीता, देवी") << QStringLiteral("\"सीता, देवी\"");
        QTest::newRow("leading space kept") << QStringLiteral(" 42 ") << QStringLiteral(" 42 ");
    }
    void quote()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::quote(field), expected);
    }

    void lineIsUtf8WithCrlf()
    {
        const QByteArray line = CsvExporter::line({QStringLiteral("सीता"), QStringLiteral("a,b"), QString()});
        QCOMPARE(line, QString(QStringLiteral("सीता,\"a,b\",\r\n")).toUtf8());
    }

    void columnsMatchFields()
    {
        QCOMPARE(CsvExporter::fields(journal::Transfer{}).size(), CsvExporter::columns().size());
    }

    void writesKnownJournal()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fillKnown());
        journal::SearchQuery q;
        q.from = IstDay::start(knownDay());
        q.to = IstDay::end(knownDay());
        q.states = {journal::TransferState::Success};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = CsvExporter::write(*f.journal, q, buffer);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 2);

        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(QLatin1String("\r\n")));
        const QStringList lines = text.left(text.size() - 2).split(QLatin1String("\r\n"));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(
            lines.at(0),
            QStringLiteral("created_at,client_ref_id,rail,status,sender_mobile,sender_name,recipient_name,"
                           "recipient_bank,recipient_account,recipient_ifsc,amount,fee,channel,tid,utr,"
                           "tx_status,tx_status_desc,updated_at,profile"));
        // Newest first: H4 (13:00 IST) before H1 (10:00 IST).
        QCOMPARE(
            lines.at(1),
            QStringLiteral("2026-11-20T13:00:00+05:30,H4,levin,SUCCESS,9988776655,सीता देवी,"
                           "\"Rahul, \"\"Raju\"\" Singh\",State Bank of India,\u2022\u2022\u2022\u20224321,"
                           "SBIN0000001,10000.00,50.00,IMPS,4234567890,UTR4234567890,,,"
                           "2026-11-20T13:00:20+05:30,Training"));
        QCOMPARE(lines.at(2),
                 QStringLiteral(
                     "2026-11-20T10:00:00+05:30,H1,digikhata,SUCCESS,9876543210,"
                     "Ramesh Kumar,Sita Devi,State Bank of India,\u2022\u2022\u2022\u20221234,SBIN0000001,"
                     "1500.00,15.00,IMPS,1234567890,UTR1234567890,,,"
                     "2026-11-20T10:00:20+05:30,Training"));
    }

    void guard_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0")
                              << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("negative amount stays a number")
            << QStringLiteral("-150.00") << QStringLiteral("-150.00");
        QTest::newRow("signed integer") << QStringLiteral("+5") << QStringLiteral("+5");
        QTest::newRow("sign alone") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("two points") << QStringLiteral("-1.2.3") << QStringLiteral("'-1.2.3");
        QTest::newRow("inside is harmless") << QStringLiteral("Sita =Devi") << QStringLiteral("Sita =Devi");
        QTest::newRow("plain") << QStringLiteral("1500.00") << QStringLiteral("1500.00");
        QTest::newRow("empty") << QString() << QString();
    }
    void guard()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::guard(field), expected);
    }

    void formulaNamesAreDefusedInTheFile()
    {
        // Names an agent typed (or a customer dictated) that a spreadsheet
        // would run: read back from a real file, each starts with an apostrophe.
        HistoryFixture f;
        QVERIFY(f.open());
        const QStringList names = {QStringLiteral("=HYPERLINK(\"http://x.example\",\"Sita\")"),
                                   QStringLiteral("+91 cmd"), QStringLiteral("-2+3"),
                                   QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\t=1")};
        const KnownRow base = knownRows().first();
        int i = 0;
        QVERIFY(f.journal
                    ->importHistory([&]() -> std::optional<journal::ImportedTransfer> {
                        if (i == names.size())
                            return std::nullopt;
                        journal::ImportedTransfer t = testing::imported(base);
                        t.transfer.clientRefId = QStringLiteral("F%1").arg(i);
                        t.transfer.recipientName = names.at(i);
                        t.createdAt = base.created.addSecs(-i); // F0 newest
                        ++i;
                        return t;
                    })
                    .ok());
        QTemporaryDir out;
        QFile file(out.filePath(QStringLiteral("guarded.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(CsvExporter::write(*f.journal, {}, file).value(), qint64(names.size()));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll().mid(3)).split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), names.size() + 1);
        const qsizetype recipient = CsvExporter::columns().indexOf(QStringLiteral("recipient_name"));
        const qsizetype amount = CsvExporter::columns().indexOf(QStringLiteral("amount"));
        for (qsizetype n = 0; n < names.size(); ++n) {
            const QString& line = lines.at(n + 1);
            // The quoted first name holds commas: split the rest after it.
            if (n == 0) {
                QVERIFY2(
                    line.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Sita\"\")\",")),
                    qPrintable(line));
                continue;
            }
            const QStringList cells = line.split(u',');
            QCOMPARE(cells.at(recipient), QString(u'\'' + names.at(n)));
            QCOMPARE(cells.at(amount), QStringLiteral("1500.00"));
        }
    }

    void pagesThroughLargeResults()
    {
        // More rows than one journal page (1,000), so paging is exercised.
        HistoryFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fillCopies(2345, QStringLiteral("P")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 progressCalls = 0;
        const auto written = CsvExporter::write(*f.journal, {}, buffer, [&](qint64) {
            ++progressCalls;
            return true;
        });
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 2345);
        QCOMPARE(progressCalls, 3);
        QCOMPARE(buffer.data().count("\r\n"), 2346);
        // No row twice, none missing: every ref appears once.
        const QString text = QString::fromUtf8(buffer.data());
        for (int n : {0, 999, 1000, 2344})
            QCOMPARE(text.count(QStringLiteral(",P%1,").arg(n)), 1);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
