#pragma once
// Import from a database: reads a live schema and turns it into the design Sequelize builds those
// tables from (the core's Importer), either as a new design or merged into the open one (the
// core's DesignMerger keeps the models, options and layout of tables that did not change).
#include "schema/Document.h"

#include <QDialog>
#include <QStringList>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace relata::ui {

class ConnectionForm;
class DesignModel;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(DesignModel* model, QWidget* parent = nullptr);

    ConnectionForm* connectionForm() const { return form_; }
    void setIntoOpenDesign(bool into);
    bool intoOpenDesign() const;

    // Reads the database and builds the design (the Import button). False with the reason in the
    // status line.
    bool runImport();
    const Document& importedDocument() const { return imported_; }
    QStringList notes() const { return notes_; }
    QString source() const { return source_; } // the database, as a URL without secrets
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    Document imported_;
    QStringList notes_;
    QString source_;
    QGroupBox* connectionBox_;
    ConnectionForm* form_;
    QGroupBox* targetBox_;
    QRadioButton* newDesign_;
    QRadioButton* intoOpen_;
    QPlainTextEdit* notesView_;
    QLabel* status_;
    QPushButton* importButton_;
    QPushButton* cancelButton_;

    void retranslate();
    void setStatus(const QString& text, bool error);
};

} // namespace relata::ui
