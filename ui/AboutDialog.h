// AboutDialog: version, Qt version and the licences of CounterDesk and of
// everything it ships with. Support asks for the version first, so it is
// selectable text.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace counterdesk::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLicences();

    QLabel* m_icon;
    QLabel* m_name;
    QLabel* m_version;
    QLabel* m_qtVersion;
    QLabel* m_description;
    QLabel* m_licencesHeading;
    QTreeWidget* m_licences;
    QPlainTextEdit* m_licenceText;
    QPushButton* m_closeButton;
};

} // namespace counterdesk::ui
