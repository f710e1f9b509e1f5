#pragma once
// Sync: connect to a database (a SQLite file beside the design by default, PostgreSQL or
// MySQL/MariaDB), compare it with the design, show the core's plan with each step's risk and
// data-loss figure, and apply it with progress and a result summary. Passwords are asked for and
// used once, never stored; the profile (without password) may be kept in the design.
#include "dialogs/ConnectionProfile.h"
#include "resolve/ResolvedSchema.h"
#include "schema/Document.h"
#include "sync/SyncPlan.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace relata {
class DatabaseConnection;
class SyncSession;
}

namespace relata::ui {

class ConnectionForm;
class DesignModel;

class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(DesignModel* model, QWidget* parent = nullptr);
    ~SyncDialog() override;

    // Asks before risky steps run; tests replace it (nullptr restores the message box).
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;
    static void setConfirmHandler(Confirm confirm);

    ConnectionForm* connectionForm() const { return form_; }
    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile& profile);
    void setPassword(const QString& password);

    // The steps of the dialog (also its buttons).
    bool testConnection();
    bool compare();
    bool apply();
    void saveProfileInDesign();

    const SyncPlan& plan() const { return plan_; }
    bool hasPlan() const { return hasPlan_; }
    QString resultText() const;
    QString statusText() const;
    QTreeWidget* planView() const { return planView_; }
    QComboBox* modeCombo() const { return mode_; }
    QCheckBox* allowDataLossBox() const { return allowLoss_; }
    QPushButton* applyButton() const { return applyButton_; }
    QPushButton* compareButton() const { return compareButton_; }
    QProgressBar* progressBar() const { return progress_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    Document doc_;          // the design as it was when compared
    ResolvedSchema schema_;
    std::unique_ptr<DatabaseConnection> connection_;
    std::unique_ptr<SyncSession> session_;
    SyncPlan plan_;
    bool hasPlan_ = false;

    QGroupBox* connectionBox_;
    ConnectionForm* form_;
    QGroupBox* planBox_;
    QLabel* modeLabel_;
    QComboBox* mode_;
    QCheckBox* allowLoss_;
    QPushButton* compareButton_;
    QTreeWidget* planView_;
    QLabel* planSummary_;
    QProgressBar* progress_;
    QPlainTextEdit* result_;
    QLabel* status_;
    QPushButton* applyButton_;
    QPushButton* closeButton_;

    void retranslate();
    void invalidatePlan();
    void showPlan();
    void setStatus(const QString& text, bool error = false);
    bool designReady(QString* why) const;
};

} // namespace relata::ui
