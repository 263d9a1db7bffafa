<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AmountPage</name>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Whole rupees. Enter sends the OTP to the customer&apos;s phone.</source>
        <translation>केवल पूरे रुपये। Enter दबाने पर ग्राहक के फ़ोन पर OTP जाएगा।</translation>
    </message>
    <message>
        <source>&amp;Amount (₹)</source>
        <translation>राशि (₹) (&amp;A)</translation>
    </message>
    <message>
        <source>Amount in whole rupees</source>
        <translation>पूरे रुपयों में राशि</translation>
    </message>
    <message>
        <source>Can send up to</source>
        <translation>अधिकतम भेज सकते हैं</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>&amp;IMPS (instant)</source>
        <translation>IMPS (तुरंत) (&amp;I)</translation>
    </message>
    <message>
        <source>IMPS, instant transfer</source>
        <translation>IMPS, तुरंत ट्रांसफ़र</translation>
    </message>
    <message>
        <source>&amp;NEFT (bank hours)</source>
        <translation>NEFT (बैंक समय में) (&amp;N)</translation>
    </message>
    <message>
        <source>NEFT transfer</source>
        <translation>NEFT ट्रांसफ़र</translation>
    </message>
    <message>
        <source>In rupees. The fee and the total are shown before anything is sent.</source>
        <translation>रुपयों में। कुछ भी भेजने से पहले शुल्क और कुल राशि दिखाई जाती है।</translation>
    </message>
</context>
<context>
    <name>BankCommand</name>
    <message>
        <source>not an IFSC: 4 letters, a zero, then 6 letters or digits</source>
        <translation>यह IFSC नहीं है: 4 अक्षर, एक शून्य, फिर 6 अक्षर या अंक</translation>
    </message>
    <message>
        <source>no bank&apos;s IFSC starts with %1 (mistyped?)</source>
        <translation>किसी बैंक का IFSC %1 से शुरू नहीं होता (टाइप में गलती?)</translation>
    </message>
    <message>
        <source>%1, but this branch is not listed</source>
        <translation>%1, पर यह शाखा सूची में नहीं है</translation>
    </message>
    <message>
        <source>%1 (an IFSC leased from %2)</source>
        <translation>%1 (%2 से लीज़ पर लिया गया IFSC)</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation>सूची: %1</translation>
    </message>
    <message>
        <source>the IFSC is wrong; Eko was not asked</source>
        <translation>IFSC गलत है; Eko से नहीं पूछा गया</translation>
    </message>
    <message>
        <source>Eko: bank_id %1, %2, branch %3, %4</source>
        <extracomment>%1 Eko&apos;s bank_id, %2 bank, %3 branch, %4 channels such as &quot;IMPS, NEFT&quot;</extracomment>
        <translation>Eko: bank_id %1, %2, शाखा %3, %4</translation>
    </message>
    <message>
        <source>Eko can check the account holder&apos;s name at this bank.</source>
        <translation>इस बैंक में Eko खाताधारक का नाम जाँच सकता है।</translation>
    </message>
    <message>
        <source>Eko cannot check the account holder&apos;s name here.</source>
        <translation>यहाँ Eko खाताधारक का नाम नहीं जाँच सकता।</translation>
    </message>
    <message>
        <source>(from the journal&apos;s copy of Eko&apos;s answer)</source>
        <translation>(ट्रांसफ़र रिकॉर्ड (जर्नल) में रखे Eko के जवाब से)</translation>
    </message>
</context>
<context>
    <name>BankNameHint</name>
    <message>
        <source>No bank&apos;s IFSC starts with %1. Check the customer&apos;s passbook.</source>
        <translation>किसी भी बैंक का IFSC %1 से शुरू नहीं होता। ग्राहक की पासबुक जाँचें।</translation>
    </message>
    <message>
        <source>No branch has this IFSC. Check the customer&apos;s passbook.</source>
        <translation>किसी भी शाखा का यह IFSC नहीं है। ग्राहक की पासबुक जाँचें।</translation>
    </message>
    <message>
        <source>%1: this branch is not in CounterDesk&apos;s list of %2. Check the passbook; if it is right, Eko will still be asked.</source>
        <extracomment>%1 is the bank&apos;s name, %2 the date of CounterDesk&apos;s list of branches</extracomment>
        <translation>%1: यह शाखा CounterDesk की %2 की सूची में नहीं है। पासबुक जाँचें; अगर IFSC सही है, तो Eko से फिर भी पूछा जाएगा।</translation>
    </message>
    <message>
        <source>%1 (an IFSC leased from %2)</source>
        <extracomment>%1 is the bank that holds the account; %2 the bank whose IFSC it leases</extracomment>
        <translation>%1 (%2 से लीज़ पर लिया गया IFSC)</translation>
    </message>
</context>
<context>
    <name>CheckConnectionCommand</name>
    <message>
        <source>This PC&apos;s clock: the server&apos;s Date header says it is %1 seconds %2. Eko refuses a signature made with the wrong time; set the clock to update automatically.</source>
        <translation>इस कंप्यूटर की घड़ी: सर्वर के Date हेडर के अनुसार यह %1 सेकंड %2 है। ग़लत समय से बने हस्ताक्षर को Eko अस्वीकार करता है; घड़ी को अपने आप अपडेट होने पर सेट करें।</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>IP allow-list: Eko answers only allow-listed (static, Indian) server IPs. A counter PC&apos;s changing IP cannot be allow-listed; production needs a partner server (REFERENCE.md §2.4).</source>
        <translation>IP अनुमति-सूची: Eko केवल अनुमति-सूची में दर्ज (स्थिर, भारतीय) सर्वर IP को जवाब देता है। काउंटर कंप्यूटर का बदलता IP अनुमति-सूची में नहीं जोड़ा जा सकता; प्रोडक्शन के लिए पार्टनर सर्वर ज़रूरी है (REFERENCE.md §2.4)।</translation>
    </message>
    <message>
        <source>Key: the developer key or access key is wrong, inactive, or not issued for this environment.</source>
        <translation>कुंजी: डेवलपर कुंजी या एक्सेस कुंजी ग़लत है, सक्रिय नहीं है, या इस एनवायरनमेंट के लिए जारी नहीं हुई है।</translation>
    </message>
    <message>
        <source>Environment mix-up: this profile is UAT (%1); production keys do not work there.</source>
        <translation>एनवायरनमेंट की गड़बड़ी: यह प्रोफ़ाइल UAT (%1) है; वहाँ प्रोडक्शन कुंजियाँ काम नहीं करतीं।</translation>
    </message>
    <message>
        <source>Environment mix-up: UAT keys do not work against production (%1), nor the reverse.</source>
        <translation>एनवायरनमेंट की गड़बड़ी: UAT कुंजियाँ प्रोडक्शन (%1) पर काम नहीं करतीं, और न ही इसका उल्टा।</translation>
    </message>
    <message>
        <source>A proxy in between may drop the developer_key header (underscores in header names).</source>
        <translation>बीच में कोई प्रॉक्सी developer_key हेडर हटा सकता है (हेडर नामों में अंडरस्कोर)।</translation>
    </message>
    <message>
        <source>Clock: off by %1 ms as far as the server&apos;s Date header shows, which looks fine.</source>
        <translation>घड़ी: सर्वर के Date हेडर के अनुसार %1 ms का अंतर, जो ठीक लगता है।</translation>
    </message>
    <message>
        <source>The signature was accepted, but this PC&apos;s clock is %1 seconds off; fix it before Eko starts refusing.</source>
        <translation>हस्ताक्षर स्वीकार हो गया, लेकिन इस कंप्यूटर की घड़ी में %1 सेकंड का अंतर है; Eko के अस्वीकार करने से पहले इसे ठीक करें।</translation>
    </message>
    <message>
        <source>Profile %1, %2</source>
        <translation>प्रोफ़ाइल %1, %2</translation>
    </message>
    <message>
        <source>OK: the server answered (HTTP %1) and accepted the signature.</source>
        <translation>ठीक है: सर्वर ने जवाब दिया (HTTP %1) और हस्ताक्षर स्वीकार किया।</translation>
    </message>
    <message>
        <source>Refused: HTTP 403 Forbidden. Most likely causes, first to last:</source>
        <translation>अस्वीकार: HTTP 403 Forbidden। सबसे संभावित कारण, क्रम से:</translation>
    </message>
    <message>
        <source>Not reachable:</source>
        <translation>संपर्क नहीं हो सका:</translation>
    </message>
    <message>
        <source>Clock offset seen in the Date header: %1 ms</source>
        <translation>Date हेडर में दिखा घड़ी का अंतर: %1 ms</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>संस्करण दिखाएँ।</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>stdout पर मशीन-पठनीय आउटपुट।</translation>
    </message>
    <message>
        <source>Connection profile (INI). Without it: Training with the built-in sandbox.</source>
        <translation>कनेक्शन प्रोफ़ाइल (INI)। इसके बिना: बिल्ट-इन सैंडबॉक्स के साथ प्रशिक्षण।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Folder of the journal (default: CounterDesk&apos;s data folder).</source>
        <translation>ट्रांसफ़र रिकॉर्ड (जर्नल) का फ़ोल्डर (डिफ़ॉल्ट: CounterDesk का डेटा फ़ोल्डर)।</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>digikhata or levin.</source>
        <translation>digikhata या levin।</translation>
    </message>
    <message>
        <source>RAIL</source>
        <translation>RAIL</translation>
    </message>
    <message>
        <source>The customer&apos;s (sender&apos;s) mobile.</source>
        <translation>ग्राहक (भेजने वाले) का मोबाइल।</translation>
    </message>
    <message>
        <source>MOBILE</source>
        <translation>MOBILE</translation>
    </message>
    <message>
        <source>Eko&apos;s recipient_id of a registered recipient.</source>
        <translation>पंजीकृत प्राप्तकर्ता का Eko recipient_id।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Whole rupees.</source>
        <translation>पूरे रुपये।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>imps (default) or neft.</source>
        <translation>imps (डिफ़ॉल्ट) या neft।</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>transfer: keep asking Eko up to this many seconds while the result is pending.</source>
        <translation>transfer: परिणाम लंबित रहने पर अधिकतम इतने सेकंड तक Eko से पूछते रहें।</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, IST) or ISO time.</source>
        <translation>इस दिन से (YYYY-MM-DD, IST) या ISO समय।</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>To this day, inclusive (YYYY-MM-DD, IST) or ISO time.</source>
        <translation>इस दिन तक, उसे मिलाकर (YYYY-MM-DD, IST) या ISO समय।</translation>
    </message>
    <message>
        <source>Only these states, comma-separated (SUCCESS,PENDING,...).</source>
        <translation>केवल ये स्थितियाँ, कॉमा से अलग (SUCCESS,PENDING,...)।</translation>
    </message>
    <message>
        <source>STATES</source>
        <translation>STATES</translation>
    </message>
    <message>
        <source>Mobile, account, TID, UTR, name, amount or reference.</source>
        <translation>मोबाइल, खाता, TID, UTR, नाम, राशि या संदर्भ।</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation>export: लिखी जाने वाली CSV फ़ाइल।</translation>
    </message>
    <message>
        <source>receipt: the PDF file to write.</source>
        <translation>receipt: लिखी जाने वाली PDF फ़ाइल।</translation>
    </message>
    <message>
        <source>receipt: 58mm, 80mm, a4 or letter.</source>
        <translation>receipt: 58mm, 80mm, a4 या letter।</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>receipt: mark it as a copy (reprint).</source>
        <translation>receipt: इसे कॉपी (दोबारा प्रिंट) के रूप में चिह्नित करें।</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>कमांड।</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>कोई कमांड नहीं दी गई; --help देखें</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>अज्ञात कमांड &quot;%1&quot;; --help देखें</translation>
    </message>
    <message>
        <source>%1 needs exactly one client_ref_id</source>
        <translation>%1 को ठीक एक client_ref_id चाहिए</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 कोई और आर्ग्युमेंट नहीं लेता</translation>
    </message>
    <message>
        <source>transfer needs --rail digikhata or --rail levin</source>
        <translation>transfer के लिए --rail digikhata या --rail levin ज़रूरी है</translation>
    </message>
    <message>
        <source>transfer needs --customer MOBILE</source>
        <translation>transfer के लिए --customer MOBILE ज़रूरी है</translation>
    </message>
    <message>
        <source>transfer needs --recipient-id ID (a number)</source>
        <translation>transfer के लिए --recipient-id ID (एक संख्या) ज़रूरी है</translation>
    </message>
    <message>
        <source>transfer needs --amount N in rupees</source>
        <translation>transfer के लिए रुपये में --amount N ज़रूरी है</translation>
    </message>
    <message>
        <source>--channel must be imps or neft</source>
        <translation>--channel imps या neft होना चाहिए</translation>
    </message>
    <message>
        <source>--wait must be a whole number of seconds</source>
        <translation>--wait सेकंड की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>export needs --csv FILE</source>
        <translation>export के लिए --csv FILE ज़रूरी है</translation>
    </message>
    <message>
        <source>receipt needs --pdf FILE</source>
        <translation>receipt के लिए --pdf FILE ज़रूरी है</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>recipient add: the recipient&apos;s mobile.</source>
        <translation>recipient add: प्राप्तकर्ता का मोबाइल।</translation>
    </message>
    <message>
        <source>recipient add: the account number.</source>
        <translation>recipient add: खाता संख्या।</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>recipient add: the branch&apos;s IFSC.</source>
        <translation>recipient add: शाखा का IFSC।</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>did you mean &quot;recipient add&quot;? see --help</source>
        <translation>क्या आपका मतलब &quot;recipient add&quot; था? --help देखें</translation>
    </message>
    <message>
        <source>bank needs exactly one IFSC</source>
        <translation>bank को ठीक एक IFSC चाहिए</translation>
    </message>
    <message>
        <source>--rail must be digikhata or levin</source>
        <translation>--rail digikhata या levin होना चाहिए</translation>
    </message>
    <message>
        <source>%1 needs --rail digikhata or --rail levin</source>
        <translation>%1 को --rail digikhata या --rail levin चाहिए</translation>
    </message>
    <message>
        <source>%1 needs --customer MOBILE</source>
        <translation>%1 को --customer MOBILE चाहिए</translation>
    </message>
    <message>
        <source>recipient add needs --name, --mobile, --account and --ifsc</source>
        <translation>recipient add को --name, --mobile, --account और --ifsc चाहिए</translation>
    </message>
    <message>
        <source>recipient add: the account holder&apos;s name; kyc: the new customer&apos;s name.</source>
        <translation>recipient add: खाताधारक का नाम; kyc: नए ग्राहक का नाम।</translation>
    </message>
    <message>
        <source>kyc: the new customer&apos;s date of birth.</source>
        <translation>kyc: नए ग्राहक की जन्म तिथि।</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>kyc: a line of the new customer&apos;s address (repeat for more).</source>
        <translation>kyc: नए ग्राहक के पते की एक पंक्ति (और पंक्तियों के लिए दोहराएँ)।</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>kyc needs --rail digikhata or --rail levin</source>
        <translation>kyc के लिए --rail digikhata या --rail levin चाहिए</translation>
    </message>
    <message>
        <source>--dob must be a date: YYYY-MM-DD</source>
        <translation>--dob एक तारीख होनी चाहिए: YYYY-MM-DD</translation>
    </message>
    <message>
        <source>recipient add: ask the bank for the account holder&apos;s name first (Eko&apos;s fee).</source>
        <translation>recipient add: पहले बैंक से खाताधारक का नाम पूछें (Eko का शुल्क)।</translation>
    </message>
    <message>
        <source>recipient add: the customer confirmed the bank&apos;s name where it differs from --name.</source>
        <translation>recipient add: जहाँ बैंक का नाम --name से अलग है, वहाँ ग्राहक ने उसकी पुष्टि की है।</translation>
    </message>
    <message>
        <source>The language of messages and receipts: en or hi (default: the system&apos;s, from LANG).</source>
        <translation>संदेशों और रसीदों की भाषा: en या hi (बिना इसके: सिस्टम की, LANG से)।</translation>
    </message>
    <message>
        <source>--lang must be en or hi</source>
        <translation>--lang en या hi होना चाहिए</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli COMMAND [options]

The CounterDesk core for support staff and scripts. Without --profile-file the Training
profile is used: a built-in Eko sandbox, no real money, OTPs shown on stderr.

Commands:
  transfer --rail digikhata|levin --customer MOBILE --recipient-id ID --amount N
           [--channel imps|neft] [--wait SECONDS]
                     Send money to a registered recipient. Each OTP is read as one line
                     from stdin (prompted, not echoed, at a terminal).
  inquire REF        Ask Eko where a transfer stands and record the answer.
  refund REF         Refund a REFUND_PENDING transfer to the customer&apos;s wallet. The
                     customer&apos;s refund OTP is read as one line from stdin. Sent once:
                     exit 3 means the outcome is being checked; never refund again.
  reconcile          Ask about every open transfer once.
  history [--from DATE] [--to DATE] [--status STATES] [--search TEXT]
  export --csv FILE [--from DATE] [--to DATE] [--status STATES] [--search TEXT]
                     CSV for Excel (UTF-8 with BOM, RFC 4180).
  receipt REF --pdf FILE [--layout 58mm|80mm|a4|letter] [--lang en|hi] [--copy]
  check-connection   One harmless signed call; explains a 403 and shows the clock offset.
  bank IFSC [--rail digikhata|levin]
                     The branch in CounterDesk&apos;s offline IFSC directory and Eko&apos;s answer
                     (bank_id, channels, name check). A code no bank has is not sent.
  recipients --rail digikhata|levin --customer MOBILE
                     The customer&apos;s recipients (the sender OTP is read from stdin).
  recipient add --rail digikhata|levin --customer MOBILE --name NAME --mobile MOBILE
           --account NUMBER --ifsc IFSC [--check-name [--accept-name]]
                     Add a recipient with the bank_id Eko gives for that IFSC; prints the
                     new recipient_id (--json: recipient_id, bank_id, bank). The sender
                     OTP and the bank registration OTP are read from stdin.
                     --check-name first asks the bank for the account holder&apos;s name
                     (Eko&apos;s fee is printed before the check is sent; only where the bank
                     supports it). Where it differs from --name, the recipient is added
                     only with --accept-name or a &quot;yes&quot; line read after the sender OTP
                     (--json adds name_at_bank, names_agree).
  kyc --rail digikhata|levin --customer MOBILE [--name NAME --dob YYYY-MM-DD
           --address LINE ...]
                     Finish a new customer&apos;s KYC: consent, Aadhaar OTP, PAN. Reads, one
                     per line and skipping the steps already done: the sender OTP, the
                     consent language (pkid or English name), &quot;yes&quot; once the customer
                     has heard the consent, the Aadhaar number, the Aadhaar OTP, the PAN.
                     --name/--dob/--address enrol a customer Eko does not know. Exit 0
                     only when KYC is done (--json: kyc, monthly_limit, next_allowed_limit).

Options on every command:
  --profile-file FILE  [profile] INI file: name, base_url, initiator_id, user_code,
                       timeout_s, rail, latlong, endpoints. Never keys: those come from
                       COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY or the keychain.
  --data-dir DIR       Folder of the journal.
  --json               One JSON value on stdout (errors: {&quot;error&quot;: {...}}).
  --lang en|hi         The language of messages (default: the system&apos;s, from LANG) and
                       of receipts (default: the counter&apos;s setting).

Exit codes:
  0  done (a transfer: SUCCESS; a refund: REFUNDED)
  1  usage error
  2  profile, keys or configuration unusable; nothing was sent
  3  network trouble or no final answer yet (PENDING, UNKNOWN, REFUNDING): inquire later
  4  refused or failed by Eko (FAILED, REFUND_PENDING, REFUNDED, 403, business errors)
  5  journal error
  6  the output file could not be written
  7  no such transfer in the journal
</source>
        <translation>उपयोग: counterdesk-cli COMMAND [options]

सहायता टीम और स्क्रिप्ट के लिए CounterDesk का मूल भाग। --profile-file के बिना प्रशिक्षण
प्रोफ़ाइल इस्तेमाल होती है: बिल्ट-इन Eko सैंडबॉक्स, असली पैसा नहीं, OTP stderr पर दिखते हैं।

कमांड:
  transfer --rail digikhata|levin --customer MOBILE --recipient-id ID --amount N
           [--channel imps|neft] [--wait SECONDS]
                     पंजीकृत प्राप्तकर्ता को पैसे भेजें। हर OTP stdin से एक पंक्ति के रूप में
                     पढ़ा जाता है (टर्मिनल पर पूछा जाता है, दिखाया नहीं जाता)।
  inquire REF        Eko से पूछें कि ट्रांसफ़र किस स्थिति में है और जवाब दर्ज करें।
  refund REF         REFUND_PENDING ट्रांसफ़र का पैसा ग्राहक के वॉलेट में लौटाएँ। ग्राहक का
                     रिफ़ंड OTP stdin से एक पंक्ति के रूप में पढ़ा जाता है। एक ही बार भेजा जाता है:
                     एग्ज़िट 3 का अर्थ है परिणाम की जाँच चल रही है; दोबारा कभी रिफ़ंड न करें।
  reconcile          हर खुले ट्रांसफ़र के बारे में एक बार पूछें।
  history [--from DATE] [--to DATE] [--status STATES] [--search TEXT]
  export --csv FILE [--from DATE] [--to DATE] [--status STATES] [--search TEXT]
                     Excel के लिए CSV (BOM के साथ UTF-8, RFC 4180)।
  receipt REF --pdf FILE [--layout 58mm|80mm|a4|letter] [--lang en|hi] [--copy]
  check-connection   एक हानिरहित हस्ताक्षरित कॉल; 403 का कारण और घड़ी का अंतर बताता है।
  bank IFSC [--rail digikhata|levin]
                     CounterDesk की ऑफ़लाइन IFSC सूची में शाखा और Eko का जवाब
                     (bank_id, चैनल, नाम जाँच)। जिस कोड का कोई बैंक नहीं, वह भेजा नहीं जाता।
  recipients --rail digikhata|levin --customer MOBILE
                     ग्राहक के प्राप्तकर्ता (प्रेषक का OTP stdin से पढ़ा जाता है)।
  recipient add --rail digikhata|levin --customer MOBILE --name NAME --mobile MOBILE
           --account NUMBER --ifsc IFSC [--check-name [--accept-name]]
                     उस IFSC के लिए Eko के bank_id के साथ प्राप्तकर्ता जोड़ें; नया recipient_id
                     छापता है (--json: recipient_id, bank_id, bank)। प्रेषक का OTP और बैंक
                     पंजीकरण का OTP stdin से पढ़े जाते हैं।
                     --check-name पहले बैंक से खाताधारक का नाम पूछता है (जाँच भेजने से पहले
                     Eko का शुल्क छापा जाता है; केवल वहाँ जहाँ बैंक यह जाँच देता है)। नाम --name
                     से अलग हो तो प्राप्तकर्ता केवल --accept-name के साथ या प्रेषक के OTP के बाद
                     पढ़ी गई &quot;yes&quot; पंक्ति से जुड़ता है (--json में name_at_bank, names_agree भी)।
  kyc --rail digikhata|levin --customer MOBILE [--name NAME --dob YYYY-MM-DD
           --address LINE ...]
                     नए ग्राहक का KYC पूरा करें: सहमति, आधार OTP, PAN। पहले से पूरे चरण छोड़कर,
                     हर पंक्ति में एक: प्रेषक का OTP, सहमति की भाषा (pkid या अंग्रेज़ी नाम),
                     ग्राहक के सहमति-पत्र सुनने पर &quot;yes&quot;, आधार नंबर, आधार OTP, PAN।
                     --name/--dob/--address उस ग्राहक का पंजीकरण करते हैं जिसे Eko नहीं जानता।
                     एग्ज़िट 0 केवल KYC पूरा होने पर (--json: kyc, monthly_limit, next_allowed_limit)।

हर कमांड के विकल्प:
  --profile-file FILE  [profile] INI फ़ाइल: name, base_url, initiator_id, user_code,
                       timeout_s, rail, latlong, endpoints। कुंजियाँ कभी नहीं: वे
                       COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY या कीचेन से आती हैं।
  --data-dir DIR       ट्रांसफ़र रिकॉर्ड (जर्नल) का फ़ोल्डर।
  --json               stdout पर एक JSON मान (त्रुटियाँ: {&quot;error&quot;: {...}})।
  --lang en|hi         संदेशों की भाषा (बिना इसके: सिस्टम की, LANG से) और रसीदों की
                       भाषा (बिना इसके: काउंटर की सेटिंग)।

एग्ज़िट कोड:
  0  हो गया (ट्रांसफ़र: SUCCESS; रिफ़ंड: REFUNDED)
  1  उपयोग में त्रुटि
  2  प्रोफ़ाइल, कुंजियाँ या कॉन्फ़िगरेशन इस्तेमाल लायक नहीं; कुछ नहीं भेजा गया
  3  नेटवर्क समस्या या अभी अंतिम जवाब नहीं (PENDING, UNKNOWN, REFUNDING): बाद में inquire करें
  4  Eko ने अस्वीकार किया या विफल (FAILED, REFUND_PENDING, REFUNDED, 403, व्यावसायिक त्रुटियाँ)
  5  ट्रांसफ़र रिकॉर्ड (जर्नल) त्रुटि
  6  आउटपुट फ़ाइल नहीं लिखी जा सकी
  7  ट्रांसफ़र रिकॉर्ड (जर्नल) में ऐसा कोई ट्रांसफ़र नहीं
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the training sandbox did not start: %1</source>
        <translation>प्रशिक्षण सैंडबॉक्स शुरू नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>[training] SMS to %1 (%2): %3</source>
        <translation>[प्रशिक्षण] %1 को SMS (%2): %3</translation>
    </message>
    <message>
        <source>no transfer %1 in the journal at %2</source>
        <translation>%2 के ट्रांसफ़र रिकॉर्ड में कोई ट्रांसफ़र %1 नहीं है</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>the file cannot be read</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>फ़ाइल UTF-8 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;, a [section] or a comment</source>
        <translation>अपेक्षित: &quot;key = value&quot;, कोई [section] या टिप्पणी</translation>
    </message>
    <message>
        <source>unknown section &quot;[%1]&quot;; only [profile] is allowed</source>
        <translation>अज्ञात सेक्शन &quot;[%1]&quot;; केवल [profile] की अनुमति है</translation>
    </message>
    <message>
        <source>%1 comes before the [profile] line</source>
        <translation>%1, [profile] पंक्ति से पहले आता है</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>अज्ञात कुंजी %1</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 दो बार दिया गया है</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 का कोई मान नहीं है</translation>
    </message>
    <message>
        <source>base_url must be an absolute https:// URL</source>
        <translation>base_url एक पूरा https:// URL होना चाहिए</translation>
    </message>
    <message>
        <source>base_url must use https:// (plain http is allowed only for this computer, 127.0.0.1)</source>
        <translation>base_url में https:// होना चाहिए (साधारण http की अनुमति केवल इसी कंप्यूटर, 127.0.0.1 के लिए है)</translation>
    </message>
    <message>
        <source>timeout_s must be a whole number of seconds from 1 to 300</source>
        <translation>timeout_s, 1 से 300 तक सेकंड की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>initiator_id must be the 10-digit registered mobile</source>
        <translation>initiator_id 10 अंकों का पंजीकृत मोबाइल होना चाहिए</translation>
    </message>
    <message>
        <source>user_code must be 1 to 20 letters or digits</source>
        <translation>user_code 1 से 20 अक्षर या अंक होना चाहिए</translation>
    </message>
    <message>
        <source>latlong must look like 28.63,77.22</source>
        <translation>latlong, 28.63,77.22 जैसा दिखना चाहिए</translation>
    </message>
    <message>
        <source>rail must be digikhata or levin</source>
        <translation>rail, digikhata या levin होना चाहिए</translation>
    </message>
    <message>
        <source>the endpoint table in endpoints is not usable (%1)</source>
        <translation>endpoints में दी गई एंडपॉइंट तालिका इस्तेमाल लायक नहीं है (%1)</translation>
    </message>
    <message>
        <source>there is no [profile] section</source>
        <translation>कोई [profile] सेक्शन नहीं है</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 नहीं दिया गया है</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: पंक्ति %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the profile has no base URL</source>
        <translation>प्रोफ़ाइल में कोई बेस URL नहीं है</translation>
    </message>
    <message>
        <source>refusing plain http:// to a host other than this computer: use https://</source>
        <translation>इस कंप्यूटर के अलावा किसी होस्ट के लिए साधारण http:// अस्वीकार: https:// का उपयोग करें</translation>
    </message>
    <message>
        <source>the endpoint table file of the profile is not usable</source>
        <translation>प्रोफ़ाइल की एंडपॉइंट तालिका फ़ाइल इस्तेमाल लायक नहीं है</translation>
    </message>
    <message>
        <source>no developer key or access key for this profile: set COUNTERDESK_DEVELOPER_KEY and COUNTERDESK_ACCESS_KEY, or save them in CounterDesk&apos;s settings (kept in the keychain)</source>
        <translation>इस प्रोफ़ाइल के लिए कोई डेवलपर कुंजी या एक्सेस कुंजी नहीं है: COUNTERDESK_DEVELOPER_KEY और COUNTERDESK_ACCESS_KEY सेट करें, या उन्हें CounterDesk की सेटिंग्स में सहेजें (कीचेन में रखी जाती हैं)</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>ट्रांसफ़र रिकॉर्ड खुला नहीं है</translation>
    </message>
    <message>
        <source>the journal cannot be opened (check --data-dir and its permissions)</source>
        <translation>ट्रांसफ़र रिकॉर्ड खोला नहीं जा सकता (--data-dir और उसकी अनुमतियाँ जाँचें)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <source>the journal is busy in another program; try again</source>
        <translation>ट्रांसफ़र रिकॉर्ड किसी दूसरे प्रोग्राम में व्यस्त है; फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>the journal is damaged: stop and call support</source>
        <translation>ट्रांसफ़र रिकॉर्ड ख़राब हो गया है: काम रोकें और सहायता टीम को कॉल करें</translation>
    </message>
    <message>
        <source>the journal is read-only</source>
        <translation>ट्रांसफ़र रिकॉर्ड केवल पढ़ने योग्य है</translation>
    </message>
    <message>
        <source>the computer refused to read or write the journal</source>
        <translation>कंप्यूटर ने ट्रांसफ़र रिकॉर्ड पढ़ने या लिखने से मना किया</translation>
    </message>
    <message>
        <source>the journal was written by a newer CounterDesk</source>
        <translation>ट्रांसफ़र रिकॉर्ड CounterDesk के नए संस्करण ने लिखा है</translation>
    </message>
    <message>
        <source>the journal could not be upgraded; it is unchanged</source>
        <translation>ट्रांसफ़र रिकॉर्ड अपग्रेड नहीं हो सका; वह बदला नहीं गया है</translation>
    </message>
    <message>
        <source>this reference was used before</source>
        <translation>यह संदर्भ पहले इस्तेमाल हो चुका है</translation>
    </message>
    <message>
        <source>the customer has a transfer whose result is not known yet</source>
        <translation>ग्राहक का एक ट्रांसफ़र ऐसा है जिसका परिणाम अभी पता नहीं है</translation>
    </message>
    <message>
        <source>the journal refused this change of state</source>
        <translation>ट्रांसफ़र रिकॉर्ड ने स्थिति का यह बदलाव अस्वीकार किया</translation>
    </message>
    <message>
        <source>no transfer with this reference in the journal</source>
        <translation>ट्रांसफ़र रिकॉर्ड में इस संदर्भ का कोई ट्रांसफ़र नहीं है</translation>
    </message>
    <message>
        <source>a value is missing or malformed</source>
        <translation>कोई मान नहीं दिया गया या ग़लत रूप में है</translation>
    </message>
    <message>
        <source>the journal failed</source>
        <translation>ट्रांसफ़र रिकॉर्ड विफल हुआ</translation>
    </message>
    <message>
        <source>the customer&apos;s Aadhaar KYC is pending</source>
        <translation>ग्राहक का आधार KYC लंबित है</translation>
    </message>
    <message>
        <source>the customer&apos;s PAN is required</source>
        <translation>ग्राहक का PAN ज़रूरी है</translation>
    </message>
    <message>
        <source>wrong OTP</source>
        <translation>ग़लत OTP</translation>
    </message>
    <message>
        <source>the OTP has expired</source>
        <translation>OTP की समय-सीमा ख़त्म हो गई है</translation>
    </message>
    <message>
        <source>invalid OTP</source>
        <translation>अमान्य OTP</translation>
    </message>
    <message>
        <source>not enough balance in the wallet</source>
        <translation>वॉलेट में पर्याप्त बैलेंस नहीं है</translation>
    </message>
    <message>
        <source>the customer&apos;s limit is used up</source>
        <translation>ग्राहक की सीमा पूरी हो चुकी है</translation>
    </message>
    <message>
        <source>the recipient is already added</source>
        <translation>प्राप्तकर्ता पहले से जोड़ा हुआ है</translation>
    </message>
    <message>
        <source>the customer has the most recipients allowed</source>
        <translation>ग्राहक के पास अधिकतम अनुमत प्राप्तकर्ता हैं</translation>
    </message>
    <message>
        <source>Eko does not know this customer</source>
        <translation>Eko के पास इस ग्राहक का रिकॉर्ड नहीं है</translation>
    </message>
    <message>
        <source>Eko does not know this transaction (yet)</source>
        <translation>Eko के पास (अभी) इस ट्रांज़ैक्शन का रिकॉर्ड नहीं है</translation>
    </message>
    <message>
        <source>the transaction is still in progress</source>
        <translation>ट्रांज़ैक्शन अभी प्रक्रिया में है</translation>
    </message>
    <message>
        <source>this service is not active for the agent&apos;s user code</source>
        <translation>यह सेवा एजेंट के यूज़र कोड के लिए सक्रिय नहीं है</translation>
    </message>
    <message>
        <source>Eko says some values are invalid</source>
        <translation>Eko के अनुसार कुछ मान अमान्य हैं</translation>
    </message>
    <message>
        <source>Eko asks to try again after some time</source>
        <translation>Eko कुछ समय बाद फिर से कोशिश करने को कहता है</translation>
    </message>
    <message>
        <source>the transaction failed</source>
        <translation>ट्रांज़ैक्शन विफल हुआ</translation>
    </message>
    <message>
        <source>Eko refused the request</source>
        <translation>Eko ने अनुरोध अस्वीकार किया</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>समय पर कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>cannot connect to the server</source>
        <translation>सर्वर से कनेक्ट नहीं हो सकता</translation>
    </message>
    <message>
        <source>the connection closed before a full answer</source>
        <translation>पूरा जवाब आने से पहले कनेक्शन बंद हो गया</translation>
    </message>
    <message>
        <source>the secure connection failed (certificate or TLS)</source>
        <translation>सुरक्षित कनेक्शन विफल हुआ (सर्टिफ़िकेट या TLS)</translation>
    </message>
    <message>
        <source>refusing plain http:// to a host other than this computer</source>
        <translation>इस कंप्यूटर के अलावा किसी होस्ट के लिए साधारण http:// अस्वीकार</translation>
    </message>
    <message>
        <source>the server answered 403 Forbidden (see check-connection)</source>
        <translation>सर्वर ने 403 Forbidden जवाब दिया (check-connection देखें)</translation>
    </message>
    <message>
        <source>the server answered an HTTP 4xx error that is not Eko&apos;s own refusal</source>
        <translation>सर्वर ने HTTP 4xx त्रुटि दी, जो Eko का अपना इनकार नहीं है</translation>
    </message>
    <message>
        <source>too many requests; wait a little</source>
        <translation>बहुत ज़्यादा अनुरोध; थोड़ा रुकें</translation>
    </message>
    <message>
        <source>Eko&apos;s server had an error (HTTP 5xx)</source>
        <translation>Eko के सर्वर में त्रुटि हुई (HTTP 5xx)</translation>
    </message>
    <message>
        <source>unexpected HTTP answer</source>
        <translation>अनपेक्षित HTTP जवाब</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>जवाब पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>a required value is missing or malformed</source>
        <translation>कोई ज़रूरी मान नहीं दिया गया या ग़लत रूप में है</translation>
    </message>
    <message>
        <source>the endpoint table has no entry for this call</source>
        <translation>एंडपॉइंट तालिका में इस कॉल की कोई प्रविष्टि नहीं है</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>%1 (Eko: %2)</source>
        <translation>%1 (Eko: %2)</translation>
    </message>
    <message>
        <source>the mobile number must be 10 digits starting with 6-9</source>
        <translation>मोबाइल नंबर 6-9 से शुरू होने वाले 10 अंकों का होना चाहिए</translation>
    </message>
    <message>
        <source>an OTP is 4 to 8 digits</source>
        <translation>OTP 4 से 8 अंकों का होता है</translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation>नाम नहीं दिया गया है</translation>
    </message>
    <message>
        <source>invalid date of birth</source>
        <translation>अमान्य जन्म तिथि</translation>
    </message>
    <message>
        <source>the address is missing</source>
        <translation>पता नहीं दिया गया है</translation>
    </message>
    <message>
        <source>the account number must be 9 to 18 digits</source>
        <translation>खाता संख्या 9 से 18 अंकों की होनी चाहिए</translation>
    </message>
    <message>
        <source>the two account numbers differ</source>
        <translation>दोनों खाता संख्याएँ अलग हैं</translation>
    </message>
    <message>
        <source>invalid IFSC</source>
        <translation>अमान्य IFSC</translation>
    </message>
    <message>
        <source>invalid recipient mobile</source>
        <translation>प्राप्तकर्ता का मोबाइल अमान्य है</translation>
    </message>
    <message>
        <source>the recipient&apos;s mobile is the sender&apos;s</source>
        <translation>प्राप्तकर्ता का मोबाइल वही है जो भेजने वाले का है</translation>
    </message>
    <message>
        <source>the customer has no recipient with this id</source>
        <translation>ग्राहक के पास इस id का कोई प्राप्तकर्ता नहीं है</translation>
    </message>
    <message>
        <source>the amount is not allowed (limit, balance or whole rupees)</source>
        <translation>यह राशि अनुमत नहीं है (सीमा, बैलेंस या पूरे रुपये)</translation>
    </message>
    <message>
        <source>wait before asking for a new OTP</source>
        <translation>नया OTP माँगने से पहले रुकें</translation>
    </message>
    <message>
        <source>the customer has a transfer whose result is not known yet (%1); inquire it first</source>
        <translation>ग्राहक का एक ट्रांसफ़र ऐसा है जिसका परिणाम अभी पता नहीं है (%1); पहले उसकी inquire करें</translation>
    </message>
    <message>
        <source>not possible at this step</source>
        <translation>इस चरण में संभव नहीं</translation>
    </message>
    <message>
        <source>a refund for this transfer was already sent; never refund it again</source>
        <translation>इस ट्रांसफ़र का रिफ़ंड पहले ही भेजा जा चुका है; इसे फिर कभी रिफ़ंड न करें</translation>
    </message>
    <message>
        <source>a refund for this transfer was already sent from another window or counter; nothing more was sent</source>
        <translation>इस ट्रांसफ़र का रिफ़ंड किसी दूसरी विंडो या काउंटर से पहले ही भेजा जा चुका है; और कुछ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Eko knows no bank branch with this IFSC (invalid bank details)</source>
        <translation>Eko इस IFSC वाली कोई बैंक शाखा नहीं जानता (बैंक का विवरण अमान्य)</translation>
    </message>
    <message>
        <source>no branch has this IFSC (no bank has its first four letters)</source>
        <translation>किसी शाखा का यह IFSC नहीं है (इसके पहले चार अक्षर किसी बैंक के नहीं)</translation>
    </message>
    <message>
        <source>UIDAI did not accept this Aadhaar number</source>
        <translation>UIDAI ने यह आधार नंबर स्वीकार नहीं किया</translation>
    </message>
    <message>
        <source>the customer has already finished KYC</source>
        <translation>ग्राहक का KYC पहले ही पूरा हो चुका है</translation>
    </message>
    <message>
        <source>%1; finish it with: counterdesk-cli kyc --customer MOBILE</source>
        <extracomment>%1 says what is pending (Aadhaar or PAN).</extracomment>
        <translation>%1; इसे पूरा करें: counterdesk-cli kyc --customer MOBILE</translation>
    </message>
    <message>
        <source>no Aadhaar number given</source>
        <translation>कोई आधार नंबर नहीं दिया गया</translation>
    </message>
    <message>
        <source>only digits, spaces and dashes are allowed</source>
        <translation>केवल अंक, खाली जगह और डैश चल सकते हैं</translation>
    </message>
    <message>
        <source>it must have 12 digits</source>
        <translation>इसमें 12 अंक होने चाहिए</translation>
    </message>
    <message>
        <source>it cannot start with 0 or 1</source>
        <translation>यह 0 या 1 से शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>a digit is wrong (the check digit does not match)</source>
        <translation>कोई अंक गलत है (जाँच अंक मेल नहीं खाता)</translation>
    </message>
    <message>
        <source>no PAN given</source>
        <translation>कोई PAN नहीं दिया गया</translation>
    </message>
    <message>
        <source>it must be 5 letters, 4 digits and a letter (ABCDE1234F)</source>
        <translation>इसमें 5 अक्षर, 4 अंक और एक अक्षर होना चाहिए (ABCDE1234F)</translation>
    </message>
    <message>
        <source>the Aadhaar number is not valid: %1</source>
        <translation>आधार नंबर सही नहीं है: %1</translation>
    </message>
    <message>
        <source>the PAN is not valid: %1</source>
        <translation>PAN सही नहीं है: %1</translation>
    </message>
    <message>
        <source>the customer has not been shown the consent yet</source>
        <translation>ग्राहक को अभी सहमति-पत्र नहीं दिखाया गया है</translation>
    </message>
    <message>
        <source>this bank does not tell Eko account holders&apos; names</source>
        <translation>यह बैंक Eko को खाताधारकों के नाम नहीं बताता</translation>
    </message>
    <message>
        <source>the bank gave no name for this account</source>
        <translation>बैंक ने इस खाते के लिए कोई नाम नहीं दिया</translation>
    </message>
    <message>
        <source>Eko cannot check names at this bank; nothing was sent and no fee was charged</source>
        <translation>Eko इस बैंक में नाम नहीं जाँच सकता; कुछ नहीं भेजा गया और कोई शुल्क नहीं लगा</translation>
    </message>
    <message>
        <source>the bank&apos;s name for this account differs from --name and was not confirmed</source>
        <translation>इस खाते के लिए बैंक का नाम --name से अलग है और उसकी पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>%1 must not be in a profile file; keys and the counter secret live in the keychain or in COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY / COUNTERDESK_COUNTER_SECRET</source>
        <translation>%1 प्रोफ़ाइल फ़ाइल में नहीं होना चाहिए; कुंजियाँ और काउंटर सीक्रेट कीचेन में या COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY / COUNTERDESK_COUNTER_SECRET में रहते हैं</translation>
    </message>
    <message>
        <source>kind must be gateway, uat, production or custom</source>
        <translation>kind gateway, uat, production या custom होना चाहिए</translation>
    </message>
    <message>
        <source>counter_id must be the counter&apos;s id as the gateway printed it (letters, digits, . _ : -)</source>
        <translation>counter_id वही काउंटर आईडी होनी चाहिए जो गेटवे ने छापी थी (अक्षर, अंक, . _ : -)</translation>
    </message>
    <message>
        <source>ca_file must be a readable PEM file with the partner&apos;s CA certificate (%1)</source>
        <translation>ca_file पार्टनर के CA प्रमाणपत्र वाली पढ़ी जा सकने वाली PEM फ़ाइल होनी चाहिए (%1)</translation>
    </message>
    <message>
        <source>%1 does not belong in this kind of profile: a gateway profile has base_url, counter_id and ca_file (the gateway sets initiator_id and user_code), an Eko profile has initiator_id and user_code</source>
        <translation>%1 इस तरह की प्रोफ़ाइल में नहीं होता: गेटवे प्रोफ़ाइल में base_url, counter_id और ca_file होते हैं (initiator_id और user_code गेटवे भरता है), Eko प्रोफ़ाइल में initiator_id और user_code होते हैं</translation>
    </message>
    <message>
        <source>the gateway profile has no counter_id</source>
        <translation>गेटवे प्रोफ़ाइल में counter_id नहीं है</translation>
    </message>
    <message>
        <source>no counter secret for this gateway profile: set COUNTERDESK_COUNTER_SECRET to the secret the gateway&apos;s administrator gave you, or save it in CounterDesk&apos;s settings (kept in the keychain)</source>
        <translation>इस गेटवे प्रोफ़ाइल का कोई काउंटर सीक्रेट नहीं है: COUNTERDESK_COUNTER_SECRET में गेटवे के व्यवस्थापक का दिया सीक्रेट रखें, या उसे CounterDesk की सेटिंग्स में सहेजें (कीचेन में रखा जाता है)</translation>
    </message>
    <message>
        <source>the profile&apos;s ca_file cannot be read or holds no PEM certificate</source>
        <translation>प्रोफ़ाइल की ca_file पढ़ी नहीं जा सकती या उसमें कोई PEM प्रमाणपत्र नहीं है</translation>
    </message>
    <message>
        <source>the gateway does not know this counter: check counter_id in the profile file</source>
        <translation>गेटवे इस काउंटर को नहीं पहचानता: प्रोफ़ाइल फ़ाइल में counter_id जाँचें</translation>
    </message>
    <message>
        <source>this counter&apos;s access was revoked by the gateway&apos;s administrator</source>
        <translation>गेटवे के व्यवस्थापक ने इस काउंटर की पहुँच रद्द कर दी है</translation>
    </message>
    <message>
        <source>the gateway did not accept the counter secret (COUNTERDESK_COUNTER_SECRET or the keychain): it must be the one the gateway&apos;s administrator gave you</source>
        <translation>गेटवे ने काउंटर सीक्रेट (COUNTERDESK_COUNTER_SECRET या कीचेन) स्वीकार नहीं किया: यह वही होना चाहिए जो गेटवे के व्यवस्थापक ने आपको दिया था</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is too far from the gateway&apos;s; set it to update automatically</source>
        <translation>इस कंप्यूटर की घड़ी गेटवे की घड़ी से बहुत अलग है; उसे अपने-आप अपडेट होने पर सेट करें</translation>
    </message>
    <message>
        <source>the gateway received this request twice and refused the second one; nothing was done</source>
        <translation>गेटवे को यह अनुरोध दो बार मिला और उसने दूसरा अस्वीकार कर दिया; कुछ नहीं किया गया</translation>
    </message>
    <message>
        <source>the gateway refused this counter; ask its administrator</source>
        <translation>गेटवे ने इस काउंटर को अस्वीकार कर दिया; उसके व्यवस्थापक से पूछें</translation>
    </message>
    <message>
        <source>the customer is not enrolled on this wallet; enrol them with: counterdesk-cli kyc --customer MOBILE --name NAME --dob YYYY-MM-DD --address LINE</source>
        <translation>ग्राहक इस वॉलेट पर पंजीकृत नहीं है; उनका पंजीकरण इससे करें: counterdesk-cli kyc --customer MOBILE --name NAME --dob YYYY-MM-DD --address LINE</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Read this out to the customer. Nothing is sent until you press Send.</source>
        <translation>यह ग्राहक को पढ़कर सुनाएँ। भेजें दबाने तक कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel: go back, nothing is sent</source>
        <translation>रद्द करें: वापस जाएँ, कुछ नहीं भेजा जाएगा</translation>
    </message>
    <message>
        <source>Send the money now</source>
        <translation>अभी पैसे भेजें</translation>
    </message>
    <message>
        <source>Goes back without sending anything.</source>
        <translation>कुछ भी भेजे बिना वापस जाता है।</translation>
    </message>
    <message>
        <source>Sends the money to the bank account shown above. A transfer cannot be taken back; the button wakes after a short pause so it is not pressed by accident.</source>
        <translation>ऊपर दिखाए बैंक खाते में पैसा भेजता है। ट्रांसफ़र वापस नहीं लिया जा सकता; यह बटन थोड़ी देर बाद चालू होता है ताकि गलती से न दब जाए।</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>%1 is not a date (YYYY-MM-DD) or a state name</source>
        <translation>%1 न तो तारीख़ (YYYY-MM-DD) है, न किसी स्थिति का नाम</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <source>Exact matches:</source>
        <translation>सटीक मिलान:</translation>
    </message>
    <message>
        <source>Similar matches (other transfers):</source>
        <translation>मिलते-जुलते (दूसरे ट्रांसफ़र):</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) written to %1</source>
        <translation>
            <numerusform>%n ट्रांसफ़र %1 में लिखा गया</numerusform>
            <numerusform>%n ट्रांसफ़र %1 में लिखे गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InquireCommand</name>
    <message>
        <source>no answer from the inquiry</source>
        <translation>पूछताछ का कोई जवाब नहीं मिला</translation>
    </message>
    <message>
        <source>Eko does not know this transfer yet; ask again later.</source>
        <translation>Eko के पास अभी इस ट्रांसफ़र का रिकॉर्ड नहीं है; बाद में फिर पूछें।</translation>
    </message>
    <message>
        <source>The inquiry got no answer; the journal keeps the transfer open.</source>
        <translation>पूछताछ का कोई जवाब नहीं मिला; ट्रांसफ़र रिकॉर्ड में यह ट्रांसफ़र खुला रहता है।</translation>
    </message>
    <message>
        <source>this transfer was made on the profile &quot;%1&quot;; only that profile&apos;s server knows it: run with its --profile-file</source>
        <extracomment>%1 the profile the transfer was made on</extracomment>
        <translation>यह ट्रांसफ़र प्रोफ़ाइल &quot;%1&quot; पर किया गया था; इसे केवल उसी प्रोफ़ाइल का सर्वर जानता है: उसकी --profile-file के साथ चलाएँ</translation>
    </message>
</context>
<context>
    <name>KycCommand</name>
    <message>
        <source>KYC did not progress</source>
        <translation>KYC आगे नहीं बढ़ा</translation>
    </message>
    <message>
        <source>the customer is not enrolled yet: give --name, --dob YYYY-MM-DD and --address to enrol them</source>
        <translation>ग्राहक अभी पंजीकृत नहीं है: पंजीकरण के लिए --name, --dob YYYY-MM-DD और --address दें</translation>
    </message>
    <message>
        <source>Aadhaar number (12 digits)</source>
        <translation>आधार नंबर (12 अंक)</translation>
    </message>
    <message>
        <source>OTP sent by UIDAI to the Aadhaar-linked mobile</source>
        <translation>आधार से जुड़े मोबाइल पर UIDAI का भेजा OTP</translation>
    </message>
    <message>
        <source>PAN (ABCDE1234F)</source>
        <translation>PAN (ABCDE1234F)</translation>
    </message>
    <message>
        <source>Consent languages:</source>
        <translation>सहमति की भाषाएँ:</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>ग्राहक की भाषा</translation>
    </message>
    <message>
        <source>not one of Eko&apos;s consent languages</source>
        <translation>यह Eko की सहमति-भाषाओं में से नहीं है</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>रिकॉर्डिंग:</translation>
    </message>
    <message>
        <source>Type yes once the customer has heard this and agrees</source>
        <translation>ग्राहक के यह सुनने और सहमत होने पर yes लिखें</translation>
    </message>
    <message>
        <source>the customer did not agree; the Aadhaar number was not asked for</source>
        <translation>ग्राहक सहमत नहीं हुए; आधार नंबर नहीं माँगा गया</translation>
    </message>
    <message>
        <source>no more input: KYC stopped at this step; run the command again to go on</source>
        <translation>और इनपुट नहीं: KYC इसी चरण पर रुका; आगे बढ़ने के लिए कमांड फिर चलाएँ</translation>
    </message>
    <message>
        <source>KYC is complete: monthly limit %1, left this month %2</source>
        <extracomment>%1 the new monthly limit, %2 what is left this month (rupees)</extracomment>
        <translation>KYC पूरा हो गया: मासिक सीमा %1, इस महीने बाकी %2</translation>
    </message>
    <message>
        <source>KYC is complete; Eko did not send the new limits</source>
        <translation>KYC पूरा हो गया; Eko ने नई सीमाएँ नहीं भेजीं</translation>
    </message>
</context>
<context>
    <name>OtpPage</name>
    <message>
        <source>Transaction OTP</source>
        <translation>ट्रांज़ैक्शन OTP</translation>
    </message>
    <message>
        <source>Ask the customer for the OTP that just arrived and type it.</source>
        <translation>ग्राहक से अभी आया OTP पूछें और दर्ज करें।</translation>
    </message>
    <message>
        <source>&amp;OTP (6 digits)</source>
        <translation>OTP (6 अंक) (&amp;O)</translation>
    </message>
    <message>
        <source>Transaction OTP, six digits</source>
        <translation>ट्रांज़ैक्शन OTP, छह अंक</translation>
    </message>
    <message>
        <source>&amp;Resend OTP</source>
        <translation>OTP दोबारा भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>Send the customer a new transaction OTP</source>
        <translation>ग्राहक को नया ट्रांज़ैक्शन OTP भेजें</translation>
    </message>
    <message>
        <source>The one-time password the customer received on their phone for this transfer. It is used once and never saved.</source>
        <translation>इस ट्रांसफ़र के लिए ग्राहक के फ़ोन पर आया एक बार का पासवर्ड। यह एक ही बार इस्तेमाल होता है और कहीं सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>Asks Eko to send the customer a new OTP. It can be pressed again when the countdown ends.</source>
        <translation>Eko से ग्राहक को नया OTP भेजने को कहता है। उलटी गिनती ख़त्म होने पर इसे फिर दबाया जा सकता है।</translation>
    </message>
</context>
<context>
    <name>ProfileNameText</name>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>UAT</source>
        <translation>UAT</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>प्रोडक्शन</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>फ़ाइल फ़ोल्डर</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;घटाएँ</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;बढ़ाएँ</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;सब चुनें</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>उपयोग: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>विकल्प:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>आर्ग्युमेंट:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>कमांड-लाइन विकल्पों की सहायता दिखाता है।</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt के अपने विकल्पों सहित सहायता दिखाता है।</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>संस्करण की जानकारी दिखाता है।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अज्ञात विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>अज्ञात विकल्प: %1।</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; के बाद मान नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; के बाद अनपेक्षित मान।</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>अंत:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>बैनर पन्ने</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>रात (18:00 से 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>तय समय</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>बिल की जानकारी:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>तय समय पर छपाई:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गुप्त</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>अति गुप्त</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>आरंभ:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>दिन (06:00 से 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>दूसरी पाली (16:00 से 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>काम का नियंत्रण</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>सप्ताहांत (शनिवार से रविवार)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>वर्गीकृत</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>तीसरी पाली (00:00 से 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>अनिश्चित काल तक रोकें</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>तुरंत छापें</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>काम की प्राथमिकता:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>अवर्गीकृत</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;खोलें</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;सहेजें</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>दिखाएँ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; लिखने से सुरक्षित है।
क्या आप फिर भी इसे मिटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप सचमुच &apos;%1&apos; मिटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>स्थानों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का &amp;नाम:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ऊपर का फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>यहाँ देखें:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर खोजें</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;छिपी फ़ाइलें दिखाएँ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस नाम से सहेजें</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँचें कि फ़ोल्डर का नाम सही है।</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची के रूप में</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;चुनें</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;मिटाएँ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;नाम बदलें</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर मिटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ऊपर के फ़ोल्डर में जाएँ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल के स्थान</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विवरण के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विवरण के रूप में</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँचें कि फ़ाइल का नाम सही है।</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची के रूप में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलने की तारीख</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;चिपकाएँ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>नीचे का हाशिया</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>काग़ज़ का स्रोत:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>दायाँ हाशिया</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>पाइका (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>हाशिये</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>अपना</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>पन्ने की बनावट</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>चौड़ाई:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>डिडो (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>पन्नों का क्रम:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ऊपर का हाशिया</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>बायाँ हाशिया</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>पन्ने का आकार:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>सिसेरो (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>उल्टा खड़ा</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>मिलीमीटर (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>पॉइंट (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>प्रति शीट पन्ने:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>उल्टा आड़ा</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ऊँचाई:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;नहीं</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;हाँ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी को न&amp;हीं</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;सभी को हाँ</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>सम पन्ने</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>छापें</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;विकल्प &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;विकल्प &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>बाएँ से दाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>दाएँ से बाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF फ़ाइल लिखें</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;छापें</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1×1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;प्रति शीट पन्ने&apos; और &apos;पन्नों का समूह&apos; एक साथ नहीं चुने जा सकते।
कृपया इनमें से एक विकल्प बंद करें।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2×1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>बाएँ से दाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2×2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>विषम पन्ने</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>स्थानीय फ़ाइल</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2×3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4×4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>दोनों ओर छपाई की सेटिंग आपस में टकराती हैं। क्या आप उन्हें ठीक करना चाहते हैं?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>फ़ाइल में छापें (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>फ़ाइल में छापें ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>पन्नों का गलत विवरण</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 सही ढंग से नहीं लिखा गया है। पन्नों और श्रेणियों को &apos;,&apos; से अलग करें, श्रेणी &apos;-&apos; से लिखें, और ध्यान रखें कि श्रेणियाँ आपस में न मिलें।</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3×3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>दाएँ से बाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>नीचे से ऊपर, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;से&apos; का मान &apos;तक&apos; के मान से बड़ा नहीं हो सकता।</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>सभी पन्ने</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>दोनों ओर छपाई की सेटिंग में टकराव</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 एक फ़ोल्डर है।
कृपया कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>फ़ाइल %1 में लिखा नहीं जा सकता।
कृपया कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>नीचे से ऊपर, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ऊपर से नीचे, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ऊपर से नीचे, दाएँ से बाएँ</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>छपाई का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>छापें</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>पूरा पन्ना दिखाएँ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>पूरी चौड़ाई दिखाएँ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>पन्ने की सेटिंग</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>पन्ने की सेटिंग</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>सभी पन्नों का सार दिखाएँ</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>पहला पन्ना</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>अंतिम पन्ना</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>एक पन्ना दिखाएँ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF में निर्यात करें</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>पिछला पन्ना</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अगला पन्ना</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>आमने-सामने के पन्ने दिखाएँ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>पन्ना</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>कुछ विकल्प आपस में टकराते हैं। कृपया उन्हें ठीक करें।</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>रंगीन</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>सब छापें</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पन्ने</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>वर्तमान पन्ना</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चुना हुआ भाग</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>प्रतियाँ</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>छपाई की सीमा</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>आउटपुट की सेटिंग</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>उल्टे क्रम में</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>श्वेत-श्याम</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>क्रम से मिलाएँ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>प्रतियाँ:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>छोटी ओर से जिल्द</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>पन्ने या श्रेणियाँ अल्पविराम से अलग करके लिखें। श्रेणी दो संख्याओं के बीच हाइफ़न से लिखें। जैसे: 3,5-7,9 से पन्ने 3, 5, 6, 7 और 9 छपेंगे।</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>पन्ने</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>दोनों ओर छपाई</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>पन्नों का समूह:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>लंबी ओर से जिल्द</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;नाम:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>आउटपुट &amp;फ़ाइल:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;गुण</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>स्थान:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>सबसे ऊपर</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>नीचे स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>यहाँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>बाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>सबसे नीचे</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>पिछला पन्ना</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>दायाँ पन्ना</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ऊपर स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>दाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>बायाँ किनारा</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>अगला पन्ना</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>बायाँ पन्ना</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>दायाँ किनारा</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>यूनिकोड नियंत्रण वर्ण डालें</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE दाएँ-से-बाएँ अंतःस्थापन का आरंभ</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP शून्य चौड़ाई का रिक्त स्थान</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI बाएँ-से-दाएँ पृथक खंड</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO बाएँ-से-दाएँ अधिरोहण का आरंभ</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE बाएँ-से-दाएँ अंतःस्थापन का आरंभ</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI दाएँ-से-बाएँ पृथक खंड</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM दाएँ-से-बाएँ चिह्न</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF दिशा स्वरूपण का अंत</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ शून्य चौड़ाई अयोजक</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO दाएँ-से-बाएँ अधिरोहण का आरंभ</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI पृथक खंड का अंत</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ शून्य चौड़ाई योजक</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM बाएँ-से-दाएँ चिह्न</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI प्रथम सशक्त पृथक खंड</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;चिपकाएँ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता &amp;कॉपी करें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;आगे</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;समाप्त</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;आगे &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;पीछे</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>--layout must be 58mm, 80mm, a4 or letter</source>
        <translation>--layout 58mm, 80mm, a4 या letter होना चाहिए</translation>
    </message>
    <message>
        <source>cannot write the PDF %1</source>
        <translation>PDF %1 नहीं लिखी जा सकती</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2</source>
        <translation>%1 की रसीद %2 में लिखी गई</translation>
    </message>
</context>
<context>
    <name>RecipientCommand</name>
    <message>
        <source>not registered</source>
        <translation>पंजीकृत नहीं</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>the customer has no recipients yet</source>
        <translation>ग्राहक का अभी कोई प्राप्तकर्ता नहीं है</translation>
    </message>
    <message>
        <source>added at %1 (bank_id %2)</source>
        <extracomment>%1 the bank&apos;s name, %2 Eko&apos;s bank_id</extracomment>
        <translation>%1 में जोड़ा गया (bank_id %2)</translation>
    </message>
    <message>
        <source>not yet registered with the bank: choose it in CounterDesk to finish registering</source>
        <translation>अभी बैंक में पंजीकृत नहीं: पंजीकरण पूरा करने के लिए इसे CounterDesk में चुनें</translation>
    </message>
    <message>
        <source>name check: Eko&apos;s fee is %1 rupees, charged when it is sent (only where the bank supports it)</source>
        <translation>नाम जाँच: Eko का शुल्क %1 रुपये है, जाँच भेजते ही लगता है (केवल वहाँ जहाँ बैंक यह जाँच देता है)</translation>
    </message>
    <message>
        <source>name check: Eko charges a fee; this profile does not say how much</source>
        <translation>नाम जाँच: Eko शुल्क लेता है; यह प्रोफ़ाइल नहीं बताती कि कितना</translation>
    </message>
    <message>
        <source>bank&apos;s name: %1 (customer gave: %2)</source>
        <extracomment>%1 the name the bank holds for the account, %2 the name given with --name</extracomment>
        <translation>बैंक के अनुसार नाम: %1 (ग्राहक ने बताया: %2)</translation>
    </message>
    <message>
        <source>Eko charged %1 rupees for the check</source>
        <translation>Eko ने जाँच के लिए %1 रुपये लिए</translation>
    </message>
    <message>
        <source>the names differ</source>
        <translation>नाम अलग हैं</translation>
    </message>
    <message>
        <source>Type yes if the customer confirms this is the right person</source>
        <translation>अगर ग्राहक पुष्टि करे कि यही सही व्यक्ति है तो yes लिखें</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Pick who gets the money: type to filter, arrows to choose, Enter to go on.</source>
        <translation>पैसे किसे मिलें, चुनें: खोजने के लिए टाइप करें, तीर कुंजियों से चुनें, आगे बढ़ने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>Find a recipient by name, bank, account or IFSC</source>
        <translation>नाम, बैंक, खाता या IFSC से प्राप्तकर्ता खोजें</translation>
    </message>
    <message>
        <source>Name, bank, last digits of the account or IFSC</source>
        <translation>नाम, बैंक, खाते के आख़िरी अंक या IFSC</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>प्राप्तकर्ता जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Add a new recipient</source>
        <translation>नया प्राप्तकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>The customer&apos;s recipients</source>
        <translation>ग्राहक के प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Recipient name as the bank knows it</source>
        <translation>बैंक में दर्ज प्राप्तकर्ता का नाम</translation>
    </message>
    <message>
        <source>Recipient &amp;mobile</source>
        <translation>प्राप्तकर्ता का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>Recipient mobile number</source>
        <translation>प्राप्तकर्ता का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>A&amp;ccount number</source>
        <translation>खाता संख्या (&amp;C)</translation>
    </message>
    <message>
        <source>Recipient bank account number</source>
        <translation>प्राप्तकर्ता की बैंक खाता संख्या</translation>
    </message>
    <message>
        <source>Account number a&amp;gain</source>
        <translation>खाता संख्या दोबारा (&amp;G)</translation>
    </message>
    <message>
        <source>Recipient bank account number, typed again</source>
        <translation>प्राप्तकर्ता की बैंक खाता संख्या, दोबारा टाइप की गई</translation>
    </message>
    <message>
        <source>&amp;IFSC</source>
        <translation>IFSC (&amp;I)</translation>
    </message>
    <message>
        <source>Branch IFSC code, eleven characters</source>
        <translation>शाखा का IFSC कोड, ग्यारह वर्ण</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>&amp;Save recipient</source>
        <translation>प्राप्तकर्ता सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save the new recipient</source>
        <translation>नया प्राप्तकर्ता सहेजें</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>सूची पर वापस (&amp;L)</translation>
    </message>
    <message>
        <source>Back to the list of recipients</source>
        <translation>प्राप्तकर्ताओं की सूची पर वापस</translation>
    </message>
    <message>
        <source>Bank &amp;OTP</source>
        <translation>बैंक OTP (&amp;O)</translation>
    </message>
    <message>
        <source>OTP to register the recipient with the bank</source>
        <translation>प्राप्तकर्ता को बैंक में पंजीकृत करने का OTP</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <source>Verify the bank registration OTP</source>
        <translation>बैंक पंजीकरण OTP सत्यापित करें</translation>
    </message>
    <message>
        <source>Name at the bank</source>
        <translation>बैंक में नाम</translation>
    </message>
    <message>
        <source>Chec&amp;k the name with the bank</source>
        <translation>बैंक से नाम जाँचें (&amp;K)</translation>
    </message>
    <message>
        <source>Ask the bank for the account holder&apos;s name (a fee applies)</source>
        <translation>बैंक से खाताधारक का नाम पूछें (शुल्क लगता है)</translation>
    </message>
    <message>
        <source>&amp;Yes, the customer says this is the right person</source>
        <translation>हाँ, ग्राहक कहते हैं कि यही सही व्यक्ति है (&amp;Y)</translation>
    </message>
    <message>
        <source>The customer confirms the account holder the bank named</source>
        <translation>ग्राहक बैंक द्वारा बताए गए खाताधारक की पुष्टि करते हैं</translation>
    </message>
    <message>
        <source>What the bank says about the account holder&apos;s name</source>
        <translation>खाताधारक के नाम के बारे में बैंक क्या कहता है</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Checked %1 open transfer(s); %2 settled, %3 still open.</source>
        <translation>%1 खुले ट्रांसफ़र जाँचे गए; %2 पूरे हुए, %3 अभी भी खुले हैं।</translation>
    </message>
</context>
<context>
    <name>RefundCommand</name>
    <message>
        <source>a refund for %1 was already sent and is being checked; do not refund again (see: counterdesk-cli inquire %1)</source>
        <translation>%1 का रिफ़ंड पहले ही भेजा जा चुका है और उसकी जाँच चल रही है; दोबारा रिफ़ंड न करें (देखें: counterdesk-cli inquire %1)</translation>
    </message>
    <message>
        <source>%1 is not waiting for a refund (state %2)</source>
        <translation>%1 रिफ़ंड की प्रतीक्षा में नहीं है (स्थिति %2)</translation>
    </message>
    <message>
        <source>Refund OTP sent to the customer&apos;s mobile</source>
        <translation>ग्राहक के मोबाइल पर रिफ़ंड OTP भेजा गया</translation>
    </message>
    <message>
        <source>no OTP given on the input; nothing was sent</source>
        <translation>इनपुट पर कोई OTP नहीं दिया गया; कुछ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>The refund&apos;s outcome is not known yet; do not refund again. The journal keeps it open: run counterdesk-cli reconcile later.</source>
        <translation>रिफ़ंड का परिणाम अभी पता नहीं है; दोबारा रिफ़ंड न करें। जर्नल इसे खुला रखता है: बाद में counterdesk-cli reconcile चलाएँ।</translation>
    </message>
    <message>
        <source>%1 was made on the profile &quot;%2&quot;; refund it with that profile&apos;s --profile-file</source>
        <extracomment>%1 the transfer, %2 the profile it was made on</extracomment>
        <translation>%1 प्रोफ़ाइल &quot;%2&quot; पर किया गया था; उसी प्रोफ़ाइल की --profile-file से रिफ़ंड करें</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>अभी जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>Ask the bank for the status now</source>
        <translation>बैंक से अभी स्थिति पूछें</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Eko transaction ID (TID)</source>
        <translation>Eko ट्रांज़ैक्शन ID (TID)</translation>
    </message>
    <message>
        <source>Bank reference (UTR)</source>
        <translation>बैंक संदर्भ (UTR)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Wallet balance now</source>
        <translation>अब वॉलेट बैलेंस</translation>
    </message>
    <message>
        <source>Asks Eko again how this transfer ended. Nothing is sent a second time.</source>
        <translation>Eko से फिर पूछता है कि यह ट्रांसफ़र कैसे पूरा हुआ। कुछ भी दोबारा नहीं भेजा जाता।</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Type the customer&apos;s mobile number and press Enter. Read the OTP from the customer&apos;s phone.</source>
        <translation>ग्राहक का मोबाइल नंबर टाइप करके Enter दबाएँ। OTP ग्राहक के फ़ोन से पढ़ें।</translation>
    </message>
    <message>
        <source>Customer &amp;mobile</source>
        <translation>ग्राहक का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation>ग्राहक का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>98765 43210</source>
        <translation>98765 43210</translation>
    </message>
    <message>
        <source>Customer&apos;s wallet</source>
        <translation>ग्राहक का वॉलेट</translation>
    </message>
    <message>
        <source>&amp;Get customer</source>
        <translation>ग्राहक खोजें (&amp;G)</translation>
    </message>
    <message>
        <source>Get customer</source>
        <translation>ग्राहक खोजें</translation>
    </message>
    <message>
        <source>Customer &amp;OTP</source>
        <translation>ग्राहक OTP (&amp;O)</translation>
    </message>
    <message>
        <source>OTP sent to the customer&apos;s mobile</source>
        <translation>ग्राहक के मोबाइल पर भेजा गया OTP</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <source>Verify the customer&apos;s OTP</source>
        <translation>ग्राहक का OTP सत्यापित करें</translation>
    </message>
    <message>
        <source>&amp;Resend OTP</source>
        <translation>OTP दोबारा भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>Send the customer a new OTP</source>
        <translation>ग्राहक को नया OTP भेजें</translation>
    </message>
    <message>
        <source>New customer: enrol with details as on the ID</source>
        <translation>नया ग्राहक: पहचान पत्र के अनुसार विवरण भरकर पंजीकरण करें</translation>
    </message>
    <message>
        <source>&amp;Name as on ID</source>
        <translation>पहचान पत्र के अनुसार नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Customer name as on the ID</source>
        <translation>पहचान पत्र के अनुसार ग्राहक का नाम</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>जन्म तिथि (&amp;D)</translation>
    </message>
    <message>
        <source>Customer date of birth, day month year</source>
        <translation>ग्राहक की जन्म तिथि, दिन महीना साल</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>Customer address: house, street, town</source>
        <translation>ग्राहक का पता: मकान, गली, शहर</translation>
    </message>
    <message>
        <source>House, street, town</source>
        <translation>मकान, गली, शहर</translation>
    </message>
    <message>
        <source>PIN &amp;code</source>
        <translation>पिन कोड (&amp;C)</translation>
    </message>
    <message>
        <source>Customer PIN code, six digits</source>
        <translation>ग्राहक का पिन कोड, छह अंक</translation>
    </message>
    <message>
        <source>&amp;Enrol customer</source>
        <translation>ग्राहक का पंजीकरण करें (&amp;E)</translation>
    </message>
    <message>
        <source>Enrol the customer and send an OTP</source>
        <translation>ग्राहक का पंजीकरण करें और OTP भेजें</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>वॉलेट बैलेंस</translation>
    </message>
    <message>
        <source>Monthly limit left</source>
        <translation>बची हुई मासिक सीमा</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>The customer&apos;s ten-digit mobile number, the one their wallet is registered with.</source>
        <translation>ग्राहक का दस अंकों का मोबाइल नंबर, जिससे उनका वॉलेट पंजीकृत है।</translation>
    </message>
    <message>
        <source>The OTP Eko sent to the customer&apos;s phone, to show the wallet is theirs.</source>
        <translation>Eko ने ग्राहक के फ़ोन पर जो OTP भेजा है, यह दिखाने के लिए कि वॉलेट उन्हीं का है।</translation>
    </message>
    <message>
        <source>Asks Eko to send the customer a new OTP. It can be pressed again when the countdown ends.</source>
        <translation>Eko से ग्राहक को नया OTP भेजने को कहता है। उलटी गिनती ख़त्म होने पर इसे फिर दबाया जा सकता है।</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>the amount must be more than zero</source>
        <translation>राशि शून्य से अधिक होनी चाहिए</translation>
    </message>
    <message>
        <source>the amount must be whole rupees</source>
        <translation>राशि पूरे रुपयों में होनी चाहिए</translation>
    </message>
    <message>
        <source>the amount is more than the wallet balance</source>
        <translation>राशि वॉलेट बैलेंस से ज़्यादा है</translation>
    </message>
    <message>
        <source>the amount is more than the customer&apos;s monthly limit left</source>
        <translation>राशि ग्राहक की बची मासिक सीमा से ज़्यादा है</translation>
    </message>
    <message>
        <source>the amount is more than the per-transaction limit</source>
        <translation>राशि प्रति ट्रांज़ैक्शन सीमा से ज़्यादा है</translation>
    </message>
    <message>
        <source>the recipient does not accept this channel (try --channel neft or imps)</source>
        <translation>प्राप्तकर्ता यह चैनल स्वीकार नहीं करता (--channel neft या imps आज़माएँ)</translation>
    </message>
    <message>
        <source>no OTP given on the input; nothing was sent</source>
        <translation>इनपुट पर कोई OTP नहीं दिया गया; कुछ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>the transfer did not progress</source>
        <translation>ट्रांसफ़र आगे नहीं बढ़ा</translation>
    </message>
    <message>
        <source>OTP sent to the customer&apos;s mobile (sender)</source>
        <translation>ग्राहक के मोबाइल पर OTP भेजा गया (भेजने वाला)</translation>
    </message>
    <message>
        <source>adding a recipient is done in CounterDesk, not here</source>
        <translation>प्राप्तकर्ता CounterDesk में जोड़ा जाता है, यहाँ नहीं</translation>
    </message>
    <message>
        <source>OTP sent to the customer&apos;s mobile (register recipient with the bank)</source>
        <translation>ग्राहक के मोबाइल पर OTP भेजा गया (प्राप्तकर्ता को बैंक में पंजीकृत करना)</translation>
    </message>
    <message>
        <source>OTP sent to the customer&apos;s mobile (transaction)</source>
        <translation>ग्राहक के मोबाइल पर OTP भेजा गया (ट्रांज़ैक्शन)</translation>
    </message>
    <message>
        <source>no journal row for the transfer</source>
        <translation>ट्रांसफ़र रिकॉर्ड में इस ट्रांसफ़र की कोई पंक्ति नहीं है</translation>
    </message>
</context>
<context>
    <name>TransferJson</name>
    <message>
        <source>%1  %2  %3  Rs %4  %5  tid %6  UTR %7  %8</source>
        <translation>%1  %2  %3  Rs %4  %5  tid %6  UTR %7  %8</translation>
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
        <translation>केवल पूरे रुपये दर्ज करें, दशमलव के बाद पैसे नहीं।</translation>
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
    <message>
        <source>Enter the customer&apos;s Aadhaar number.</source>
        <translation>ग्राहक का आधार नंबर लिखें।</translation>
    </message>
    <message>
        <source>An Aadhaar number contains only digits (spaces are fine).</source>
        <translation>आधार नंबर में केवल अंक होते हैं (खाली जगह चल सकती है)।</translation>
    </message>
    <message>
        <source>An Aadhaar number has 12 digits.</source>
        <translation>आधार नंबर में 12 अंक होते हैं।</translation>
    </message>
    <message>
        <source>An Aadhaar number never starts with 0 or 1.</source>
        <translation>आधार नंबर कभी 0 या 1 से शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>This is not a valid Aadhaar number: a digit is wrong. Read it again from the card.</source>
        <translation>यह सही आधार नंबर नहीं है: कोई अंक गलत है। कार्ड से दोबारा पढ़ें।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s PAN.</source>
        <translation>ग्राहक का PAN लिखें।</translation>
    </message>
    <message>
        <source>A PAN is 5 letters, 4 digits and a letter, like ABCDE1234F.</source>
        <translation>PAN में 5 अक्षर, 4 अंक और एक अक्षर होता है, जैसे ABCDE1234F।</translation>
    </message>
</context>
<context>
    <name>counterdesk::gateway::GatewayCommands</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 पर सुन नहीं सकते: %2</translation>
    </message>
    <message>
        <source>counter add needs one NAME</source>
        <translation>counter add को एक NAME चाहिए</translation>
    </message>
    <message>
        <source>The secret is shown only now: give it to the counter (its keychain, or COUNTERDESK_COUNTER_SECRET for the CLI).</source>
        <translation>सीक्रेट केवल अभी दिखाया गया है: इसे काउंटर को दें (उसके कीचेन में, या CLI के लिए COUNTERDESK_COUNTER_SECRET में)।</translation>
    </message>
    <message>
        <source>counter revoke needs one NAME</source>
        <translation>counter revoke को एक NAME चाहिए</translation>
    </message>
    <message>
        <source>no active counter named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; नाम का कोई सक्रिय काउंटर नहीं है</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>%1 रद्द किया गया</translation>
    </message>
    <message>
        <source>unknown counter command &quot;%1&quot; (add, revoke, list)</source>
        <translation>अज्ञात counter कमांड &quot;%1&quot; (add, revoke, list)</translation>
    </message>
    <message>
        <source>admin %1 needs one NAME</source>
        <translation>admin %1 को एक NAME चाहिए</translation>
    </message>
    <message>
        <source>an admin name cannot contain &quot;:&quot; (HTTP Basic splits on it)</source>
        <translation>एडमिन के नाम में &quot;:&quot; नहीं हो सकता (HTTP Basic उसी पर बाँटता है)</translation>
    </message>
    <message>
        <source>removed admin %1</source>
        <translation>एडमिन %1 हटाया गया</translation>
    </message>
    <message>
        <source>unknown admin command &quot;%1&quot; (set-password, remove)</source>
        <translation>अज्ञात admin कमांड &quot;%1&quot; (set-password, remove)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>पासवर्ड: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>वही दोबारा: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>दोनों पासवर्ड अलग हैं; कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <source>cannot hash the password (OpenSSL)</source>
        <translation>पासवर्ड का हैश नहीं बन सका (OpenSSL)</translation>
    </message>
    <message>
        <source>password set for admin %1: the status page is at / on the gateway&apos;s address</source>
        <translation>एडमिन %1 का पासवर्ड सेट हुआ: स्टेटस पेज गेटवे के पते पर / पर है</translation>
    </message>
    <message>
        <source>--from/--to: expected a date such as 2025-01-31 (IST)</source>
        <translation>--from/--to: 2025-01-31 जैसी तारीख़ चाहिए (IST)</translation>
    </message>
    <message>
        <source>ledger export needs --csv FILE</source>
        <translation>ledger export को --csv FILE चाहिए</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) written to %1</source>
        <translation>
            <numerusform>%n ट्रांसफ़र %1 में लिखे गए</numerusform>
            <numerusform>%n ट्रांसफ़र %1 में लिखे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>counterdesk-gateway: one server holds the Eko keys for a partner&apos;s counters, with a PostgreSQL ledger</source>
        <translation>counterdesk-gateway: एक सर्वर पार्टनर के काउंटरों के लिए Eko कुंजियाँ रखता है, PostgreSQL लेजर के साथ</translation>
    </message>
    <message>
        <source>The INI configuration.</source>
        <translation>INI कॉन्फ़िगरेशन।</translation>
    </message>
    <message>
        <source>Listen on PORT instead of listen&apos;s port (0: a free one).</source>
        <translation>listen के पोर्ट की जगह PORT पर सुनें (0: कोई ख़ाली पोर्ट)।</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON छापें।</translation>
    </message>
    <message>
        <source>The counter&apos;s Eko user code (counter add).</source>
        <translation>काउंटर का Eko यूज़र कोड (counter add)।</translation>
    </message>
    <message>
        <source>Write the ledger as CSV to FILE.</source>
        <translation>लेजर को CSV के रूप में FILE में लिखें।</translation>
    </message>
    <message>
        <source>First IST day (YYYY-MM-DD).</source>
        <translation>पहला IST दिन (YYYY-MM-DD)।</translation>
    </message>
    <message>
        <source>Last IST day (YYYY-MM-DD).</source>
        <translation>आख़िरी IST दिन (YYYY-MM-DD)।</translation>
    </message>
    <message>
        <source>Only this counter.</source>
        <translation>केवल यह काउंटर।</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>कोई कमांड नहीं</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>अज्ञात कमांड &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a sub-command</source>
        <translation>%1 को एक उप-कमांड चाहिए</translation>
    </message>
    <message>
        <source>ledger needs export</source>
        <translation>ledger के बाद export चाहिए</translation>
    </message>
    <message>
        <source>--port %1: expected 0-65535</source>
        <translation>--port %1: 0-65535 चाहिए</translation>
    </message>
    <message numerus="yes">
        <source>the password (one line on stdin) needs %n character(s) or more</source>
        <translation>
            <numerusform>पासवर्ड (stdin पर एक लाइन) में कम से कम %n अक्षर चाहिए</numerusform>
            <numerusform>पासवर्ड (stdin पर एक लाइन) में कम से कम %n अक्षर चाहिए</numerusform>
        </translation>
    </message>
    <message>
        <source>tls_cert: the certificate for %1 expired on %2</source>
        <translation>tls_cert: %1 का प्रमाणपत्र %2 को समाप्त हो चुका है</translation>
    </message>
    <message>
        <source>configuration %1: read; the Eko keys and the counter key are loaded (never shown)</source>
        <translation>कॉन्फ़िगरेशन %1: पढ़ लिया; Eko कुंजियाँ और काउंटर कुंजी लोड हो गईं (कभी दिखाई नहीं जातीं)</translation>
    </message>
    <message>
        <source>database: reachable, ledger schema version %1</source>
        <translation>डेटाबेस: पहुँच में है, लेजर स्कीमा संस्करण %1</translation>
    </message>
    <message>
        <source>Eko: %1, initiator_id %2</source>
        <translation>Eko: %1, initiator_id %2</translation>
    </message>
    <message>
        <source>listen: %1</source>
        <translation>listen: %1</translation>
    </message>
    <message>
        <source>TLS: the certificate for %1 is valid until %2</source>
        <translation>TLS: %1 का प्रमाणपत्र %2 तक मान्य है</translation>
    </message>
    <message numerus="yes">
        <source>warning: the certificate ends in %n day(s); renew it before then</source>
        <translation>
            <numerusform>चेतावनी: प्रमाणपत्र %n दिन में समाप्त होगा; उससे पहले नवीनीकरण करें</numerusform>
            <numerusform>चेतावनी: प्रमाणपत्र %n दिनों में समाप्त होगा; उससे पहले नवीनीकरण करें</numerusform>
        </translation>
    </message>
    <message>
        <source>configuration OK</source>
        <translation>कॉन्फ़िगरेशन ठीक है</translation>
    </message>
    <message>
        <source>Eko through the proxy %1:%2</source>
        <translation>Eko तक प्रॉक्सी %1:%2 के ज़रिए</translation>
    </message>
</context>
<context>
    <name>counterdesk::gateway::GatewayConfig</name>
    <message>
        <source>[gateway] %1 = %2: expected a whole number of %3 or more</source>
        <translation>[gateway] %1 = %2: %3 या उससे बड़ी पूर्ण संख्या चाहिए</translation>
    </message>
    <message>
        <source>no configuration: pass --config FILE</source>
        <translation>कोई कॉन्फ़िगरेशन नहीं: --config FILE दें</translation>
    </message>
    <message>
        <source>configuration %1: no such file</source>
        <translation>कॉन्फ़िगरेशन %1: ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>configuration %1: not an INI file</source>
        <translation>कॉन्फ़िगरेशन %1: INI फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>configuration %1: no [gateway] section</source>
        <translation>कॉन्फ़िगरेशन %1: [gateway] सेक्शन नहीं है</translation>
    </message>
    <message>
        <source>[gateway] %1: unknown key (a typo?)</source>
        <translation>[gateway] %1: अज्ञात कुंजी (टाइपिंग की ग़लती?)</translation>
    </message>
    <message>
        <source>[gateway] listen = %1: expected ADDRESS:PORT, e.g. 127.0.0.1:8443</source>
        <translation>[gateway] listen = %1: ADDRESS:PORT चाहिए, जैसे 127.0.0.1:8443</translation>
    </message>
    <message>
        <source>[gateway] database is not set (a libpq connection string, e.g. &quot;host=/run/postgresql dbname=counterdesk&quot;)</source>
        <translation>[gateway] database सेट नहीं है (libpq कनेक्शन स्ट्रिंग, जैसे &quot;host=/run/postgresql dbname=counterdesk&quot;)</translation>
    </message>
    <message>
        <source>[gateway] eko_base_url = %1: expected an absolute URL such as https://api.eko.in:25002/ekoicici/v3</source>
        <translation>[gateway] eko_base_url = %1: पूरा URL चाहिए, जैसे https://api.eko.in:25002/ekoicici/v3</translation>
    </message>
    <message>
        <source>[gateway] eko_base_url = %1: must be https:// (plain http only to loopback)</source>
        <translation>[gateway] eko_base_url = %1: https:// होना चाहिए (साधारण http केवल लूपबैक पर)</translation>
    </message>
    <message>
        <source>[gateway] initiator_id is not set (the partner&apos;s registered mobile)</source>
        <translation>[gateway] initiator_id सेट नहीं है (पार्टनर का रजिस्टर्ड मोबाइल)</translation>
    </message>
    <message>
        <source>[gateway] user_code is not set (the default retailer code for counters added without --user-code)</source>
        <translation>[gateway] user_code सेट नहीं है (--user-code के बिना जोड़े गए काउंटरों का डिफ़ॉल्ट रिटेलर कोड)</translation>
    </message>
    <message>
        <source>[gateway] tls_cert and tls_key go together: set both or neither</source>
        <translation>[gateway] tls_cert और tls_key साथ चलते हैं: दोनों सेट करें या कोई नहीं</translation>
    </message>
    <message>
        <source>[gateway] tls_cert = %1: not a readable PEM certificate</source>
        <translation>[gateway] tls_cert = %1: पढ़ने योग्य PEM सर्टिफ़िकेट नहीं है</translation>
    </message>
    <message>
        <source>[gateway] listen = %1: plain HTTP only on loopback; set tls_cert and tls_key</source>
        <translation>[gateway] listen = %1: साधारण HTTP केवल लूपबैक पर; tls_cert और tls_key सेट करें</translation>
    </message>
    <message>
        <source>%1: counter_key= is missing or shorter than 32 characters (make one with: head -c 32 /dev/urandom | base64)</source>
        <translation>%1: counter_key= नहीं है या 32 अक्षरों से छोटी है (ऐसे बनाएँ: head -c 32 /dev/urandom | base64)</translation>
    </message>
    <message>
        <source>%1: developer_key= and access_key= are both needed</source>
        <translation>%1: developer_key= और access_key= दोनों चाहिए</translation>
    </message>
    <message>
        <source>[gateway] eko_proxy = %1: expected http://HOST:PORT, an HTTP proxy that needs no password (allow this server at the proxy)</source>
        <translation>[gateway] eko_proxy = %1: http://HOST:PORT चाहिए, ऐसा HTTP प्रॉक्सी जिसे पासवर्ड न चाहिए (प्रॉक्सी पर इस सर्वर को अनुमति दें)</translation>
    </message>
</context>
<context>
    <name>counterdesk::gateway::KeysFile</name>
    <message>
        <source>[gateway] eko_keys_file is not set (and no systemd credential &quot;%1&quot;)</source>
        <translation>[gateway] eko_keys_file सेट नहीं है (और systemd क्रेडेंशियल &quot;%1&quot; भी नहीं)</translation>
    </message>
    <message>
        <source>eko_keys_file %1: no such file</source>
        <translation>eko_keys_file %1: ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>eko_keys_file %1: group or others may read it; run chmod 600 %1</source>
        <translation>eko_keys_file %1: ग्रुप या दूसरे इसे पढ़ सकते हैं; chmod 600 %1 चलाएँ</translation>
    </message>
    <message>
        <source>eko_keys_file %1: cannot be read</source>
        <translation>eko_keys_file %1: पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>eko_keys_file %1: line %2 is not name=value</source>
        <translation>eko_keys_file %1: लाइन %2 name=value नहीं है</translation>
    </message>
</context>
<context>
    <name>counterdesk::gateway::Ledger</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: apt install libqt6sql6-psql</source>
        <translation>Qt का PostgreSQL ड्राइवर (QPSQL) इंस्टॉल नहीं है: apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message>
        <source>a counter named &quot;%1&quot; exists already (names are never reused)</source>
        <translation>&quot;%1&quot; नाम का काउंटर पहले से है (नाम दोबारा इस्तेमाल नहीं होते)</translation>
    </message>
    <message>
        <source>no admin named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; नाम का कोई एडमिन नहीं है</translation>
    </message>
    <message>
        <source>ledger schema: the database is at version %1, this gateway knows %2; upgrade counterdesk-gateway</source>
        <translation>लेजर स्कीमा: डेटाबेस संस्करण %1 पर है, यह गेटवे %2 तक जानता है; counterdesk-gateway अपग्रेड करें</translation>
    </message>
</context>
<context>
    <name>counterdesk::gateway::StatusPage</name>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Unknown – checking</source>
        <translation>अज्ञात – जाँच जारी</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>रिफ़ंड लंबित</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>Refund sent – checking</source>
        <translation>रिफ़ंड भेजा गया – जाँच जारी</translation>
    </message>
    <message>
        <source>DigiKhata</source>
        <translation>DigiKhata</translation>
    </message>
    <message>
        <source>PPI Levin</source>
        <translation>PPI Levin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>No counters yet. Add one with: counterdesk-gateway counter add NAME</source>
        <translation>अभी कोई काउंटर नहीं है। जोड़ने के लिए: counterdesk-gateway counter add NAME</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>Counter ID</source>
        <translation>काउंटर ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last seen (IST)</source>
        <translation>आख़िरी बार दिखा (IST)</translation>
    </message>
    <message>
        <source>Transfers today</source>
        <translation>आज के ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Sent today (successful)</source>
        <translation>आज भेजा गया (सफल)</translation>
    </message>
    <message>
        <source>Not final yet</source>
        <translation>अभी अंतिम नहीं</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>रद्द, %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Today by state (%1, IST)</source>
        <translation>आज, स्थिति के अनुसार (%1, IST)</translation>
    </message>
    <message>
        <source>No transfers today.</source>
        <translation>आज कोई ट्रांसफ़र नहीं हुआ।</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>All</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Transfers not final yet</source>
        <translation>ट्रांसफ़र जो अभी अंतिम नहीं हैं</translation>
    </message>
    <message>
        <source>The gateway keeps asking Eko about these until each outcome is final; a refund pending waits for the agent to claim it.</source>
        <translation>गेटवे इनके बारे में Eko से तब तक पूछता रहता है जब तक हर नतीजा अंतिम न हो जाए; लंबित रिफ़ंड एजेंट के क्लेम करने का इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>None: every transfer has a final outcome.</source>
        <translation>कोई नहीं: हर ट्रांसफ़र का नतीजा अंतिम है।</translation>
    </message>
    <message>
        <source>Created (IST)</source>
        <translation>बनाया गया (IST)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>प्रोडक्ट</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>पूछताछ</translation>
    </message>
    <message>
        <source>Showing the oldest %1.</source>
        <translation>सबसे पुराने %1 दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>CounterDesk gateway status</source>
        <translation>CounterDesk गेटवे की स्थिति</translation>
    </message>
    <message>
        <source>As of %1 IST (refreshed every minute). Read only.</source>
        <translation>%1 IST की स्थिति (हर मिनट ताज़ा होती है)। केवल देखने के लिए।</translation>
    </message>
    <message>
        <source>Admin sign-in needed</source>
        <translation>एडमिन साइन-इन ज़रूरी है</translation>
    </message>
    <message>
        <source>This page needs an admin name and password (set with counterdesk-gateway admin set-password).</source>
        <translation>इस पेज के लिए एडमिन का नाम और पासवर्ड चाहिए (counterdesk-gateway admin set-password से सेट करें)।</translation>
    </message>
    <message>
        <source>Too many wrong passwords</source>
        <translation>बहुत बार ग़लत पासवर्ड</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>एक मिनट बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The ledger does not answer</source>
        <translation>लेजर जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <source>The gateway cannot read its database just now. Try again shortly.</source>
        <translation>गेटवे अभी अपना डेटाबेस नहीं पढ़ पा रहा। थोड़ी देर बाद फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>counterdesk::http::ServerTls</name>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 में कोई PEM सर्टिफ़िकेट नहीं</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>not an unencrypted PEM RSA or EC key</source>
        <translation>बिना एन्क्रिप्शन वाली PEM RSA या EC कुंजी नहीं है</translation>
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
    <message>
        <source>IFSC directory (Razorpay ifsc %1, %2)</source>
        <extracomment>%1 is the version of Razorpay&apos;s &quot;ifsc&quot; package, %2 the date the directory was made</extracomment>
        <translation>IFSC निर्देशिका (Razorpay ifsc %1, %2)</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::AmountPage</name>
    <message>
        <source>From %1 to %2, %3 %4</source>
        <extracomment>%1 customer, %2 recipient, %3 bank, %4 masked account</extracomment>
        <translation>%1 से %2 को, %3 %4</translation>
    </message>
    <message>
        <source>wallet %1</source>
        <translation>वॉलेट %1</translation>
    </message>
    <message>
        <source>monthly limit left %1</source>
        <translation>बची मासिक सीमा %1</translation>
    </message>
    <message>
        <source>per transfer %1</source>
        <translation>प्रति ट्रांसफ़र %1</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::BusyPanel</name>
    <message>
        <source>Stop waiting</source>
        <translation>इंतज़ार बंद करें</translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation>जवाब का इंतज़ार बंद करें</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>काम जारी है</translation>
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
    <message>
        <source>Keep the transfer journal in DIR instead of the usual data folder.</source>
        <translation>ट्रांसफ़र रिकॉर्ड (जर्नल) सामान्य डेटा फ़ोल्डर की जगह DIR में रखें।</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ConfirmPage</name>
    <message>
        <source>&amp;Send %1</source>
        <extracomment>%1 is the amount</extracomment>
        <translation>%1 भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send %1 (%2)</source>
        <translation>%1 भेजें (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eko states the fee when the money is sent; the receipt shows it</source>
        <translation>पैसे भेजने पर Eko शुल्क बताता है; वह रसीद पर दिखेगा</translation>
    </message>
    <message>
        <source>IMPS (instant)</source>
        <translation>IMPS (तुरंत)</translation>
    </message>
    <message>
        <source>NEFT</source>
        <translation>NEFT</translation>
    </message>
    <message>
        <source>The money is being sent. This window closes only after the bank answers, so the result is never lost.</source>
        <translation>पैसे भेजे जा रहे हैं। बैंक का जवाब आने के बाद ही यह विंडो बंद होगी, ताकि परिणाम कभी न खोए।</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation>%2 को %1 भेजें</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ConnectionTestText</name>
    <message>
        <source>The server said: %1</source>
        <translation>सर्वर का जवाब: %1</translation>
    </message>
    <message>
        <source>This profile has no server address. Type the base URL Eko gave you.</source>
        <translation>इस प्रोफ़ाइल में सर्वर का पता नहीं है। Eko से मिला बेस URL टाइप करें।</translation>
    </message>
    <message>
        <source>The server address must start with https://. Keys and customer details would cross the network readable by anyone in between; only this PC itself (127.0.0.1) may use http://.</source>
        <translation>सर्वर का पता https:// से शुरू होना चाहिए। वरना कुंजियाँ और ग्राहक का विवरण नेटवर्क पर ऐसे जाएँगे कि बीच में कोई भी उन्हें पढ़ सके; केवल यही कंप्यूटर (127.0.0.1) http:// इस्तेमाल कर सकता है।</translation>
    </message>
    <message>
        <source>The endpoint table file cannot be read or is not a valid table.</source>
        <translation>एंडपॉइंट तालिका फ़ाइल पढ़ी नहीं जा सकती या वह मान्य तालिका नहीं है।</translation>
    </message>
    <message>
        <source>The developer key and the access key are needed. Type them, then test again.</source>
        <translation>डेवलपर कुंजी और एक्सेस कुंजी ज़रूरी हैं। उन्हें टाइप करें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>Connected: the server answered and accepted the signature.</source>
        <translation>कनेक्ट हो गया: सर्वर ने जवाब दिया और हस्ताक्षर स्वीकार किया।</translation>
    </message>
    <message>
        <source>Refused: the server answered 403 Forbidden. Most likely causes, first to last:</source>
        <translation>अस्वीकार: सर्वर ने 403 Forbidden जवाब दिया। सबसे संभावित कारण, क्रम से:</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>सर्वर से संपर्क नहीं हो सका।</translation>
    </message>
    <message>
        <source>The server answered HTTP %1. Check the base URL and the endpoint table.</source>
        <translation>सर्वर ने HTTP %1 जवाब दिया। बेस URL और एंडपॉइंट तालिका जाँचें।</translation>
    </message>
    <message>
        <source>But this PC&apos;s clock is off. %1</source>
        <translation>लेकिन इस कंप्यूटर की घड़ी सही नहीं है। %1</translation>
    </message>
    <message>
        <source>No answer in time. Check the internet connection, then try again.</source>
        <translation>समय पर कोई जवाब नहीं। इंटरनेट कनेक्शन जाँचें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate). Check the PC&apos;s date and the address; CounterDesk never ignores this.</source>
        <translation>सुरक्षित कनेक्शन विफल हुआ (सर्टिफ़िकेट)। कंप्यूटर की तारीख़ और पता जाँचें; CounterDesk इसे कभी अनदेखा नहीं करता।</translation>
    </message>
    <message>
        <source>The server is busy or failing (HTTP %1). Try again in a few minutes.</source>
        <translation>सर्वर व्यस्त है या ठीक से काम नहीं कर रहा (HTTP %1)। कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL.</source>
        <translation>इंटरनेट कनेक्शन और बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>The clock: %1</source>
        <translation>घड़ी: %1</translation>
    </message>
    <message>
        <source>The IP allow-list: Eko answers only allow-listed, static server addresses in India. A counter PC&apos;s changing address cannot be allow-listed; production needs a partner server.</source>
        <translation>IP अनुमति-सूची: Eko केवल भारत में स्थित, अनुमति-सूची में दर्ज स्थिर सर्वर पतों को जवाब देता है। काउंटर कंप्यूटर का बदलता पता अनुमति-सूची में नहीं जोड़ा जा सकता; प्रोडक्शन के लिए पार्टनर सर्वर ज़रूरी है।</translation>
    </message>
    <message>
        <source>The keys: the developer key or the access key is wrong, inactive, or not issued for this environment.</source>
        <translation>कुंजियाँ: डेवलपर कुंजी या एक्सेस कुंजी ग़लत है, सक्रिय नहीं है, या इस एनवायरनमेंट के लिए जारी नहीं हुई है।</translation>
    </message>
    <message>
        <source>The environment: UAT (test) keys do not work against production (%1).</source>
        <translation>एनवायरनमेंट: UAT (टेस्ट) कुंजियाँ प्रोडक्शन (%1) पर काम नहीं करतीं।</translation>
    </message>
    <message>
        <source>The environment: production keys do not work against UAT or the sandbox (%1), nor the reverse.</source>
        <translation>एनवायरनमेंट: प्रोडक्शन कुंजियाँ UAT या सैंडबॉक्स (%1) पर काम नहीं करतीं, और न ही इसका उल्टा।</translation>
    </message>
    <message>
        <source>A proxy: a proxy server between this PC and Eko may drop the developer key (its header name has an underscore).</source>
        <translation>प्रॉक्सी: इस कंप्यूटर और Eko के बीच का कोई प्रॉक्सी सर्वर डेवलपर कुंजी को हटा सकता है (उसके हेडर के नाम में अंडरस्कोर है)।</translation>
    </message>
    <message>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>The clock looks fine: %1</source>
        <translation>घड़ी ठीक लगती है: %1</translation>
    </message>
    <message>
        <source>the server&apos;s clock and this PC&apos;s agree to within a second.</source>
        <translation>सर्वर की घड़ी और इस कंप्यूटर की घड़ी में एक सेकंड से कम का अंतर है।</translation>
    </message>
    <message numerus="yes">
        <source>this PC&apos;s clock is %n second(s) slow compared with the server&apos;s Date header. Set the clock to update automatically.</source>
        <translation>
            <numerusform>इस कंप्यूटर की घड़ी सर्वर के Date हेडर की तुलना में %n सेकंड पीछे है। घड़ी को अपने आप अपडेट होने पर सेट करें।</numerusform>
            <numerusform>इस कंप्यूटर की घड़ी सर्वर के Date हेडर की तुलना में %n सेकंड पीछे है। घड़ी को अपने आप अपडेट होने पर सेट करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this PC&apos;s clock is %n second(s) fast compared with the server&apos;s Date header. Set the clock to update automatically.</source>
        <translation>
            <numerusform>इस कंप्यूटर की घड़ी सर्वर के Date हेडर की तुलना में %n सेकंड आगे है। घड़ी को अपने आप अपडेट होने पर सेट करें।</numerusform>
            <numerusform>इस कंप्यूटर की घड़ी सर्वर के Date हेडर की तुलना में %n सेकंड आगे है। घड़ी को अपने आप अपडेट होने पर सेट करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the counter ID the gateway&apos;s administrator gave you.</source>
        <translation>वह काउंटर आईडी टाइप करें जो गेटवे के व्यवस्थापक ने आपको दी थी।</translation>
    </message>
    <message>
        <source>The counter secret is needed. Type the secret the gateway&apos;s administrator gave you, then test again.</source>
        <translation>काउंटर सीक्रेट ज़रूरी है। गेटवे के व्यवस्थापक का दिया सीक्रेट टाइप करें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no PEM certificate. Choose the file your partner gave you, or leave the field empty.</source>
        <translation>CA प्रमाणपत्र फ़ाइल पढ़ी नहीं जा सकती या उसमें कोई PEM प्रमाणपत्र नहीं है। अपने पार्टनर की दी हुई फ़ाइल चुनें, या यह खाना खाली छोड़ दें।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ConsentPage</name>
    <message>
        <source>Aadhaar consent</source>
        <translation>आधार सहमति</translation>
    </message>
    <message>
        <source>Ask which language the customer understands best, then read the consent to them or play the recording. Go on only when they agree.</source>
        <translation>पूछें कि ग्राहक कौन-सी भाषा सबसे अच्छी तरह समझते हैं, फिर सहमति-पत्र उन्हें पढ़कर सुनाएँ या रिकॉर्डिंग चलाएँ। उनकी सहमति मिलने पर ही आगे बढ़ें।</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>ग्राहक की भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Load the languages again</source>
        <translation>भाषाएँ फिर से लाएँ</translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation>रिकॉर्डिंग चलाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Opens Eko&apos;s recording of the consent in the system&apos;s player</source>
        <translation>सहमति की Eko की रिकॉर्डिंग सिस्टम के प्लेयर में खोलता है</translation>
    </message>
    <message>
        <source>I have read or played this to the customer and they &amp;agree</source>
        <translation>मैंने यह ग्राहक को पढ़कर या चलाकर सुनाया है और वे सहमत हैं (&amp;A)</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>सहमति-पत्र</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language above to see the consent.</source>
        <translation>सहमति-पत्र देखने के लिए ऊपर ग्राहक की भाषा चुनें।</translation>
    </message>
    <message>
        <source>Tick the box once the customer has heard the consent and agrees.</source>
        <translation>ग्राहक के सहमति-पत्र सुनने और सहमत होने पर बॉक्स पर निशान लगाएँ।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::CounterPage</name>
    <message>
        <source>Shop &amp;name:</source>
        <translation>दुकान का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Shop &amp;address:</source>
        <translation>दुकान का पता (&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;gent code:</source>
        <translation>एजेंट कोड (&amp;G):</translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation>रसीद की भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>रसीद का काग़ज़ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Send button waits:</source>
        <translation>भेजें बटन का इंतज़ार (&amp;S):</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58 mm थर्मल रोल</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 mm थर्मल रोल</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 शीट</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>लेटर शीट</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the Send button stays disarmed on the confirm page, so a double Enter cannot send money by mistake.</source>
        <translation>पुष्टि पेज पर भेजें बटन कितनी देर निष्क्रिय रहे, ताकि ग़लती से दो बार Enter दबाने पर पैसे न चले जाएँ।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::CustomerDisplay</name>
    <message>
        <source>Customer display — CounterDesk</source>
        <translation>ग्राहक डिस्प्ले — CounterDesk</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>अभी नहीं मिला</translation>
    </message>
    <message>
        <source>TRAINING — practice only, no real money moves</source>
        <translation>प्रशिक्षण — केवल अभ्यास, असली पैसा नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <extracomment>The customer display greets the customer by name (%1)</extracomment>
        <translation>नमस्ते, %1</translation>
    </message>
    <message>
        <source>The agent is preparing your transfer.</source>
        <translation>एजेंट आपका पैसा भेजने की तैयारी कर रहे हैं।</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <source>Send money to any bank account in India. Tell the agent your mobile number to begin.</source>
        <translation>भारत के किसी भी बैंक खाते में पैसा भेजें। शुरू करने के लिए एजेंट को अपना मोबाइल नंबर बताएँ।</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>कृपया जाँच लें</translation>
    </message>
    <message>
        <source>Check this before you tell the agent your OTP</source>
        <translation>एजेंट को OTP बताने से पहले यह जाँच लें</translation>
    </message>
    <message>
        <source>If anything is wrong, tell the agent now: nothing has been sent yet.</source>
        <translation>कुछ भी गलत हो तो अभी एजेंट को बताएँ: अभी तक कुछ नहीं भेजा गया है।</translation>
    </message>
    <message>
        <source>Sending your money…</source>
        <translation>आपका पैसा भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Please wait for the bank&apos;s answer.</source>
        <translation>कृपया बैंक के जवाब की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>To</source>
        <translation>पाने वाले</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>शब्दों में</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>IMPS (instant)</source>
        <translation>IMPS (तुरंत)</translation>
    </message>
    <message>
        <source>NEFT</source>
        <translation>NEFT</translation>
    </message>
    <message>
        <source>Transaction ID (TID)</source>
        <translation>लेन-देन आईडी (TID)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Your wallet balance now</source>
        <translation>आपके वॉलेट में अब शेष</translation>
    </message>
    <message>
        <source>✔ Money sent</source>
        <translation>✔ पैसे भेज दिए गए</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>कृपया अपनी रसीद ले लें।</translation>
    </message>
    <message>
        <source>✖ Money not sent</source>
        <translation>✖ पैसे नहीं भेजे गए</translation>
    </message>
    <message>
        <source>The bank did not accept this transfer. Please ask the agent.</source>
        <translation>बैंक ने यह अंतरण स्वीकार नहीं किया। कृपया एजेंट से पूछें।</translation>
    </message>
    <message>
        <source>The money is back in your wallet.</source>
        <translation>पैसा आपके वॉलेट में वापस आ गया है।</translation>
    </message>
    <message>
        <source>You get the money back after a refund: the agent will ask you for a new OTP.</source>
        <translation>रिफ़ंड के बाद आपको पैसा वापस मिलेगा: एजेंट आपसे नया OTP माँगेंगे।</translation>
    </message>
    <message>
        <source>A refund to your wallet is being checked.</source>
        <translation>आपके वॉलेट में रिफ़ंड की जाँच हो रही है।</translation>
    </message>
    <message>
        <source>⏳ Waiting for the bank</source>
        <translation>⏳ बैंक की पुष्टि का इंतज़ार</translation>
    </message>
    <message>
        <source>The bank has not confirmed it yet. Do not pay again: the agent will tell you the result.</source>
        <translation>बैंक ने अभी पुष्टि नहीं की है। दोबारा भुगतान न करें: एजेंट आपको नतीजा बताएँगे।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::CustomerDisplayController</name>
    <message>
        <source>&amp;Automatic: the first screen that is not this window&apos;s</source>
        <translation>अपने आप: इस विंडो की स्क्रीन के अलावा पहली स्क्रीन (&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A screen in the menu: %1 its system name (&quot;HDMI-1&quot;), %2 its model</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>A remembered screen that is unplugged now; %1 its system name</extracomment>
        <translation>%1 (जुड़ी नहीं है)</translation>
    </message>
    <message>
        <source>Customer &amp;display</source>
        <translation>ग्राहक डिस्प्ले (&amp;D)</translation>
    </message>
    <message>
        <source>Show the transfer to the customer on a second screen, in the customer&apos;s language</source>
        <translation>ग्राहक को उनकी भाषा में, दूसरी स्क्रीन पर, लेन-देन दिखाएँ</translation>
    </message>
    <message>
        <source>Customer display &amp;screen</source>
        <translation>ग्राहक डिस्प्ले की स्क्रीन (&amp;S)</translation>
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
    <name>counterdesk::ui::DaySummaryDialog</name>
    <message>
        <source>Save summary as PDF</source>
        <translation>सारांश PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>दिन का हिसाब</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>दिन (&amp;D):</translation>
    </message>
    <message>
        <source>Totals per status and rail</source>
        <translation>स्थिति और वॉलेट के अनुसार कुल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Day totals</source>
        <translation>दिन का कुल</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट… (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>The journal could not be read. Try again; if it keeps failing, call support.</source>
        <translation>ट्रांसफ़र रिकॉर्ड पढ़ा नहीं जा सका। फिर से कोशिश करें; अगर बार-बार विफल हो, तो सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF %1 में नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>%1 · %2 successful, %3 sent · fees collected %4 · %5 not yet settled (%6)</source>
        <extracomment>%1 &quot;5 transfers&quot; (a plural of its own), %2 a count of them, %3 and %4 amounts, %5 a count, %6 an amount</extracomment>
        <translation>%1 · %2 सफल, %3 भेजे गए · वसूला गया शुल्क %4 · %5 अभी पूरे नहीं हुए (%6)</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::DaySummaryDocument</name>
    <message>
        <source>End-of-day summary, %1</source>
        <translation>दिन का हिसाब, %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>प्रिंट किया गया %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Transfers: %1</source>
        <translation>ट्रांसफ़र: %1</translation>
    </message>
    <message>
        <source>Successful: %1, sent %2</source>
        <translation>सफल: %1, भेजी गई राशि %2</translation>
    </message>
    <message>
        <source>Fees collected: %1</source>
        <translation>वसूला गया शुल्क: %1</translation>
    </message>
    <message>
        <source>Not yet settled (pending or refund to give): %1, %2</source>
        <translation>अभी पूरे नहीं हुए (लंबित या रिफ़ंड देना बाक़ी): %1, %2</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::FirstRunWizard</name>
    <message>
        <source>Type both keys Eko gave you: the developer key and the access key.</source>
        <translation>Eko से मिली दोनों कुंजियाँ टाइप करें: डेवलपर कुंजी और एक्सेस कुंजी।</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 4 से 8 अंकों का होता है।</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>दोनों PIN अलग हैं। एक ही PIN दो बार टाइप करें।</translation>
    </message>
    <message>
        <source>Real money needs an agent PIN, so nobody else can send from this counter.</source>
        <translation>असली पैसे के लिए एजेंट PIN ज़रूरी है, ताकि इस काउंटर से कोई और पैसे न भेज सके।</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>प्रोफ़ाइल सहेजी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Welcome to CounterDesk</source>
        <translation>CounterDesk में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <source>A few questions before the first customer. Everything can be changed later under Settings.</source>
        <translation>पहले ग्राहक से पहले कुछ सवाल। बाद में सेटिंग्स में सब कुछ बदला जा सकता है।</translation>
    </message>
    <message>
        <source>Screen &amp;language:</source>
        <translation>स्क्रीन की भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Screen language</source>
        <translation>स्क्रीन की भाषा</translation>
    </message>
    <message>
        <source>Start in &amp;Training: practise with made-up customers. No keys needed, no real money moves.</source>
        <translation>प्रशिक्षण में शुरू करें: काल्पनिक ग्राहकों के साथ अभ्यास करें। कोई कुंजी नहीं चाहिए, असली पैसा नहीं भेजा जाता। (&amp;T)</translation>
    </message>
    <message>
        <source>Connect to Eko &amp;UAT (test server) with my partner keys</source>
        <translation>मेरी पार्टनर कुंजियों से Eko UAT (टेस्ट सर्वर) से कनेक्ट करें (&amp;U)</translation>
    </message>
    <message>
        <source>Connect to Eko &amp;Production (real money) with my partner keys</source>
        <translation>मेरी पार्टनर कुंजियों से Eko प्रोडक्शन (असली पैसा) से कनेक्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Eko connection</source>
        <translation>Eko कनेक्शन</translation>
    </message>
    <message>
        <source>The details Eko gave your partner. The keys go to the system keychain, never to a file.</source>
        <translation>Eko द्वारा आपके पार्टनर को दिया गया विवरण। कुंजियाँ सिस्टम कीचेन में जाती हैं, कभी किसी फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation>आपका काउंटर</translation>
    </message>
    <message>
        <source>Both are optional in training.</source>
        <translation>प्रशिक्षण में दोनों वैकल्पिक हैं।</translation>
    </message>
    <message>
        <source>The shop name is printed on receipts. The agent PIN locks the console when nobody is at it.</source>
        <translation>दुकान का नाम रसीदों पर छपता है। जब कंसोल पर कोई न हो, तो एजेंट PIN उसे लॉक कर देता है।</translation>
    </message>
    <message>
        <source>Shop &amp;name (optional):</source>
        <translation>दुकान का नाम (वैकल्पिक) (&amp;N):</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <source>Agent &amp;PIN (4–8 digits):</source>
        <translation>एजेंट PIN (4–8 अंक) (&amp;P):</translation>
    </message>
    <message>
        <source>Agent &amp;PIN (optional, 4–8 digits):</source>
        <translation>एजेंट PIN (वैकल्पिक, 4–8 अंक) (&amp;P):</translation>
    </message>
    <message>
        <source>Agent PIN</source>
        <translation>एजेंट PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>PIN दोबारा (&amp;R):</translation>
    </message>
    <message>
        <source>Repeat agent PIN</source>
        <translation>एजेंट PIN दोबारा</translation>
    </message>
    <message>
        <source>Type the counter secret the gateway&apos;s administrator gave you.</source>
        <translation>वह काउंटर सीक्रेट टाइप करें जो गेटवे के व्यवस्थापक ने आपको दिया था।</translation>
    </message>
    <message>
        <source>Partner gateway</source>
        <translation>पार्टनर गेटवे</translation>
    </message>
    <message>
        <source>Connect through my partner&apos;s &amp;gateway (real money) with a counter ID and secret</source>
        <translation>काउंटर आईडी और सीक्रेट से मेरे पार्टनर के गेटवे के ज़रिए जोड़ें (असली पैसा) (&amp;G)</translation>
    </message>
    <message>
        <source>Gateway connection</source>
        <translation>गेटवे कनेक्शन</translation>
    </message>
    <message>
        <source>The details the gateway&apos;s administrator gave you. The counter secret goes to the system keychain, never to a file.</source>
        <translation>गेटवे के व्यवस्थापक के दिए विवरण। काउंटर सीक्रेट सिस्टम कीचेन में जाता है, किसी फ़ाइल में कभी नहीं।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::GatewayRefusalText</name>
    <message>
        <source>The gateway does not know this counter. Check the counter ID in Settings; it must be the one the gateway&apos;s administrator gave you.</source>
        <translation>गेटवे इस काउंटर को नहीं पहचानता। सेटिंग्स में काउंटर आईडी जाँचें; यह वही होनी चाहिए जो गेटवे के व्यवस्थापक ने आपको दी थी।</translation>
    </message>
    <message>
        <source>This counter&apos;s access was revoked by the gateway&apos;s administrator. Ask your partner to enrol the counter again.</source>
        <translation>गेटवे के व्यवस्थापक ने इस काउंटर की पहुँच रद्द कर दी है। काउंटर को फिर से जोड़ने के लिए अपने पार्टनर से कहें।</translation>
    </message>
    <message>
        <source>The gateway did not accept this counter&apos;s secret. Type the counter secret again in Settings, exactly as the gateway&apos;s administrator gave it.</source>
        <translation>गेटवे ने इस काउंटर का सीक्रेट स्वीकार नहीं किया। सेटिंग्स में काउंटर सीक्रेट फिर से ठीक वैसा ही टाइप करें जैसा गेटवे के व्यवस्थापक ने दिया था।</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is too far from the gateway&apos;s. Set the clock to update automatically, then try again.</source>
        <translation>इस पीसी की घड़ी गेटवे की घड़ी से बहुत अलग है। घड़ी को अपने-आप अपडेट होने पर सेट करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The gateway received this request twice and refused the second one. Nothing was done; try again.</source>
        <translation>गेटवे को यह अनुरोध दो बार मिला और उसने दूसरा अस्वीकार कर दिया। कुछ नहीं किया गया; दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The gateway refused this counter. Ask the gateway&apos;s administrator.</source>
        <translation>गेटवे ने इस काउंटर को अस्वीकार कर दिया। गेटवे के व्यवस्थापक से पूछें।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>UTR</source>
        <translation>UTR</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>सटीक मिलान</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>मिलता-जुलता</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::HistoryText</name>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Unknown – checking</source>
        <translation>अज्ञात – जाँच जारी</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>रिफ़ंड लंबित</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>DigiKhata</source>
        <translation>DigiKhata</translation>
    </message>
    <message>
        <source>PPI Levin</source>
        <translation>PPI Levin</translation>
    </message>
    <message>
        <source>Sent by this counter</source>
        <translation>इस काउंटर से भेजा गया</translation>
    </message>
    <message>
        <source>Eko&apos;s answer</source>
        <translation>Eko का जवाब</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>स्थिति जाँच</translation>
    </message>
    <message>
        <source>Automatic status check</source>
        <translation>स्वचालित स्थिति जाँच</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Agent or support</source>
        <translation>एजेंट या सहायता टीम</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>आयात किया गया</translation>
    </message>
    <message>
        <source>%1 IST</source>
        <translation>%1 IST</translation>
    </message>
    <message>
        <source>Refund sent – checking</source>
        <translation>रिफ़ंड भेजा गया – जाँच जारी</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n ट्रांसफ़र</numerusform>
            <numerusform>%n ट्रांसफ़र</numerusform>
        </translation>
    </message>
    <message>
        <source>TID %1</source>
        <translation>TID %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>रेफ़रेंस %1</translation>
    </message>
    <message>
        <source>UTR %1</source>
        <translation>UTR %1</translation>
    </message>
    <message>
        <source>customer mobile %1</source>
        <translation>ग्राहक का मोबाइल %1</translation>
    </message>
    <message>
        <source>account ending %1</source>
        <translation>%1 पर ख़त्म होने वाला खाता</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>राशि %1</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Exact match: %1</source>
        <extracomment>%1 what matched, e.g. &quot;TID 1234567890&quot; (HistoryText::match)</extracomment>
        <translation>सटीक मिलान: %1</translation>
    </message>
    <message>
        <source>Similar: %1</source>
        <extracomment>%1 what matched, e.g. &quot;account ending 7890&quot;: not the same transfer</extracomment>
        <translation>मिलता-जुलता: %1</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::HistoryView</name>
    <message>
        <source>Asking Eko about %1…</source>
        <translation>%1 के बारे में Eko से पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Eko answered, but the journal could not be written. Call support.</source>
        <translation>Eko ने जवाब दिया, लेकिन ट्रांसफ़र रिकॉर्ड में लिखा नहीं जा सका। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko says: %1.</source>
        <translation>Eko का संदेश: %1.</translation>
    </message>
    <message>
        <source>Eko does not know this transfer yet. It stays %1; CounterDesk keeps asking.</source>
        <translation>Eko के पास अभी इस ट्रांसफ़र का रिकॉर्ड नहीं है। यह %1 ही रहेगा; CounterDesk पूछता रहेगा।</translation>
    </message>
    <message>
        <source>No answer from Eko. Try again in a minute; CounterDesk also keeps asking.</source>
        <translation>Eko से कोई जवाब नहीं। एक मिनट बाद फिर से कोशिश करें; CounterDesk भी पूछता रहेगा।</translation>
    </message>
    <message>
        <source>Receipt (copy)</source>
        <translation>रसीद (कॉपी)</translation>
    </message>
    <message>
        <source>The export was not saved. Try again; if it keeps failing, call support.</source>
        <translation>एक्सपोर्ट सहेजा नहीं गया। फिर से कोशिश करें; अगर बार-बार विफल हो, तो सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>इतिहास CSV के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें (&amp;S):</translation>
    </message>
    <message>
        <source>TID, customer mobile, account number, amount or name</source>
        <translation>TID, ग्राहक का मोबाइल, खाता संख्या, राशि या नाम</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>इतिहास में खोजें</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>तारीख़ से (&amp;D)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>शुरुआती तारीख़</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>अंतिम तारीख़ (उसे मिलाकर)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति (&amp;T):</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>R&amp;ail:</source>
        <translation>वॉलेट (&amp;A):</translation>
    </message>
    <message>
        <source>Rail filter</source>
        <translation>वॉलेट फ़िल्टर</translation>
    </message>
    <message>
        <source>Transfers, newest first</source>
        <translation>ट्रांसफ़र, सबसे नए पहले</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>&amp;Check status now</source>
        <translation>अभी स्थिति जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;print (copy)</source>
        <translation>दोबारा प्रिंट (कॉपी) (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>रिफ़ंड… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें… (&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;nd of day…</source>
        <translation>दिन का हिसाब… (&amp;N)</translation>
    </message>
    <message>
        <source>The journal could not be read. Try again; if it keeps failing, call support.</source>
        <translation>ट्रांसफ़र रिकॉर्ड पढ़ा नहीं जा सका। फिर से कोशिश करें; अगर बार-बार विफल हो, तो सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>This transfer was made on the profile &quot;%1&quot;, and only that profile&apos;s server knows it. Switch to &quot;%1&quot; in Settings to check it.</source>
        <extracomment>%1 the connection profile the transfer was made on (&quot;Training&quot;, &quot;Production&quot;)</extracomment>
        <translation>यह ट्रांसफ़र प्रोफ़ाइल &quot;%1&quot; पर किया गया था, और इसे केवल उसी प्रोफ़ाइल का सर्वर जानता है। इसकी जाँच के लिए सेटिंग्स में &quot;%1&quot; चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%n ट्रांसफ़र दिखाया गया; और देखने के लिए नीचे स्क्रॉल करें</numerusform>
            <numerusform>%n ट्रांसफ़र दिखाए गए; और देखने के लिए नीचे स्क्रॉल करें</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows marked &quot;Similar&quot; below it are other transfers that only look alike.</source>
        <translation>इसके नीचे &quot;मिलता-जुलता&quot; लिखी पंक्तियाँ दूसरे ट्रांसफ़र हैं, जो बस मिलते-जुलते दिखते हैं।</translation>
    </message>
    <message>
        <source>No exact TID, reference or mobile match. These transfers only look alike: check before you act on one.</source>
        <translation>TID, रेफ़रेंस या मोबाइल का कोई सटीक मिलान नहीं। ये ट्रांसफ़र बस मिलते-जुलते हैं: किसी पर कुछ करने से पहले जाँच लें।</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>एक्सपोर्ट रद्द करें</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>एक्सपोर्ट की प्रगति</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 में एक्सपोर्ट हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1</source>
        <extracomment>%n transfers in the file, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>%n ट्रांसफ़र %1 में एक्सपोर्ट किया गया</numerusform>
            <numerusform>%n ट्रांसफ़र %1 में एक्सपोर्ट किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation>एक्सपोर्ट रद्द हुआ। कोई फ़ाइल सेव नहीं हुई।</translation>
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
    <name>counterdesk::ui::KycPage</name>
    <message>
        <source>Aadhaar and PAN</source>
        <translation>आधार और PAN</translation>
    </message>
    <message>
        <source>Type the numbers from the customer&apos;s own cards. They are sent to Eko and kept nowhere on this PC.</source>
        <translation>नंबर ग्राहक के अपने कार्ड से लिखें। वे Eko को भेजे जाते हैं और इस कंप्यूटर पर कहीं नहीं रखे जाते।</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Aadhaar &amp;number:</source>
        <translation>आधार नंबर (&amp;N):</translation>
    </message>
    <message>
        <source>12 digits, as on the card</source>
        <translation>12 अंक, जैसे कार्ड पर हैं</translation>
    </message>
    <message>
        <source>&amp;Send Aadhaar OTP</source>
        <translation>आधार OTP भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Aadhaar OTP</source>
        <translation>आधार OTP</translation>
    </message>
    <message>
        <source>&amp;OTP:</source>
        <translation>OTP (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Check OTP</source>
        <translation>OTP जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>&amp;PAN:</source>
        <translation>PAN (&amp;P):</translation>
    </message>
    <message>
        <source>ABCDE1234F</source>
        <translation>ABCDE1234F</translation>
    </message>
    <message>
        <source>C&amp;heck PAN</source>
        <translation>PAN जाँचें (&amp;H)</translation>
    </message>
    <message>
        <source>UIDAI sent an OTP to the mobile number linked with Aadhaar %1. Ask the customer to read it out.</source>
        <extracomment>%1 is the masked Aadhaar number, XXXX XXXX 1234</extracomment>
        <translation>UIDAI ने आधार %1 से जुड़े मोबाइल नंबर पर OTP भेजा है। ग्राहक से उसे पढ़कर बताने को कहें।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::LockScreen</name>
    <message>
        <source>CounterDesk is locked</source>
        <translation>CounterDesk लॉक है</translation>
    </message>
    <message>
        <source>Nobody used the console for a while. Type the agent PIN to go on.</source>
        <translation>कुछ समय से कंसोल इस्तेमाल नहीं हुआ। आगे बढ़ने के लिए एजेंट PIN टाइप करें।</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>कंसोल लॉक है</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::MainMenus</name>
    <message>
        <source>&amp;Transfers</source>
        <translation>ट्रांसफ़र (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>टूल्स (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स… (&amp;S)</translation>
    </message>
    <message>
        <source>Connection profiles and keys, counter details, agent PIN</source>
        <translation>कनेक्शन प्रोफ़ाइल और कुंजियाँ, काउंटर की जानकारी, एजेंट PIN</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Cover the screen until the agent PIN is typed</source>
        <translation>एजेंट PIN डालने तक स्क्रीन ढक दें</translation>
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
        <source>H&amp;ome screen</source>
        <translation>होम स्क्रीन (&amp;O)</translation>
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
</context>
<context>
    <name>counterdesk::ui::MainWindow</name>
    <message>
        <source>CounterDesk</source>
        <translation>CounterDesk</translation>
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
        <source>The connection profile &quot;%1&quot; does not exist. Choose a profile in Settings.</source>
        <translation>कनेक्शन प्रोफ़ाइल &quot;%1&quot; मौजूद नहीं है। सेटिंग्स में कोई प्रोफ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The connection profile has no server address, so no transfer can be made. Set it in Settings.</source>
        <translation>कनेक्शन प्रोफ़ाइल में सर्वर का पता नहीं है, इसलिए कोई ट्रांसफ़र नहीं हो सकता। इसे सेटिंग्स में भरें।</translation>
    </message>
    <message>
        <source>The connection profile uses http:// for a server on the network. Keys and OTPs would travel unprotected, so CounterDesk refuses it: use https://.</source>
        <translation>कनेक्शन प्रोफ़ाइल नेटवर्क के सर्वर के लिए http:// इस्तेमाल करती है। कुंजियाँ और OTP बिना सुरक्षा के जाएँगे, इसलिए CounterDesk इसे अस्वीकार करता है: https:// का उपयोग करें।</translation>
    </message>
    <message>
        <source>The connection profile&apos;s endpoint table file cannot be read. Fix or remove it in Settings.</source>
        <translation>कनेक्शन प्रोफ़ाइल की एंडपॉइंट तालिका फ़ाइल पढ़ी नहीं जा सकती। सेटिंग्स में इसे ठीक करें या हटाएँ।</translation>
    </message>
    <message>
        <source>The developer key or access key of this profile is missing. Enter them in Settings.</source>
        <translation>इस प्रोफ़ाइल की डेवलपर कुंजी या एक्सेस कुंजी नहीं दी गई है। उन्हें सेटिंग्स में दर्ज करें।</translation>
    </message>
    <message>
        <source>The transfer journal could not be opened in %1, so no transfer can be made. Check that the disk is not full and the folder can be written. Details for support: %2</source>
        <translation>ट्रांसफ़र रिकॉर्ड %1 में खोला नहीं जा सका, इसलिए कोई ट्रांसफ़र नहीं हो सकता। देखें कि डिस्क भरी न हो और फ़ोल्डर में लिखा जा सके। सहायता टीम के लिए विवरण: %2</translation>
    </message>
    <message>
        <source>CounterDesk is not connected yet, so no transfer can start. See the message above or the status bar.</source>
        <translation>CounterDesk अभी कनेक्ट नहीं हुआ है, इसलिए कोई ट्रांसफ़र शुरू नहीं हो सकता। ऊपर का संदेश या स्टेटस बार देखें।</translation>
    </message>
    <message>
        <source>The transfer journal is not open yet, so history cannot be shown. See the message above or the status bar.</source>
        <translation>ट्रांसफ़र रिकॉर्ड अभी खुला नहीं है, इसलिए इतिहास नहीं दिखाया जा सकता। ऊपर का संदेश या स्टेटस बार देखें।</translation>
    </message>
    <message>
        <source>Set an agent PIN in Settings first; without one the screen cannot be locked.</source>
        <translation>पहले सेटिंग्स में एजेंट PIN सेट करें; उसके बिना स्क्रीन लॉक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>CounterDesk — TRAINING</source>
        <translation>CounterDesk — प्रशिक्षण</translation>
    </message>
    <message>
        <source>CounterDesk — %1</source>
        <extracomment>%1 the connection profile in use (&quot;UAT&quot;, &quot;Production&quot;, a shop&apos;s own name)</extracomment>
        <translation>CounterDesk — %1</translation>
    </message>
    <message>
        <source>CounterDesk will use the connection profile &quot;%1&quot; as soon as the open transfer or refund window is closed; what is in progress there stays with &quot;%2&quot;.</source>
        <translation>खुली ट्रांसफ़र या रिफ़ंड विंडो बंद होते ही CounterDesk कनेक्शन प्रोफ़ाइल &quot;%1&quot; इस्तेमाल करेगा; वहाँ जो चल रहा है वह &quot;%2&quot; के साथ ही रहेगा।</translation>
    </message>
    <message>
        <source>%1 CounterDesk goes on with the connection profile &quot;%2&quot;.</source>
        <extracomment>%1 why the chosen profile cannot be used, %2 the profile still in use</extracomment>
        <translation>%1 CounterDesk कनेक्शन प्रोफ़ाइल &quot;%2&quot; के साथ चलता रहेगा।</translation>
    </message>
    <message>
        <source>Training mode: practice only, no real money moves.</source>
        <translation>प्रशिक्षण मोड: केवल अभ्यास, कोई असली पैसा नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Now using the connection profile &quot;%1&quot;.</source>
        <translation>अब कनेक्शन प्रोफ़ाइल &quot;%1&quot; इस्तेमाल हो रही है।</translation>
    </message>
    <message>
        <source>Set it in Settings.</source>
        <translation>इसे सेटिंग्स में भरें।</translation>
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
        <translation>Eko ने ग्राहक के मोबाइल %1 पर %3 को %2 भेजने के लिए OTP भेजा है।</translation>
    </message>
    <message numerus="yes">
        <source>Wrong OTP typed %n time(s). After %1, Eko locks the customer for 15 minutes.</source>
        <translation>
            <numerusform>ग़लत OTP %n बार टाइप हुआ। %1 के बाद Eko ग्राहक को 15 मिनट के लिए रोक देता है।</numerusform>
            <numerusform>ग़लत OTP %n बार टाइप हुआ। %1 के बाद Eko ग्राहक को 15 मिनट के लिए रोक देता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>A new OTP can be sent in %1 s.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>नया OTP %1 सेकंड बाद भेजा जा सकता है।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::PendingCountLabel</name>
    <message>
        <source>Open history to see them</source>
        <translation>उन्हें देखने के लिए इतिहास खोलें</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) pending</source>
        <translation>
            <numerusform>%n ट्रांसफ़र लंबित</numerusform>
            <numerusform>%n ट्रांसफ़र लंबित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) to give</source>
        <translation>
            <numerusform>%n रिफ़ंड देना बाक़ी</numerusform>
            <numerusform>%n रिफ़ंड देने बाक़ी</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::PinEntry</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>अब आप फिर से कोशिश कर सकते हैं।</translation>
    </message>
    <message>
        <source>Agent &amp;PIN:</source>
        <translation>एजेंट PIN (&amp;P):</translation>
    </message>
    <message>
        <source>Agent PIN</source>
        <translation>एजेंट PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>PIN की स्थिति</translation>
    </message>
    <message>
        <source>The agent&apos;s own PIN. After several wrong PINs CounterDesk waits a while before the next try.</source>
        <translation>एजेंट का अपना PIN। कई बार गलत PIN डालने पर CounterDesk अगली कोशिश से पहले कुछ देर रुकता है।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::PinPromptDialog</name>
    <message>
        <source>Agent PIN</source>
        <translation>एजेंट PIN</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>पुष्टि करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::PinText</name>
    <message>
        <source>No agent PIN is set.</source>
        <translation>कोई एजेंट PIN सेट नहीं है।</translation>
    </message>
    <message>
        <source>Wrong PIN. %1</source>
        <translation>ग़लत PIN। %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>ग़लत PIN। फिर से कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>बहुत ज़्यादा बार ग़लत PIN। %n सेकंड बाद फिर से कोशिश करें।</numerusform>
            <numerusform>बहुत ज़्यादा बार ग़लत PIN। %n सेकंड बाद फिर से कोशिश करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ProfileForm</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>प्रोफ़ाइल को एक नाम दें।</translation>
    </message>
    <message>
        <source>Type the server&apos;s base URL, for example https://staging.eko.in/ekoapi/v3.</source>
        <translation>सर्वर का बेस URL टाइप करें, जैसे https://staging.eko.in/ekoapi/v3।</translation>
    </message>
    <message>
        <source>Not saved: %1 uses http://. Only https:// is allowed for a server other than this PC, because keys and customer details would otherwise cross the network readable by anyone in between.</source>
        <translation>सहेजा नहीं गया: %1 http:// इस्तेमाल करता है। इस कंप्यूटर के अलावा किसी सर्वर के लिए केवल https:// की अनुमति है, वरना कुंजियाँ और ग्राहक का विवरण नेटवर्क पर ऐसे जाएँगे कि बीच में कोई भी उन्हें पढ़ सके।</translation>
    </message>
    <message>
        <source>The initiator ID is the partner&apos;s registered mobile number: 10 digits.</source>
        <translation>इनिशिएटर ID पार्टनर का पंजीकृत मोबाइल नंबर है: 10 अंक।</translation>
    </message>
    <message>
        <source>The user code is 1 to 20 letters and digits, as Eko gave it.</source>
        <translation>यूज़र कोड 1 से 20 अक्षर और अंक होता है, जैसा Eko ने दिया है।</translation>
    </message>
    <message>
        <source>The location is latitude,longitude in degrees, for example 28.63,77.22.</source>
        <translation>लोकेशन डिग्री में अक्षांश,देशांतर होती है, जैसे 28.63,77.22।</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>प्रोफ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>बेस URL (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Initiator ID:</source>
        <translation>इनिशिएटर ID (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;User code:</source>
        <translation>यूज़र कोड (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Wallet rail:</source>
        <translation>वॉलेट (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>टाइमआउट (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Endpoint table:</source>
        <translation>एंडपॉइंट तालिका (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Location (lat,long):</source>
        <translation>लोकेशन (अक्षांश,देशांतर) (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Developer key:</source>
        <translation>डेवलपर कुंजी (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>एक्सेस कुंजी (&amp;A):</translation>
    </message>
    <message>
        <source>PPI DigiKhata</source>
        <translation>PPI DigiKhata</translation>
    </message>
    <message>
        <source>PPI Levin</source>
        <translation>PPI Levin</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>built-in (leave empty)</source>
        <translation>बिल्ट-इन (ख़ाली छोड़ें)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>ज़रूरी</translation>
    </message>
    <message>
        <source>unchanged (leave empty)</source>
        <translation>बिना बदलाव (ख़ाली छोड़ें)</translation>
    </message>
    <message>
        <source>Training uses the simulator built into CounterDesk: no keys, no real money. Nothing here needs filling in.</source>
        <translation>प्रशिक्षण में CounterDesk का बिल्ट-इन सिम्युलेटर इस्तेमाल होता है: कोई कुंजी नहीं, असली पैसा नहीं। यहाँ कुछ भरने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>The keys are kept in the system keychain, never in the settings file.</source>
        <translation>कुंजियाँ सिस्टम कीचेन में रखी जाती हैं, कभी सेटिंग्स फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <source>The keys are kept in the system keychain, never in the settings file. Leave a key field empty to keep the key already saved.</source>
        <translation>कुंजियाँ सिस्टम कीचेन में रखी जाती हैं, कभी सेटिंग्स फ़ाइल में नहीं। पहले से सहेजी गई कुंजी रखने के लिए कुंजी का फ़ील्ड ख़ाली छोड़ें।</translation>
    </message>
    <message>
        <source>Endpoint table</source>
        <translation>एंडपॉइंट तालिका</translation>
    </message>
    <message>
        <source>Endpoint tables (*.json)</source>
        <translation>एंडपॉइंट तालिकाएँ (*.json)</translation>
    </message>
    <message>
        <source>Choose the endpoint table file</source>
        <translation>एंडपॉइंट टेबल फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Type the gateway&apos;s base URL, for example https://gateway.example.in/ekoapi/v3.</source>
        <translation>गेटवे का बेस URL टाइप करें, जैसे https://gateway.example.in/ekoapi/v3।</translation>
    </message>
    <message>
        <source>The counter ID is the one the gateway&apos;s administrator gave you: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;.</source>
        <translation>काउंटर आईडी वही है जो गेटवे के व्यवस्थापक ने आपको दी थी: अक्षर, अंक, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; या &apos;-&apos;।</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no PEM certificate. Choose the file your partner gave you, or leave the field empty.</source>
        <translation>CA प्रमाणपत्र फ़ाइल पढ़ी नहीं जा सकती या उसमें कोई PEM प्रमाणपत्र नहीं है। अपने पार्टनर की दी हुई फ़ाइल चुनें, या यह खाना खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>&amp;Connects to:</source>
        <translation>किससे जुड़ता है (&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;ounter ID:</source>
        <translation>काउंटर आईडी (&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;unter secret:</source>
        <translation>काउंटर सीक्रेट (&amp;U):</translation>
    </message>
    <message>
        <source>C&amp;A certificate (optional):</source>
        <translation>CA प्रमाणपत्र (वैकल्पिक) (&amp;A):</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s CA certificate file</source>
        <translation>पार्टनर की CA प्रमाणपत्र फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Eko, with the partner&apos;s own keys</source>
        <translation>Eko, पार्टनर की अपनी कुंजियों से</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway (counter ID and secret)</source>
        <translation>पार्टनर का गेटवे (काउंटर आईडी और सीक्रेट)</translation>
    </message>
    <message>
        <source>the system&apos;s certificates (leave empty)</source>
        <translation>सिस्टम के प्रमाणपत्र (खाली छोड़ें)</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway holds the Eko keys; this counter signs with its own ID and secret. The secret is kept in the system keychain, never in the settings file.</source>
        <translation>Eko की कुंजियाँ पार्टनर के गेटवे के पास रहती हैं; यह काउंटर अपनी आईडी और सीक्रेट से हस्ताक्षर करता है। सीक्रेट सिस्टम कीचेन में रखा जाता है, सेटिंग्स फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway holds the Eko keys; this counter signs with its own ID and secret. The secret is kept in the system keychain, never in the settings file. Leave the secret empty to keep the one already saved.</source>
        <translation>Eko की कुंजियाँ पार्टनर के गेटवे के पास रहती हैं; यह काउंटर अपनी आईडी और सीक्रेट से हस्ताक्षर करता है। सीक्रेट सिस्टम कीचेन में रखा जाता है, सेटिंग्स फ़ाइल में कभी नहीं। पहले से सहेजा सीक्रेट रखने के लिए यह खाना खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Partner&apos;s CA certificate</source>
        <translation>पार्टनर का CA प्रमाणपत्र</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM प्रमाणपत्र (*.pem *.crt);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ProfilesPage</name>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (उपयोग में)</translation>
    </message>
    <message>
        <source>Type a name and the server details, then Save profile.</source>
        <translation>नाम और सर्वर का विवरण टाइप करें, फिर प्रोफ़ाइल सहेजें।</translation>
    </message>
    <message>
        <source>Profile %1 and its keys were removed.</source>
        <translation>प्रोफ़ाइल %1 और उसकी कुंजियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <source>Profile %1 is back to its built-in values; its keys were removed.</source>
        <translation>प्रोफ़ाइल %1 अपने बिल्ट-इन मानों पर लौट आई है; उसकी कुंजियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <source>A profile named %1 already exists. Choose another name.</source>
        <translation>%1 नाम की प्रोफ़ाइल पहले से मौजूद है। कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>प्रोफ़ाइल सहेजी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Profile %1 saved. Saving its keys…</source>
        <translation>प्रोफ़ाइल %1 सहेजी गई। उसकी कुंजियाँ सहेजी जा रही हैं…</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>प्रोफ़ाइल %1 सहेजी गई।</translation>
    </message>
    <message>
        <source>Profile %1 saved. %2</source>
        <translation>प्रोफ़ाइल %1 सहेजी गई। %2</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>पहले प्रोफ़ाइल सहेजें।</translation>
    </message>
    <message>
        <source>CounterDesk now uses the %1 profile.</source>
        <translation>CounterDesk अब %1 प्रोफ़ाइल इस्तेमाल करता है।</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>कनेक्शन की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>The training simulator is not running yet. Close this window and try again in a moment.</source>
        <translation>प्रशिक्षण सिम्युलेटर अभी चालू नहीं हुआ है। यह विंडो बंद करें और थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>प्रोफ़ाइल हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reset to built-in</source>
        <translation>बिल्ट-इन पर रीसेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>कनेक्शन प्रोफ़ाइलें</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>नई प्रोफ़ाइल (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>प्रोफ़ाइल सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Use this &amp;profile</source>
        <translation>यह प्रोफ़ाइल इस्तेमाल करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>Makes one harmless signed call to the server and explains the result</source>
        <translation>सर्वर को एक हानिरहित हस्ताक्षरित कॉल करता है और परिणाम समझाता है</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ReceiptView</name>
    <message>
        <source>Save receipt as PDF</source>
        <translation>रसीद PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm रोल</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm रोल</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>लेटर</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>काग़ज़ (&amp;A):</translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation>रसीद की भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Quick print</source>
        <translation>तुरंत प्रिंट (&amp;Q)</translation>
    </message>
    <message>
        <source>Print on the counter&apos;s receipt printer without asking</source>
        <translation>बिना पूछे काउंटर के रसीद प्रिंटर पर प्रिंट करें</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट… (&amp;P)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>पूर्वावलोकन… (&amp;V)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>रसीद प्रिंट नहीं हुई</translation>
    </message>
    <message>
        <source>The printer %1 could not be started. Check that it is switched on and has paper, then print again.</source>
        <translation>प्रिंटर %1 शुरू नहीं हो सका। देखें कि वह चालू है और उसमें काग़ज़ है, फिर दोबारा प्रिंट करें।</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>रसीद प्रिंट करें</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>रसीद का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>रसीद सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>PDF %1 में नहीं लिखा जा सका। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::RecipientModel</name>
    <message>
        <source>✔ Verified</source>
        <translation>✔ सत्यापित</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>सत्यापित नहीं</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Bank check</source>
        <translation>बैंक जाँच</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::RecipientPage</name>
    <message>
        <source>not given by Eko</source>
        <translation>Eko ने नहीं बताया</translation>
    </message>
    <message>
        <source>%1 (%2) · Wallet %3 · Monthly limit left %4</source>
        <extracomment>%1 name, %2 mobile, %3 wallet balance, %4 monthly limit left</extracomment>
        <translation>%1 (%2) · वॉलेट %3 · बची मासिक सीमा %4</translation>
    </message>
    <message>
        <source>This customer has no recipients yet. Press Alt+A to add one.</source>
        <translation>इस ग्राहक का अभी कोई प्राप्तकर्ता नहीं है। जोड़ने के लिए Alt+A दबाएँ।</translation>
    </message>
    <message>
        <source>No recipient matches. Clear the filter or add a new one.</source>
        <translation>कोई प्राप्तकर्ता मेल नहीं खाता। खोज साफ़ करें या नया जोड़ें।</translation>
    </message>
    <message>
        <source>KYC is complete. Eko did not send the new limits with its answer; they show at the customer&apos;s next visit.</source>
        <translation>KYC पूरा हो गया। Eko ने अपने जवाब में नई सीमाएँ नहीं भेजीं; वे ग्राहक की अगली बार आने पर दिखेंगी।</translation>
    </message>
    <message>
        <source>KYC is complete. New monthly limit %1; left this month %2.</source>
        <extracomment>%1 the new monthly limit, %2 what is left of it this month</extracomment>
        <translation>KYC पूरा हो गया। नई मासिक सीमा %1; इस महीने बाकी %2।</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>कोई शुल्क नहीं।</translation>
    </message>
    <message>
        <source>Fee %1, charged when the check is sent; only where the bank supports it.</source>
        <translation>शुल्क %1, जाँच भेजते ही लगता है; केवल वहाँ जहाँ बैंक यह जाँच देता है।</translation>
    </message>
    <message>
        <source>Eko charges a fee for this check; this connection does not say how much. Ask your distributor before using it.</source>
        <translation>Eko इस जाँच का शुल्क लेता है; यह कनेक्शन नहीं बताता कि कितना। इस्तेमाल से पहले अपने डिस्ट्रीब्यूटर से पूछें।</translation>
    </message>
    <message>
        <source>Bank says: %1
Customer gave: %2</source>
        <extracomment>%1 the name the bank holds for the account, %2 the name the customer gave</extracomment>
        <translation>बैंक के अनुसार: %1
ग्राहक ने बताया: %2</translation>
    </message>
    <message>
        <source>The names agree.</source>
        <translation>नाम मेल खाते हैं।</translation>
    </message>
    <message>
        <source>The names differ. Ask the customer who holds this account before saving.</source>
        <translation>नाम अलग हैं। सहेजने से पहले ग्राहक से पूछें कि यह खाता किसका है।</translation>
    </message>
    <message>
        <source>Eko charged %1 for the check.</source>
        <extracomment>%1 the fee Eko charged for the check</extracomment>
        <translation>Eko ने जाँच के लिए %1 लिए।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::RefundDialog</name>
    <message>
        <source>Refund to customer</source>
        <translation>ग्राहक को रिफ़ंड</translation>
    </message>
    <message>
        <source>The bank did not credit %1 to %2. Give the customer their cash back, then send them the refund OTP and type the OTP they read out.</source>
        <translation>बैंक ने %2 में %1 जमा नहीं किए। ग्राहक को उनका नकद वापस दें, फिर उन्हें रिफ़ंड OTP भेजें और वे जो OTP पढ़कर बताएँ, उसे टाइप करें।</translation>
    </message>
    <message>
        <source>&amp;Send OTP to customer</source>
        <translation>ग्राहक को OTP भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Customer&apos;s refund OTP</source>
        <translation>ग्राहक का रिफ़ंड OTP</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>रिफ़ंड करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>स्थिति जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>रिफ़ंड की स्थिति</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;OTP:</source>
        <translation>ग्राहक का OTP (&amp;O):</translation>
    </message>
    <message>
        <source>This transfer is not waiting for a refund.</source>
        <translation>यह ट्रांसफ़र रिफ़ंड का इंतज़ार नहीं कर रहा है।</translation>
    </message>
    <message>
        <source>Send the customer the refund OTP.</source>
        <translation>ग्राहक को रिफ़ंड OTP भेजें।</translation>
    </message>
    <message>
        <source>Eko sent the customer an OTP. Type it and press Refund.</source>
        <translation>Eko ने ग्राहक को OTP भेजा है। उसे टाइप करें और रिफ़ंड करें दबाएँ।</translation>
    </message>
    <message>
        <source>Refunding… do not close CounterDesk.</source>
        <translation>रिफ़ंड हो रहा है… CounterDesk बंद न करें।</translation>
    </message>
    <message>
        <source>REFUNDED. Eko returns the amount to your wallet; the customer has their cash.</source>
        <translation>रिफ़ंड हो गया। Eko राशि आपके वॉलेट में लौटाता है; ग्राहक को उनका नकद मिल चुका है।</translation>
    </message>
    <message>
        <source>No clear answer from Eko. Do not refund again: press Check status.</source>
        <translation>Eko से कोई स्पष्ट जवाब नहीं। दोबारा रिफ़ंड न करें: स्थिति जाँचें दबाएँ।</translation>
    </message>
    <message>
        <source>Waiting for Eko…</source>
        <translation>Eko के जवाब का इंतज़ार…</translation>
    </message>
    <message>
        <source>A refund for this transfer was already sent; CounterDesk is checking it with Eko. Do not refund again: press Check status.</source>
        <translation>इस ट्रांसफ़र का रिफ़ंड पहले ही भेजा जा चुका है; CounterDesk Eko से इसकी जाँच कर रहा है। दोबारा रिफ़ंड न करें: स्थिति जाँचें दबाएँ।</translation>
    </message>
    <message>
        <source>This transfer was made on the profile &quot;%1&quot;. Switch to it in Settings to refund it.</source>
        <extracomment>%1 the connection profile the transfer was made on</extracomment>
        <translation>यह ट्रांसफ़र प्रोफ़ाइल &quot;%1&quot; पर किया गया था। रिफ़ंड के लिए सेटिंग्स में वही प्रोफ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Returns the money to the customer&apos;s wallet. Needs the refund OTP the customer received; a refund is sent once.</source>
        <translation>पैसा ग्राहक के वॉलेट में लौटाता है। इसके लिए ग्राहक को मिला रिफ़ंड OTP चाहिए; रिफ़ंड एक ही बार भेजा जाता है।</translation>
    </message>
    <message>
        <source>Asks Eko how the refund ended. Nothing is sent a second time.</source>
        <translation>Eko से पूछता है कि रिफ़ंड कैसे पूरा हुआ। कुछ भी दोबारा नहीं भेजा जाता।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::ResultPage</name>
    <message>
        <source>Success</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Failed: not sent</source>
        <translation>विफल: नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Not known yet (PROVISIONAL)</source>
        <translation>अभी पता नहीं (अस्थायी)</translation>
    </message>
    <message>
        <source>Pending at the bank (PROVISIONAL)</source>
        <translation>बैंक में लंबित (अस्थायी)</translation>
    </message>
    <message>
        <source>Failed: refund waiting for the customer&apos;s OTP</source>
        <translation>विफल: रिफ़ंड ग्राहक के OTP का इंतज़ार कर रहा है</translation>
    </message>
    <message>
        <source>Refunded to the wallet</source>
        <translation>वॉलेट में रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>✔ Money sent</source>
        <translation>✔ पैसे भेज दिए गए</translation>
    </message>
    <message>
        <source>Give the customer the receipt.</source>
        <translation>ग्राहक को रसीद दें।</translation>
    </message>
    <message>
        <source>✖ Not sent</source>
        <translation>✖ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>✖ Not sent: refund needed</source>
        <translation>✖ नहीं भेजा गया: रिफ़ंड ज़रूरी</translation>
    </message>
    <message>
        <source>The bank refused the transfer. The customer gets the money back after a refund with an OTP; open the transfer from the history to do it.</source>
        <translation>बैंक ने ट्रांसफ़र अस्वीकार कर दिया। OTP से रिफ़ंड करने पर ग्राहक को पैसे वापस मिलेंगे; इसके लिए इतिहास से यह ट्रांसफ़र खोलें।</translation>
    </message>
    <message>
        <source>⏳ Checking with the bank</source>
        <translation>⏳ बैंक से जाँच हो रही है</translation>
    </message>
    <message>
        <source>The bank has not confirmed this transfer yet. Do NOT send it again. CounterDesk keeps checking on its own.</source>
        <translation>बैंक ने अभी इस ट्रांसफ़र की पुष्टि नहीं की है। इसे दोबारा न भेजें। CounterDesk अपने आप जाँच करता रहेगा।</translation>
    </message>
    <message>
        <source>Next check in %1 s.</source>
        <translation>अगली जाँच %1 सेकंड में।</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>अभी नहीं मिला</translation>
    </message>
    <message>
        <source>Receipt: to %1, %2 (ref %3)</source>
        <extracomment>Receipt box title: %1 recipient, %2 masked account, %3 client reference</extracomment>
        <translation>रसीद: %1 को, %2 (संदर्भ %3)</translation>
    </message>
    <message>
        <source>&amp;Receipt: print or save PDF…</source>
        <translation>रसीद: प्रिंट करें या PDF सहेजें… (&amp;R)</translation>
    </message>
    <message>
        <source>Open the receipt to print it or save it as PDF</source>
        <translation>रसीद खोलें, ताकि उसे प्रिंट करें या PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Failed: refund sent, being checked (PROVISIONAL)</source>
        <translation>विफल: रिफ़ंड भेजा गया, जाँच जारी (अनंतिम)</translation>
    </message>
    <message>
        <source>✖ Not sent: refund being checked</source>
        <translation>✖ नहीं भेजा गया: रिफ़ंड की जाँच जारी</translation>
    </message>
    <message>
        <source>The bank refused the transfer and a refund was sent. CounterDesk is checking it with Eko. Do NOT refund again.</source>
        <translation>बैंक ने ट्रांसफ़र अस्वीकार किया और रिफ़ंड भेजा गया। CounterDesk Eko से इसकी जाँच कर रहा है। दोबारा रिफ़ंड बिल्कुल न करें।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::SecretText</name>
    <message>
        <source>Keys saved in the system keychain.</source>
        <translation>कुंजियाँ सिस्टम कीचेन में सहेजी गईं।</translation>
    </message>
    <message>
        <source>No keychain available: the keys are kept for this session only. Type them again after CounterDesk restarts. They were not written to any file.</source>
        <translation>कोई कीचेन उपलब्ध नहीं: कुंजियाँ केवल इस सत्र के लिए रखी गई हैं। CounterDesk दोबारा शुरू होने के बाद उन्हें फिर से टाइप करें। वे किसी फ़ाइल में नहीं लिखी गईं।</translation>
    </message>
    <message>
        <source>The system keychain refused the keys: they were not saved. Unlock the keychain and save again.</source>
        <translation>सिस्टम कीचेन ने कुंजियाँ अस्वीकार कर दीं: वे सहेजी नहीं गईं। कीचेन अनलॉक करें और फिर से सहेजें।</translation>
    </message>
    <message>
        <source>No access key saved for this profile yet.</source>
        <translation>इस प्रोफ़ाइल के लिए अभी कोई एक्सेस कुंजी सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <source>The keys come from the environment (%1), which wins over the keychain.</source>
        <translation>कुंजियाँ एनवायरनमेंट (%1) से आती हैं, जो कीचेन से ऊपर मानी जाती हैं।</translation>
    </message>
    <message>
        <source>The keys are kept for this session only (no keychain available).</source>
        <translation>कुंजियाँ केवल इस सत्र के लिए रखी गई हैं (कोई कीचेन उपलब्ध नहीं)।</translation>
    </message>
    <message>
        <source>The keys are saved in the system keychain.</source>
        <translation>कुंजियाँ सिस्टम कीचेन में सहेजी गई हैं।</translation>
    </message>
    <message>
        <source>No counter secret saved for this profile yet.</source>
        <translation>इस प्रोफ़ाइल के लिए अभी कोई काउंटर सीक्रेट सहेजा नहीं गया है।</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::SecurityPage</name>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>दोनों नए PIN अलग हैं। एक ही PIN दो बार टाइप करें।</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 4 से 8 अंकों का होता है।</translation>
    </message>
    <message>
        <source>The agent PIN was changed.</source>
        <translation>एजेंट PIN बदल दिया गया।</translation>
    </message>
    <message>
        <source>The agent PIN is set.</source>
        <translation>एजेंट PIN सेट हो गया।</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Nothing changed.</source>
        <translation>PIN सहेजा नहीं जा सका। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The agent PIN was removed. The console no longer locks.</source>
        <translation>एजेंट PIN हटा दिया गया। अब कंसोल लॉक नहीं होगा।</translation>
    </message>
    <message>
        <source>An agent PIN is set.</source>
        <translation>एजेंट PIN सेट है।</translation>
    </message>
    <message>
        <source>No agent PIN is set. Without one the console cannot lock.</source>
        <translation>कोई एजेंट PIN सेट नहीं है। इसके बिना कंसोल लॉक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>PIN बदलें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>PIN सेट करें (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>मौजूदा PIN (&amp;U):</translation>
    </message>
    <message>
        <source>N&amp;ew PIN (4–8 digits):</source>
        <translation>नया PIN (4–8 अंक) (&amp;E):</translation>
    </message>
    <message>
        <source>Re&amp;peat new PIN:</source>
        <translation>नया PIN दोबारा (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>निष्क्रियता के बाद लॉक करें (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>PIN हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Ask for the PIN before each transfer is &amp;sent</source>
        <translation>हर ट्रांसफ़र भेजने से पहले PIN पूछें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::SenderPage</name>
    <message>
        <source>PPI DigiKhata</source>
        <translation>PPI DigiKhata</translation>
    </message>
    <message>
        <source>PPI Levin</source>
        <translation>PPI Levin</translation>
    </message>
    <message>
        <source>not given by Eko</source>
        <translation>Eko ने नहीं बताया</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language</source>
        <translation>ग्राहक की भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>The customer&apos;s language, on the customer display</source>
        <translation>ग्राहक की भाषा, ग्राहक डिस्प्ले पर</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::SettingsDialog</name>
    <message>
        <source>CounterDesk settings</source>
        <translation>CounterDesk सेटिंग्स</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>कनेक्शन (&amp;O)</translation>
    </message>
    <message>
        <source>Coun&amp;ter</source>
        <translation>काउंटर (&amp;T)</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>सुरक्षा (&amp;Y)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>सेटिंग्स पेज</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::StepSideBar</name>
    <message>
        <source>TRAINING</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Training mode: no real money moves</source>
        <translation>प्रशिक्षण मोड: असली पैसा नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>1. Customer</source>
        <translation>1. ग्राहक</translation>
    </message>
    <message>
        <source>2. Recipient</source>
        <translation>2. प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>3. Amount</source>
        <translation>3. राशि</translation>
    </message>
    <message>
        <source>4. OTP</source>
        <translation>4. OTP</translation>
    </message>
    <message>
        <source>5. Confirm</source>
        <translation>5. पुष्टि</translation>
    </message>
    <message>
        <source>6. Receipt</source>
        <translation>6. रसीद</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::TransferDetailPanel</name>
    <message>
        <source>Transfer details</source>
        <translation>ट्रांसफ़र का विवरण</translation>
    </message>
    <message>
        <source>Event trail</source>
        <translation>घटनाओं का क्रम</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Eko&apos;s message</source>
        <translation>Eko का संदेश</translation>
    </message>
    <message>
        <source>Choose a transfer to see its details and every answer Eko gave.</source>
        <translation>विवरण और Eko के हर जवाब को देखने के लिए कोई ट्रांसफ़र चुनें।</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>ग्राहक: %1 %2</translation>
    </message>
    <message>
        <source>Recipient: %1, %2 %3 (%4)</source>
        <translation>प्राप्तकर्ता: %1, %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Fee: %1 · Channel: %2</source>
        <translation>शुल्क: %1 · चैनल: %2</translation>
    </message>
    <message>
        <source>TID: %1 · UTR: %2 · Reference: %3</source>
        <translation>TID: %1 · UTR: %2 · संदर्भ: %3</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::TransferPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the customer&apos;s name, %2 their mobile</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resend OTP in %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>%1 सेकंड में OTP दोबारा भेजें</translation>
    </message>
    <message>
        <source>&amp;Resend OTP</source>
        <translation>OTP दोबारा भेजें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::TransferProblemText</name>
    <message>
        <source>This customer has no wallet yet. Fill in the enrolment form below.</source>
        <translation>इस ग्राहक का अभी कोई वॉलेट नहीं है। नीचे पंजीकरण फ़ॉर्म भरें।</translation>
    </message>
    <message>
        <source>That OTP is wrong. Ask the customer to read it again.</source>
        <translation>यह OTP ग़लत है। ग्राहक से इसे फिर से पढ़ने को कहें।</translation>
    </message>
    <message>
        <source>That OTP has expired. Send a new one.</source>
        <translation>इस OTP की समय-सीमा ख़त्म हो गई है। नया OTP भेजें।</translation>
    </message>
    <message>
        <source>That OTP is not valid. Ask the customer to read it again or send a new one.</source>
        <translation>यह OTP मान्य नहीं है। ग्राहक से फिर से पढ़ने को कहें या नया OTP भेजें।</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet does not have enough money for this amount and the fee.</source>
        <translation>ग्राहक के वॉलेट में इस राशि और शुल्क के लिए पर्याप्त पैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>The customer&apos;s monthly limit does not allow this amount.</source>
        <translation>ग्राहक की मासिक सीमा में यह राशि नहीं आती।</translation>
    </message>
    <message>
        <source>This recipient is already registered for this customer. Pick it from the list.</source>
        <translation>यह प्राप्तकर्ता इस ग्राहक के लिए पहले से पंजीकृत है। इसे सूची से चुनें।</translation>
    </message>
    <message>
        <source>This customer has added 5 recipients today, the most allowed. Try again tomorrow.</source>
        <translation>इस ग्राहक ने आज 5 प्राप्तकर्ता जोड़ लिए हैं, जो अधिकतम सीमा है। कल फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko does not know this customer. Check the mobile number and the wallet.</source>
        <translation>Eko के पास इस ग्राहक का रिकॉर्ड नहीं है। मोबाइल नंबर और वॉलेट जाँचें।</translation>
    </message>
    <message>
        <source>The bank has no record of this transfer yet.</source>
        <translation>बैंक के पास अभी इस ट्रांसफ़र का कोई रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <source>The transfer is still being processed.</source>
        <translation>ट्रांसफ़र अभी प्रक्रिया में है।</translation>
    </message>
    <message>
        <source>This counter is not allowed to use this service. Call your distributor.</source>
        <translation>इस काउंटर को यह सेवा इस्तेमाल करने की अनुमति नहीं है। अपने डिस्ट्रीब्यूटर को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko refused some details. Check the fields and try again.</source>
        <translation>Eko ने कुछ विवरण अस्वीकार किए। फ़ील्ड जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Too many tries for now. Wait a few minutes and try again.</source>
        <translation>अभी बहुत ज़्यादा कोशिशें हो गईं। कुछ मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The bank refused the transfer. The customer&apos;s money was not taken.</source>
        <translation>बैंक ने ट्रांसफ़र अस्वीकार कर दिया। ग्राहक के पैसे नहीं कटे।</translation>
    </message>
    <message>
        <source>Eko could not do this.</source>
        <translation>Eko यह नहीं कर सका।</translation>
    </message>
    <message>
        <source>Eko did not answer in time. Check the internet connection and try again.</source>
        <translation>Eko ने समय पर जवाब नहीं दिया। इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Cannot reach Eko. Check the internet connection and try again.</source>
        <translation>Eko से संपर्क नहीं हो पा रहा। इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The connection to Eko broke before the answer came.</source>
        <translation>जवाब आने से पहले Eko से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>The connection to Eko is not secure, so nothing was sent. Call support.</source>
        <translation>Eko से कनेक्शन सुरक्षित नहीं है, इसलिए कुछ नहीं भेजा गया। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>The connection settings are not secure, so nothing was sent. Call support.</source>
        <translation>कनेक्शन सेटिंग्स सुरक्षित नहीं हैं, इसलिए कुछ नहीं भेजा गया। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko refused this counter. The PC clock may be wrong, or the keys are not active. Call support.</source>
        <translation>Eko ने इस काउंटर को अस्वीकार किया। कंप्यूटर की घड़ी ग़लत हो सकती है या कुंजियाँ सक्रिय नहीं हैं। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s server, or a proxy on the way, answered with an error. Try again in a few minutes; if it keeps happening, call support.</source>
        <translation>Eko के सर्वर ने, या रास्ते के किसी प्रॉक्सी ने, त्रुटि के साथ जवाब दिया। कुछ मिनट बाद फिर से कोशिश करें; बार-बार हो तो सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko is busy. Wait a moment and try again.</source>
        <translation>Eko व्यस्त है। थोड़ा रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko has a problem at its end. Try again in a few minutes.</source>
        <translation>Eko की ओर से समस्या है। कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s answer could not be read.</source>
        <translation>Eko का जवाब पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>CounterDesk could not make this request. Call support.</source>
        <translation>CounterDesk यह अनुरोध नहीं बना सका। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Stopped waiting.</source>
        <translation>इंतज़ार बंद किया।</translation>
    </message>
    <message>
        <source>Type an amount of at least one rupee.</source>
        <translation>कम से कम एक रुपये की राशि टाइप करें।</translation>
    </message>
    <message>
        <source>Whole rupees only: Eko does not send paise.</source>
        <translation>केवल पूरे रुपये: Eko दशमलव वाली राशि नहीं भेजता।</translation>
    </message>
    <message>
        <source>More than the wallet balance (%1).</source>
        <extracomment>%1 is the wallet balance, e.g. ₹25,000.00</extracomment>
        <translation>वॉलेट बैलेंस (%1) से ज़्यादा।</translation>
    </message>
    <message>
        <source>More than the customer&apos;s monthly limit left (%1).</source>
        <extracomment>%1 is what is left of the monthly limit</extracomment>
        <translation>ग्राहक की बची मासिक सीमा (%1) से ज़्यादा।</translation>
    </message>
    <message>
        <source>More than one transfer may carry (%1). Split it into smaller transfers.</source>
        <extracomment>%1 is the largest amount one transfer may carry</extracomment>
        <translation>एक ट्रांसफ़र की सीमा (%1) से ज़्यादा। इसे छोटे ट्रांसफ़र में बाँटें।</translation>
    </message>
    <message>
        <source>This recipient&apos;s bank does not accept that channel. Pick the other one.</source>
        <translation>इस प्राप्तकर्ता का बैंक यह चैनल स्वीकार नहीं करता। दूसरा चैनल चुनें।</translation>
    </message>
    <message>
        <source>That is not a mobile number: type 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>यह मोबाइल नंबर नहीं है: 6, 7, 8 या 9 से शुरू होने वाले 10 अंक टाइप करें।</translation>
    </message>
    <message>
        <source>An OTP is 4 to 8 digits. Ask the customer to read it again.</source>
        <translation>OTP 4 से 8 अंकों का होता है। ग्राहक से इसे फिर से पढ़ने को कहें।</translation>
    </message>
    <message>
        <source>Type the name, letters only, up to 50.</source>
        <translation>नाम टाइप करें, केवल अक्षर, अधिकतम 50।</translation>
    </message>
    <message>
        <source>The customer must be between 18 and 100 years old. Check the date of birth.</source>
        <translation>ग्राहक की उम्र 18 से 100 साल के बीच होनी चाहिए। जन्म तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Type the customer&apos;s address.</source>
        <translation>ग्राहक का पता टाइप करें।</translation>
    </message>
    <message>
        <source>An account number is 9 to 18 digits.</source>
        <translation>खाता संख्या 9 से 18 अंकों की होती है।</translation>
    </message>
    <message>
        <source>The two account numbers differ. Type both again from the passbook.</source>
        <translation>दोनों खाता संख्याएँ अलग हैं। पासबुक से दोनों दोबारा टाइप करें।</translation>
    </message>
    <message>
        <source>That IFSC is not right: 4 letters, a zero, then 6 letters or digits (SBIN0001234).</source>
        <translation>यह IFSC सही नहीं है: 4 अक्षर, एक शून्य, फिर 6 अक्षर या अंक (SBIN0001234)।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile is not a mobile number.</source>
        <translation>प्राप्तकर्ता का मोबाइल नंबर सही मोबाइल नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile must differ from the customer&apos;s own.</source>
        <translation>प्राप्तकर्ता का मोबाइल ग्राहक के अपने मोबाइल से अलग होना चाहिए।</translation>
    </message>
    <message>
        <source>Pick a recipient from the list.</source>
        <translation>सूची से प्राप्तकर्ता चुनें।</translation>
    </message>
    <message>
        <source>That amount cannot be sent.</source>
        <translation>यह राशि नहीं भेजी जा सकती।</translation>
    </message>
    <message>
        <source>Wait for the countdown before sending a new OTP.</source>
        <translation>नया OTP भेजने से पहले उलटी गिनती ख़त्म होने दें।</translation>
    </message>
    <message>
        <source>This customer has a transfer the bank has not settled yet. Wait for it before sending again; the history shows it.</source>
        <translation>इस ग्राहक का एक ट्रांसफ़र अभी बैंक में पूरा नहीं हुआ है। दोबारा भेजने से पहले उसका इंतज़ार करें; वह इतिहास में दिखता है।</translation>
    </message>
    <message>
        <source>CounterDesk cannot write its record of transfers, so nothing was sent.</source>
        <translation>CounterDesk ट्रांसफ़र का रिकॉर्ड नहीं लिख पा रहा, इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Wait for the current step to finish.</source>
        <translation>मौजूदा चरण पूरा होने तक रुकें।</translation>
    </message>
    <message>
        <source>The record of transfers is not open. Restart CounterDesk.</source>
        <translation>ट्रांसफ़र का रिकॉर्ड खुला नहीं है। CounterDesk दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>डिस्क भर गई है। कुछ जगह ख़ाली करें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The record of transfers is busy. Try again in a moment.</source>
        <translation>ट्रांसफ़र का रिकॉर्ड व्यस्त है। थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The record of transfers is damaged. Stop and call support.</source>
        <translation>ट्रांसफ़र का रिकॉर्ड ख़राब हो गया है। काम रोकें और सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>The record of transfers cannot be written (read-only). Call support.</source>
        <translation>ट्रांसफ़र का रिकॉर्ड लिखा नहीं जा सकता (केवल पढ़ने योग्य)। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>The PC could not write to the disk. Call support.</source>
        <translation>कंप्यूटर डिस्क पर नहीं लिख सका। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>The record of transfers is from another CounterDesk version. Call support.</source>
        <translation>ट्रांसफ़र का रिकॉर्ड CounterDesk के किसी दूसरे संस्करण का है। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>This transfer was already recorded. Start a new one.</source>
        <translation>यह ट्रांसफ़र पहले ही दर्ज हो चुका है। नया शुरू करें।</translation>
    </message>
    <message>
        <source>This customer has a transfer the bank has not settled yet.</source>
        <translation>इस ग्राहक का एक ट्रांसफ़र अभी बैंक में पूरा नहीं हुआ है।</translation>
    </message>
    <message>
        <source>The record of transfers refused this. Call support.</source>
        <translation>ट्रांसफ़र के रिकॉर्ड ने इसे अस्वीकार किया। सहायता टीम को कॉल करें।</translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation>ग्राहक की जानकारी देखी जा रही है…</translation>
    </message>
    <message>
        <source>Sending the customer a new OTP…</source>
        <translation>ग्राहक को नया OTP भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Checking the OTP…</source>
        <translation>OTP जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Enrolling the customer…</source>
        <translation>ग्राहक का पंजीकरण हो रहा है…</translation>
    </message>
    <message>
        <source>Loading the recipients…</source>
        <translation>प्राप्तकर्ता लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Adding the recipient…</source>
        <translation>प्राप्तकर्ता जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Registering the recipient with the bank…</source>
        <translation>प्राप्तकर्ता को बैंक में पंजीकृत किया जा रहा है…</translation>
    </message>
    <message>
        <source>Checking the bank OTP…</source>
        <translation>बैंक OTP जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Sending the OTP to the customer&apos;s phone…</source>
        <translation>ग्राहक के फ़ोन पर OTP भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Sending the money. Do not close this window; wait for the answer.</source>
        <translation>पैसे भेजे जा रहे हैं। यह विंडो बंद न करें; जवाब का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>Checking with the bank…</source>
        <translation>बैंक से जाँच हो रही है…</translation>
    </message>
    <message>
        <source>This transfer was already sent once. It is never sent twice.</source>
        <translation>यह ट्रांसफ़र एक बार भेजा जा चुका है। इसे कभी दो बार नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Not ready to send: go back and type the OTP.</source>
        <translation>भेजने के लिए तैयार नहीं: वापस जाकर OTP टाइप करें।</translation>
    </message>
    <message>
        <source>Eko says: %1</source>
        <extracomment>Eko&apos;s own words, under ours, for support. %1 is Eko&apos;s message.</extracomment>
        <translation>Eko का संदेश: %1</translation>
    </message>
    <message>
        <source>This refund was already sent from another window or counter. Nothing more was sent.</source>
        <translation>यह रिफ़ंड किसी दूसरी विंडो या काउंटर से पहले ही भेजा जा चुका है। और कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>A refund for this transfer was already sent. Never refund it again.</source>
        <translation>इस ट्रांसफ़र का रिफ़ंड पहले ही भेजा जा चुका है। इसे फिर कभी रिफ़ंड न करें।</translation>
    </message>
    <message>
        <source>Eko knows no bank branch with this IFSC. Please give valid bank details: check the IFSC in the customer&apos;s passbook.</source>
        <translation>Eko इस IFSC वाली कोई बैंक शाखा नहीं जानता। कृपया सही बैंक विवरण दें: ग्राहक की पासबुक में IFSC जाँचें।</translation>
    </message>
    <message>
        <source>No branch has this IFSC. Check the customer&apos;s passbook.</source>
        <translation>किसी भी शाखा का यह IFSC नहीं है। ग्राहक की पासबुक जाँचें।</translation>
    </message>
    <message>
        <source>Asking Eko about this IFSC…</source>
        <translation>Eko से इस IFSC के बारे में पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>The customer must finish Aadhaar verification before sending money: go through the consent and Aadhaar steps now.</source>
        <translation>पैसे भेजने से पहले ग्राहक का आधार सत्यापन पूरा होना चाहिए: अभी सहमति और आधार के चरण पूरे करें।</translation>
    </message>
    <message>
        <source>The customer must add their PAN to the wallet before sending money: type it now.</source>
        <translation>पैसे भेजने से पहले ग्राहक को वॉलेट में अपना PAN जोड़ना होगा: अभी लिखें।</translation>
    </message>
    <message>
        <source>UIDAI did not accept this Aadhaar number. Check it against the customer&apos;s Aadhaar card.</source>
        <translation>UIDAI ने यह आधार नंबर स्वीकार नहीं किया। इसे ग्राहक के आधार कार्ड से मिलाएँ।</translation>
    </message>
    <message>
        <source>This customer has already finished KYC.</source>
        <translation>इस ग्राहक का KYC पहले ही पूरा हो चुका है।</translation>
    </message>
    <message>
        <source>That Aadhaar number is not right.</source>
        <translation>यह आधार नंबर सही नहीं है।</translation>
    </message>
    <message>
        <source>That PAN is not right.</source>
        <translation>यह PAN सही नहीं है।</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language and read or play the consent to them first.</source>
        <translation>पहले ग्राहक की भाषा चुनें और सहमति-पत्र उन्हें पढ़कर या चलाकर सुनाएँ।</translation>
    </message>
    <message>
        <source>Loading the consent languages…</source>
        <translation>सहमति की भाषाएँ आ रही हैं…</translation>
    </message>
    <message>
        <source>Loading the consent text…</source>
        <translation>सहमति-पत्र आ रहा है…</translation>
    </message>
    <message>
        <source>Asking UIDAI to send an OTP to the customer&apos;s Aadhaar-linked mobile…</source>
        <translation>UIDAI से ग्राहक के आधार से जुड़े मोबाइल पर OTP भेजने को कहा जा रहा है…</translation>
    </message>
    <message>
        <source>Checking the Aadhaar OTP…</source>
        <translation>आधार OTP जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Checking the PAN…</source>
        <translation>PAN जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>This bank does not tell Eko account holders&apos; names, so the name cannot be checked. Ask the customer to confirm the account number from the passbook.</source>
        <translation>यह बैंक Eko को खाताधारकों के नाम नहीं बताता, इसलिए नाम नहीं जाँचा जा सकता। ग्राहक से पासबुक देखकर खाता नंबर की पुष्टि करवाएँ।</translation>
    </message>
    <message>
        <source>The bank did not give a name for this account. Check the account number and IFSC with the customer before adding it.</source>
        <translation>बैंक ने इस खाते के लिए कोई नाम नहीं दिया। जोड़ने से पहले ग्राहक के साथ खाता नंबर और IFSC जाँचें।</translation>
    </message>
    <message>
        <source>Eko cannot check names at this bank. Nothing was sent and no fee was charged.</source>
        <translation>Eko इस बैंक में नाम नहीं जाँच सकता। कुछ नहीं भेजा गया और कोई शुल्क नहीं लगा।</translation>
    </message>
    <message>
        <source>The bank&apos;s name for this account is not the name typed. Ask the customer, then tick the box to confirm this is the right person, or correct the details.</source>
        <translation>इस खाते के लिए बैंक का नाम टाइप किए गए नाम से अलग है। ग्राहक से पूछें, फिर सही व्यक्ति होने की पुष्टि के लिए बॉक्स पर टिक करें, या विवरण ठीक करें।</translation>
    </message>
    <message>
        <source>Asking the bank for the account holder&apos;s name…</source>
        <translation>बैंक से खाताधारक का नाम पूछा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>counterdesk::ui::TransferWizard</name>
    <message>
        <source>New transfer — TRAINING</source>
        <translation>नया ट्रांसफ़र — प्रशिक्षण</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>नया ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Next ⏎</source>
        <translation>आगे ⏎</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>हो गया (&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;transfer</source>
        <translation>नया ट्रांसफ़र (&amp;T)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>पिछला चरण</translation>
    </message>
    <message>
        <source>Cancel this transfer</source>
        <translation>यह ट्रांसफ़र रद्द करें</translation>
    </message>
    <message>
        <source>Done: close the transfer</source>
        <translation>हो गया: ट्रांसफ़र बंद करें</translation>
    </message>
    <message>
        <source>Start a new transfer</source>
        <translation>नया ट्रांसफ़र शुरू करें</translation>
    </message>
</context>
</TS>
