#pragma once
// The database part of the Sync and Import dialogs: a profile (the design's own, a SQLite file
// beside the design, or one saved in the settings), the database type and its address, and a
// password field that is used once and never stored. Opens DatabaseConnections.
#include "dialogs/ConnectionProfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace relata {
class DatabaseConnection;
}

namespace relata::ui {

class DesignModel;

class ConnectionForm : public QWidget {
    Q_OBJECT
public:
    // `createSqliteFile`: a missing SQLite file is created (sync) or refused (import).
    ConnectionForm(DesignModel* model, bool createSqliteFile, QWidget* parent = nullptr);

    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile& profile);
    void setPassword(const QString& password);
    // Opens `connection`; false with the reason (plain words) in `error`.
    bool open(DatabaseConnection& connection, QString* error);
    bool testConnection(QString* message);
    void saveProfileInDesign();
    void reloadProfiles();

signals:
    void changed();                                  // the target changed: earlier results are stale
    void status(const QString& text, bool isError);  // for the dialog's status line

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    bool createSqliteFile_;
    QLabel* profileLabel_;
    QComboBox* profiles_;
    QLabel* dialectLabel_;
    QComboBox* dialect_;
    QStackedWidget* addressStack_;
    QLabel* fileLabel_;
    QLineEdit* file_;
    QPushButton* browse_;
    QLabel* hostLabel_;
    QLineEdit* host_;
    QLabel* portLabel_;
    QSpinBox* port_;
    QLabel* databaseLabel_;
    QLineEdit* database_;
    QLabel* userLabel_;
    QLineEdit* user_;
    QLabel* passwordLabel_;
    QLineEdit* password_;
    QPushButton* testButton_;
    QPushButton* saveInDesign_;
    QPushButton* saveProfile_;

    void retranslate();
    void profileChosen(int index);
    void dialectChanged();
    void browseFile();
    void saveAsProfile();
    QString passwordPrompt(const QString& prompt);
};

} // namespace relata::ui
