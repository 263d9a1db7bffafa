<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AmountPage</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole rupees. Enter sends the OTP to the customer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in whole rupees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can send up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMPS (instant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPS, instant transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NEFT (bank hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEFT transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this out to the customer. Nothing is sent until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: go back, nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the money now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtpPage</name>
    <message>
        <source>Transaction OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the OTP that just arrived and type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OTP (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction OTP, six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer a new transaction OTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick who gets the money: type to filter, arrows to choose, Enter to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a recipient by name, bank, account or IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, bank, last digits of the account or IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient name as the bank knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient bank account number, typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch IFSC code, eleven characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP to register the recipient with the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the bank registration OTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the bank for the status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko transaction ID (TID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference (UTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s mobile number and press Enter. Read the OTP from the customer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP sent to the customer&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the customer&apos;s OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer a new OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer: enrol with details as on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name as on ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name as on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer date of birth, day month year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer address: house, street, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House, street, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer PIN code, six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the customer and send an OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly limit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must finish KYC first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a&amp;nother customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this customer and serve another one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>counterdesk::ui::AmountPage</name>
    <message>
        <source>From %1 to %2, %3 %4</source>
        <extracomment>%1 customer, %2 recipient, %3 bank, %4 masked account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly limit left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::BusyPanel</name>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
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
    <name>counterdesk::ui::ConfirmPage</name>
    <message>
        <source>&amp;Send %1</source>
        <extracomment>%1 is the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko states the fee when the money is sent; the receipt shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPS (instant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money is being sent. This window closes only after the bank answers, so the result is never lost.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>counterdesk::ui::OtpPage</name>
    <message>
        <source>Eko sent an OTP to the customer&apos;s mobile %1 for %2 to %3.</source>
        <extracomment>%1 customer mobile, %2 amount, %3 recipient name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong OTP typed %n time(s). After %1, Eko locks the customer for 15 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new OTP can be sent in %1 s.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ReceiptView</name>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on the counter&apos;s receipt printer without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 could not be started. Check that it is switched on and has paper, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::RecipientModel</name>
    <message>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::RecipientPage</name>
    <message>
        <source>not given by Eko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · Wallet %3 · Monthly limit left %4</source>
        <extracomment>%1 name, %2 mobile, %3 wallet balance, %4 monthly limit left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no recipients yet. Press Alt+A to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient matches. Clear the filter or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown bank: check the IFSC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ResultPage</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet (PROVISIONAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at the bank (PROVISIONAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: refund waiting for the customer&apos;s OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Money sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not sent: refund needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank refused the transfer. The customer gets the money back after a refund with an OTP; open the transfer from the history to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏳ Checking with the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has not confirmed this transfer yet. Do NOT send it again. CounterDesk keeps checking on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: to %1, %2 (ref %3)</source>
        <extracomment>Receipt box title: %1 recipient, %2 masked account, %3 client reference</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::SenderPage</name>
    <message>
        <source>PPI DigiKhata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPI Levin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend OTP in %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given by Eko</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::StepSideBar</name>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: no real money moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::TransferProblemText</name>
    <message>
        <source>This customer has no wallet yet. Fill in the enrolment form below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must finish Aadhaar verification before sending money. Ask them to complete it in the wallet app or at an Aadhaar centre, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must add a PAN card to the wallet before sending money. Ask them to complete it in the wallet app, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That OTP is wrong. Ask the customer to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That OTP has expired. Send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That OTP is not valid. Ask the customer to read it again or send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s wallet does not have enough money for this amount and the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s monthly limit does not allow this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient is already registered for this customer. Pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has added 5 recipients today, the most allowed. Try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not know this customer. Check the mobile number and the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has no record of this transfer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer is still being processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not allowed to use this service. Call your distributor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko refused some details. Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries for now. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank refused the transfer. The customer&apos;s money was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko could not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not answer in time. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Eko. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Eko broke before the answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Eko is not secure, so nothing was sent. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings are not secure, so nothing was sent. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko refused this counter. The PC clock may be wrong, or the keys are not active. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko refused the request. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko is busy. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko has a problem at its end. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounterDesk could not make this request. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount of at least one rupee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole rupees only: Eko does not send paise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the wallet balance (%1).</source>
        <extracomment>%1 is the wallet balance, e.g. ₹25,000.00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the customer&apos;s monthly limit left (%1).</source>
        <extracomment>%1 is what is left of the monthly limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one transfer may carry (%1). Split it into smaller transfers.</source>
        <extracomment>%1 is the largest amount one transfer may carry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient&apos;s bank does not accept that channel. Pick the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a mobile number: type 10 digits starting with 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OTP is 4 to 8 digits. Ask the customer to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name, letters only, up to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must be between 18 and 100 years old. Check the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number is 9 to 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two account numbers differ. Type both again from the passbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That IFSC is not right: 4 letters, a zero, then 6 letters or digits (SBIN0001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile is not a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile must differ from the customer&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounterDesk does not know the bank of this IFSC. Check the IFSC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a recipient from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the countdown before sending a new OTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has a transfer the bank has not settled yet. Wait for it before sending again; the history shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounterDesk cannot write its record of transfers, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current step to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of transfers is not open. Restart CounterDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of transfers is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of transfers is damaged. Stop and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of transfers cannot be written (read-only). Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC could not write to the disk. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of transfers is from another CounterDesk version. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer was already recorded. Start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has a transfer the bank has not settled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of transfers refused this. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the customer a new OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the recipient with the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bank OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the OTP to the customer&apos;s phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the money. Do not close this window; wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer was already sent once. It is never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to send: go back and type the OTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko says: %1</source>
        <extracomment>Eko&apos;s own words, under ours, for support. %1 is Eko&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::TransferWizard</name>
    <message>
        <source>New transfer — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>नया ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Next ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: close the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
