<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>ValueErrorText</name>
    <message>
        <source>The amount is empty.</source>
        <translation>राशि खाली है।</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>राशि नहीं दी गई है।</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>राशि कोई संख्या नहीं है।</translation>
    </message>
    <message>
        <source>The amount is negative.</source>
        <translation>राशि ऋणात्मक है।</translation>
    </message>
    <message>
        <source>The amount has more than two digits after the decimal point.</source>
        <translation>राशि में दशमलव के बाद दो से अधिक अंक हैं।</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>राशि बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>Enter the amount in rupees.</source>
        <translation>राशि रुपये में दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter whole rupees only, without paise.</source>
        <translation>केवल पूरे रुपये दर्ज करें, पैसे नहीं।</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>राशि ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>केवल अंकों का उपयोग करें।</translation>
    </message>
    <message>
        <source>Commas may only stand between digits.</source>
        <translation>कॉमा केवल अंकों के बीच आ सकता है।</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>राशि शून्य से अधिक होनी चाहिए।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation>ग्राहक का मोबाइल नंबर दर्ज करें।</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, spaces, dashes and a leading +91.</source>
        <translation>मोबाइल नंबर में केवल अंक, स्पेस, डैश और शुरू में +91 हो सकते हैं।</translation>
    </message>
    <message>
        <source>Only Indian mobile numbers (+91) can be used.</source>
        <translation>केवल भारतीय मोबाइल नंबर (+91) ही इस्तेमाल किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits.</source>
        <translation>मोबाइल नंबर 10 अंकों का होता है।</translation>
    </message>
    <message>
        <source>A mobile number starts with 6, 7, 8 or 9.</source>
        <translation>मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है।</translation>
    </message>
    <message>
        <source>Enter the IFSC of the recipient&apos;s bank branch.</source>
        <translation>प्राप्तकर्ता की बैंक शाखा का IFSC दर्ज करें।</translation>
    </message>
    <message>
        <source>An IFSC contains only letters and digits.</source>
        <translation>IFSC में केवल अक्षर (A–Z) और अंक होते हैं।</translation>
    </message>
    <message>
        <source>An IFSC has 11 characters.</source>
        <translation>IFSC में 11 वर्ण होते हैं।</translation>
    </message>
    <message>
        <source>The first four characters of an IFSC are letters.</source>
        <translation>IFSC के पहले चार वर्ण अक्षर (A–Z) होते हैं।</translation>
    </message>
    <message>
        <source>The fifth character of an IFSC is the digit zero (0), not the letter O.</source>
        <translation>IFSC का पाँचवाँ वर्ण शून्य (0) अंक होता है, अक्षर O नहीं।</translation>
    </message>
    <message>
        <source>Enter the account number.</source>
        <translation>खाता संख्या दर्ज करें।</translation>
    </message>
    <message>
        <source>An account number contains only digits.</source>
        <translation>खाता संख्या में केवल अंक होते हैं।</translation>
    </message>
    <message>
        <source>An account number has at least 9 digits.</source>
        <translation>खाता संख्या में कम से कम 9 अंक होते हैं।</translation>
    </message>
    <message>
        <source>An account number has at most 18 digits.</source>
        <translation>खाता संख्या में अधिकतम 18 अंक होते हैं।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::AboutDialog</name>
    <message>
        <source>Public domain</source>
        <translation>सार्वजनिक डोमेन</translation>
    </message>
    <message>
        <source>About CounterDesk</source>
        <translation>CounterDesk के बारे में</translation>
    </message>
    <message>
        <source>CounterDesk logo</source>
        <translation>CounterDesk का लोगो</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (Qt %2 के साथ बना)</translation>
    </message>
    <message>
        <source>Counter console for sending money from Eko prepaid wallets to bank accounts.</source>
        <translation>Eko प्रीपेड वॉलेट से बैंक खातों में पैसे भेजने का काउंटर कंसोल।</translation>
    </message>
    <message>
        <source>CounterDesk is free software under the MIT licence. It uses:</source>
        <translation>CounterDesk, MIT लाइसेंस के तहत मुफ़्त सॉफ़्टवेयर है। इसमें ये घटक इस्तेमाल होते हैं:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>CounterDesk licence text</source>
        <translation>CounterDesk लाइसेंस का पूरा पाठ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>संस्करण दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Use FILE for settings instead of the usual one (training rooms, support).</source>
        <translation>सामान्य सेटिंग्स फ़ाइल की जगह FILE का उपयोग करें (प्रशिक्षण कक्ष, सहायता)।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>CounterDesk: send money from a customer&apos;s prepaid wallet to a bank account.</source>
        <translation>CounterDesk: ग्राहक के प्रीपेड वॉलेट से बैंक खाते में पैसे भेजें।</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित आर्ग्युमेंट: %1</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::CustomerPhonePanel</name>
    <message>
        <source>Customer phone</source>
        <translation>ग्राहक का फ़ोन</translation>
    </message>
    <message>
        <source>Training: the SMS the customer would receive appear here.</source>
        <translation>प्रशिक्षण: ग्राहक को मिलने वाले SMS यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>OTP</source>
        <translation>OTP</translation>
    </message>
    <message>
        <source>Messages on the customer&apos;s phone</source>
        <translation>ग्राहक के फ़ोन पर आए संदेश</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>साफ़ करें (&amp;R)</translation>
    </message>
    <message>
        <source>Clear messages</source>
        <translation>संदेश साफ़ करें</translation>
    </message>
    <message>
        <source>Verify customer</source>
        <translation>ग्राहक सत्यापन</translation>
    </message>
    <message>
        <source>Confirm transfer</source>
        <translation>ट्रांसफ़र की पुष्टि</translation>
    </message>
    <message>
        <source>Register recipient bank account</source>
        <translation>प्राप्तकर्ता का बैंक खाता पंजीकरण</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::HomeWidget</name>
    <message>
        <source>What would you like to do?</source>
        <translation>आप क्या करना चाहते हैं?</translation>
    </message>
    <message>
        <source>&amp;New transfer</source>
        <translation>नया ट्रांसफ़र (&amp;N)</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>नया ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Send money from a customer&apos;s wallet to a bank account</source>
        <translation>ग्राहक के वॉलेट से बैंक खाते में पैसे भेजें</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>इतिहास (&amp;I)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Find, check and reprint earlier transfers</source>
        <translation>पुराने ट्रांसफ़र खोजें, जाँचें और रसीद दोबारा प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::MainWindow</name>
    <message>
        <source>CounterDesk</source>
        <translation>CounterDesk</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>ट्रांसफ़र (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New transfer</source>
        <translation>नया ट्रांसफ़र (&amp;N)</translation>
    </message>
    <message>
        <source>Send money from a customer&apos;s wallet to a bank account</source>
        <translation>ग्राहक के वॉलेट से बैंक खाते में पैसे भेजें</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>इतिहास (&amp;H)</translation>
    </message>
    <message>
        <source>Find, check and reprint earlier transfers</source>
        <translation>पुराने ट्रांसफ़र खोजें, जाँचें और रसीद दोबारा प्रिंट करें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CounterDesk</source>
        <translation>CounterDesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <source>TRAINING — practice only, no real money moves</source>
        <translation>प्रशिक्षण — केवल अभ्यास, असली पैसा नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>प्रशिक्षण मोड</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>कनेक्शन प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Customer &amp;phone</source>
        <translation>ग्राहक का फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>प्रोफ़ाइल: %1</translation>
    </message>
    <message>
        <source>Training — starting the sandbox…</source>
        <translation>प्रशिक्षण — सैंडबॉक्स शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Training — sandbox on %1</source>
        <translation>प्रशिक्षण — सैंडबॉक्स %1 पर चालू</translation>
    </message>
    <message>
        <source>Training — sandbox not running</source>
        <translation>प्रशिक्षण — सैंडबॉक्स नहीं चल रहा</translation>
    </message>
    <message>
        <source>The training sandbox could not start, so training transfers will not work. Details for support: %1</source>
        <translation>प्रशिक्षण सैंडबॉक्स शुरू नहीं हो सका, इसलिए प्रशिक्षण ट्रांसफ़र काम नहीं करेंगे। सहायता टीम के लिए विवरण: %1</translation>
    </message>
    <message>
        <source>The training sandbox is not in this build, so training transfers will not work.</source>
        <translation>इस बिल्ड में प्रशिक्षण सैंडबॉक्स नहीं है, इसलिए प्रशिक्षण ट्रांसफ़र काम नहीं करेंगे।</translation>
    </message>
    <message>
        <source>New transfer is not in this build of CounterDesk yet. It comes in a later version.</source>
        <translation>नया ट्रांसफ़र अभी CounterDesk के इस बिल्ड में नहीं है। यह किसी अगले संस्करण में आएगा।</translation>
    </message>
    <message>
        <source>History is not in this build of CounterDesk yet. It comes in a later version.</source>
        <translation>इतिहास अभी CounterDesk के इस बिल्ड में नहीं है। यह किसी अगले संस्करण में आएगा।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::MessageWidget</name>
    <message>
        <source>Information</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>संदेश बंद करें</translation>
    </message>
</context>
</TS>
