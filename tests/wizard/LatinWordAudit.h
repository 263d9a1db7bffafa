// LatinWordAudit: the English a Hindi-speaking agent would still read on a
// window that is set to Hindi.
//
// It reads what the window shows — labels, buttons, group and tab titles,
// placeholders, tooltips, combo-box entries, menus, table headers and cells,
// window titles — and reports each word written in Latin letters that is not
// a name the product keeps in Latin (Eko, IMPS, TID, …), a key name printed on
// the keyboard, or data the test itself typed or the sandbox sent (a
// customer's name, a bank's name, Eko's own message). Numbers and symbols
// pass: only words count.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWidget>

namespace counterdesk::ui::testing {

// Words that stay in Latin letters in Hindi too: the product's and partners'
// names, the payment system's codes as printed on Indian receipts and bank
// forms, file formats, and the keys' names as printed on the keyboard.
inline const QSet<QString>& latinWordsAllowedInHindi()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w :
             {// names
              "CounterDesk", "Eko", "DigiKhata", "Levin", "PPI", "UIDAI", "Qt", "Linux", "Windows", "Debian",
              "MIT", "English", "Razorpay", "GitHub", "Noto", "OpenSSL", "QtKeychain", "libqrencode",
              "SQLite", "ifsc",
              // the 12-hour clock's marks, which Hindi (CLDR) writes in Latin too
              "AM", "PM",
              // codes printed on receipts and bank forms
              "IMPS", "NEFT", "RTGS", "UPI", "IFSC", "TID", "UTR", "OTP", "PAN", "KYC", "PIN", "UAT", "SMS",
              "GST", "ID", "INR", "IST", "API", "URL", "HTTP", "HTTPS", "TLS", "IP", "CA", "PEM", "XXXX",
              // formats, paper and units
              "PDF", "CSV", "PNG", "WAV", "A4", "mm", "in", "pt", "DD", "CC", "JSON",
              // Unicode's own abbreviations in Qt's control-character menu
              "RLE", "ZWSP", "LRI", "LRO", "LRE", "RLI", "RLM", "ZWNJ", "RLO", "PDI", "ZWJ", "LRM", "FSI",
              // key names, as on the keys
              "Ctrl", "Alt", "Shift", "Meta", "Esc", "Enter", "Return", "Tab", "Space", "Del", "Backspace",
              "Ins", "Home", "End", "PgUp", "PgDown", "Left", "Right", "Up", "Down", "F1", "F2", "F3", "F4",
              "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

// Widgets whose text is quoted exactly as written, in its own language: the
// licences (a translated licence is not the licence) and the consent.
inline bool isVerbatimText(const QWidget* widget)
{
    // The consent is Eko's text in the language the customer chose, which
    // need not be the agent's.
    return widget->objectName() == QLatin1String("aboutLicenceText") ||
           widget->objectName() == QLatin1String("consentText");
}

// The texts a person sees in `root` (and its visible children).
inline QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    const auto plain = [](const QString& text) {
        return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    };
    const auto addMenu = [&texts](const auto& self, QMenu* menu) -> void {
        texts << menu->title();
        for (QAction* action : menu->actions()) {
            if (!action->isVisible())
                continue;
            texts << action->text() << action->toolTip() << action->statusTip();
            if (action->menu())
                self(self, action->menu());
        }
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if ((w != root && !w->isVisibleTo(root)) || isVerbatimText(w))
            continue;
        if (w->isWindow())
            texts << w->windowTitle();
        texts << w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << plain(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            texts << group->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->placeholderText();
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            texts << spin->specialValueText();
        } else if (auto* bar = qobject_cast<QProgressBar*>(w)) {
            texts << bar->text();
        } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
            texts << text->toPlainText();
        } else if (auto* plainText = qobject_cast<QPlainTextEdit*>(w)) {
            texts << plainText->toPlainText();
        } else if (auto* menuBar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* action : menuBar->actions())
                if (action->isVisible() && action->menu())
                    addMenu(addMenu, action->menu());
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            const QAbstractItemModel* model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            // A file list's cells are the disk's: file names, and dates the
            // way the operating system's own locale writes them.
            if (model->inherits("QFileSystemModel"))
                continue;
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    texts << model->data(index).toString() << model->data(index, Qt::ToolTipRole).toString();
                }
        }
    }
    return texts;
}

// "word" in "text" for each Latin word of `root` that a Hindi agent should
// not meet. `data`: what the test typed or the sandbox sent, taken out first.
inline QStringList latinWords(QWidget* root, const QStringList& data = {})
{
    // Two letters or more: a lone letter is a mnemonic, "(&L)" in Hindi
    // labels, or a unit. Hyphens and dots inside keep a code whole
    // ("LGPL-2.1-or-later", "Apache-2.0").
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    // Addresses, paths (Linux "/home/…/", Windows "C:\users\…") and file patterns
    // ("*.pdf") are not words either.
    static const QRegularExpression url(QStringLiteral(
        "(https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|[/~]\\S*/\\S+|[A-Za-z]:\\\\\\S*|\\*\\.[A-Za-z0-9]+"));
    QStringList found;
    QSet<QString> seen;
    for (QString text : visibleTexts(root)) {
        text.remove(QLatin1Char('&'));
        for (const QString& d : data)
            if (!d.isEmpty())
                text.replace(d, QStringLiteral(" "));
        const QString shown = text.simplified();
        text.remove(url);
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured();
            // A token with a digit is a code (an IFSC, a UTR, a reference).
            if (w.size() < 2 || latinWordsAllowedInHindi().contains(w) || w.contains(digit))
                continue;
            const QString entry = QStringLiteral("\"%1\" in \"%2\"").arg(w, shown.left(80));
            if (!seen.contains(entry)) {
                seen.insert(entry);
                found << entry;
            }
        }
    }
    return found;
}

} // namespace counterdesk::ui::testing
