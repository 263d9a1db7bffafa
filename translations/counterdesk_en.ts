<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n transfer(s) written to %1</source>
        <translation>
            <numerusform>%n transfer written to %1</numerusform>
            <numerusform>%n transfers written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::gateway::GatewayCommands</name>
    <message numerus="yes">
        <source>%n transfer(s) written to %1</source>
        <translation>
            <numerusform>%n transfer written to %1</numerusform>
            <numerusform>%n transfers written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the password (one line on stdin) needs %n character(s) or more</source>
        <translation>
            <numerusform>the password (one line on stdin) needs %n character or more</numerusform>
            <numerusform>the password (one line on stdin) needs %n characters or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: the certificate ends in %n day(s); renew it before then</source>
        <translation>
            <numerusform>warning: the certificate ends in %n day; renew it before then</numerusform>
            <numerusform>warning: the certificate ends in %n days; renew it before then</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ConnectionTestText</name>
    <message numerus="yes">
        <source>this PC&apos;s clock is %n second(s) slow compared with the server&apos;s Date header. Set the clock to update automatically.</source>
        <translation>
            <numerusform>this PC&apos;s clock is %n second slow compared with the server&apos;s Date header. Set the clock to update automatically.</numerusform>
            <numerusform>this PC&apos;s clock is %n seconds slow compared with the server&apos;s Date header. Set the clock to update automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this PC&apos;s clock is %n second(s) fast compared with the server&apos;s Date header. Set the clock to update automatically.</source>
        <translation>
            <numerusform>this PC&apos;s clock is %n second fast compared with the server&apos;s Date header. Set the clock to update automatically.</numerusform>
            <numerusform>this PC&apos;s clock is %n seconds fast compared with the server&apos;s Date header. Set the clock to update automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::HistoryText</name>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::HistoryView</name>
    <message numerus="yes">
        <source>%n transfer(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%n transfer shown; scroll down for more</numerusform>
            <numerusform>%n transfers shown; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1</source>
        <extracomment>%n transfers in the file, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>Exported %n transfer to %1</numerusform>
            <numerusform>Exported %n transfers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::OtpPage</name>
    <message numerus="yes">
        <source>Wrong OTP typed %n time(s). After %1, Eko locks the customer for 15 minutes.</source>
        <translation>
            <numerusform>Wrong OTP typed %n time. After %1, Eko locks the customer for 15 minutes.</numerusform>
            <numerusform>Wrong OTP typed %n times. After %1, Eko locks the customer for 15 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::PendingCountLabel</name>
    <message numerus="yes">
        <source>%n transfer(s) pending</source>
        <translation>
            <numerusform>%n transfer pending</numerusform>
            <numerusform>%n transfers pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) to give</source>
        <translation>
            <numerusform>%n refund to give</numerusform>
            <numerusform>%n refunds to give</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::PinText</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
