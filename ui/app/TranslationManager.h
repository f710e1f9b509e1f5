#pragma once
// The user interface language. Translations are compiled into the program (":/i18n/relata_<lang>.qm"),
// English too: relata_en.qm gives the %n texts their singular and plural ("1 model", "2 models").
// The language is the one chosen in View > Language (QSettings "language"), or the system's when
// none was chosen. Switching installs the new translator at once; every window then receives
// QEvent::LanguageChange and retranslates itself.
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace relata::ui {

class TranslationManager : public QObject {
    Q_OBJECT
public:
    static TranslationManager* instance();
    ~TranslationManager() override;

    // "en" (the source language), "de", "zh_CN".
    static QStringList availableLanguages();
    // The language's own name: "English", "Deutsch", "简体中文".
    static QString nativeName(const QString& language);
    // The best available language for a locale name ("de_AT" -> "de", "zh_Hans_CN" -> "zh_CN").
    static QString languageForLocale(const QString& localeName);

    // Installs the saved choice or the system language. Call once after QApplication exists.
    void loadInitial();
    // Installs `language` ("" = follow the system) and remembers the choice.
    bool setLanguage(const QString& language, bool remember = true);
    QString currentLanguage() const { return current_; }
    QString savedChoice() const; // "" when following the system

signals:
    void languageChanged(const QString& language);

private:
    explicit TranslationManager(QObject* parent = nullptr);
    bool install(const QString& language);

    std::unique_ptr<QTranslator> translator_;
    std::unique_ptr<QTranslator> qtTranslator_;
    QString current_ = QStringLiteral("en");
    bool installed_ = false; // until then, not even the English plural forms are installed
};

} // namespace relata::ui
