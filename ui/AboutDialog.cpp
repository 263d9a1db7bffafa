#include "AboutDialog.h"

#include "AppIcon.h"
#include "CoreInfo.h"
#include "banks/IfscDirectory.h"
#include "text/DateText.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {

// Component and licence names are proper names (SPDX where one exists), so
// they are not translated.
struct Component
{
    const char* name;
    const char* licence;
};

constexpr Component components[] = {
    {"CounterDesk", "MIT"},
    {"Qt 6", "LGPL-3.0-only"},
    {"OpenSSL 3", "Apache-2.0"},
    {"QtKeychain", "BSD-3-Clause"},
    {"libqrencode", "LGPL-2.1-or-later"},
    {"SQLite", nullptr}, // no licence: public domain, which is words, so translated
};

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_name(makeLabel(QStringLiteral("aboutNameLabel"), this))
    , m_version(makeLabel(QStringLiteral("aboutVersionLabel"), this))
    , m_qtVersion(makeLabel(QStringLiteral("aboutQtVersionLabel"), this))
    , m_description(makeLabel(QStringLiteral("aboutDescriptionLabel"), this))
    , m_licencesHeading(makeLabel(QStringLiteral("aboutLicencesHeading"), this))
    , m_licences(new QTreeWidget(this))
    , m_licenceText(new QPlainTextEdit(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_icon->setPixmap(appIcon().pixmap(64, 64));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setText(QStringLiteral("CounterDesk"));

    m_licences->setObjectName(QStringLiteral("aboutLicencesList"));
    m_licences->setColumnCount(2);
    m_licences->setRootIsDecorated(false);
    m_licences->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The full MIT text of LICENSE, embedded when the file exists at build
    // time; MIT asks that it travels with every copy.
    m_licenceText->setObjectName(QStringLiteral("aboutLicenceText"));
    m_licenceText->setReadOnly(true);
    QFile licence(QStringLiteral(":/licences/LICENSE"));
    if (licence.open(QIODevice::ReadOnly)) {
        m_licenceText->setPlainText(QString::fromUtf8(licence.readAll()));
    } else {
        m_licenceText->hide();
    }

    m_closeButton->setObjectName(QStringLiteral("aboutCloseButton"));
    m_closeButton->setDefault(true);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto* header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto* facts = new QVBoxLayout;
    facts->addWidget(m_name);
    facts->addWidget(m_version);
    facts->addWidget(m_qtVersion);
    facts->addWidget(m_description);
    header->addLayout(facts, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_licencesHeading);
    layout->addWidget(m_licences);
    layout->addWidget(m_licenceText);
    layout->addLayout(buttons);

    retranslateUi();
    resize(560, 520);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::fillLicences()
{
    m_licences->clear();
    for (const Component& component : components) {
        auto* item = new QTreeWidgetItem(m_licences);
        item->setText(0, QString::fromLatin1(component.name));
        item->setText(1, component.licence ? QString::fromLatin1(component.licence) : tr("Public domain"));
    }
    // The offline IFSC directory: data, not code, with its source and date.
    const banks::IfscDirectory::Source ifsc = banks::IfscDirectory::builtInSource();
    auto* item = new QTreeWidgetItem(m_licences);
    //: %1 is the version of Razorpay's "ifsc" package, %2 the date the directory was made
    item->setText(0, tr("IFSC directory (Razorpay ifsc %1, %2)").arg(ifsc.version, shownDate(ifsc.madeOn)));
    item->setText(1, tr("Public domain"));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About CounterDesk"));
    m_icon->setAccessibleName(tr("CounterDesk logo"));
    m_version->setText(tr("Version %1").arg(counterdesk::coreVersion()));
    m_qtVersion->setText(
        tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_description->setText(
        tr("Counter console for sending money from Eko prepaid wallets to bank accounts."));
    m_licencesHeading->setText(tr("CounterDesk is free software under the MIT licence. It uses:"));
    m_licences->setHeaderLabels({tr("Component"), tr("Licence")});
    fillLicences();
    m_licences->setAccessibleName(tr("Licences"));
    m_licenceText->setAccessibleName(tr("CounterDesk licence text"));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setAccessibleName(tr("Close"));
}

} // namespace counterdesk::ui
